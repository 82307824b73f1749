#pragma once
// The chance variation of one figure: its 95 % interval, and whether it lies clearly above or
// below a reference such as the country's figure.
#include <optional>

#include "model/catalogue.h"
#include "stats/indicator_value.h"
#include "stats/wilson_interval.h"

namespace kt {

// A figure's 95 % interval in the indicator's unit: Wilson's for a share; otherwise the
// numerator's Poisson interval (normal approximation, x ± 1.96 √x, floored at 0; [0, 3.69]
// for 0), scaled as the figure is. nullopt without a number.
std::optional<Interval> figure_interval(const Indicator& indicator, const IndicatorValue& value);

// The Wilson interval of a share, in percent; nullopt for other computations, without a
// number, or when the numerator exceeds the denominator (the source's own inconsistency).
std::optional<Interval> share_interval(const Indicator& indicator, const IndicatorValue& value);

// Where a share lies against the country's, from its 95 % Wilson interval; nullopt for
// other computations or without both numbers.
std::optional<Difference> difference_from_country(const Indicator& indicator,
                                                  const IndicatorValue& value,
                                                  const IndicatorValue& country);

}  // namespace kt
