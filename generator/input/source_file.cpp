#include "input/source_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "input/text_decoding.h"

namespace kt {

namespace fs = std::filesystem;

fs::path real_path(const fs::path& path) {
    std::error_code ec;
    fs::path real = fs::weakly_canonical(fs::absolute(path, ec), ec);
    return ec ? path : real;
}

bool lies_inside(const fs::path& real, const fs::path& folder) {
    const fs::path inside = real.lexically_relative(folder);
    return !inside.empty() && *inside.begin() != ".." && inside != ".";
}

namespace {

// Closes a file descriptor when it goes out of scope.
struct FileDescriptor {
    int fd;
    ~FileDescriptor() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

std::optional<std::string> read_site_file(const fs::path& site_dir, const std::string& relative,
                                          Diagnostics& diagnostics) {
    // Opened first, then judged by what was opened: a link swapped between a check and the
    // read cannot lead outside, and a fifo or device is refused without waiting on it.
    const fs::path path = site_dir / relative;
    FileDescriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)};
    if (file.fd < 0) {
        diagnostics.error({relative, 0, 0}, std::string("cannot read file: ") + std::strerror(errno));
        return std::nullopt;
    }
    struct stat status;
    if (::fstat(file.fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        diagnostics.error({relative, 0, 0}, "is not a regular file (a folder, fifo or device); "
                                            "the site reads only files");
        return std::nullopt;
    }
    std::error_code ec;
    fs::path opened = fs::read_symlink("/proc/self/fd/" + std::to_string(file.fd), ec);
    // Without /proc (a bare chroot) the path's links are resolved instead, a moment earlier.
    if (ec) opened = fs::canonical(path, ec);
    opened = opened.lexically_normal();
    const fs::path site = real_path(site_dir);
    if (ec || !lies_inside(opened, site)) {
        diagnostics.error({relative, 0, 0},
                          ec ? "cannot tell where the file really is: " + ec.message()
                             : "leads through a symbolic link to " + opened.string() +
                                   ", outside the site folder; copy the file into the site");
        return std::nullopt;
    }
    std::string content;
    content.reserve(static_cast<std::size_t>(status.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            diagnostics.error({relative, 0, 0},
                              std::string("cannot read file: ") + std::strerror(errno));
            return std::nullopt;
        }
        content.append(buffer, static_cast<std::size_t>(n));
    }
    return content;
}

std::optional<std::string> read_site_text(const fs::path& site_dir, const std::string& relative,
                                          Diagnostics& diagnostics) {
    auto bytes = read_site_file(site_dir, relative, diagnostics);
    if (!bytes) return std::nullopt;
    // The decoder's advice is for data files, which a data description can declare in another
    // encoding; the site's own text files are UTF-8, always.
    Diagnostics decoding;
    auto decoded = decode_text(*bytes, std::string("utf-8"), relative, decoding);
    for (Diagnostic& d : decoding.since(0)) {
        d.message = d.message.substr(0, d.message.find("; ")) + "; save the file as UTF-8 text";
        diagnostics.add(std::move(d));
    }
    if (!decoded) return std::nullopt;
    int line = 1, column = 1;
    const std::string& text = decoded->text;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const unsigned char next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        const unsigned char third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F ||
            (c == 0xC2 && next >= 0x80 && next <= 0x9F)) {
            diagnostics.error({relative, line, column},
                              "control character " + std::to_string(c == 0xC2 ? next : c) +
                                  " in a text file; remove it (was the file saved as binary?)");
            return std::nullopt;
        }
        // Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) make text read
        // differently from how it is stored: a name could show as another.
        if (c == 0xE2 && ((next == 0x80 && third >= 0xAA && third <= 0xAE) ||
                          (next == 0x81 && third >= 0xA6 && third <= 0xA9))) {
            diagnostics.error({relative, line, column},
                              "invisible character that reverses the direction of text; "
                              "remove it");
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
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on " " + std::string(...).
    std::string out = " ";
    out += number;
    out += " | ";
    out += line;
    out += "\n";
    if (where.column > 0) {
        out += ' ';
        out.append(number.size(), ' ');
        out += " | ";
        out.append(column - first + (first > 1 ? 1 : 0), ' ');
        out += "^\n";
    }
    return out;
}

namespace {

// Adds the files under `folder` to `files`, folder by folder (see list_site_files).
void list_folder(const fs::path& site_dir, const fs::path& site, const fs::path& folder,
                 const std::string& extension, std::vector<std::string>& files,
                 Diagnostics& diagnostics) {
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    // A folder that cannot be read must not drop its pages and data without a word.
    auto report = [&](const fs::path& where) {
        diagnostics.error({where.lexically_relative(site_dir).generic_string(), 0, 0},
                          "cannot read folder: " + ec.message());
    };
    if (ec) return report(folder);
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) return report(folder);
        // Named as the site names it, never by where a link leads.
        const std::string relative = it->path().lexically_relative(site_dir).generic_string();
        if (it->is_symlink(ec)) {
            // A link is followed only to a file inside the site, and published under its own
            // name; read_site_file checks again what it really opens.
            const fs::path target = fs::weakly_canonical(it->path(), ec);
            if (ec) {
                diagnostics.error({relative, 0, 0},
                                  "is a symbolic link that cannot be followed: " + ec.message());
                ec.clear();
                continue;
            }
            if (!lies_inside(target, site)) {
                diagnostics.error({relative, 0, 0},
                                  "is a symbolic link to " + target.string() +
                                      ", outside the site folder; copy the file into the site");
                continue;
            }
            if (!fs::is_regular_file(target, ec)) {
                diagnostics.error({relative, 0, 0},
                                  "is a symbolic link to something that is not a file (" +
                                      target.string() + "); links to folders are not followed");
                ec.clear();
                continue;
            }
        } else if (it->is_directory(ec)) {
            list_folder(site_dir, site, it->path(), extension, files, diagnostics);
            continue;
        } else if (!it->is_regular_file(ec)) {
            ec.clear();
            continue;  // a socket or fifo is no page
        }
        if (extension.empty() || it->path().extension() == extension) files.push_back(relative);
    }
}

}  // namespace

std::vector<std::string> list_site_files(const fs::path& site_dir, const std::string& relative_dir,
                                         const std::string& extension, Diagnostics& diagnostics) {
    std::vector<std::string> files;
    const fs::path root = site_dir / relative_dir;
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(root, ec))) return files;
    const fs::path site = real_path(site_dir);
    // The folder itself may be a link only to a folder inside the site.
    if (const fs::path target = real_path(root);
        fs::is_symlink(fs::symlink_status(root, ec)) && !lies_inside(target, site)) {
        diagnostics.error({relative_dir, 0, 0},
                          "is a symbolic link to " + target.string() +
                              ", outside the site folder; copy the folder into the site");
        return files;
    }
    if (!fs::is_directory(root, ec)) return files;
    list_folder(site_dir, site, root, extension, files, diagnostics);
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
