#include "input/source_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "input/text_decoding.h"

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

std::optional<std::string> read_site_text(const fs::path& site_dir, const std::string& relative,
                                          Diagnostics& diagnostics) {
    auto bytes = read_site_file(site_dir, relative, diagnostics);
    if (!bytes) return std::nullopt;
    auto decoded = decode_text(*bytes, std::string("utf-8"), relative, diagnostics);
    if (!decoded) return std::nullopt;
    int line = 1, column = 1;
    for (unsigned char c : decoded->text) {
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            diagnostics.error({relative, line, column},
                              "control character " + std::to_string(c) +
                                  " in a text file; remove it (was the file saved as binary?)");
            return std::nullopt;
        }
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;  // columns count characters, not bytes
        }
    }
    return std::move(decoded->text);
}

std::string quote_source_line(const std::string& text, const SourceLocation& where) {
    if (where.line <= 0) return "";
    std::size_t start = 0;
    for (int line = 1; line < where.line; ++line) {
        start = text.find('\n', start);
        if (start == std::string::npos) return "";
        ++start;
    }
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start && text[end - 1] == '\r') --end;
    // The line as characters: valid UTF-8 sequences kept, anything else one '?'.
    std::vector<std::string> characters;
    for (std::size_t i = start; i < end;) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80         ? 1
                                   : (c >> 5) == 6  ? 2
                                   : (c >> 4) == 14 ? 3
                                   : (c >> 3) == 30 ? 4
                                                    : 0;
        bool valid = length > 0 && i + length <= end;
        for (std::size_t k = 1; valid && k < length; ++k)
            valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        if (!valid || (length == 1 && (c < 0x20 || c == 0x7F))) {
            characters.push_back(c == '\t' ? " " : "?");
            i += 1;
        } else {
            characters.push_back(text.substr(i, length));
            i += length;
        }
    }
    constexpr std::size_t kWidth = 100;
    const std::size_t column = where.column > 0 ? static_cast<std::size_t>(where.column) : 1;
    const std::size_t first = column > kWidth / 2 ? column - kWidth / 2 : 1;  // 1-based
    std::string line = first > 1 ? "…" : "";
    for (std::size_t c = first; c <= characters.size() && c < first + kWidth; ++c)
        line += characters[c - 1];
    if (characters.size() >= first + kWidth) line += "…";
    const std::string number = std::to_string(where.line);
    std::string out = " " + number + " | " + line + "\n";
    if (where.column > 0)
        out += " " + std::string(number.size(), ' ') + " | " +
               std::string(column - first + (first > 1 ? 1 : 0), ' ') + "^\n";
    return out;
}

std::vector<std::string> list_site_files(const fs::path& site_dir, const std::string& relative_dir,
                                         const std::string& extension, Diagnostics& diagnostics) {
    std::vector<std::string> files;
    const fs::path root = site_dir / relative_dir;
    std::error_code ec;
    if (!fs::is_directory(root, ec)) return files;
    const fs::path site = fs::weakly_canonical(site_dir, ec);
    for (auto it = fs::recursive_directory_iterator(root, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        // Named as the site names it, never by where a link leads.
        const std::string relative = it->path().lexically_relative(site_dir).generic_string();
        if (it->is_symlink(ec)) {
            // A link is followed only to a file inside the site, and published under its own name.
            const fs::path target = fs::weakly_canonical(it->path(), ec);
            if (ec) {
                diagnostics.error({relative, 0, 0},
                                  "is a symbolic link that cannot be followed: " + ec.message());
                ec.clear();
                continue;
            }
            const fs::path inside = target.lexically_relative(site);
            if (inside.empty() || *inside.begin() == "..") {
                diagnostics.error({relative, 0, 0},
                                  "is a symbolic link to " + target.string() +
                                      ", outside the site folder; copy the file into the site");
                continue;
            }
            if (!fs::is_regular_file(target, ec)) {
                diagnostics.error({relative, 0, 0},
                                  "is a symbolic link to something that is not a file (" +
                                      target.string() + "); links to folders are not followed");
                continue;
            }
        } else if (!it->is_regular_file(ec)) {
            continue;  // a folder, read through; anything else (a socket, a fifo) is no page
        }
        if (extension.empty() || it->path().extension() == extension) files.push_back(relative);
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
    auto text = read_site_text(site_dir, relative, diagnostics);
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
