#pragma once
// Reading the site's files, with paths reported relative to the site folder.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "input/csv_reader.h"
#include "model/diagnostics.h"

namespace kt {

// Reads `site_dir / relative` whole. Reports "cannot read" as an error at `relative`.
std::optional<std::string> read_site_file(const std::filesystem::path& site_dir,
                                          const std::string& relative, Diagnostics& diagnostics);

// Files under `site_dir / relative_dir` with the extension ("" for all files), as
// site-relative paths in byte order
// (never in file-system order, so builds are deterministic).
std::vector<std::string> list_site_files(const std::filesystem::path& site_dir,
                                         const std::string& relative_dir,
                                         const std::string& extension);

// A CSV file with a header row, whose columns are looked up by name.
struct CsvTable {
    std::string file;
    CsvRecord header;
    std::vector<CsvRecord> rows;

    // Index of the named column, or -1 after reporting it missing (with the columns there are).
    int require_column(const std::string& name, Diagnostics& diagnostics) const;
    // Index of the named column, or -1.
    int find_column(const std::string& name) const;
};

// A table from tokenized records, the first being the header. Rows whose width differs from
// the header are reported and left out. Nullopt (reported) when there are no records.
std::optional<CsvTable> make_csv_table(std::vector<CsvRecord> records, const std::string& file,
                                       Diagnostics& diagnostics);

// Reads and tokenizes a UTF-8 CSV file into a table (see make_csv_table).
// Returns nullopt if the file cannot be read or has no header.
std::optional<CsvTable> read_csv_table(const std::filesystem::path& site_dir,
                                       const std::string& relative, char delimiter,
                                       Diagnostics& diagnostics);

}  // namespace kt
