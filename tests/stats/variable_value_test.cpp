#include "stats/variable_value.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "small_site_fixture.h"
#include "stats/figures.h"

namespace kt {
namespace {

// One indicator, arbeid_andel = arbeid / avsluttet, publishes the measures arbeid and
// avsluttet. kvinner counts persons too, but no indicator shows it; ledighet is a percentage.
const std::string kCatalogue = test::measures_yaml({{"avsluttet", "personer"},
                                                    {"arbeid", "personer"},
                                                    {"kvinner", "personer"},
                                                    {"ledighet", "prosent"}}) +
                               test::indicator_yaml("arbeid_andel", "share", "arbeid", "avsluttet");

const char* const kAreas = R"(kode,navn,type,overordnet,fra,til
0,Norge,land,,,
11,Vestfylke,fylke,0,,
1101,Aby,kommune,11,,
1102,Bby,kommune,11,,
1103,Cby,kommune,11,,
1104,Dby,kommune,11,,
1105,Eby,kommune,11,,
1106,Fby,kommune,11,,
1107,Gby,kommune,11,,
)";

// Each municipality holds one case; the tests below explain the numbers.
const char* const kObservations = R"(område,periode,mål,verdi
1101,2022,avsluttet,10
1101,2023,avsluttet,30
1101,2022,kvinner,3
1101,2023,kvinner,5
1101,2022,arbeid,6
1101,2023,arbeid,15
1101,2022,ledighet,2.0
1101,2023,ledighet,4.0
1102,2022,avsluttet,12
1102,2023,avsluttet,12
1102,2023,kvinner,6
1102,2022,ledighet,0
1102,2023,ledighet,0
1103,2022,avsluttet,0
1103,2023,avsluttet,12
1103,2022,kvinner,0
1103,2023,kvinner,3
1103,2023,ledighet,5
1104,2022,avsluttet,20
1104,2023,avsluttet,20
1104,2022,kvinner,:
1104,2023,kvinner,4
1105,2022,avsluttet,20
1105,2023,avsluttet,20
1105,2022,arbeid,1
1105,2023,arbeid,2
1105,2022,kvinner,1
1105,2023,kvinner,2
1106,2022,avsluttet,20
1106,2023,avsluttet,20
1106,2022,arbeid,2
1106,2023,arbeid,3
1107,2022,avsluttet,20
1107,2023,avsluttet,20
1107,2022,arbeid,0
1107,2023,arbeid,0
)";

// Aby's centrality is a number, Bby's is not, Cby has none.
const char* const kAttributes = R"(kode,egenskap,verdi
1101,sentralitet,2.5
1102,sentralitet,sentral
)";

// The site as read_site makes it; the suppression rule is the default one (counts of persons
// from 1 to 4 are hidden).
SiteInput read_test_site() {
    SiteInput input = test::read_small_site({{"data/omrader.csv", kAreas},
                                             {"data/katalog.yaml", kCatalogue},
                                             {"data/egenskaper.csv", kAttributes},
                                             {"data/observasjoner/tall.csv", kObservations}});
    REQUIRE(input.config.suppression.min_count == 5);
    return input;
}

Variable share_of(const std::string& numerator, const std::string& denominator, bool log = false) {
    Variable v;
    v.id = numerator + "_andel";
    v.source = Variable::Source::share_of;
    v.numerator = numerator;
    v.denominator = denominator;
    v.log = log;
    return v;
}

Variable measure_of(const std::string& measure, bool log = false) {
    Variable v;
    v.id = measure;
    v.source = Variable::Source::measure;
    v.measure = measure;
    v.log = log;
    return v;
}

Variable attribute_of(const std::string& attribute, bool log = false) {
    Variable v;
    v.id = attribute;
    v.source = Variable::Source::attribute;
    v.attribute = attribute;
    v.log = log;
    return v;
}

// The value as the site computes it: the rows its suppression protects are off limits.
std::optional<double> value_of(const Variable& variable, const SiteInput& site,
                               const std::string& area, int first_year, int last_year) {
    std::vector<std::string> order;
    for (const Area* a : site.registry.of_kind(AreaKind::municipality)) order.push_back(a->code);
    const Figures figures(site, order);
    return variable_value(
        variable, site, area, first_year, last_year,
        [&figures](const std::string& measure, const std::string& code, int year) {
            return figures.protects_row(measure, code, year);
        });
}

}  // namespace

TEST_CASE("a share pools numerators and denominators over the years", "[stats][variable_value]") {
    const SiteInput site = read_test_site();
    const Variable women = share_of("kvinner", "avsluttet");

    // Aby: 3 of 10 in 2022 (30 %), 5 of 30 in 2023 (16.67 %). Pooled: 100 * (3 + 5) / (10 + 30)
    // = 100 * 8 / 40 = 20, not the mean of the yearly shares (23.33).
    const auto pooled = value_of(women, site, "1101", 2022, 2023);
    REQUIRE(pooled);
    CHECK(*pooled == Approx(20.0));
    CHECK(value_of(women, site, "1101", 2022, 2022) == Approx(30.0));
    CHECK(value_of(women, site, "1101", 2023, 2023) == Approx(100.0 * 5 / 30));

    // With log: ln 20.
    CHECK(value_of(share_of("kvinner", "avsluttet", true), site, "1101", 2022, 2023) ==
          Approx(std::log(20.0)));
}

TEST_CASE("a share with a year without a number has no value", "[stats][variable_value]") {
    const SiteInput site = read_test_site();
    const Variable women = share_of("kvinner", "avsluttet");

    // Bby has no kvinner row for 2022: no value over 2022-2023; 2023 alone is 6 of 12 = 50 %.
    CHECK_FALSE(value_of(women, site, "1102", 2022, 2023));
    CHECK(value_of(women, site, "1102", 2023, 2023) == Approx(50.0));

    // Dby's 2022 count is ":" in the source: no value; 2023 alone is 4 of 20 = 20 %.
    CHECK_FALSE(value_of(women, site, "1104", 2022, 2023));
    CHECK(value_of(women, site, "1104", 2023, 2023) == Approx(20.0));

    // The data have no 2021 at all.
    CHECK_FALSE(value_of(women, site, "1101", 2021, 2023));
}

TEST_CASE("a share skips a year with a denominator of 0", "[stats][variable_value]") {
    const SiteInput site = read_test_site();
    const Variable women = share_of("kvinner", "avsluttet");

    // Cby: nobody finished in 2022 (0 of 0), 3 of 12 in 2023: 100 * 3 / 12 = 25.
    CHECK(value_of(women, site, "1103", 2022, 2023) == Approx(25.0));
    // Over 2022 alone the denominator is 0: no value.
    CHECK_FALSE(value_of(women, site, "1103", 2022, 2022));
}

TEST_CASE("a measure is the mean of its yearly values", "[stats][variable_value]") {
    const SiteInput site = read_test_site();

    // Aby: (2.0 + 4.0) / 2 = 3.
    CHECK(value_of(measure_of("ledighet"), site, "1101", 2022, 2023) == Approx(3.0));
    CHECK(value_of(measure_of("ledighet", true), site, "1101", 2022, 2023) ==
          Approx(std::log(3.0)));
    CHECK(value_of(measure_of("ledighet"), site, "1101", 2023, 2023) == Approx(4.0));

    // Cby has no 2022 row: no value over 2022-2023; 2023 alone is 5.
    CHECK_FALSE(value_of(measure_of("ledighet"), site, "1103", 2022, 2023));
    CHECK(value_of(measure_of("ledighet"), site, "1103", 2023, 2023) == Approx(5.0));
}

TEST_CASE("the log of a value of 0 has no value", "[stats][variable_value]") {
    const SiteInput site = read_test_site();

    // Bby: unemployment 0 in both years. The mean is 0; its logarithm is not defined.
    const auto plain = value_of(measure_of("ledighet"), site, "1102", 2022, 2023);
    REQUIRE(plain);
    CHECK(*plain == 0.0);
    CHECK_FALSE(value_of(measure_of("ledighet", true), site, "1102", 2022, 2023));

    // Gby: nobody in work (0 of 40); a share of 0 has no logarithm either.
    CHECK_FALSE(value_of(share_of("arbeid", "avsluttet", true), site, "1107", 2022, 2023));
}

TEST_CASE("an attribute is read as a number", "[stats][variable_value]") {
    const SiteInput site = read_test_site();
    const Variable centrality = attribute_of("sentralitet");

    // The years do not matter for an attribute.
    CHECK(value_of(centrality, site, "1101", 2022, 2023) == Approx(2.5));
    CHECK(value_of(centrality, site, "1101", 2000, 2000) == Approx(2.5));
    CHECK(value_of(attribute_of("sentralitet", true), site, "1101", 2022, 2023) ==
          Approx(std::log(2.5)));

    CHECK_FALSE(value_of(centrality, site, "1102", 2022, 2023));  // "sentral"
    CHECK_FALSE(value_of(centrality, site, "1103", 2022, 2023));  // not given
    CHECK_FALSE(value_of(centrality, site, "9999", 2022, 2023));  // no such area
}

TEST_CASE("a variable reading a row the site protects has no value",
          "[stats][variable_value][suppression]") {
    const SiteInput site = read_test_site();

    // Eby: 1 and 2 in work of 20 and 20. arbeid is the numerator of arbeid_andel, and the site
    // hides counts of 1 to 4 persons: a covariate built on them must not give them away.
    CHECK_FALSE(value_of(share_of("arbeid", "avsluttet"), site, "1105", 2022, 2023));

    // Eby: 1 + 2 = 3 women of 40 as well, but no indicator publishes kvinner, so those counts
    // are never shown and may be used: 100 * 3 / 40 = 7.5.
    CHECK(value_of(share_of("kvinner", "avsluttet"), site, "1105", 2022, 2023) == Approx(7.5));

    // Fby: 2 + 3 = 5 in work of 40. The pooled count is not small, but the site hides each
    // year's (2 and 3), and a pooled figure would give them away with one year known: no value.
    CHECK_FALSE(value_of(share_of("arbeid", "avsluttet"), site, "1106", 2022, 2023));

    // Gby: 0 + 0 in work. A count of 0 is not protected: the share is 0.
    const auto nobody = value_of(share_of("arbeid", "avsluttet"), site, "1107", 2022, 2023);
    REQUIRE(nobody);
    CHECK(*nobody == 0.0);
}

TEST_CASE("a variable reads no protected row, whatever the predicate says is protected",
          "[stats][variable_value]") {
    const SiteInput site = read_test_site();
    const Variable women = share_of("kvinner", "avsluttet");
    auto protects = [](std::string measure, std::string code, int year) {
        return [=](const std::string& m, const std::string& c, int y) {
            return m == measure && c == code && y == year;
        };
    };
    // Aby's 20 % over 2022-2023 reads kvinner and avsluttet for both years.
    CHECK(variable_value(women, site, "1101", 2022, 2023, protects("x", "1101", 2022)) ==
          Approx(20.0));
    CHECK_FALSE(variable_value(women, site, "1101", 2022, 2023, protects("kvinner", "1101", 2023)));
    CHECK_FALSE(
        variable_value(women, site, "1101", 2022, 2023, protects("avsluttet", "1101", 2022)));
    // A measure's rows likewise: Aby's unemployment over 2022-2023.
    CHECK_FALSE(variable_value(measure_of("ledighet"), site, "1101", 2022, 2023,
                               protects("ledighet", "1101", 2022)));
}

}  // namespace kt
