#pragma once
// XLSX workbooks for downloads, written with libxlsxwriter: one sheet per table, the header
// row bold and frozen, with a filter; number columns hold numbers (shown with the decimals
// the machine text has), every other cell text, so nothing in a cell is ever a formula.
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "render/csv_writer.h"

namespace kt {

struct WorkbookSheet {
    std::string name;  // at most 31 characters, none of []:*?/\ (Excel's rules)
    DownloadTable table;
};

struct Workbook {
    std::string title;    // the document's title property
    std::string author;   // the publisher
    std::time_t created;  // fixed, so the same input gives the same bytes
    std::vector<WorkbookSheet> sheets;
};

// The workbook's bytes, or nullopt with `error` set when libxlsxwriter fails.
std::optional<std::string> xlsx_bytes(const Workbook& workbook, std::string& error);

}  // namespace kt
