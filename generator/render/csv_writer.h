#pragma once
// CSV for downloads. The machine form: comma-separated, '.' as decimal point, UTF-8, as
// statistics programs and the site's own audit read it. The spreadsheet form: what a
// spreadsheet set up for Norwegian opens straight into columns, with a byte-order mark (so
// "å" is read as UTF-8), ';' between fields and a decimal comma in the number columns.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kt {

// Quotes a field when it holds a comma, quote or line break.
std::string csv_field(std::string_view text);
// One record, fields joined with commas, ended by "\n".
std::string csv_record(const std::vector<std::string>& fields);
// A number with exactly `decimals` fraction digits and '.' as decimal point, whatever
// the process locale ("63.4", "4822").
std::string machine_number(double value, int decimals);
// A machine number read back ("63.4" -> 63.4), whatever the locale; nullopt for anything else
// (an empty field, a symbol).
std::optional<double> read_machine_number(std::string_view text);

enum class CsvForm { machine, spreadsheet };

// A table of text fields, the first row its header, and which columns hold numbers written
// with machine_number (or nothing, or a symbol).
struct DownloadTable {
    std::vector<std::vector<std::string>> rows;
    std::vector<bool> numeric;  // per column
};

// The table in the form asked for. In the spreadsheet form a text field that a spreadsheet
// would take for a formula (longer than one character and starting with =, +, -, @, a tab or
// a carriage return) gets a leading apostrophe, so a download never runs anything of its
// text; a code of digits with a leading zero ("0301", which a spreadsheet would open as 301)
// is written as the text constant ="0301"; the number columns are numbers.
std::string csv_text(const DownloadTable& table, CsvForm form);

}  // namespace kt
