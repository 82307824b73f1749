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

std::string status_explanation(const Words& words, ValueStatus status) {
    switch (status) {
        case ValueStatus::present:
            return "";
        case ValueStatus::nil:
            return words("value.nil");
        case ValueStatus::not_applicable:
            return words("value.not_applicable");
        case ValueStatus::not_available:
            return words("value.not_available");
        case ValueStatus::not_yet_available:
            return words("value.not_yet_available");
        case ValueStatus::suppressed:
            return words("value.suppressed");
    }
    return "";
}

std::string exclusion_text(const Words& words, RankExclusion exclusion, const Indicator& indicator,
                           const IndicatorValue& value) {
    switch (exclusion) {
        case RankExclusion::none:
            return "";
        case RankExclusion::no_figure:
            return status_explanation(words, value.status);
        case RankExclusion::small_denominator:
            return words("rank.too_few",
                         {{"min_denominator", format_number(indicator.min_denominator, 0)}});
    }
    return "";
}

}  // namespace kt
