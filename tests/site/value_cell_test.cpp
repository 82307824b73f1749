#include "site/value_cell.h"

#include <catch2/catch.hpp>

#include "site_fixture.h"

namespace {

kt::Indicator share() {
    kt::Indicator indicator;
    indicator.id = "andel";
    indicator.computation = kt::Computation::share;
    indicator.decimals = 1;
    return indicator;
}

const kt::SuppressionRule rule{};  // counts 1-4 hidden, no share on fewer than 10

}  // namespace

TEST_CASE("a cell shows the formatted number or the SSB symbol with its meaning", "[site][cell]") {
    kt::IndicatorValue value;
    value.status = kt::ValueStatus::present;
    value.value = 63.44;
    const auto present = kt::value_cell(kt::test::demo_words(), share(), value, rule);
    CHECK(present["text"] == "63,4\u00A0%");
    CHECK(present["note"] == "");
    CHECK(present["status"] == "");  // a plain number needs no class

    value.status = kt::ValueStatus::suppressed;
    const auto hidden = kt::value_cell(kt::test::demo_words(), share(), value, rule);
    CHECK(hidden["text"] == ":");
    CHECK(hidden["status"] == "suppressed");
    CHECK_FALSE(hidden["note"].get<std::string>().empty());
    // The value field of a suppressed result is never shown, whatever it holds.
    CHECK(hidden.dump().find("63") == std::string::npos);
}

TEST_CASE("an aggregate that leaves out members is marked and explained", "[site][cell]") {
    kt::IndicatorValue value;
    value.status = kt::ValueStatus::present;
    value.value = 60.5;
    value.parts_total = 46;
    value.parts_missing = 3;
    const auto cell = kt::value_cell(kt::test::demo_words(), share(), value, rule);
    CHECK(cell["text"] == "60,5\u00A0%*");
    CHECK(cell["partial"] == true);
    // A county's sum includes its hidden members: those missing lack a figure in the source.
    CHECK(cell["note"] ==
          "Summen mangler 3 av de 46 kommunene den gjelder, fordi tallet deres mangler i kilden.");
    // A group's adds published figures only.
    value.leaves_out_hidden = true;
    CHECK(kt::value_cell(kt::test::demo_words(), share(), value, rule)["note"] ==
          "Summen mangler 3 av de 46 kommunene den gjelder, fordi tallet deres er skjult eller "
          "mangler.");
}

TEST_CASE("the goal is written like the indicator's values", "[site][cell]") {
    kt::Indicator indicator = share();
    CHECK(kt::goal_text(indicator).empty());
    indicator.decimals = 0;
    indicator.goal = 70;
    CHECK(kt::goal_text(indicator) == "70\u00A0%");
}

TEST_CASE("a share shows its 95 % Wilson interval", "[site][cell]") {
    kt::IndicatorValue value;
    value.status = kt::ValueStatus::present;
    value.numerator = 63;
    value.denominator = 100;
    value.value = 63;
    // p = 0.63, n = 100, z = 1.96: centre (p + z²/2n) / (1 + z²/n) = 0.649208 / 1.038415,
    // half-width z sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n): 53.22 % to 71.82 %.
    const auto cell = kt::value_cell(kt::test::demo_words(), share(), value, rule);
    CHECK(cell["interval"] == "53,2–71,8");
    auto interval = kt::share_interval(share(), value);
    REQUIRE(interval);
    CHECK(interval->low == Approx(53.2205).epsilon(1e-5));
    CHECK(interval->high == Approx(71.8176).epsilon(1e-5));

    // A count, a percent_of and a hidden share have no interval.
    kt::Indicator count = share();
    count.computation = kt::Computation::count;
    CHECK(kt::value_cell(kt::test::demo_words(), count, value, rule)["interval"] == "");
    kt::Indicator ratio = share();
    ratio.computation = kt::Computation::percent_of;
    CHECK(kt::value_cell(kt::test::demo_words(), ratio, value, rule)["interval"] == "");
    value.status = kt::ValueStatus::suppressed;
    CHECK(kt::value_cell(kt::test::demo_words(), share(), value, rule)["interval"] == "");
}

TEST_CASE("an interval that rounds to the figure itself is not shown", "[site][cell]") {
    // 530 000 of 1 000 000: half-width 1.96 sqrt(0.53 · 0.47 / 10⁶) = 0.098 percentage points,
    // so with the share's one decimal the interval reads 52,9–53,1; with none, 53–53.
    kt::IndicatorValue value;
    value.status = kt::ValueStatus::present;
    value.numerator = 530000;
    value.denominator = 1000000;
    value.value = 53;
    CHECK(kt::value_cell(kt::test::demo_words(), share(), value, rule)["interval"] == "52,9–53,1");
    kt::Indicator whole_percent = share();
    whole_percent.decimals = 0;
    CHECK(kt::value_cell(kt::test::demo_words(), whole_percent, value, rule)["interval"] == "");
}

TEST_CASE("a hidden figure says why, with the site's own limits", "[site][cell]") {
    kt::IndicatorValue value;
    value.status = kt::ValueStatus::suppressed;
    kt::SuppressionRule strict;
    strict.min_count = 3;
    strict.min_denominator = 20;
    value.suppression = kt::Suppression::confidential;
    CHECK(kt::value_explanation(kt::test::demo_words(), value, strict) ==
          "Skjult for å verne personvernet: tallet bygger på færre enn 3 personer, eller det er "
          "skjult for at et slikt tall ikke skal kunne regnes ut.");
    value.suppression = kt::Suppression::small_denominator;
    CHECK(kt::value_explanation(kt::test::demo_words(), value, strict) ==
          "Vises ikke: færre enn 20 i grunnlaget gir for usikre tall.");
    value.suppression = kt::Suppression::in_source;
    CHECK(kt::value_explanation(kt::test::demo_words(), value, strict) ==
          "Skjult av kilden for å verne personvernet.");
}
