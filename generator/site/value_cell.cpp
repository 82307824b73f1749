#include "site/value_cell.h"

#include "render/value_text.h"

namespace kt {

std::string status_class(ValueStatus status) {
    switch (status) {
        case ValueStatus::present:
            return "present";
        case ValueStatus::nil:
            return "nil";
        case ValueStatus::not_applicable:
            return "not-applicable";
        case ValueStatus::not_available:
            return "not-available";
        case ValueStatus::not_yet_available:
            return "not-yet-available";
        case ValueStatus::suppressed:
            return "suppressed";
    }
    return "";
}

std::string goal_text(const Indicator& indicator) {
    return indicator.goal ? format_value(indicator, *indicator.goal) : "";
}

std::string partial_note(const IndicatorValue& value) {
    if (!value.has_number() || value.parts_missing == 0) return "";
    return "Summen mangler " + std::to_string(value.parts_missing) + " av de " +
           std::to_string(value.parts_total) +
           " kommunene den gjelder, fordi tallet deres er skjult eller mangler.";
}

std::string value_explanation(const IndicatorValue& value) {
    if (value.has_number()) return partial_note(value);
    if (value.incomparable)
        return "Kan ikke sammenlignes: kommunen fikk nye grenser da en kommune ble delt.";
    return status_explanation(value.status);
}

std::string value_text(const Indicator& indicator, const IndicatorValue& value) {
    if (!value.has_number()) return status_symbol(value.status);
    std::string text = format_value(indicator, value.value);
    if (value.parts_missing > 0) text += "*";
    return text;
}

nlohmann::json value_cell(const Indicator& indicator, const IndicatorValue& value) {
    std::string note = value_explanation(value);
    if (value.provisional) note += (note.empty() ? "" : " ") + std::string("Foreløpig tall.");
    return {{"text", value_text(indicator, value)},
            {"note", note},
            {"status", status_class(value.status)},
            {"partial", value.has_number() && value.parts_missing > 0}};
}

}  // namespace kt
