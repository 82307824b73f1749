#include "stats/wilson_interval.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace kt {

Interval wilson_interval(double successes, double trials, double z) {
    assert(trials > 0);
    assert(successes >= 0 && successes <= trials);
    assert(z >= 0);

    const double n = trials;
    const double p = successes / n;
    const double z2 = z * z;
    const double shrink = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / shrink;
    const double half = z / shrink * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));

    Interval out{centre - half, centre + half};
    // At the edges centre and half are equal in exact arithmetic; rounding must not leave a
    // bound a hair away from 0 or 1 (readers would see "0,0 %" where the truth is 0).
    if (successes == 0) out.low = 0;
    if (successes == trials) out.high = 1;
    out.low = std::max(0.0, out.low);
    out.high = std::min(1.0, out.high);
    return out;
}

Difference compare_to_reference(const Interval& interval, double reference) {
    if (interval.low > reference) return Difference::clearly_above;
    if (interval.high < reference) return Difference::clearly_below;
    return Difference::not_clearly_different;
}

}  // namespace kt
