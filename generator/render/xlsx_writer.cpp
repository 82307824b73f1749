#include "render/xlsx_writer.h"

#include <sys/mman.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>

namespace kt {

namespace {

// An in-memory file (memfd), so a workbook never touches the disk on its way into the build's
// output: libxlsxwriter writes to a path, which /proc/self/fd/N gives it.
class MemoryFile {
  public:
    MemoryFile() : fd_(memfd_create("kommunetall-xlsx", MFD_CLOEXEC)) {}
    ~MemoryFile() {
        if (fd_ >= 0) ::close(fd_);
    }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

    bool ok() const { return fd_ >= 0; }
    std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }
    std::optional<std::string> contents() const {
        const off_t size = ::lseek(fd_, 0, SEEK_END);
        if (size < 0) return std::nullopt;
        std::string bytes(static_cast<std::size_t>(size), '\0');
        std::size_t done = 0;
        while (done < bytes.size()) {
            const ssize_t n =
                ::pread(fd_, bytes.data() + done, bytes.size() - done, static_cast<off_t>(done));
            if (n <= 0) return std::nullopt;
            done += static_cast<std::size_t>(n);
        }
        return bytes;
    }

  private:
    int fd_;
};

// Digits after the decimal point of a machine number ("63.40" -> 2).
int decimals_of(const std::string& number) {
    const std::size_t point = number.find('.');
    return point == std::string::npos ? 0 : static_cast<int>(number.size() - point - 1);
}

// Excel holds at most 32 767 characters in a cell: a longer text (a definition written at
// length) is cut at a character boundary and ends with "…"; the JSON and CSV keep it whole.
std::string fit_cell(const std::string& text) {
    constexpr std::size_t kMaxCharacters = 32'767;
    auto is_lead = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; };
    if (static_cast<std::size_t>(std::count_if(text.begin(), text.end(), is_lead)) <= kMaxCharacters)
        return text;
    std::size_t characters = 0, at = 0;
    for (; at < text.size(); ++at)
        if (is_lead(text[at]) && ++characters == kMaxCharacters) break;  // room for "…" only
    return text.substr(0, at) + "\u2026";
}

// A column's width in characters: its longest cell, within reason.
double column_width(const DownloadTable& table, std::size_t column) {
    std::size_t widest = 4;
    for (const auto& row : table.rows)
        if (column < row.size()) widest = std::max(widest, row[column].size());
    return static_cast<double>(std::min<std::size_t>(widest + 2, 60));
}

}  // namespace

std::optional<std::string> xlsx_bytes(const Workbook& workbook, std::string& error) {
    MemoryFile file;
    if (!file.ok()) {
        error = "cannot create an in-memory file for the workbook";
        return std::nullopt;
    }
    const std::string path = file.path();
    lxw_workbook* book = workbook_new(path.c_str());
    if (!book) {
        error = "libxlsxwriter cannot start a workbook";
        return std::nullopt;
    }
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(workbook.title.c_str());
    properties.author = const_cast<char*>(workbook.author.c_str());
    properties.created = workbook.created;
    workbook_set_properties(book, &properties);

    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    std::map<int, lxw_format*> number_formats;  // by decimals
    auto number_format = [&](int decimals) {
        auto [it, added] = number_formats.try_emplace(decimals, nullptr);
        if (added) {
            it->second = workbook_add_format(book);
            const std::string pattern =
                decimals > 0 ? "0." + std::string(static_cast<std::size_t>(decimals), '0') : "0";
            format_set_num_format(it->second, pattern.c_str());
        }
        return it->second;
    };

    for (const WorkbookSheet& sheet : workbook.sheets) {
        lxw_worksheet* ws = workbook_add_worksheet(book, sheet.name.c_str());
        if (!ws) {
            workbook_close(book);
            error = "libxlsxwriter refuses the sheet name '" + sheet.name + "'";
            return std::nullopt;
        }
        const DownloadTable& table = sheet.table;
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const auto& row = table.rows[r];
            for (std::size_t c = 0; c < row.size(); ++c) {
                const std::string& cell = row[c];
                if (cell.empty()) continue;
                const auto at_row = static_cast<lxw_row_t>(r);
                const auto at_col = static_cast<lxw_col_t>(c);
                // A number column's cell is a machine number.
                const std::optional<double> number =
                    r > 0 && c < table.numeric.size() && table.numeric[c]
                        ? read_machine_number(cell)
                        : std::nullopt;
                const lxw_error written =
                    number ? worksheet_write_number(ws, at_row, at_col, *number,
                                                    number_format(decimals_of(cell)))
                           : worksheet_write_string(ws, at_row, at_col, fit_cell(cell).c_str(),
                                                    r == 0 ? header : nullptr);
                if (written != LXW_NO_ERROR) {
                    workbook_close(book);
                    error = "cannot write a cell of sheet '" + sheet.name +
                            "': " + lxw_strerror(written);
                    return std::nullopt;
                }
            }
        }
        if (!table.rows.empty()) {
            const auto columns = static_cast<lxw_col_t>(table.rows.front().size());
            for (lxw_col_t c = 0; c < columns; ++c)
                worksheet_set_column(ws, c, c, column_width(table, c), nullptr);
            worksheet_freeze_panes(ws, 1, 0);
            if (columns > 0)
                worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(table.rows.size() - 1),
                                     columns - 1);
        }
    }
    errno = 0;
    if (const lxw_error status = workbook_close(book); status != LXW_NO_ERROR) {
        // A zip error is the system's (a file size limit, no memory): say which.
        const int system_error = errno;
        error =
            std::string("cannot write the workbook: ") +
            (status == LXW_ERROR_ZIP_FILE_OPERATION && system_error ? std::strerror(system_error)
                                                                    : lxw_strerror(status));
        return std::nullopt;
    }
    auto bytes = file.contents();
    if (!bytes) error = "cannot read the workbook back from memory";
    return bytes;
}

}  // namespace kt
