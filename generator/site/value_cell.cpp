#include "site/value_cell.h"

#include "render/number_format.h"
#include "render/sentence.h"
#include "render/value_text.h"
#include "stats/rank_range.h"
#include "stats/ranking.h"

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

std::string goal_label(const Words& words, const Indicator& indicator) {
    return indicator.goal_label.empty() ? words("figure.goal") : indicator.goal_label;
}

std::string goal_text(const Indicator& indicator) {
    return indicator.goal ? format_value(indicator, *indicator.goal) : "";
}

nlohmann::json goal_line(const Words& words, const Indicator& indicator) {
    if (!indicator.goal) return nullptr;
    return goal_label(words, indicator) + ": " + goal_text(indicator);
}

std::string levels_note(const Words& words, const Indicator& indicator) {
    if (indicator.levels.empty()) return "";
    std::vector<std::string> levels;
    for (AreaKind kind : indicator.levels)
        levels.push_back(words("indicator.level", {{"kind", kind_name(kind)}}));
    return words("indicator.levels", {{"levels", joined(words, levels)}});
}

std::string partial_note(const Words& words, const IndicatorValue& value) {
    // A hidden aggregate says so too: it is not the quantity the whole sum is.
    const bool has_sum = value.has_number() || value.status == ValueStatus::suppressed;
    if (has_sum && value.differs_from_members) return words("value.source_total");
    if (!has_sum || value.parts_missing == 0) return "";
    // A county or the country adds its hidden members too (the disclosure control protects
    // them); only a group adds nothing but published figures.
    return words("value.partial", {{"missing", std::to_string(value.parts_missing)},
                                   {"total", std::to_string(value.parts_total)},
                                   {"hidden", value.leaves_out_hidden ? "yes" : "no"}});
}

std::string suppression_explanation(const Words& words, Suppression reason,
                                    const SuppressionRule& rule) {
    switch (reason) {
        case Suppression::none:
        case Suppression::unpublished:
        case Suppression::in_source:
            return words("value.hidden_in_source");
        case Suppression::confidential:
            return words("value.confidential", {{"min_count", std::to_string(rule.min_count)}});
        case Suppression::small_denominator:
            return words("value.small_denominator",
                         {{"min_denominator", format_number(rule.min_denominator, 0)}});
    }
    return "";
}

std::string value_explanation(const Words& words, const IndicatorValue& value,
                              const SuppressionRule& rule) {
    if (value.has_number()) return partial_note(words, value);
    if (value.incomparable) return words("value.incomparable");
    if (value.status == ValueStatus::suppressed) {
        const std::string partial = partial_note(words, value);
        return (partial.empty() ? "" : partial + " ") +
               suppression_explanation(words, value.suppression, rule);
    }
    return status_explanation(words, value.status);
}

std::string interval_text(const Indicator& indicator, const IndicatorValue& value) {
    const auto interval = share_interval(indicator, value);
    if (!interval) return "";
    const int d = indicator.decimals;
    const std::string low = format_number(round_to_decimals(interval->low, d), d);
    const std::string high = format_number(round_to_decimals(interval->high, d), d);
    // "53–53" would look like a finding; at the shown precision there is no uncertainty.
    if (low == high) return "";
    return low + "–" + high;
}

std::string with_interval(const Words& words, const std::string& text,
                          const std::string& interval) {
    if (interval.empty()) return text;
    return words("figure.with_interval", {{"text", text}, {"interval", interval}});
}

std::string value_text(const Indicator& indicator, const IndicatorValue& value) {
    if (!value.has_number()) return status_symbol(value.status);
    std::string text = format_value(indicator, value.value);
    if (value.parts_missing > 0) text += "*";
    return text;
}

std::string value_note(const Words& words, const IndicatorValue& value,
                       const SuppressionRule& rule) {
    std::string note = value_explanation(words, value, rule);
    if (value.provisional) note += (note.empty() ? "" : " ") + words("value.provisional");
    return note;
}

nlohmann::json value_cell(const Words& words, const Indicator& indicator,
                          const IndicatorValue& value, const SuppressionRule& rule) {
    const std::string note = value_note(words, value, rule);
    return {{"text", value_text(indicator, value)},
            {"interval", interval_text(indicator, value)},
            {"note", note},
            // A plain number needs no class; a symbol is styled by its status.
            {"status", value.status == ValueStatus::present ? "" : status_class(value.status)},
            {"partial", value.has_number() && value.parts_missing > 0}};
}

}  // namespace kt
