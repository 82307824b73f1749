#include "input/source_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace kt {

namespace fs = std::filesystem;

std::optional<std::string> read_site_file(const fs::path& site_dir, const std::string& relative,
                                          Diagnostics& diagnostics) {
    std::ifstream in(site_dir / relative, std::ios::binary);
    if (!in) {
        diagnostics.error({relative, 0, 0}, "cannot read file");
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> list_site_files(const fs::path& site_dir, const std::string& relative_dir,
                                         const std::string& extension) {
    std::vector<std::string> files;
    const fs::path root = site_dir / relative_dir;
    std::error_code ec;
    if (!fs::is_directory(root, ec)) return files;
    for (auto it = fs::recursive_directory_iterator(root, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (it->is_regular_file() && (extension.empty() || it->path().extension() == extension))
            files.push_back(fs::relative(it->path(), site_dir).generic_string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

int CsvTable::find_column(const std::string& name) const {
    for (std::size_t i = 0; i < header.fields.size(); ++i)
        if (header.fields[i].text == name) return static_cast<int>(i);
    return -1;
}

int CsvTable::require_column(const std::string& name, Diagnostics& diagnostics) const {
    int index = find_column(name);
    if (index < 0) {
        std::string columns;
        for (const CsvField& f : header.fields) columns += (columns.empty() ? "" : ", ") + f.text;
        diagnostics.error({file, header.line, 1},
                          "missing column '" + name + "' in header (columns: " + columns + ")");
    }
    return index;
}

std::optional<CsvTable> read_csv_table(const fs::path& site_dir, const std::string& relative,
                                       char delimiter, Diagnostics& diagnostics) {
    auto text = read_site_file(site_dir, relative, diagnostics);
    if (!text) return std::nullopt;
    return make_csv_table(parse_csv(*text, delimiter, relative, diagnostics), relative,
                          diagnostics);
}

std::optional<CsvTable> make_csv_table(std::vector<CsvRecord> records, const std::string& relative,
                                       Diagnostics& diagnostics) {
    if (records.empty()) {
        diagnostics.error({relative, 1, 1}, "file is empty (expected a header row)");
        return std::nullopt;
    }
    CsvTable table{relative, std::move(records.front()), {}};
    const std::size_t width = table.header.fields.size();
    for (std::size_t r = 1; r < records.size(); ++r) {
        CsvRecord& row = records[r];
        if (row.fields.size() != width) {
            diagnostics.error({relative, row.line, 1},
                              "row has " + std::to_string(row.fields.size()) +
                                  " fields, the header has " + std::to_string(width));
            continue;
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace kt
