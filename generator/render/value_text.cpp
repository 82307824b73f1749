#include "render/value_text.h"

#include "render/number_format.h"

namespace kt {

bool is_percentage(const Indicator& indicator) {
    return indicator.computation == Computation::share ||
           indicator.computation == Computation::percent_of;
}

std::string format_value(const Indicator& indicator, double value) {
    return is_percentage(indicator) ? format_percent(value, indicator.decimals)
                                    : format_number(value, indicator.decimals);
}

std::string status_symbol(ValueStatus status) {
    switch (status) {
        case ValueStatus::present:
            return "";
        case ValueStatus::nil:
            return "-";
        case ValueStatus::not_applicable:
            return ".";
        case ValueStatus::not_available:
            return "..";
        case ValueStatus::not_yet_available:
            return "...";
        case ValueStatus::suppressed:
            return ":";
    }
    return "";
}

std::string status_explanation(ValueStatus status) {
    switch (status) {
        case ValueStatus::present:
            return "";
        case ValueStatus::nil:
            return "Null.";
        case ValueStatus::not_applicable:
            return "Kan ikke forekomme (for eksempel deling på null).";
        case ValueStatus::not_available:
            return "Tallet finnes ikke.";
        case ValueStatus::not_yet_available:
            return "Tallet er ikke publisert ennå.";
        case ValueStatus::suppressed:
            return "Skjult for å verne personvernet (for få personer).";
    }
    return "";
}

std::string exclusion_text(RankExclusion exclusion, const Indicator& indicator,
                           const IndicatorValue& value) {
    switch (exclusion) {
        case RankExclusion::none:
            return "";
        case RankExclusion::no_figure:
            return status_explanation(value.status);
        case RankExclusion::small_denominator:
            return "Færre enn " + format_number(indicator.min_denominator, 0) +
                   " personer i grunnlaget.";
    }
    return "";
}

}  // namespace kt
