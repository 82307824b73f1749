#pragma once
// What one municipality's figure means, in short Norwegian sentences: how far it is from the
// goal, how it changed, its trend with uncertainty, whether it differs clearly from the
// country, and the pooled figure for areas too small for one year. Pages lead with these
// rather than with league positions.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "model/catalogue.h"
#include "site/site_data.h"
#include "stats/figure_interval.h"
#include "stats/indicator_value.h"
#include "stats/ranking.h"
#include "stats/trend.h"

namespace kt {

// a - b as readers would compute it from the two figures they see, each rounded to the
// indicator's decimals.
double shown_difference(const Indicator& indicator, double a, double b);

// The unit a difference between two figures is in: "prosentpoeng" for percentages, else the
// indicator's unit.
std::string difference_unit(const Words& words, const Indicator& indicator);

// The difference between two figures in words of the indicator's unit: "3,1 prosentpoeng"
// for percentages, "12 personer" for counts; rounded as readers see the figures.
std::string difference_text(const Words& words, const Indicator& indicator, double difference);

// "4 prosentpoeng under målet (70 %)", "På målet (70 %)"; "" without goal or number.
std::string goal_distance_text(const Words& words, const Indicator& indicator,
                               const IndicatorValue& value);

// "Opp 3 prosentpoeng fra 2022", "Uendret fra 2022"; "" unless both years have a number.
std::string change_text(const Words& words, const Indicator& indicator, const IndicatorValue& value,
                        const IndicatorValue& previous, int previous_year);

// For table columns: "+2,5", "−1,0", "0,0" (the value minus the reference, in the
// indicator's unit and decimals, as readers would subtract the shown figures); "" without
// both numbers.
std::string signed_difference(const Indicator& indicator, const IndicatorValue& value,
                              std::optional<double> reference);

// "Tydelig over landet", "Ikke tydelig forskjellig fra landet", "Tydelig under landet".
std::string difference_label(const Words& words, Difference difference);

// difference_label for a share against the country's figure, or "".
std::string versus_country_text(const Words& words, const Indicator& indicator,
                                const IndicatorValue& value, const IndicatorValue& country);

// "beste fjerdedel" … "svakeste fjerdedel" for quartiles 4 … 1; "" for none.
std::string quartile_name(const Words& words, std::optional<int> quartile);

// "40–190" for a ranking's «Trolig plass» column; "" without places.
std::string plausible_places_text(const std::optional<RankRange>& places);
// The sentences under a ranking that explain «Trolig plass», warning when places among the first
// ten could as well lie in the lower half of the `ranked` areas. `top_ten`: the plausible
// places of the areas ranked 1 to 10.
std::string plausible_places_note(const Words& words,
                                  const std::vector<std::optional<RankRange>>& top_ten, int ranked);

// "Utvikling 2019–2023: økende, 2,1 prosentpoeng per år (95 % KI 0,4 til 3,8)".
std::string trend_text(const Words& words, const Indicator& indicator, const Trend& trend);

// "2021–2023".
std::string period_text(const Figures::PooledValue& pooled);

// "Samlet for 2021–2023: 58 % (95 % KI 45–70)" where Figures::stand_in gives a figure; ""
// otherwise.
std::string pooled_text(const SiteData& data, const Indicator& indicator, const std::string& area,
                        int year);

// A table cell (value_cell) for the area's figure of the year; where the year has no number
// and Figures::stand_in has one, the pooled figure instead, with its period ("pooled_period") and a
// note saying why.
nlohmann::json figure_or_pooled_cell(const SiteData& data, const Indicator& indicator,
                                     const std::string& area, int year);

}  // namespace kt
