#pragma once
// Which character separates the fields of a CSV file: `;` in Norwegian exports (where the comma
// is the decimal mark), `,` elsewhere, tab from spreadsheets. Declared in the data description,
// or told from the header line.
#include <optional>
#include <string>
#include <string_view>

#include "model/diagnostics.h"

namespace kt {

// Picks the delimiter of a CSV file from its first line (outside quotes): the one of ';', ','
// and '\t' that occurs most. Blank lines before it are skipped, as parse_csv skips them.
// Returns nullopt after an error at that line when none occurs or two tie
// ("cannot tell the delimiter: ...; set `delimiter:` in the data description").
std::optional<char> detect_delimiter(std::string_view utf8_text, const std::string& file,
                                     Diagnostics& diagnostics);

// Parses a declared delimiter from the description: ";", ",", "tab" or "\t" (a tab character,
// or backslash and t as an unquoted YAML value gives it) -> the char; nullopt otherwise.
std::optional<char> parse_delimiter_name(std::string_view name);

}  // namespace kt
