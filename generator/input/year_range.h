#pragma once
// Year ranges as written in YAML files: "2015-2023", "2015-" (open-ended) or "2019".
#include <optional>
#include <string_view>

namespace kt {

struct YearRange {
    int first = 0;
    std::optional<int> last;  // nullopt: open-ended
};

// Nullopt for anything else, or when the last year comes before the first.
std::optional<YearRange> parse_year_range(std::string_view text);

// A four-digit year 1900-2100 as written in data files ("2019"); nullopt otherwise.
std::optional<int> parse_year(std::string_view text);

}  // namespace kt
