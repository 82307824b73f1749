#include "input/number_syntax.h"

#include <charconv>
#include <string>

namespace kt {

namespace {

constexpr std::string_view unicode_minus = "\xE2\x88\x92";          // U+2212
constexpr std::string_view no_break_space = "\xC2\xA0";             // U+00A0
constexpr std::string_view narrow_no_break_space = "\xE2\x80\xAF";  // U+202F

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length of the grouping separator at the start of `text`, 0 if there is none.
std::size_t separator_length(std::string_view text, const NumberSyntax& syntax) {
    if (text.empty()) return 0;
    if (syntax.thousands != 0 && syntax.thousands != syntax.decimal && text[0] == syntax.thousands)
        return 1;
    if (syntax.space_thousands) {
        if (text[0] == ' ') return 1;
        for (std::string_view space : {no_break_space, narrow_no_break_space})
            if (text.substr(0, space.size()) == space) return space.size();
    }
    return 0;
}

std::size_t count_digits(std::string_view text) {
    std::size_t n = 0;
    while (n < text.size() && is_digit(text[n])) ++n;
    return n;
}

}  // namespace

std::optional<double> parse_number(std::string_view text, const NumberSyntax& syntax) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);

    std::string normalised;  // "-1234.5": what from_chars reads
    normalised.reserve(text.size());
    if (!text.empty() && text.front() == '-') {
        normalised += '-';
        text.remove_prefix(1);
    } else if (text.substr(0, unicode_minus.size()) == unicode_minus) {
        normalised += '-';
        text.remove_prefix(unicode_minus.size());
    }

    // The integer part: a first group of digits, then (separator, exactly three digits)*.
    // Without separators the first group may be as long as it likes ("12345").
    std::size_t group = count_digits(text);
    if (group == 0) return std::nullopt;
    normalised.append(text.substr(0, group));
    text.remove_prefix(group);
    std::string_view separator_used;
    bool grouped = false;
    const std::size_t first_group = group;
    while (const std::size_t separator = separator_length(text, syntax)) {
        // One number uses one kind of separator: "1 234.567" with both is a typo, not a number.
        const std::string_view this_separator = text.substr(0, separator);
        if (grouped && this_separator != separator_used) return std::nullopt;
        separator_used = this_separator;
        text.remove_prefix(separator);
        group = count_digits(text);
        if (group != 3) return std::nullopt;
        normalised.append(text.substr(0, 3));
        text.remove_prefix(3);
        grouped = true;
    }
    if (grouped && first_group > 3) return std::nullopt;

    if (!text.empty() && text.front() == syntax.decimal) {
        text.remove_prefix(1);
        const std::size_t fraction = count_digits(text);
        if (fraction == 0) return std::nullopt;
        normalised += '.';
        normalised.append(text.substr(0, fraction));
        text.remove_prefix(fraction);
    }
    if (!text.empty()) return std::nullopt;

    double value = 0;
    const char* end = normalised.data() + normalised.size();
    const auto [stop, error] =
        std::from_chars(normalised.data(), end, value, std::chars_format::fixed);
    if (error != std::errc{} || stop != end) return std::nullopt;
    return value;
}

std::optional<char> parse_decimal_name(std::string_view name) {
    if (name == ",") return ',';
    if (name == ".") return '.';
    return std::nullopt;
}

}  // namespace kt
