#include "input/csv_reader.h"

namespace kt {

namespace {

bool is_utf8_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the UTF-8 sequence starting at text[i], or 0 if it is malformed.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > text.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if (!is_utf8_continuation(static_cast<unsigned char>(text[i + k]))) return 0;
    return n;
}

}  // namespace

std::vector<CsvRecord> parse_csv(std::string_view text, char delimiter, const std::string& file,
                                 Diagnostics& diagnostics) {
    std::vector<CsvRecord> records;
    std::size_t i = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;

    int line = 1, column = 1;
    CsvRecord record;
    CsvField field;
    bool field_started = false;  // the current record has at least one field begun
    bool reported_utf8 = false;

    auto begin_field = [&] {
        field = CsvField{{}, line, column};
        field_started = true;
    };
    auto end_field = [&] { record.fields.push_back(std::move(field)); };
    auto end_record = [&] {
        if (field_started) {
            end_field();
            record.line = record.fields.front().line;
            records.push_back(std::move(record));
        }
        record = CsvRecord{};
        field_started = false;
    };
    // Advances over one character, keeping line and column in step.
    auto advance = [&](std::string& into) {
        std::size_t n = utf8_sequence_length(text, i);
        if (n == 0) {
            if (!reported_utf8)
                diagnostics.error({file, line, column},
                                  "invalid UTF-8 byte sequence (is the file in another "
                                  "encoding, such as ISO-8859-1?)");
            reported_utf8 = true;
            n = 1;
        }
        into.append(text.substr(i, n));
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += n;
    };

    while (i < text.size()) {
        char c = text[i];
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            ++i;
            continue;
        }
        if (c == '\n') {
            end_record();
            ++i;
            ++line;
            column = 1;
            continue;
        }
        if (!field_started) begin_field();
        if (c == delimiter) {
            end_field();
            ++i;
            ++column;
            begin_field();
            continue;
        }
        if (c == '"' && field.text.empty()) {
            const int quote_line = line, quote_column = column;
            ++i;
            ++column;
            bool closed = false;
            while (i < text.size()) {
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field.text += '"';
                        i += 2;
                        column += 2;
                        continue;
                    }
                    ++i;
                    ++column;
                    closed = true;
                    break;
                }
                if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                    ++i;
                    continue;
                }
                advance(field.text);
            }
            if (!closed) {
                diagnostics.error({file, quote_line, quote_column},
                                  "quoted field is never closed");
                break;
            }
            if (i < text.size() && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
                diagnostics.error({file, line, column},
                                  "unexpected text after a closing quote");
            continue;
        }
        advance(field.text);
    }
    end_record();
    return records;
}

}  // namespace kt
