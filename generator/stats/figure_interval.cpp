#include "stats/figure_interval.h"

#include <algorithm>
#include <cmath>

namespace kt {

// The 95 % upper bound of a Poisson count when none was seen.
constexpr double kPoissonUpperAtZero = 3.689;

std::optional<Interval> figure_interval(const Indicator& indicator, const IndicatorValue& value) {
    if (!value.has_number()) return std::nullopt;
    const bool ratio = indicator.computation != Computation::count;
    if (ratio && value.denominator <= 0) return std::nullopt;
    // An average's spread lies in the persons' own values, which the data do not give: no
    // interval rather than a made-up one.
    if (indicator.computation == Computation::mean) return std::nullopt;
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

std::optional<Interval> share_interval(const Indicator& indicator, const IndicatorValue& value) {
    if (indicator.computation != Computation::share || value.numerator > value.denominator)
        return std::nullopt;
    return figure_interval(indicator, value);
}

std::optional<Difference> difference_from_country(const Indicator& indicator,
                                                  const IndicatorValue& value,
                                                  const IndicatorValue& country) {
    const auto interval = share_interval(indicator, value);
    if (!interval || !country.has_number()) return std::nullopt;
    return compare_to_reference(*interval, country.value);
}

}  // namespace kt
