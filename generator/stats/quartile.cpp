#include "stats/quartile.h"

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

std::vector<int> quartiles_of(const std::vector<double>& values, bool higher_is_better) {
    auto better = [higher_is_better](double a, double b) {
        return higher_is_better ? a > b : a < b;
    };
    // Quadratic, like rank_areas: a few hundred municipalities at most, and the rule stays plain.
    // (worse + 0.5 * same) is a multiple of 0.5, so a percentile on a boundary is exact.
    const double count = static_cast<double>(values.size());
    std::vector<int> quartiles;
    quartiles.reserve(values.size());
    for (double value : values) {
        assert(std::isfinite(value));
        int worse = 0, same = 0;
        for (double other : values) {
            if (better(value, other)) {
                ++worse;
            } else if (!better(other, value)) {
                ++same;  // includes the value itself
            }
        }
        quartiles.push_back(quartile_of(100.0 * (worse + 0.5 * same) / count));
    }
    return quartiles;
}

}  // namespace kt
