#include "site/value_cell.h"

#include <catch2/catch.hpp>

namespace {

kt::Indicator share() {
    kt::Indicator indicator;
    indicator.id = "andel";
    indicator.computation = kt::Computation::share;
    indicator.decimals = 1;
    return indicator;
}

}  // namespace

TEST_CASE("a cell shows the formatted number or the SSB symbol with its meaning", "[site][cell]") {
    kt::IndicatorValue value;
    value.status = kt::ValueStatus::present;
    value.value = 63.44;
    const auto present = kt::value_cell(share(), value);
    CHECK(present["text"] == "63,4\u00A0%");
    CHECK(present["note"] == "");
    CHECK(present["status"] == "present");

    value.status = kt::ValueStatus::suppressed;
    const auto hidden = kt::value_cell(share(), value);
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
    const auto cell = kt::value_cell(share(), value);
    CHECK(cell["text"] == "60,5\u00A0%*");
    CHECK(cell["partial"] == true);
    CHECK(cell["note"] ==
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
