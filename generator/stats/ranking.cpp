#include "stats/ranking.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <string_view>

namespace kt {

double round_to_decimals(double value, int decimals) {
    assert(decimals >= 0 && decimals <= 15);
    if (!std::isfinite(value)) return value;

    // Shortest round-trip digits, in fixed notation: "63.45", "-0.005", "1234".
    char buffer[512];  // the longest fixed form of a double is about 330 characters
    const auto written =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    assert(written.ec == std::errc());
    std::string digits(buffer, written.ptr);

    const bool negative = !digits.empty() && digits.front() == '-';
    if (negative) digits.erase(0, 1);
    const std::size_t point = digits.find('.');
    if (point == std::string::npos || digits.size() - point - 1 <= std::size_t(decimals)) {
        return value;  // already has no more digits than asked for
    }

    const bool round_up = digits[point + 1 + decimals] >= '5';
    digits.resize(decimals == 0 ? point : point + 1 + decimals);
    if (round_up) {
        // Add one unit in the last kept place, carrying leftwards past the point.
        int i = static_cast<int>(digits.size()) - 1;
        for (; i >= 0; --i) {
            if (digits[i] == '.') continue;
            if (digits[i] == '9') {
                digits[i] = '0';
            } else {
                ++digits[i];
                break;
            }
        }
        if (i < 0) digits.insert(digits.begin(), '1');
    }

    double rounded = 0;
    const auto parsed = std::from_chars(digits.data(), digits.data() + digits.size(), rounded);
    assert(parsed.ec == std::errc());
    (void)parsed;
    return negative ? -rounded : rounded;
}

RankExclusion rank_exclusion(const Indicator& indicator, const IndicatorValue& value) {
    if (!value.has_number()) return RankExclusion::no_figure;
    if (has_denominator(indicator) && value.denominator < indicator.min_denominator)
        return RankExclusion::small_denominator;
    return RankExclusion::none;
}

bool is_ranked(const Indicator& indicator) { return indicator.higher_is_better.has_value(); }

std::vector<RankEntry> rank_areas(
    const Indicator& indicator, const std::vector<std::pair<std::string, IndicatorValue>>& values) {
    const bool lowest_first =
        indicator.higher_is_better.has_value() && !*indicator.higher_is_better;
    // "Better" on the rounded figures, with the direction folded in.
    auto better = [lowest_first](double a, double b) { return lowest_first ? a < b : a > b; };

    std::vector<RankEntry> ranked;
    std::vector<double> shown;  // rounded values of `ranked`, same order
    std::vector<RankEntry> unranked;
    for (const auto& [area, value] : values) {
        RankEntry entry{
            area,        value, std::nullopt, std::nullopt, rank_exclusion(indicator, value),
            std::nullopt};
        if (entry.exclusion == RankExclusion::none) {
            shown.push_back(round_to_decimals(value.value, indicator.decimals));
            ranked.push_back(std::move(entry));
        } else {
            unranked.push_back(std::move(entry));
        }
    }

    // Without a better direction there is no league table: list by value, highest first.
    if (!is_ranked(indicator)) {
        std::vector<std::size_t> order(ranked.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return shown[a] > shown[b]; });
        std::vector<RankEntry> listed;
        for (std::size_t i : order) listed.push_back(std::move(ranked[i]));
        for (RankEntry& entry : unranked) listed.push_back(std::move(entry));
        return listed;
    }

    // Competition ranking: 1 + the number of strictly better areas. Quadratic, but a ranking
    // has at most a few hundred municipalities and this keeps the rule plain to read.
    const double count = static_cast<double>(ranked.size());
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        int better_count = 0, worse_count = 0, same_count = 0;
        for (std::size_t j = 0; j < ranked.size(); ++j) {
            if (better(shown[j], shown[i])) {
                ++better_count;
            } else if (better(shown[i], shown[j])) {
                ++worse_count;
            } else {
                ++same_count;  // includes the area itself
            }
        }
        ranked[i].rank = better_count + 1;
        ranked[i].percentile = 100.0 * (worse_count + 0.5 * same_count) / count;
    }

    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const RankEntry& a, const RankEntry& b) { return *a.rank < *b.rank; });
    for (RankEntry& entry : unranked) ranked.push_back(std::move(entry));
    return ranked;
}

}  // namespace kt
