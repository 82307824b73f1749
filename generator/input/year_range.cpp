#include "input/year_range.h"

#include <charconv>

namespace kt {

std::optional<int> parse_year(std::string_view text) {
    if (text.size() != 4) return std::nullopt;
    int year = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    if (year < 1900 || year > 2100) return std::nullopt;
    return year;
}

std::optional<YearRange> parse_year_range(std::string_view text) {
    const auto dash = text.find('-');
    if (dash == std::string_view::npos) {
        auto year = parse_year(text);
        if (!year) return std::nullopt;
        return YearRange{*year, *year};
    }
    auto first = parse_year(text.substr(0, dash));
    if (!first) return std::nullopt;
    std::string_view rest = text.substr(dash + 1);
    if (rest.empty()) return YearRange{*first, std::nullopt};
    auto last = parse_year(rest);
    if (!last || *last < *first) return std::nullopt;
    return YearRange{*first, *last};
}

}  // namespace kt
