#include "site/figure_reading.h"

#include <catch2/catch.hpp>

#include "site_fixture.h"

namespace kt {
namespace {

Indicator share_with_goal() {
    Indicator i;
    i.id = "arbeid";
    i.computation = Computation::share;
    i.unit = "prosent";
    i.decimals = 1;
    i.goal = 70;
    return i;
}

Indicator count() {
    Indicator i;
    i.id = "bosatte";
    i.computation = Computation::count;
    i.unit = "personer";
    i.decimals = 0;
    return i;
}

IndicatorValue shown(double value) {
    IndicatorValue v;
    v.status = ValueStatus::present;
    v.value = value;
    return v;
}

}  // namespace

TEST_CASE("goal distance and change are taken between the figures as shown") {
    const Indicator share = share_with_goal();
    // 65.96 shows as 66.0: 4.0 points under 70.
    CHECK(goal_distance_text(kt::test::demo_words(), share, shown(65.96)) ==
          "4,0 prosentpoeng under målet (70,0\u00A0%)");
    CHECK(goal_distance_text(kt::test::demo_words(), share, shown(70.04)) ==
          "På målet (70,0\u00A0%)");
    CHECK(goal_distance_text(kt::test::demo_words(), share, IndicatorValue{}).empty());
    // 61.26 shows as 61.3, 58.84 as 58.8: up 2.5 points (not 2.42 rounded to 2.4).
    CHECK(change_text(kt::test::demo_words(), share, shown(61.26), shown(58.84), 2022) ==
          "Opp 2,5 prosentpoeng fra 2022");
    CHECK(change_text(kt::test::demo_words(), count(), shown(19), shown(40), 2022) ==
          "Ned 21 personer fra 2022");
    CHECK(change_text(kt::test::demo_words(), count(), shown(19), shown(19), 2022) ==
          "Uendret fra 2022");
    CHECK(change_text(kt::test::demo_words(), count(), shown(19), IndicatorValue{}, 2022).empty());
}

TEST_CASE("signed_difference gives a table's signed difference in the indicator's decimals") {
    const Indicator share = share_with_goal();
    CHECK(signed_difference(share, shown(72.34), 70.0) == "+2,3");
    CHECK(signed_difference(share, shown(65.96), 70.0) == "\u22124,0");
    CHECK(signed_difference(share, shown(70.04), 70.0) == "0,0");
    CHECK(signed_difference(count(), shown(25), 30.0) == "\u22125");
    CHECK(signed_difference(share, shown(72.34), std::nullopt).empty());
    CHECK(signed_difference(share, IndicatorValue{}, 70.0).empty());
}

TEST_CASE("quartile names run from the weakest to the best quarter") {
    CHECK(quartile_name(kt::test::demo_words(), 4) == "beste fjerdedel");
    CHECK(quartile_name(kt::test::demo_words(), 1) == "svakeste fjerdedel");
    CHECK(quartile_name(kt::test::demo_words(), std::nullopt).empty());
}

// Negative numbers carry the minus sign U+2212, as ICU formats them for nb-NO.
TEST_CASE("trend_text states direction, slope and interval") {
    Trend rising;
    rising.slope = 2.14;
    rising.interval = {0.41, 3.87};
    rising.first_year = 2019;
    rising.last_year = 2023;
    rising.direction = Trend::Direction::rising;
    CHECK(trend_text(kt::test::demo_words(), share_with_goal(), rising) ==
          "Utvikling 2019–2023: økende, 2,1 prosentpoeng per år (95 % KI 0,4 til 3,9)");
    Trend flat = rising;
    flat.slope = -1.2;
    flat.interval = {-3.3, 1.0};
    flat.direction = Trend::Direction::no_clear_change;
    CHECK(trend_text(kt::test::demo_words(), share_with_goal(), flat) ==
          "Utvikling 2019–2023: ingen tydelig utvikling, \u22121,2 prosentpoeng per år (95 % KI "
          "\u22123,3 til 1,0)");
    // An interval that is above 0 but prints as starting at 0,0 is no clear change to a reader.
    Trend edge = rising;
    edge.slope = 1.7;
    edge.interval = {0.04, 3.46};
    CHECK(trend_text(kt::test::demo_words(), share_with_goal(), edge) ==
          "Utvikling 2019–2023: ingen tydelig utvikling, 1,7 prosentpoeng per år (95 % KI 0,0 til "
          "3,5)");
    Trend falling = edge;
    falling.slope = -10;
    falling.interval = {-21, -0.3};
    falling.direction = Trend::Direction::falling;
    CHECK(
        trend_text(kt::test::demo_words(), count(), falling) ==
        "Utvikling 2019–2023: ingen tydelig utvikling, \u221210 personer per år (95 % KI \u221221 "
        "til 0)");
}

}  // namespace kt
