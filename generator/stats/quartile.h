#pragma once
// Quartile class of a ranked value: 4 = best quarter … 1 = worst quarter.
#include <optional>
#include <vector>

#include "stats/ranking.h"

namespace kt {

// The quartile of a mid-rank percentile (RankEntry::percentile: 0-100, higher = better):
//   percentile < 25 -> 1,  25 <= percentile < 50 -> 2,  50 <= percentile < 75 -> 3,
//   75 <= percentile -> 4.
// A percentile exactly on a boundary goes to the upper (better) quartile, giving the area the
// benefit of the doubt. Mid-rank percentiles land on a boundary when tied values straddle it,
// and with n distinct values for odd n (the median, 50) and n = 2, 6, 10, … (25 and 75):
// 4 distinct values give 1, 2, 3, 4; 8 give 1, 1, 2, 2, 3, 3, 4, 4; 2 give 2 and 4; 6 give
// 1, 2, 2, 3, 4, 4; a lone area gets 3. So the rule is not mirror-symmetric: reversing the
// direction does not turn every q into 5 - q. Precondition: 0 <= percentile <= 100.
int quartile_of(double percentile);

// The quartile of a ranking entry; empty when the area is not ranked (no percentile).
std::optional<int> quartile_of(const RankEntry& entry);

// The quartile of each value among `values` (same order), by its mid-rank percentile
// 100 * (worse + 0.5 * same) / count, the rule RankEntry::percentile uses. Values are compared
// exactly as given, so equal values always share a quartile; round them to the decimals readers
// see first. Precondition: all values are finite.
std::vector<int> quartiles_of(const std::vector<double>& values, bool higher_is_better);

// The quartiles of quartiles_of, for a figure that stands in for one of the values: what an area
// would get if its own figure were another, everyone else's held as they are. O(log n) a query.
class QuartileScale {
  public:
    QuartileScale(std::vector<double> values, bool higher_is_better);
    // The quartile of `figure` in place of `own`, which must be one of the values.
    int quartile_if(double own, double figure) const;

  private:
    std::vector<double> sorted_;  // ascending
    bool higher_is_better_;
};

}  // namespace kt
