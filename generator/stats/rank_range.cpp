#include "stats/rank_range.h"

#include <algorithm>
#include <cmath>

namespace kt {

std::vector<RankRange> plausible_places(const std::vector<Interval>& intervals,
                                        bool higher_is_better) {
    std::vector<double> lows, highs;
    for (const Interval& interval : intervals) {
        lows.push_back(interval.low);
        highs.push_back(interval.high);
    }
    std::sort(lows.begin(), lows.end());
    std::sort(highs.begin(), highs.end());
    const int count = static_cast<int>(intervals.size());
    // How many lows lie above x, and how many highs below x (strictly).
    auto lows_above = [&](double x) {
        return static_cast<int>(lows.end() - std::upper_bound(lows.begin(), lows.end(), x));
    };
    auto highs_below = [&](double x) {
        return static_cast<int>(std::lower_bound(highs.begin(), highs.end(), x) - highs.begin());
    };
    std::vector<RankRange> places;
    for (const Interval& own : intervals) {
        const int clearly_better = higher_is_better ? lows_above(own.high) : highs_below(own.low);
        const int clearly_worse = higher_is_better ? highs_below(own.low) : lows_above(own.high);
        places.push_back(RankRange{1 + clearly_better, count - clearly_worse});
    }
    return places;
}

void rank_ranges(const Indicator& indicator, std::vector<RankEntry>& entries) {
    if (!is_ranked(indicator)) return;
    std::vector<std::size_t> ranked;
    std::vector<Interval> intervals;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!entries[i].rank) continue;
        if (auto interval = figure_interval(indicator, entries[i].value)) {
            ranked.push_back(i);
            intervals.push_back(*interval);
        }
    }
    const std::vector<RankRange> places = plausible_places(intervals, *indicator.higher_is_better);
    for (std::size_t k = 0; k < ranked.size(); ++k) entries[ranked[k]].plausible = places[k];
}

}  // namespace kt
