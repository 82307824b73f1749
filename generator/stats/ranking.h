#pragma once
// League position of municipalities on one indicator, on the figures readers see.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/catalogue.h"
#include "stats/indicator_value.h"

namespace kt {

// Why an area is left out of a ranking.
enum class RankExclusion {
    none,               // ranked (or listed, for an indicator without a direction)
    no_figure,          // no number: suppressed, missing, not applicable …
    small_denominator,  // a share or rate on fewer than indicator.min_denominator
};

// The places an area could plausibly hold (see rank_ranges).
struct RankRange {
    int best = 0;
    int worst = 0;
};

struct RankEntry {
    std::string area;
    IndicatorValue value;
    std::optional<int> rank;  // 1 = best; ties share the same rank (1, 2, 2, 4)
    // 0-100: share of ranked areas with a strictly worse rounded value, plus half of those with
    // the same rounded value, the area itself included (mid-rank percentile rank):
    // 100 * (worse + 0.5 * same) / ranked. Best of 4 distinct: 87.5; worst: 12.5; alone: 50.
    // Only when ranked.
    std::optional<double> percentile;
    RankExclusion exclusion = RankExclusion::none;
    // Set by rank_ranges for ranked areas whose figure has an interval.
    std::optional<RankRange> plausible;
};

// Whether the indicator has a better direction, and so a league table at all.
bool is_ranked(const Indicator& indicator);

// Ranks municipalities on an indicator. Direction: higher_is_better false -> lowest first,
// true -> highest first. Without a direction nobody gets a rank: areas with a number are
// listed highest first, then the rest. Values are compared after rounding to the indicator's
// decimals (what readers see), so areas that show the same figure share a rank.
// Areas without a number, or with a denominator below indicator.min_denominator (share/rate
// only), are listed after the ranked ones, unranked, with the exclusion.
// Output order: ranked by rank, ties and the unranked in input order (callers pass areas in
// alphabetical order, so the result is deterministic).
std::vector<RankEntry> rank_areas(
    const Indicator& indicator, const std::vector<std::pair<std::string, IndicatorValue>>& values);

// Half away from zero, applied to the shortest decimal form of `value` (the digits a reader
// would write down), so 1.005 -> 1.01 and 63.45 -> 63.5 although their binary values lie just
// below the tie. Precondition: 0 <= decimals <= 15. Non-finite values are returned unchanged.
// Render must round the same way (ICU: UNUM_ROUND_HALFUP, not ICU's default half-even).
double round_to_decimals(double value, int decimals);

// Whether an area with this value can be ranked: it has a number and, for a share or rate,
// a denominator of at least indicator.min_denominator.
RankExclusion rank_exclusion(const Indicator& indicator, const IndicatorValue& value);

}  // namespace kt
