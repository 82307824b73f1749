#pragma once
// The Wilson score interval for a share, and what it says about a difference from a reference
// value such as the country. Wilson rather than the textbook p ± z·sqrt(p(1-p)/n) because
// municipal cohorts are small: the textbook interval collapses to zero width at 0 % and 100 %
// and can run below 0 or above 1, while Wilson's stays inside [0, 1] and keeps its width.
namespace kt {

struct Interval {
    double low = 0;
    double high = 0;
};

// Two-sided 95 % quantile of the standard normal distribution.
inline constexpr double z_95 = 1.959963984540054;

// Wilson score interval for the proportion successes / trials, in proportion units (0..1):
//   centre = (p + z²/2n) / (1 + z²/n)
//   half   = z / (1 + z²/n) · sqrt(p(1-p)/n + z²/4n²)
// Precondition (asserted): 0 <= successes <= trials, trials > 0, z >= 0. Non-integer counts are
// accepted (pooled or weighted figures). At 0 successes the low bound is exactly 0 and at
// successes == trials the high bound is exactly 1 (the formula gives these only up to rounding).
Interval wilson_interval(double successes, double trials, double z = z_95);

// Where an estimate with this interval lies relative to a reference value (e.g. the country).
enum class Difference { clearly_above, not_clearly_different, clearly_below };

// clearly_above if interval.low > reference, clearly_below if interval.high < reference,
// otherwise not_clearly_different: a reference exactly on a bound is not a clear difference.
Difference compare_to_reference(const Interval& interval, double reference);

}  // namespace kt
