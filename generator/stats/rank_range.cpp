#include "stats/rank_range.h"

#include <algorithm>
#include <cmath>

namespace kt {

// The 95 % upper bound of a Poisson count when none was seen.
constexpr double kPoissonUpperAtZero = 3.689;

std::optional<Interval> figure_interval(const Indicator& indicator, const IndicatorValue& value) {
    if (!value.has_number()) return std::nullopt;
    const bool ratio = indicator.computation != Computation::count;
    if (ratio && value.denominator <= 0) return std::nullopt;
    if (indicator.computation == Computation::share && value.numerator <= value.denominator) {
        const Interval p = wilson_interval(value.numerator, value.denominator);
        return Interval{100 * p.low, 100 * p.high};
    }
    const double x = value.numerator;
    const double low = x > 0 ? std::max(0.0, x - z_95 * std::sqrt(x)) : 0;
    const double high = x > 0 ? x + z_95 * std::sqrt(x) : kPoissonUpperAtZero;
    // What one more counted person adds to the figure (1, 100/den or 1000/den).
    const double per_count = value_from_numbers(indicator, 1, ratio ? value.denominator : 1).value;
    return Interval{low * per_count, high * per_count};
}

void rank_ranges(const Indicator& indicator, std::vector<RankEntry>& entries) {
    if (!is_ranked(indicator)) return;
    const bool higher_better = *indicator.higher_is_better;
    std::vector<std::optional<Interval>> intervals(entries.size());
    std::vector<double> lows, highs;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!entries[i].rank) continue;
        intervals[i] = figure_interval(indicator, entries[i].value);
        if (!intervals[i]) continue;
        lows.push_back(intervals[i]->low);
        highs.push_back(intervals[i]->high);
    }
    std::sort(lows.begin(), lows.end());
    std::sort(highs.begin(), highs.end());
    const int ranked = static_cast<int>(lows.size());
    // How many lows lie above x, and how many highs below x (strictly).
    auto lows_above = [&](double x) {
        return static_cast<int>(lows.end() - std::upper_bound(lows.begin(), lows.end(), x));
    };
    auto highs_below = [&](double x) {
        return static_cast<int>(std::lower_bound(highs.begin(), highs.end(), x) - highs.begin());
    };
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!intervals[i]) continue;
        const Interval& own = *intervals[i];
        const int clearly_better = higher_better ? lows_above(own.high) : highs_below(own.low);
        const int clearly_worse = higher_better ? highs_below(own.low) : lows_above(own.high);
        entries[i].plausible = RankRange{1 + clearly_better, ranked - clearly_worse};
    }
}

}  // namespace kt
