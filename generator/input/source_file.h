#pragma once
// Reading the site's files, with paths reported relative to the site folder.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "input/csv_reader.h"
#include "model/diagnostics.h"

namespace kt {

// Where a path really is: absolute, with every link resolved (as far as it exists).
std::filesystem::path real_path(const std::filesystem::path& path);
// Whether a real path lies strictly inside a real folder.
bool lies_inside(const std::filesystem::path& real, const std::filesystem::path& folder);

// Reads `site_dir / relative` whole: only a regular file, and only one that really lies inside
// the site folder, judged by what was opened (so a link cannot lead outside, not even one
// swapped during the build). Anything else is an error at `relative`.
std::optional<std::string> read_site_file(const std::filesystem::path& site_dir,
                                          const std::string& relative, Diagnostics& diagnostics);

// Reads a text file of the site that must be UTF-8 (the registry, catalogue, site.yaml,
// content, templates): the one decoding path of decode_text, so a NUL byte, a byte that is
// not UTF-8 or a byte-order mark in the middle is an error at file:line:col, and so is a
// control character other than tab, line feed and carriage return (C1 controls too), and so is
// a bidirectional override. A leading byte-order mark is dropped. nullopt after reporting.
std::optional<std::string> read_site_text(const std::filesystem::path& site_dir,
                                          const std::string& relative, Diagnostics& diagnostics);

// The line a diagnostic points at, as ninja and Hugo show it: the line (at most 100
// characters around the column, bytes that are not UTF-8 or are control characters shown as
// '?') and a caret under the column. "" when the location has no line or the file cannot be
// read. `text` is the file's content, read once by the caller for all its diagnostics.
std::string quote_source_line(const std::string& text, const SourceLocation& where);

// Files under `site_dir / relative_dir` with the extension ("" for all files), as
// site-relative paths in byte order (never in file-system order, so builds are
// deterministic). A symbolic link counts as a file of its own name when it leads to a file
// inside the site; a link that leads outside the site, or to a folder, is reported as an
// error and left out.
std::vector<std::string> list_site_files(const std::filesystem::path& site_dir,
                                         const std::string& relative_dir,
                                         const std::string& extension, Diagnostics& diagnostics);

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
