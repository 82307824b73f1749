#pragma once
// Numbers as agencies write them: "1 234,5" (Norwegian: decimal comma, spaces between
// thousands), "1,234.5", "1.234,5". The data description says which; nothing is guessed here.
#include <optional>
#include <string_view>

namespace kt {

// How numbers are written in a data file.
struct NumberSyntax {
    // '.' or ','
    char decimal = '.';
    // Spaces (U+0020, U+00A0 no-break space, U+202F narrow no-break space) group thousands.
    bool space_thousands = false;
    // Other grouping character ('.' or ','), 0 for none; never equal to decimal.
    char thousands = 0;
};

// Parses one value as written: optional leading '-' (also U+2212 minus), digits with the
// declared grouping (groups of exactly three digits after the first group, e.g. "12 345 678";
// "1 23" is not a number), optional decimal part (a digit on both sides of the mark).
// Leading/trailing ASCII spaces are trimmed. Returns nullopt for anything else: "", "1,5" when
// the decimal is '.', "1.5" when the decimal is ',' and '.' is not the grouping character,
// "Inf", "NaN", "1e5", "12 34".
std::optional<double> parse_number(std::string_view text, const NumberSyntax& syntax);

// Reads a description's `decimal:` value ("," or ".") -> char, nullopt otherwise.
std::optional<char> parse_decimal_name(std::string_view name);

}  // namespace kt
