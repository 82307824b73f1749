#include "stats/area_history.h"

#include <catch2/catch.hpp>
#include <set>

#include "site_fixture.h"
#include "stats/aggregation.h"

namespace kt {
namespace {

using test::make_area;

// A small history after the real one:
// 0104 Moss + 0136 Rygge -> 3002 Moss (2020) -> 3103 Moss (2024, new number);
// 5030 Klæbu -> 5001 Trondheim (2020; Trondheim keeps its code);
// 5012 Snillfjord split 2020 between 5055 Heim and 5056 Hitra; 5011 Hemne -> 5055 Heim.
Registry make_registry() {
    Registry r;
    r.add(make_area("0", "Norge", AreaKind::country, ""));
    r.add(make_area("31", "Østfold", AreaKind::county, "0", "2024-01-01"));
    r.add(make_area("50", "Trøndelag", AreaKind::county, "0", "2018-01-01"));
    r.add(make_area("3103", "Moss", AreaKind::municipality, "31", "2024-01-01"));
    r.add(make_area("5001", "Trondheim", AreaKind::municipality, "50", "2018-01-01"));
    r.add(make_area("5055", "Heim", AreaKind::municipality, "50", "2020-01-01"));
    r.add(make_area("5056", "Hitra", AreaKind::municipality, "50", "2020-01-01"));
    r.add(make_area("01", "Østfold", AreaKind::county, "0", "", "2019-12-31"));
    r.add(make_area("30", "Viken", AreaKind::county, "0", "2020-01-01", "2023-12-31"));
    r.add(make_area("0104", "Moss", AreaKind::municipality, "01", "", "2019-12-31"));
    r.add(make_area("0136", "Rygge", AreaKind::municipality, "01", "", "2019-12-31"));
    r.add(make_area("3002", "Moss", AreaKind::municipality, "30", "2020-01-01", "2023-12-31"));
    r.add(make_area("5030", "Klæbu", AreaKind::municipality, "50", "2018-01-01", "2019-12-31"));
    r.add(make_area("5011", "Hemne", AreaKind::municipality, "50", "2018-01-01", "2019-12-31"));
    r.add(
        make_area("5012", "Snillfjord", AreaKind::municipality, "50", "2018-01-01", "2019-12-31"));
    r.add_change({"2020-01-01", ChangeKind::merger, "0104", "3002"});
    r.add_change({"2020-01-01", ChangeKind::merger, "0136", "3002"});
    r.add_change({"2024-01-01", ChangeKind::new_code, "3002", "3103"});
    r.add_change({"2020-01-01", ChangeKind::merger, "5030", "5001"});
    r.add_change({"2020-01-01", ChangeKind::merger, "5011", "5055"});
    r.add_change({"2020-01-01", ChangeKind::split, "5012", "5055"});
    r.add_change({"2020-01-01", ChangeKind::split, "5012", "5056"});
    return r;
}

auto no_rows = [](const std::string&) { return false; };

std::set<std::string> codes_of(const Constituents& c) { return {c.codes.begin(), c.codes.end()}; }

}  // namespace

TEST_CASE("a merged and renumbered municipality is its predecessors before the reforms",
          "[stats][history]") {
    const Registry r = make_registry();
    CHECK(codes_of(constituents(r, {"3103"}, 2024, no_rows)) == std::set<std::string>{"3103"});
    CHECK(codes_of(constituents(r, {"3103"}, 2022, no_rows)) == std::set<std::string>{"3002"});
    CHECK(codes_of(constituents(r, {"3103"}, 2019, no_rows)) ==
          std::set<std::string>{"0104", "0136"});
    CHECK(constituents(r, {"3103"}, 2019, no_rows).comparable);
}

TEST_CASE("a code that absorbed another keeps its rows and adds the absorbed one's",
          "[stats][history]") {
    const Registry r = make_registry();
    CHECK(codes_of(constituents(r, {"5001"}, 2019, no_rows)) ==
          std::set<std::string>{"5001", "5030"});
    CHECK(codes_of(constituents(r, {"5001"}, 2020, no_rows)) == std::set<std::string>{"5001"});
}

TEST_CASE("a back-cast row for today's code is used instead of its predecessors",
          "[stats][history]") {
    const Registry r = make_registry();
    auto has_3103 = [](const std::string& code) { return code == "3103"; };
    CHECK(codes_of(constituents(r, {"3103"}, 2015, has_3103)) == std::set<std::string>{"3103"});
}

TEST_CASE("a split makes the receiving municipality incomparable but not the county",
          "[stats][history]") {
    const Registry r = make_registry();
    CHECK_FALSE(constituents(r, {"5055"}, 2019, no_rows).comparable);
    CHECK(constituents(r, {"5055"}, 2020, no_rows).comparable);
    const Constituents county = constituents(r, {"5001", "5055", "5056"}, 2019, no_rows);
    CHECK(county.comparable);
    CHECK(codes_of(county) == std::set<std::string>{"5001", "5030", "5011", "5012"});
    CHECK(county.codes.size() == 4);  // Snillfjord once, though it reaches two targets
}

TEST_CASE("current_successors follows merges, new numbers and splits", "[stats][history]") {
    const Registry r = make_registry();
    CHECK(r.current_successors("0136") == std::vector<std::string>{"3103"});
    CHECK(r.current_successors("5012") == std::vector<std::string>{"5055", "5056"});
    CHECK(r.current_successors("3103") == std::vector<std::string>{"3103"});
}

TEST_CASE("value_for_area sums the predecessors' numerators and denominators", "[stats][history]") {
    const Registry r = make_registry();
    ObservationTable t;
    auto add = [&](const std::string& measure, const std::string& area, double value,
                   ValueStatus status = ValueStatus::present) {
        Observation o;
        o.area = area;
        o.period = 2019;
        o.measure = measure;
        o.value = value;
        o.status = status;
        t.insert(o);
    };
    // Moss 30 of 50, Rygge 12 of 30: 42 / 80 = 52.5 %, not the mean of 60 % and 40 %.
    add("arbeid", "0104", 30);
    add("avsluttet", "0104", 50);
    add("arbeid", "0136", 12);
    add("avsluttet", "0136", 30);
    add("arbeid", "5011", 3, ValueStatus::suppressed);
    add("avsluttet", "5011", 8);
    Indicator share;
    share.computation = Computation::share;
    share.numerator = "arbeid";
    share.denominator = "avsluttet";
    const IndicatorValue moss = value_for_area(share, t, r, "3103", 2019);
    REQUIRE(moss.has_number());
    CHECK(moss.value == Approx(52.5));
    CHECK(moss.numerator == 42);
    CHECK(moss.denominator == 80);
    CHECK(moss.parts_missing == 0);

    const IndicatorValue heim = value_for_area(share, t, r, "5055", 2019);
    CHECK(heim.status == ValueStatus::not_available);
    CHECK(heim.incomparable);
    // A year the data hold no row for is not in the data, split or not.
    const IndicatorValue heim_before = value_for_area(share, t, r, "5055", 2018);
    CHECK(heim_before.status == ValueStatus::not_available);
    CHECK_FALSE(heim_before.incomparable);
}

}  // namespace kt
