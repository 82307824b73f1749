#include "stats/indicator_value.h"

namespace kt {

bool has_denominator(const Indicator& indicator) {
    return indicator.computation != Computation::count;
}

int status_severity(ValueStatus status) {
    switch (status) {
        case ValueStatus::present:
        case ValueStatus::nil:
            return 0;
        case ValueStatus::not_applicable:
            return 1;
        case ValueStatus::not_available:
            return 2;
        case ValueStatus::not_yet_available:
            return 3;
        case ValueStatus::suppressed:
            return 4;
    }
    return 0;
}

ValueStatus more_severe(ValueStatus a, ValueStatus b) {
    return status_severity(b) > status_severity(a) ? b : a;
}

IndicatorValue value_from_numbers(const Indicator& indicator, double numerator,
                                  double denominator) {
    IndicatorValue out;
    out.numerator = numerator;
    switch (indicator.computation) {
        case Computation::count:
            out.status = ValueStatus::present;
            out.value = numerator;
            return out;
        case Computation::share:
        case Computation::percent_of:
        case Computation::rate_per_1000:
        case Computation::mean: {
            out.denominator = denominator;
            // Nobody in the base: the ratio cannot occur, which is not the same as 0 %.
            if (denominator == 0) {
                out.status = ValueStatus::not_applicable;
                return out;
            }
            const double scale = indicator.computation == Computation::rate_per_1000 ? 1000.0
                                 : indicator.computation == Computation::mean        ? 1.0
                                                                                     : 100.0;
            out.status = ValueStatus::present;
            out.value = scale * numerator / denominator;
            return out;
        }
    }
    return out;
}

namespace {

// A missing row is "not available"; otherwise the row's own status, with nil as a number.
ValueStatus input_status(const Observation* obs) {
    if (!obs) return ValueStatus::not_available;
    return obs->has_number() ? ValueStatus::present : obs->status;
}

}  // namespace

IndicatorValue compute_value(const Indicator& indicator, const ObservationTable& table,
                             const std::string& area, int period) {
    const Observation* num = table.find(indicator.numerator, area, period);
    const Observation* den =
        has_denominator(indicator) ? table.find(indicator.denominator, area, period) : nullptr;

    ValueStatus status = input_status(num);
    if (has_denominator(indicator)) status = more_severe(status, input_status(den));

    IndicatorValue out;
    if (status == ValueStatus::present) {
        out = value_from_numbers(indicator, num->number(), den ? den->number() : 0.0);
    } else {
        out.status = status;  // numerator/denominator stay 0: nothing leaks from the inputs
    }
    out.provisional = (num && num->provisional) || (den && den->provisional);
    return out;
}

}  // namespace kt
