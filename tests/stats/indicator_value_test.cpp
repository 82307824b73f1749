#include "stats/indicator_value.h"

#include <catch2/catch.hpp>

#include "stats/figure_interval.h"

namespace kt {
namespace {

constexpr int year = 2019;

void add(ObservationTable& table, const std::string& measure, const std::string& area,
         ValueStatus status, double value = 0, bool provisional = false) {
    Observation obs;
    obs.area = area;
    obs.period = year;
    obs.measure = measure;
    obs.status = status;
    obs.value = value;
    obs.provisional = provisional;
    table.insert(obs);
}

Indicator count_indicator() {
    Indicator ind;
    ind.id = "bosatte";
    ind.computation = Computation::count;
    ind.numerator = "bosatte";
    return ind;
}

Indicator share_indicator() {
    Indicator ind;
    ind.id = "arbeid-utdanning";
    ind.computation = Computation::share;
    ind.numerator = "i_arbeid";
    ind.denominator = "avsluttet";
    ind.decimals = 1;
    return ind;
}

Indicator rate_indicator() {
    Indicator ind;
    ind.id = "bosatte-per-1000";
    ind.computation = Computation::rate_per_1000;
    ind.numerator = "bosatte";
    ind.denominator = "folkemengde";
    ind.decimals = 1;
    return ind;
}

}  // namespace

TEST_CASE("count takes the numerator observation", "[stats][indicator_value]") {
    ObservationTable table;
    add(table, "bosatte", "3401", ValueStatus::present, 12);
    const IndicatorValue v = compute_value(count_indicator(), table, "3401", year);
    CHECK(v.has_number());
    CHECK(v.value == 12);
    CHECK(v.numerator == 12);
    CHECK(v.denominator == 0);
    CHECK_FALSE(v.provisional);
    CHECK(v.parts_total == 0);
    CHECK(v.parts_missing == 0);
}

TEST_CASE("count: nil is a present zero", "[stats][indicator_value]") {
    ObservationTable table;
    add(table, "bosatte", "3401", ValueStatus::nil, 99);  // value of a nil row is ignored
    const IndicatorValue v = compute_value(count_indicator(), table, "3401", year);
    CHECK(v.status == ValueStatus::present);
    CHECK(v.value == 0);
    CHECK(v.numerator == 0);
}

TEST_CASE("count: missing observation is not available", "[stats][indicator_value]") {
    ObservationTable table;
    add(table, "bosatte", "3401", ValueStatus::present, 12);
    CHECK(compute_value(count_indicator(), table, "3403", year).status ==
          ValueStatus::not_available);
    CHECK(compute_value(count_indicator(), table, "3401", year + 1).status ==
          ValueStatus::not_available);
}

TEST_CASE("count: a symbol keeps its status and carries no number", "[stats][indicator_value]") {
    ObservationTable table;
    add(table, "bosatte", "3401", ValueStatus::suppressed, 4);
    add(table, "bosatte", "3403", ValueStatus::not_yet_available);
    const IndicatorValue v = compute_value(count_indicator(), table, "3401", year);
    CHECK(v.status == ValueStatus::suppressed);
    CHECK_FALSE(v.has_number());
    CHECK(v.value == 0);
    CHECK(v.numerator == 0);
    CHECK(compute_value(count_indicator(), table, "3403", year).status ==
          ValueStatus::not_yet_available);
}

TEST_CASE("share is 100 * numerator / denominator", "[stats][indicator_value]") {
    ObservationTable table;
    add(table, "i_arbeid", "3401", ValueStatus::present, 3);
    add(table, "avsluttet", "3401", ValueStatus::present, 4);
    const IndicatorValue v = compute_value(share_indicator(), table, "3401", year);
    CHECK(v.has_number());
    CHECK(v.value == Approx(75.0));
    CHECK(v.numerator == 3);
    CHECK(v.denominator == 4);
}

TEST_CASE("rate is 1000 * numerator / denominator", "[stats][indicator_value]") {
    ObservationTable table;
    add(table, "bosatte", "3401", ValueStatus::present, 5);
    add(table, "folkemengde", "3401", ValueStatus::present, 2500);
    const IndicatorValue v = compute_value(rate_indicator(), table, "3401", year);
    CHECK(v.has_number());
    CHECK(v.value == Approx(2.0));  // 5 / 2 500 * 1 000
    CHECK(v.denominator == 2500);
}

TEST_CASE("share with a suppressed input is suppressed and leaks nothing",
          "[stats][indicator_value]") {
    ObservationTable table;
    add(table, "i_arbeid", "3401", ValueStatus::suppressed, 3);
    add(table, "avsluttet", "3401", ValueStatus::present, 4);
    add(table, "i_arbeid", "3403", ValueStatus::present, 3);
    add(table, "avsluttet", "3403", ValueStatus::suppressed, 4);

    for (const char* area : {"3401", "3403"}) {
        const IndicatorValue v = compute_value(share_indicator(), table, area, year);
        CHECK(v.status == ValueStatus::suppressed);
        CHECK_FALSE(v.has_number());
        CHECK(v.value == 0);
        CHECK(v.numerator == 0);
        CHECK(v.denominator == 0);
    }
}

TEST_CASE("share: the more severe status wins", "[stats][indicator_value]") {
    ObservationTable table;
    // 3401: suppressed numerator, missing denominator
    add(table, "i_arbeid", "3401", ValueStatus::suppressed);
    // 3403: not-yet-available numerator, missing denominator
    add(table, "i_arbeid", "3403", ValueStatus::not_yet_available);
    // 3405: missing numerator, not-applicable denominator
    add(table, "avsluttet", "3405", ValueStatus::not_applicable);
    // 3407: not-applicable numerator, not-yet-available denominator
    add(table, "i_arbeid", "3407", ValueStatus::not_applicable);
    add(table, "avsluttet", "3407", ValueStatus::not_yet_available);
    // 3411: present numerator, missing denominator
    add(table, "i_arbeid", "3411", ValueStatus::present, 5);

    const Indicator ind = share_indicator();
    CHECK(compute_value(ind, table, "3401", year).status == ValueStatus::suppressed);
    CHECK(compute_value(ind, table, "3403", year).status == ValueStatus::not_yet_available);
    CHECK(compute_value(ind, table, "3405", year).status == ValueStatus::not_available);
    CHECK(compute_value(ind, table, "3407", year).status == ValueStatus::not_yet_available);
    CHECK(compute_value(ind, table, "3411", year).status == ValueStatus::not_available);
    CHECK(compute_value(ind, table, "9999", year).status == ValueStatus::not_available);
}

TEST_CASE("share with a zero denominator is not applicable", "[stats][indicator_value]") {
    ObservationTable table;
    add(table, "i_arbeid", "3401", ValueStatus::present, 0);
    add(table, "avsluttet", "3401", ValueStatus::present, 0);
    add(table, "i_arbeid", "3403", ValueStatus::nil);
    add(table, "avsluttet", "3403", ValueStatus::nil);  // "-" is a zero too

    for (const char* area : {"3401", "3403"}) {
        const IndicatorValue v = compute_value(share_indicator(), table, area, year);
        CHECK(v.status == ValueStatus::not_applicable);
        CHECK_FALSE(v.has_number());
    }
}

TEST_CASE("share with a nil numerator is 0 percent", "[stats][indicator_value]") {
    ObservationTable table;
    add(table, "i_arbeid", "3401", ValueStatus::nil);
    add(table, "avsluttet", "3401", ValueStatus::present, 8);
    const IndicatorValue v = compute_value(share_indicator(), table, "3401", year);
    CHECK(v.status == ValueStatus::present);
    CHECK(v.value == 0);
    CHECK(v.numerator == 0);
    CHECK(v.denominator == 8);
}

TEST_CASE("provisional when any input is provisional", "[stats][indicator_value]") {
    ObservationTable table;
    add(table, "i_arbeid", "3401", ValueStatus::present, 1);
    add(table, "avsluttet", "3401", ValueStatus::present, 2, /*provisional=*/true);
    add(table, "i_arbeid", "3403", ValueStatus::present, 1, /*provisional=*/true);
    add(table, "avsluttet", "3403", ValueStatus::present, 2);
    add(table, "i_arbeid", "3405", ValueStatus::present, 1);
    add(table, "avsluttet", "3405", ValueStatus::present, 2);
    const Indicator ind = share_indicator();
    CHECK(compute_value(ind, table, "3401", year).provisional);
    CHECK(compute_value(ind, table, "3403", year).provisional);
    CHECK_FALSE(compute_value(ind, table, "3405", year).provisional);
    CHECK(compute_value(ind, table, "3405", year).value == Approx(50.0));
}

TEST_CASE("status severity order", "[stats][indicator_value]") {
    CHECK(status_severity(ValueStatus::suppressed) >
          status_severity(ValueStatus::not_yet_available));
    CHECK(status_severity(ValueStatus::not_yet_available) >
          status_severity(ValueStatus::not_available));
    CHECK(status_severity(ValueStatus::not_available) >
          status_severity(ValueStatus::not_applicable));
    CHECK(status_severity(ValueStatus::not_applicable) > status_severity(ValueStatus::present));
    CHECK(status_severity(ValueStatus::nil) == status_severity(ValueStatus::present));
    CHECK(more_severe(ValueStatus::not_applicable, ValueStatus::suppressed) ==
          ValueStatus::suppressed);
    CHECK(more_severe(ValueStatus::not_available, ValueStatus::present) ==
          ValueStatus::not_available);
}


TEST_CASE("an average has no interval: the spread of the persons' own values is unknown",
          "[stats][indicator_value]") {
    Indicator waiting = rate_indicator();
    waiting.computation = Computation::mean;
    const IndicatorValue v = value_from_numbers(waiting, 66, 20);
    REQUIRE(v.has_number());
    CHECK(v.value == Approx(3.3));
    CHECK_FALSE(figure_interval(waiting, v));
    CHECK(figure_interval(rate_indicator(), value_from_numbers(rate_indicator(), 66, 20)));
}

}  // namespace kt
