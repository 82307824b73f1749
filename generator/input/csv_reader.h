#pragma once
// RFC 4180 CSV tokenizer that remembers where every field came from, so that
// diagnostics can point at `file:line:col`. Encoding and shape (which column means
// what) are decided by the callers; this only splits text into records.
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"

namespace kt {

struct CsvField {
    std::string text;
    int line = 0;    // 1-based line where the field starts
    int column = 0;  // 1-based column (in characters) where the field starts
};

struct CsvRecord {
    std::vector<CsvField> fields;
    int line = 0;
};

// Parses UTF-8 text. A leading byte-order mark is skipped; CRLF and LF both end a record;
// blank lines are skipped; quoted fields may contain delimiters, doubled quotes and newlines.
// Problems (an unclosed quote, text after a closing quote, invalid UTF-8) are reported to
// `diagnostics` under the name `file`.
std::vector<CsvRecord> parse_csv(std::string_view text, char delimiter, const std::string& file,
                                 Diagnostics& diagnostics);

}  // namespace kt
