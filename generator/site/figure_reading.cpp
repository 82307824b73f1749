#include "site/figure_reading.h"

#include <algorithm>
#include <cmath>

#include "render/number_format.h"
#include "render/value_text.h"
#include "site/value_cell.h"
#include "stats/ranking.h"

namespace kt {

double shown_difference(const Indicator& indicator, double a, double b) {
    return round_to_decimals(
        round_to_decimals(a, indicator.decimals) - round_to_decimals(b, indicator.decimals),
        indicator.decimals);
}

std::string difference_unit(const Words& words, const Indicator& indicator) {
    return is_percentage(indicator) ? words("figure.percentage_point_unit") : indicator.unit;
}

std::string difference_text(const Words& words, const Indicator& indicator, double difference) {
    const std::string amount = format_number(
        round_to_decimals(std::fabs(difference), indicator.decimals), indicator.decimals);
    return amount + " " + difference_unit(words, indicator);
}

std::string goal_distance_text(const Words& words, const Indicator& indicator,
                               const IndicatorValue& value) {
    if (!indicator.goal || !value.has_number()) return "";
    const std::string goal = format_value(indicator, *indicator.goal);
    const double difference = shown_difference(indicator, value.value, *indicator.goal);
    if (difference == 0) return words("figure.at_goal", {{"goal", goal}});
    return words(difference > 0 ? "figure.above_goal" : "figure.below_goal",
                 {{"difference", difference_text(words, indicator, difference)}, {"goal", goal}});
}

std::string change_text(const Words& words, const Indicator& indicator, const IndicatorValue& value,
                        const IndicatorValue& previous, int previous_year) {
    if (!value.has_number() || !previous.has_number()) return "";
    const double difference = shown_difference(indicator, value.value, previous.value);
    const std::string year = std::to_string(previous_year);
    if (difference == 0) return words("figure.unchanged", {{"year", year}});
    return words(difference > 0 ? "figure.up" : "figure.down",
                 {{"difference", difference_text(words, indicator, difference)}, {"year", year}});
}

std::string signed_difference(const Indicator& indicator, const IndicatorValue& value,
                              std::optional<double> reference) {
    if (!value.has_number() || !reference) return "";
    return format_signed(shown_difference(indicator, value.value, *reference), indicator.decimals);
}

std::string difference_label(const Words& words, Difference difference) {
    switch (difference) {
        case Difference::clearly_above:
            return words("figure.clearly_above_country");
        case Difference::not_clearly_different:
            return words("figure.not_clearly_different_from_country");
        case Difference::clearly_below:
            return words("figure.clearly_below_country");
    }
    return "";
}

std::string versus_country_text(const Words& words, const Indicator& indicator,
                                const IndicatorValue& value, const IndicatorValue& country) {
    const auto difference = difference_from_country(indicator, value, country);
    return difference ? difference_label(words, *difference) : "";
}

std::string quartile_name(const Words& words, std::optional<int> quartile) {
    if (!quartile || *quartile < 1 || *quartile > 4) return "";
    return words("rank.quartile", {{"quartile", static_cast<double>(*quartile)}});
}

std::string plausible_places_text(const std::optional<RankRange>& places) {
    return places ? std::to_string(places->best) + "–" + std::to_string(places->worst) : "";
}

std::string plausible_places_note(const Words& words,
                                  const std::vector<std::optional<RankRange>>& top_ten,
                                  int ranked) {
    // The top of a table built on small cohorts says little: count the first places that could
    // as well lie in the lower half.
    const auto shaky = std::count_if(top_ten.begin(), top_ten.end(), [&](const auto& places) {
        return places && places->worst > ranked / 2;
    });
    std::string note = words("rank.plausible_places");
    if (shaky > 0)
        note += " " + words("rank.shaky_top", {{"shaky", std::to_string(shaky)},
                                               {"top", std::to_string(top_ten.size())}});
    return note;
}

std::string trend_text(const Words& words, const Indicator& indicator, const Trend& trend) {
    // Persons come whole; a percentage moves by tenths.
    const int decimals = indicator.computation == Computation::count
                             ? indicator.decimals
                             : std::max(1, indicator.decimals);
    auto number = [&](double x) { return format_number(round_to_decimals(x, decimals), decimals); };
    // Judged on the interval as printed: "økende … (KI 0,0 til 3,5)" would contradict itself.
    const double low = round_to_decimals(trend.interval.low, decimals);
    const double high = round_to_decimals(trend.interval.high, decimals);
    const char* direction = "none";
    if (trend.direction == Trend::Direction::rising && low > 0) direction = "rising";
    if (trend.direction == Trend::Direction::falling && high < 0) direction = "falling";
    return words("figure.trend", {{"first_year", std::to_string(trend.first_year)},
                                  {"last_year", std::to_string(trend.last_year)},
                                  {"direction", direction},
                                  {"unit", difference_unit(words, indicator)},
                                  {"slope", number(trend.slope)},
                                  {"low", number(trend.interval.low)},
                                  {"high", number(trend.interval.high)}});
}

std::string period_text(const Figures::PooledValue& pooled) {
    return std::to_string(pooled.first_year) + "–" + std::to_string(pooled.last_year);
}

std::string pooled_text(const SiteData& data, const Indicator& indicator, const std::string& area,
                        int year) {
    const Figures::PooledValue* pooled = data.figures.stand_in(indicator, area, year);
    if (!pooled) return "";
    const Words& words = data.words;
    return with_interval(
        words,
        words("figure.pooled", {{"period", period_text(*pooled)},
                                {"value", format_value(indicator, pooled->value.value)}}),
        interval_text(indicator, pooled->value));
}

nlohmann::json figure_or_pooled_cell(const SiteData& data, const Indicator& indicator,
                                     const std::string& area, int year) {
    const SuppressionRule& rule = data.input.config.suppression;
    const IndicatorValue& single = data.figures.value(indicator.id, area, year);
    const Figures::PooledValue* pooled = data.figures.stand_in(indicator, area, year);
    const Words& words = data.words;
    if (!pooled || single.has_number()) return value_cell(words, indicator, single, rule);
    nlohmann::json cell = value_cell(words, indicator, pooled->value, rule);
    cell["pooled_period"] = period_text(*pooled);
    cell["note"] = words("value.pooled_instead", {{"year", std::to_string(year)},
                                                  {"why", value_explanation(words, single, rule)},
                                                  {"period", period_text(*pooled)}});
    return cell;
}

}  // namespace kt
