#include "input/csv_reader.h"

namespace kt {

namespace {

bool is_utf8_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed UTF-8 sequence starting at text[i], or 0 if it is malformed:
// a bad lead or continuation byte, an overlong form, a surrogate or a value past U+10FFFF
// (the table of well-formed sequences in the Unicode standard, section 3.9).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    const unsigned char c = byte(0);
    if (c < 0x80) return 1;
    std::size_t n = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) low = 0xA0;   // overlong
        if (c == 0xED) high = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) low = 0x90;   // overlong
        if (c == 0xF4) high = 0x8F;  // past U+10FFFF
    } else {
        return 0;
    }
    if (i + n > text.size() || byte(1) < low || byte(1) > high) return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (!is_utf8_continuation(byte(k))) return 0;
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
                // The rest of the file is inside the quote: the record is not read at all, so
                // no later message quotes it.
                diagnostics.error({file, quote_line, quote_column}, "quoted field is never closed");
                return records;
            }
            if (i < text.size() && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
                diagnostics.error({file, line, column}, "unexpected text after a closing quote");
            continue;
        }
        advance(field.text);
    }
    end_record();
    return records;
}

}  // namespace kt
