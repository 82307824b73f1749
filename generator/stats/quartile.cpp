#include "stats/quartile.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace kt {

int quartile_of(double percentile) {
    assert(percentile >= 0 && percentile <= 100);
    if (percentile >= 75) return 4;
    if (percentile >= 50) return 3;
    if (percentile >= 25) return 2;
    return 1;
}

std::optional<int> quartile_of(const RankEntry& entry) {
    if (!entry.percentile) return std::nullopt;
    return quartile_of(*entry.percentile);
}

QuartileScale::QuartileScale(std::vector<double> values, bool higher_is_better)
    : sorted_(std::move(values)), higher_is_better_(higher_is_better) {
    assert(std::all_of(sorted_.begin(), sorted_.end(), [](double v) { return std::isfinite(v); }));
    std::sort(sorted_.begin(), sorted_.end());
}

int QuartileScale::quartile_if(double own, double figure) const {
    const auto [first_same, past_same] = std::equal_range(sorted_.begin(), sorted_.end(), figure);
    // Among all values (own included): those worse than the figure, and those equal to it.
    int worse = static_cast<int>(higher_is_better_ ? first_same - sorted_.begin()
                                                   : sorted_.end() - past_same);
    int same = static_cast<int>(past_same - first_same);
    // Take own out and the figure in: (worse + 0.5 * same) stays a multiple of 0.5, so a
    // percentile on a boundary is exact.
    if (higher_is_better_ ? own < figure : own > figure) --worse;
    if (own == figure) --same;
    ++same;
    return quartile_of(100.0 * (worse + 0.5 * same) / static_cast<double>(sorted_.size()));
}

std::vector<int> quartiles_of(const std::vector<double>& values, bool higher_is_better) {
    const QuartileScale scale(values, higher_is_better);
    std::vector<int> quartiles;
    quartiles.reserve(values.size());
    for (double value : values) quartiles.push_back(scale.quartile_if(value, value));
    return quartiles;
}

}  // namespace kt
