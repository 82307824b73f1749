#include "site/figure_reading.h"

#include <algorithm>
#include <cmath>

#include "render/number_format.h"
#include "render/value_text.h"
#include "site/value_cell.h"
#include "stats/ranking.h"

namespace kt {

namespace {

// The difference readers would compute from the two figures they see.
double shown_difference(const Indicator& indicator, double a, double b) {
    return round_to_decimals(
        round_to_decimals(a, indicator.decimals) - round_to_decimals(b, indicator.decimals),
        indicator.decimals);
}

}  // namespace

std::string difference_text(const Indicator& indicator, double difference) {
    const std::string amount = format_number(
        round_to_decimals(std::fabs(difference), indicator.decimals), indicator.decimals);
    return amount + " " + (is_percentage(indicator) ? "prosentpoeng" : indicator.unit);
}

std::string goal_distance_text(const Indicator& indicator, const IndicatorValue& value) {
    if (!indicator.goal || !value.has_number()) return "";
    // Appended rather than "(" + …: GCC 12 warns falsely (-Wrestrict) on that at -O2.
    std::string goal = "(";
    goal += format_value(indicator, *indicator.goal);
    goal += ")";
    const double difference = shown_difference(indicator, value.value, *indicator.goal);
    if (difference == 0) return "På målet " + goal;
    return difference_text(indicator, difference) + (difference > 0 ? " over" : " under") +
           " målet " + goal;
}

std::string change_text(const Indicator& indicator, const IndicatorValue& value,
                        const IndicatorValue& previous, int previous_year) {
    if (!value.has_number() || !previous.has_number()) return "";
    const double difference = shown_difference(indicator, value.value, previous.value);
    const std::string since = " fra " + std::to_string(previous_year);
    if (difference == 0) return "Uendret" + since;
    return (difference > 0 ? "Opp " : "Ned ") + difference_text(indicator, difference) + since;
}

std::string signed_difference(const Indicator& indicator, const IndicatorValue& value,
                              std::optional<double> reference) {
    if (!value.has_number() || !reference) return "";
    return format_signed(shown_difference(indicator, value.value, *reference), indicator.decimals);
}

std::string difference_label(Difference difference) {
    switch (difference) {
        case Difference::clearly_above:
            return "Tydelig over landet";
        case Difference::not_clearly_different:
            return "Ikke tydelig forskjellig fra landet";
        case Difference::clearly_below:
            return "Tydelig under landet";
    }
    return "";
}

std::string versus_country_text(const Indicator& indicator, const IndicatorValue& value,
                                const IndicatorValue& country) {
    const auto difference = difference_from_country(indicator, value, country);
    return difference ? difference_label(*difference) : "";
}

std::string quartile_name(std::optional<int> quartile) {
    static const char* const names[] = {"", "svakeste fjerdedel", "nest svakeste fjerdedel",
                                        "nest beste fjerdedel", "beste fjerdedel"};
    return quartile && *quartile >= 1 && *quartile <= 4 ? names[*quartile] : "";
}

std::string plausible_places_text(const std::optional<RankRange>& places) {
    return places ? std::to_string(places->best) + "–" + std::to_string(places->worst) : "";
}

std::string plausible_places_note(const std::vector<std::optional<RankRange>>& top_ten,
                                  int ranked) {
    // The top of a table built on small cohorts says little: count the first places that could
    // as well lie in the lower half.
    const auto shaky = std::count_if(top_ten.begin(), top_ten.end(), [&](const auto& places) {
        return places && places->worst > ranked / 2;
    });
    std::string note =
        "«Trolig plass» er plassene kommunen kunne hatt når tilfeldig variasjon i tallene "
        "regnes med (95 % konfidensintervall).";
    if (shaky > 0)
        note += " Obs: " + std::to_string(shaky) + " av de " + std::to_string(top_ten.size()) +
                " øverste bygger på så få personer at de like gjerne kunne ligget i nedre halvdel.";
    return note;
}

std::string trend_text(const Indicator& indicator, const Trend& trend) {
    // Persons come whole; a percentage moves by tenths.
    const int decimals = indicator.computation == Computation::count
                             ? indicator.decimals
                             : std::max(1, indicator.decimals);
    auto number = [&](double x) { return format_number(round_to_decimals(x, decimals), decimals); };
    const std::string unit = is_percentage(indicator) ? "prosentpoeng" : indicator.unit;
    const std::string span =
        "Utvikling " + std::to_string(trend.first_year) + "–" + std::to_string(trend.last_year);
    const std::string per_year = number(trend.slope) + " " + unit + " per år (95 % KI " +
                                 number(trend.interval.low) + " til " +
                                 number(trend.interval.high) + ")";
    // Judged on the interval as printed: "økende … (KI 0,0 til 3,5)" would contradict itself.
    const double low = round_to_decimals(trend.interval.low, decimals);
    const double high = round_to_decimals(trend.interval.high, decimals);
    if (trend.direction == Trend::Direction::rising && low > 0)
        return span + ": økende, " + per_year;
    if (trend.direction == Trend::Direction::falling && high < 0)
        return span + ": synkende, " + per_year;
    return span + ": ingen tydelig utvikling, " + per_year;
}

std::string period_text(const Figures::PooledValue& pooled) {
    return std::to_string(pooled.first_year) + "–" + std::to_string(pooled.last_year);
}

std::string pooled_text(const SiteData& data, const Indicator& indicator, const std::string& area,
                        int year) {
    const Figures::PooledValue* pooled = data.figures.stand_in(indicator, area, year);
    if (!pooled) return "";
    std::string text =
        "Samlet for " + period_text(*pooled) + ": " + format_value(indicator, pooled->value.value);
    const std::string interval = interval_text(indicator, pooled->value);
    if (!interval.empty()) text += " (95 % KI " + interval + ")";
    return text;
}

nlohmann::json figure_or_pooled_cell(const SiteData& data, const Indicator& indicator,
                                     const std::string& area, int year) {
    const SuppressionRule& rule = data.input.config.suppression;
    const IndicatorValue& single = data.figures.value(indicator.id, area, year);
    const Figures::PooledValue* pooled = data.figures.stand_in(indicator, area, year);
    if (!pooled || single.has_number()) return value_cell(indicator, single, rule);
    nlohmann::json cell = value_cell(indicator, pooled->value, rule);
    cell["pooled_period"] = period_text(*pooled);
    cell["note"] = "Tallet for " + std::to_string(year) + " alene vises ikke. " +
                   value_explanation(single, rule) + " Her står tallet for " +
                   period_text(*pooled) + " samlet.";
    return cell;
}

}  // namespace kt
