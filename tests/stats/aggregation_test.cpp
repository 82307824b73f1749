#include "stats/aggregation.h"

#include <catch2/catch.hpp>

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

void add_share(ObservationTable& table, const std::string& area, double numerator,
               double denominator, bool provisional = false) {
    add(table, "i_arbeid", area, ValueStatus::present, numerator, provisional);
    add(table, "avsluttet", area, ValueStatus::present, denominator, provisional);
}

Area make_area(std::string code, std::string name, AreaKind kind, std::string parent) {
    Area a;
    a.code = std::move(code);
    a.name = std::move(name);
    a.kind = kind;
    a.parent = std::move(parent);
    return a;
}

// Country 0; counties 03 Oslo, 34 Innlandet, 46 Vestland; municipalities 0301 Oslo,
// 3401 Kongsvinger, 3403 Hamar, 4601 Bergen; Oslo's district 030101 Gamle Oslo.
Registry make_registry() {
    Registry r;
    r.add(make_area("0", "Hele landet", AreaKind::country, ""));
    r.add(make_area("03", "Oslo", AreaKind::county, "0"));
    r.add(make_area("0301", "Oslo", AreaKind::municipality, "03"));
    r.add(make_area("030101", "Gamle Oslo", AreaKind::district, "0301"));
    r.add(make_area("34", "Innlandet", AreaKind::county, "0"));
    r.add(make_area("3401", "Kongsvinger", AreaKind::municipality, "34"));
    r.add(make_area("3403", "Hamar", AreaKind::municipality, "34"));
    r.add(make_area("46", "Vestland", AreaKind::county, "0"));
    r.add(make_area("4601", "Bergen", AreaKind::municipality, "46"));
    return r;
}

// Municipal rows, one district row and an official row for Vestland only.
ObservationTable make_table() {
    ObservationTable t;
    add_share(t, "0301", 10, 20);
    add_share(t, "030101", 5, 8);  // part of Oslo's 10/20: must not be added again
    add_share(t, "3401", 3, 4);
    add_share(t, "3403", 60, 100);
    add_share(t, "4601", 10, 20);
    add_share(t, "46", 50, 80);  // official county figure, differs from Bergen's 10/20
    return t;
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

Indicator count_indicator() {
    Indicator ind;
    ind.id = "bosatte";
    ind.computation = Computation::count;
    ind.numerator = "bosatte";
    return ind;
}

}  // namespace

TEST_CASE("aggregate share sums numerators and denominators", "[stats][aggregation]") {
    const ObservationTable table = make_table();
    const IndicatorValue v = aggregate_value(share_indicator(), table, {"3401", "3403"}, year);
    REQUIRE(v.has_number());
    // (3 + 60) / (4 + 100) = 63 / 104 = 60.5769...%, not the mean of 75 % and 60 % (67.5 %).
    CHECK(v.numerator == 63);
    CHECK(v.denominator == 104);
    CHECK(v.value == Approx(60.576923).epsilon(1e-7));
    CHECK(v.value != Approx(67.5));
    CHECK(v.parts_total == 2);
    CHECK(v.parts_missing == 0);
}

TEST_CASE("aggregate leaves out a suppressed member and counts it", "[stats][aggregation]") {
    ObservationTable table = make_table();
    add(table, "i_arbeid", "3405", ValueStatus::suppressed, 2);
    add(table, "avsluttet", "3405", ValueStatus::present, 7);
    const IndicatorValue v =
        aggregate_value(share_indicator(), table, {"3401", "3403", "3405"}, year);
    REQUIRE(v.has_number());
    CHECK(v.parts_total == 3);
    CHECK(v.parts_missing == 1);
    // The suppressed member's denominator 7 is left out too: still 63 / 104.
    CHECK(v.numerator == 63);
    CHECK(v.denominator == 104);
    CHECK(v.value == Approx(60.576923).epsilon(1e-7));
}

TEST_CASE("aggregate leaves a numerator without its denominator out of both sums",
          "[stats][aggregation]") {
    ObservationTable table = make_table();
    add(table, "i_arbeid", "3407", ValueStatus::present, 2);  // no denominator row
    const IndicatorValue v = aggregate_value(share_indicator(), table, {"3401", "3407"}, year);
    REQUIRE(v.has_number());
    CHECK(v.numerator == 3);
    CHECK(v.denominator == 4);
    CHECK(v.value == Approx(75.0));
    CHECK(v.parts_total == 2);
    CHECK(v.parts_missing == 1);
}

TEST_CASE("aggregate without any contributing member takes the most severe status",
          "[stats][aggregation]") {
    ObservationTable table = make_table();
    add(table, "i_arbeid", "3405", ValueStatus::suppressed, 2);
    add(table, "avsluttet", "3405", ValueStatus::present, 7);
    add(table, "i_arbeid", "3407", ValueStatus::not_yet_available);
    add(table, "avsluttet", "3407", ValueStatus::present, 7);
    add(table, "i_arbeid", "3409", ValueStatus::present, 1);
    add(table, "avsluttet", "3409", ValueStatus::not_applicable);
    const Indicator ind = share_indicator();

    const IndicatorValue suppressed = aggregate_value(ind, table, {"9999", "3405", "3407"}, year);
    CHECK(suppressed.status == ValueStatus::suppressed);
    CHECK(suppressed.value == 0);
    CHECK(suppressed.numerator == 0);
    CHECK(suppressed.denominator == 0);
    CHECK(suppressed.parts_total == 3);
    CHECK(suppressed.parts_missing == 3);

    CHECK(aggregate_value(ind, table, {"3409", "3407"}, year).status ==
          ValueStatus::not_yet_available);
    CHECK(aggregate_value(ind, table, {"3409", "9999"}, year).status == ValueStatus::not_available);
    CHECK(aggregate_value(ind, table, {"3409"}, year).status == ValueStatus::not_applicable);

    const IndicatorValue empty = aggregate_value(ind, table, {}, year);
    CHECK(empty.status == ValueStatus::not_available);
    CHECK(empty.parts_total == 0);
    CHECK(empty.parts_missing == 0);
}

TEST_CASE("aggregate leaves out members where the quantity does not arise",
          "[stats][aggregation]") {
    ObservationTable table;
    add(table, "bosatte", "3401", ValueStatus::present, 4);
    add(table, "bosatte", "3403", ValueStatus::not_applicable);
    add(table, "bosatte", "3405", ValueStatus::suppressed);
    Indicator count;
    count.numerator = "bosatte";
    const IndicatorValue v = aggregate_value(count, table, {"3401", "3403", "3405"}, year);
    CHECK(v.value == 4);
    CHECK(v.parts_total == 2);    // 3403 settles nobody: not part of the sum
    CHECK(v.parts_missing == 1);  // 3405 is hidden
    const IndicatorValue none = aggregate_value(count, table, {"3403"}, year);
    CHECK(none.status == ValueStatus::not_applicable);
    CHECK(none.parts_total == 0);
}

TEST_CASE("aggregate with a zero denominator sum is not applicable", "[stats][aggregation]") {
    ObservationTable table;
    add_share(table, "3401", 0, 0);
    add(table, "i_arbeid", "3403", ValueStatus::nil);
    add(table, "avsluttet", "3403", ValueStatus::nil);
    const IndicatorValue v = aggregate_value(share_indicator(), table, {"3401", "3403"}, year);
    CHECK(v.status == ValueStatus::not_applicable);
    CHECK(v.parts_total == 2);
    CHECK(v.parts_missing == 0);
}

TEST_CASE("aggregate count sums, nil as zero", "[stats][aggregation]") {
    ObservationTable table;
    add(table, "bosatte", "3401", ValueStatus::present, 4);
    add(table, "bosatte", "3403", ValueStatus::nil);
    add(table, "bosatte", "3405", ValueStatus::suppressed, 3);
    add(table, "bosatte", "3407", ValueStatus::present, 11);
    const IndicatorValue v =
        aggregate_value(count_indicator(), table, {"3401", "3403", "3405", "3407"}, year);
    REQUIRE(v.has_number());
    CHECK(v.value == 15);
    CHECK(v.numerator == 15);
    CHECK(v.denominator == 0);
    CHECK(v.parts_total == 4);
    CHECK(v.parts_missing == 1);
}

TEST_CASE("aggregate is provisional when a contributing input is", "[stats][aggregation]") {
    ObservationTable table = make_table();
    add_share(table, "3413", 1, 2, /*provisional=*/true);
    add(table, "i_arbeid", "3415", ValueStatus::suppressed, 0, /*provisional=*/true);
    add(table, "avsluttet", "3415", ValueStatus::present, 3);
    const Indicator ind = share_indicator();

    const IndicatorValue with = aggregate_value(ind, table, {"3401", "3413"}, year);
    CHECK(with.provisional);
    CHECK(with.value == Approx(100.0 * 4 / 6));  // (3 + 1) / (4 + 2)

    // A left-out member's flag does not mark the sum it is not part of.
    CHECK_FALSE(aggregate_value(ind, table, {"3401", "3415"}, year).provisional);
}

TEST_CASE("member municipalities of the country and a county", "[stats][aggregation]") {
    const Registry registry = make_registry();
    CHECK(member_municipalities(registry, "0") ==
          std::vector<std::string>{"0301", "3401", "3403", "4601"});
    CHECK(member_municipalities(registry, "34") == std::vector<std::string>{"3401", "3403"});
    CHECK(member_municipalities(registry, "03") == std::vector<std::string>{"0301"});
    CHECK(member_municipalities(registry, "0301").empty());
    CHECK(member_municipalities(registry, "030101").empty());
    CHECK(member_municipalities(registry, "99").empty());
}

TEST_CASE("value for a county without own rows is the sum of its municipalities",
          "[stats][aggregation]") {
    const Registry registry = make_registry();
    const ObservationTable table = make_table();
    const IndicatorValue v = value_for_area(share_indicator(), table, registry, "34", year);
    REQUIRE(v.has_number());
    CHECK(v.value == Approx(60.576923).epsilon(1e-7));  // 63 / 104
    CHECK(v.parts_total == 2);
}

TEST_CASE("value for a county prefers the official row", "[stats][aggregation]") {
    const Registry registry = make_registry();
    const ObservationTable table = make_table();
    const IndicatorValue v = value_for_area(share_indicator(), table, registry, "46", year);
    REQUIRE(v.has_number());
    CHECK(v.value == Approx(62.5));  // 50 / 80, not Bergen's 10 / 20 = 50 %
    CHECK(v.numerator == 50);
    CHECK(v.denominator == 80);
    CHECK(v.parts_total == 0);  // an official figure, not a sum
}

TEST_CASE("value for the country never counts Oslo's districts", "[stats][aggregation]") {
    const Registry registry = make_registry();
    const ObservationTable table = make_table();
    const IndicatorValue country = value_for_area(share_indicator(), table, registry, "0", year);
    REQUIRE(country.has_number());
    // 0301 + 3401 + 3403 + 4601 = (10 + 3 + 60 + 10) / (20 + 4 + 100 + 20) = 83 / 144
    // = 57.6388...%. With Gamle Oslo added again it would be 88 / 152 = 57.89 %.
    CHECK(country.numerator == 83);
    CHECK(country.denominator == 144);
    CHECK(country.value == Approx(57.638889).epsilon(1e-7));
    CHECK(country.parts_total == 4);
    CHECK(country.parts_missing == 0);

    const IndicatorValue oslo_county =
        value_for_area(share_indicator(), table, registry, "03", year);
    CHECK(oslo_county.numerator == 10);
    CHECK(oslo_county.denominator == 20);
}

TEST_CASE("value for a municipality or district is its own", "[stats][aggregation]") {
    const Registry registry = make_registry();
    const ObservationTable table = make_table();
    CHECK(value_for_area(share_indicator(), table, registry, "3401", year).value == Approx(75.0));
    CHECK(value_for_area(share_indicator(), table, registry, "030101", year).value ==
          Approx(62.5));  // 5 / 8
    CHECK(value_for_area(share_indicator(), table, registry, "3499", year).status ==
          ValueStatus::not_available);  // not in the registry
}

TEST_CASE("a county's suppressed official row is not summed around", "[stats][aggregation]") {
    const Registry registry = make_registry();
    ObservationTable table = make_table();
    add(table, "i_arbeid", "34", ValueStatus::suppressed);  // no denominator row for 34
    const IndicatorValue v = value_for_area(share_indicator(), table, registry, "34", year);
    CHECK(v.status == ValueStatus::suppressed);
    CHECK(v.value == 0);
}

TEST_CASE("a county with only a numerator row is summed from its municipalities",
          "[stats][aggregation]") {
    const Registry registry = make_registry();
    ObservationTable table = make_table();
    add(table, "i_arbeid", "34", ValueStatus::present, 70);  // denominator row missing
    const IndicatorValue v = value_for_area(share_indicator(), table, registry, "34", year);
    REQUIRE(v.has_number());
    CHECK(v.numerator == 63);
    CHECK(v.denominator == 104);
    CHECK(v.parts_total == 2);
}


TEST_CASE("an average waiting time of a county divides summed months by summed persons",
          "[stats][aggregation]") {
    // IMDi's national figure for 2019: 3,3 months for 4 822 settled (the annual report 2019).
    // Two municipalities: 10 persons who waited 60 months in all (6,0 each), 90 who waited
    // 270 (3,0 each). The county's average is 330 / 100 = 3,3 months; averaging the two
    // averages would give 4,5.
    ObservationTable table;
    add(table, "ventetid", "3401", ValueStatus::present, 60);
    add(table, "bosatte", "3401", ValueStatus::present, 10);
    add(table, "ventetid", "3403", ValueStatus::present, 270);
    add(table, "bosatte", "3403", ValueStatus::present, 90);
    Indicator waiting;
    waiting.id = "ventetid_bosetting";
    waiting.computation = Computation::mean;
    waiting.numerator = "ventetid";
    waiting.denominator = "bosatte";
    waiting.decimals = 1;
    const IndicatorValue municipality = compute_value(waiting, table, "3401", year);
    REQUIRE(municipality.has_number());
    CHECK(municipality.value == Approx(6.0));
    const IndicatorValue county = value_for_area(waiting, table, make_registry(), "34", year);
    REQUIRE(county.has_number());
    CHECK(county.numerator == 330);
    CHECK(county.denominator == 100);
    CHECK(county.value == Approx(3.3));
    CHECK(county.value != Approx(4.5));

    // Nobody settled: there is no waiting time, which is not a wait of 0 months.
    add(table, "ventetid", "3405", ValueStatus::present, 0);
    add(table, "bosatte", "3405", ValueStatus::present, 0);
    CHECK(compute_value(waiting, table, "3405", year).status == ValueStatus::not_applicable);
}

}  // namespace kt
