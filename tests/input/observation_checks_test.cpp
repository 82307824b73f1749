#include "input/observation_checks.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "input/catalogue_reader.h"
#include "input/observation_reader.h"
#include "input/registry_reader.h"
#include "site_fixture.h"

using kt::Catalogue;
using kt::Computation;
using kt::Diagnostics;
using kt::Observation;
using kt::ObservationTable;
using kt::ValueStatus;
using kt::test::check_single_error;
using kt::test::diagnostics_text;

#ifndef KOMMUNETALL_SOURCE_DIR
#error "KOMMUNETALL_SOURCE_DIR must name the repository (the demo site)"
#endif

namespace {

const std::string kIntro = "data/observasjoner/intro.csv";
const std::string kBosetting = "data/observasjoner/bosetting.csv";

kt::Measure measure(const std::string& id, const std::string& unit = "personer") {
    kt::Measure m;
    m.id = id;
    m.title = id;
    m.unit = unit;
    m.source = "SSB";
    return m;
}

kt::Indicator share(const std::string& id, const std::string& numerator,
                    const std::string& denominator) {
    kt::Indicator ind;
    ind.id = id;
    ind.computation = Computation::share;
    ind.numerator = numerator;
    ind.denominator = denominator;
    return ind;
}

// avsluttet = menn + kvinner; arbeid / avsluttet is a share; andel is a percentage (maximum 100,
// as the catalogue reader sets it for the unit "prosent"); alder has a maximum of its own.
Catalogue test_catalogue() {
    Catalogue catalogue;
    catalogue.measures.push_back(measure("avsluttet"));
    catalogue.measures.back().breakdowns = {{"avsluttet_menn", "avsluttet_kvinner"}};
    catalogue.measures.push_back(measure("avsluttet_menn"));
    catalogue.measures.push_back(measure("avsluttet_kvinner"));
    catalogue.measures.push_back(measure("arbeid"));
    catalogue.measures.push_back(measure("andel", "prosent"));
    catalogue.measures.back().maximum = 100;
    catalogue.measures.push_back(measure("alder", "år"));
    catalogue.measures.back().maximum = 120;
    catalogue.indicators.push_back(share("arbeid_andel", "arbeid", "avsluttet"));
    return catalogue;
}

// One row of `file` at `line`; the value is in column 15 as in "3435,2019,arbeid,12".
Observation row(const std::string& area, int period, const std::string& measure_id,
                ValueStatus status, double value, const std::string& file, int line) {
    Observation obs;
    obs.area = area;
    obs.period = period;
    obs.measure = measure_id;
    obs.status = status;
    obs.value = value;
    obs.where = {file, line, 15};
    return obs;
}

Observation number(const std::string& area, int period, const std::string& measure_id, double value,
                   const std::string& file, int line) {
    return row(area, period, measure_id, ValueStatus::present, value, file, line);
}

Diagnostics checked(const ObservationTable& table, const Catalogue& catalogue = test_catalogue()) {
    Diagnostics diagnostics;
    kt::check_observations(table, catalogue, diagnostics);
    return diagnostics;
}

}  // namespace

TEST_CASE("check_observations accepts consistent data", "[checks]") {
    ObservationTable table;
    // 3435 in 2019: 10 = 6 + 4, and 7 of the 10 in work: all fine.
    table.insert(number("3435", 2019, "avsluttet", 10, kIntro, 2));
    table.insert(number("3435", 2019, "avsluttet_menn", 6, kIntro, 3));
    table.insert(number("3435", 2019, "avsluttet_kvinner", 4, kIntro, 4));
    table.insert(number("3435", 2019, "arbeid", 7, kIntro, 5));
    // Numerator equal to its denominator, a percentage of exactly 100, 0 and the maximum age.
    table.insert(number("3437", 2019, "arbeid", 12, kIntro, 6));
    table.insert(number("3437", 2019, "avsluttet", 12, kIntro, 7));
    table.insert(number("3437", 2019, "andel", 100, kIntro, 8));
    table.insert(number("3437", 2020, "andel", 0, kIntro, 9));
    table.insert(number("3437", 2019, "alder", 120, kIntro, 10));
    // Nil counts as 0: 5 = 5 + 0.
    table.insert(number("3437", 2020, "avsluttet", 5, kIntro, 11));
    table.insert(number("3437", 2020, "avsluttet_menn", 5, kIntro, 12));
    table.insert(row("3437", 2020, "avsluttet_kvinner", ValueStatus::nil, 0, kIntro, 13));
    const Diagnostics diagnostics = checked(table);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
}

TEST_CASE("check_observations reports a negative value", "[checks]") {
    ObservationTable table;
    table.insert(number("3435", 2019, "arbeid", 3, kIntro, 2));
    table.insert(number("3435", 2020, "arbeid", -3, kIntro, 3));
    check_single_error(checked(table), {kIntro, 3, 15}, "value -3 is negative for 'arbeid'");
}

TEST_CASE("check_observations reports counts of persons no population can have", "[checks]") {
    const struct {
        double value;
        const char* message;
    } cases[] = {
        // A thousands dot read as a decimal point.
        {1.234, "value 1.234 for 'arbeid' is not a whole number of personer"},
        {2e10, "value 20000000000 for 'arbeid' is more personer than live on Earth"},
        {1e17, "value 100000000000000000 for 'arbeid' is too large to add up exactly"},
    };
    for (const auto& c : cases) {
        ObservationTable table;
        table.insert(number("3435", 2019, "arbeid", c.value, kIntro, 4));
        check_single_error(checked(table), {kIntro, 4, 15}, c.message);
    }
}

TEST_CASE("check_observations reports a value above the measure's maximum", "[checks]") {
    SECTION("a percentage") {
        ObservationTable table;
        table.insert(number("3435", 2019, "andel", 99.5, kIntro, 2));
        table.insert(number("3435", 2020, "andel", 100.5, kIntro, 3));
        check_single_error(checked(table), {kIntro, 3, 15},
                           "percentage 100.5 is above 100 for 'andel'");
    }
    SECTION("another unit") {
        ObservationTable table;
        table.insert(number("3435", 2019, "alder", 121, kIntro, 4));
        check_single_error(checked(table), {kIntro, 4, 15},
                           "value 121 is above the maximum 120 for 'alder'");
    }
    SECTION("a measure without a maximum has none") {
        ObservationTable table;
        table.insert(number("3435", 2019, "arbeid", 1e9, kIntro, 2));
        const Diagnostics diagnostics = checked(table);
        INFO(diagnostics_text(diagnostics));
        CHECK(diagnostics.all().empty());
    }
}

TEST_CASE("check_observations reports a share's numerator above its denominator", "[checks]") {
    SECTION("at the numerator, naming the denominator's row") {
        ObservationTable table;
        table.insert(number("3435", 2019, "avsluttet", 10, kBosetting, 7));
        table.insert(number("3435", 2019, "arbeid", 12, kIntro, 5));
        check_single_error(checked(table), {kIntro, 5, 15},
                           "'arbeid' 12 is greater than its denominator 'avsluttet' 10 "
                           "(data/observasjoner/bosetting.csv:7) in the share 'arbeid_andel'");
    }
    SECTION("a nil denominator is 0") {
        ObservationTable table;
        table.insert(row("3435", 2019, "avsluttet", ValueStatus::nil, 0, kIntro, 2));
        table.insert(number("3435", 2019, "arbeid", 3, kIntro, 3));
        check_single_error(checked(table), {kIntro, 3, 15},
                           "'arbeid' 3 is greater than its denominator 'avsluttet' 0 "
                           "(data/observasjoner/intro.csv:2)");
    }
    SECTION("only for the same area and period") {
        ObservationTable table;
        table.insert(number("3435", 2019, "arbeid", 12, kIntro, 2));
        table.insert(number("3435", 2020, "avsluttet", 10, kIntro, 3));
        table.insert(number("3437", 2019, "avsluttet", 10, kIntro, 4));
        const Diagnostics diagnostics = checked(table);
        INFO(diagnostics_text(diagnostics));
        CHECK(diagnostics.all().empty());
    }
    SECTION("once, when two share indicators divide the same measures") {
        Catalogue catalogue = test_catalogue();
        catalogue.indicators.push_back(share("arbeid_andel_igjen", "arbeid", "avsluttet"));
        ObservationTable table;
        table.insert(number("3435", 2019, "arbeid", 12, kIntro, 2));
        table.insert(number("3435", 2019, "avsluttet", 10, kIntro, 3));
        check_single_error(checked(table, catalogue), {kIntro, 2, 15}, "the share 'arbeid_andel'");
    }
    SECTION("not for a rate") {
        Catalogue catalogue = test_catalogue();
        catalogue.indicators.front().computation = Computation::rate_per_1000;
        ObservationTable table;
        table.insert(number("3435", 2019, "arbeid", 12, kIntro, 2));
        table.insert(number("3435", 2019, "avsluttet", 10, kIntro, 3));
        const Diagnostics diagnostics = checked(table, catalogue);
        INFO(diagnostics_text(diagnostics));
        CHECK(diagnostics.all().empty());
    }
}

TEST_CASE("check_observations reports a total that is not the sum of its parts", "[checks]") {
    SECTION("at the total, with the parts' values and their sum") {
        ObservationTable table;
        table.insert(number("3435", 2019, "avsluttet_menn", 5, kIntro, 2));
        table.insert(number("3435", 2019, "avsluttet_kvinner", 4, kIntro, 3));
        table.insert(number("3435", 2019, "avsluttet", 10, kIntro, 4));
        check_single_error(checked(table), {kIntro, 4, 15},
                           "'avsluttet' 10 differs from the sum of its parts, 9: "
                           "'avsluttet_menn' 5 (data/observasjoner/intro.csv:2) + "
                           "'avsluttet_kvinner' 4 (data/observasjoner/intro.csv:3)");
    }
    SECTION("a nil total is 0") {
        ObservationTable table;
        table.insert(row("3435", 2019, "avsluttet", ValueStatus::nil, 0, kIntro, 2));
        table.insert(number("3435", 2019, "avsluttet_menn", 1, kIntro, 3));
        table.insert(row("3435", 2019, "avsluttet_kvinner", ValueStatus::nil, 0, kIntro, 4));
        check_single_error(checked(table), {kIntro, 2, 15},
                           "'avsluttet' 0 differs from the sum of its parts, 1:");
    }
    SECTION("whole numbers must add up exactly, however large") {
        // 500 000 000 + 499 999 999 = 999 999 999, one short of the total: a relative
        // tolerance of 1e-9 would let this through.
        ObservationTable table;
        table.insert(number("3435", 2019, "avsluttet", 1000000000, kIntro, 2));
        table.insert(number("3435", 2019, "avsluttet_menn", 500000000, kIntro, 3));
        table.insert(number("3435", 2019, "avsluttet_kvinner", 499999999, kIntro, 4));
        check_single_error(checked(table), {kIntro, 2, 15},
                           "'avsluttet' 1000000000 differs from the sum of its parts, 999999999:");
    }
    SECTION("decimals may differ by floating-point rounding only") {
        // In binary floating point 12.3 + 45.6 is 57.900000000000006, not 57.9.
        ObservationTable table;
        table.insert(number("3435", 2019, "avsluttet", 57.9, kIntro, 2));
        table.insert(number("3435", 2019, "avsluttet_menn", 12.3, kIntro, 3));
        table.insert(number("3435", 2019, "avsluttet_kvinner", 45.6, kIntro, 4));
        table.insert(number("3435", 2020, "avsluttet", 58, kIntro, 5));
        table.insert(number("3435", 2020, "avsluttet_menn", 12.3, kIntro, 6));
        table.insert(number("3435", 2020, "avsluttet_kvinner", 45.6, kIntro, 7));
        // Persons come whole: measured in tonnes, the same parts may have decimals.
        Catalogue tonnes = test_catalogue();
        for (kt::Measure& m : tonnes.measures) m.unit = "tonn";
        check_single_error(checked(table, tonnes), {kIntro, 5, 15},
                           "'avsluttet' 58 differs from the sum of its parts, 57.900000000000006:");
    }
}

TEST_CASE("check_observations skips rows that are not numbers", "[checks]") {
    // Each of these would be an error if the symbol were a number; none is.
    for (ValueStatus status : {ValueStatus::suppressed, ValueStatus::not_available,
                               ValueStatus::not_applicable, ValueStatus::not_yet_available}) {
        INFO("status " << static_cast<int>(status));
        ObservationTable table;
        // A part without a number: 10 is not compared with 8 + something.
        table.insert(number("3435", 2019, "avsluttet", 10, kIntro, 2));
        table.insert(number("3435", 2019, "avsluttet_menn", 8, kIntro, 3));
        table.insert(row("3435", 2019, "avsluttet_kvinner", status, 0, kIntro, 4));
        // A total and denominator without a number: neither 8 + 1 nor 12 is compared with it.
        table.insert(row("3435", 2020, "avsluttet", status, 10, kIntro, 5));
        table.insert(number("3435", 2020, "avsluttet_menn", 8, kIntro, 6));
        table.insert(number("3435", 2020, "avsluttet_kvinner", 1, kIntro, 7));
        table.insert(number("3435", 2020, "arbeid", 12, kIntro, 8));
        // A numerator without a number: its 50 is meaningless, so not above 3.
        table.insert(row("3437", 2019, "arbeid", status, 50, kIntro, 9));
        table.insert(number("3437", 2019, "avsluttet", 3, kIntro, 10));
        // Out of range, but without a number.
        table.insert(row("3435", 2019, "andel", status, 150, kIntro, 11));
        table.insert(row("3435", 2020, "andel", status, -1, kIntro, 12));
        const Diagnostics diagnostics = checked(table);
        INFO(diagnostics_text(diagnostics));
        CHECK(diagnostics.all().empty());
    }
}

TEST_CASE("check_observations skips totals and shares whose other rows are missing", "[checks]") {
    ObservationTable table;
    table.insert(number("3435", 2019, "avsluttet", 10, kIntro, 2));
    table.insert(number("3435", 2019, "avsluttet_menn", 8, kIntro, 3));
    table.insert(number("3437", 2019, "arbeid", 12, kIntro, 4));
    const Diagnostics diagnostics = checked(table);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
}

TEST_CASE("check_observations reports in table order", "[checks]") {
    ObservationTable table;
    table.insert(number("3437", 2020, "andel", 101, "data/observasjoner/b.csv", 9));
    table.insert(number("3435", 2019, "arbeid", -1, "data/observasjoner/a.csv", 2));
    table.insert(number("3435", 2019, "avsluttet", 5, "data/observasjoner/a.csv", 3));
    table.insert(number("3435", 2019, "avsluttet_menn", 3, "data/observasjoner/a.csv", 4));
    table.insert(number("3435", 2019, "avsluttet_kvinner", 3, "data/observasjoner/a.csv", 5));
    table.insert(number("0301", 2019, "arbeid", 8, "data/observasjoner/a.csv", 6));
    table.insert(number("0301", 2019, "avsluttet", 7, "data/observasjoner/a.csv", 7));
    const Diagnostics diagnostics = checked(table);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 4);
    const auto& all = diagnostics.all();
    CHECK(format_diagnostic(all[0]) ==
          "data/observasjoner/b.csv:9:15: error: percentage 101 is above 100 for 'andel'");
    CHECK(format_diagnostic(all[1]) ==
          "data/observasjoner/a.csv:2:15: error: value -1 is negative for 'arbeid'");
    CHECK(format_diagnostic(all[2]) ==
          "data/observasjoner/a.csv:3:15: error: 'avsluttet' 5 differs from the sum of its "
          "parts, 6: 'avsluttet_menn' 3 (data/observasjoner/a.csv:4) + 'avsluttet_kvinner' 3 "
          "(data/observasjoner/a.csv:5)");
    CHECK(format_diagnostic(all[3]) ==
          "data/observasjoner/a.csv:6:15: error: 'arbeid' 8 is greater than its denominator "
          "'avsluttet' 7 (data/observasjoner/a.csv:7) in the share 'arbeid_andel'");
}

TEST_CASE("check_observations over the demo site's data", "[checks]") {
    Diagnostics read_diagnostics;
    const kt::Registry registry = kt::read_registry(KOMMUNETALL_SOURCE_DIR, read_diagnostics);
    Catalogue catalogue = kt::read_catalogue(KOMMUNETALL_SOURCE_DIR, read_diagnostics);
    ObservationTable table;
    kt::read_observations(KOMMUNETALL_SOURCE_DIR, registry, catalogue, table, read_diagnostics);
    INFO(diagnostics_text(read_diagnostics));
    REQUIRE_FALSE(read_diagnostics.has_errors());
    REQUIRE(table.size() > 40000);

    // The demo data were written so that every breakdown adds up to its total where all are
    // given (men + women; status a year later; the settled by category and by route); the
    // catalogue declares those parts.
    REQUIRE(catalogue.measure("intro_avsluttet") != nullptr);
    CHECK(catalogue.measure("intro_avsluttet")->breakdowns.size() == 2);
    CHECK(catalogue.measure("intro_arbeid_utdanning")->breakdowns.size() == 2);
    CHECK(catalogue.measure("bosatte")->breakdowns.size() == 2);

    // bosatte_andel_anmodning is a percent_of, not a share: settling more refugees than IMDi
    // asked for is not an error. Everything passes.
    const Diagnostics checks = checked(table, catalogue);
    INFO(diagnostics_text(checks));
    CHECK(checks.all().empty());
}

namespace kt {

TEST_CASE("check_observations reports a count larger than the measure it lies within",
          "[checks]") {
    Catalogue catalogue = test_catalogue();
    catalogue.measures.front().within = "deltakere";  // avsluttet
    catalogue.measures.push_back(measure("deltakere"));
    ObservationTable table;
    table.insert(number("3435", 2019, "avsluttet", 12, kIntro, 2));
    table.insert(number("3435", 2019, "deltakere", 10, kIntro, 3));
    table.insert(number("3435", 2020, "avsluttet", 10, kIntro, 4));
    table.insert(number("3435", 2020, "deltakere", 10, kIntro, 5));
    check_single_error(checked(table, catalogue), {kIntro, 2, 15},
                       "'avsluttet' 12 is greater than 'deltakere' 10 "
                       "(data/observasjoner/intro.csv:3), which the catalogue says counts every "
                       "one of them");
}

}  // namespace kt
