// An indicator published for some kinds of area only (`levels`): the municipalities' rows go
// into the county's and the country's sums, and no municipal figure is kept, ranked or
// protected as if it were shown.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "small_site_fixture.h"
#include "stats/figures.h"

namespace kt {
namespace {

// bosatte = em + familier + andre (by category). bosatte and em are published everywhere; the
// share in families only for the country and the counties.
const std::string kCatalogue =
    "families:\n  - id: tema\n    title: Tema\n    summary: Tema.\n"
    "measures:\n"
    "  - id: folketall\n    title: Folketall\n    unit: innbyggere\n    source: SSB\n"
    "  - id: bosatte\n    title: Bosatte\n    unit: personer\n    source: IMDi\n"
    "    parts: [em, familier, andre]\n"
    "  - id: em\n    title: Enslige mindreårige\n    unit: personer\n    source: IMDi\n"
    "  - id: familier\n    title: I barnefamilier\n    unit: personer\n    source: IMDi\n"
    "  - id: andre\n    title: Andre voksne\n    unit: personer\n    source: IMDi\n"
    "indicators:\n" +
    test::indicator_yaml("bosatte", "count", "bosatte", "") +
    test::indicator_yaml("em", "count", "em", "") +
    test::indicator_yaml("familier_andel", "share", "familier", "bosatte",
                         "    levels: [land, fylke]\n");

const char* const kAreas = R"(kode,navn,type,overordnet,fra,til
0,Norge,land,,,
11,Vestfylke,fylke,0,,
1101,Aby,kommune,11,,
1102,Bby,kommune,11,,
1103,Cby,kommune,11,,
)";

// 2023:   bosatte   em   familier   andre
//   Aby        8     5        2         1
//   Bby       40     6       30         4
//   Cby       20     7       10         3
// Aby's families and other adults, 3 together, are small; published per municipality, the
// share would give them away and hide Aby's settled. Published for the county only, it
// cannot.
const char* const kObservations = R"(område,periode,mål,verdi
1101,2023,bosatte,8
1101,2023,em,5
1101,2023,familier,2
1101,2023,andre,1
1102,2023,bosatte,40
1102,2023,em,6
1102,2023,familier,30
1102,2023,andre,4
1103,2023,bosatte,20
1103,2023,em,7
1103,2023,familier,10
1103,2023,andre,3
)";

}  // namespace

TEST_CASE("an indicator for the counties and the country keeps no municipal figure",
          "[stats][figures]") {
    const SiteInput site = test::read_small_site({{"data/omrader.csv", kAreas},
                                                  {"data/katalog.yaml", kCatalogue},
                                                  {"data/observasjoner/tall.csv", kObservations}});
    const Indicator& share = *site.catalogue.indicator("familier_andel");
    CHECK_FALSE(publishes_municipalities(share));
    CHECK(publishes(share, AreaKind::county));
    const Figures figures(site, {"1101", "1102", "1103"});

    // The county adds every municipality's rows: 42 of 68.
    const IndicatorValue& county = figures.value("familier_andel", "11", 2023);
    REQUIRE(county.has_number());
    CHECK(county.numerator == 42);
    CHECK(county.denominator == 68);
    CHECK(figures.value("familier_andel", "0", 2023).has_number());
    CHECK(figures.latest_year("familier_andel") == 2023);

    // No municipality has a figure, and none is ranked.
    for (const char* code : {"1101", "1102", "1103"}) {
        INFO(code);
        CHECK_FALSE(figures.covers("familier_andel", code));
        CHECK(figures.value("familier_andel", code, 2023).status == ValueStatus::not_available);
    }
    for (const RankEntry& entry : figures.ranking("familier_andel", 2023))
        CHECK_FALSE(entry.rank.has_value());

    // The unpublished categories do not cost the published counts: Aby's 8 settled and 5
    // minors stay shown, since no figure lists its families or other adults.
    CHECK(figures.value("bosatte", "1101", 2023).has_number());
    CHECK(figures.value("em", "1101", 2023).has_number());
    CHECK(figures.value("bosatte", "1101", 2023).value == 8);
}

TEST_CASE("a breakdown's unlisted part is pinned by the listed ones and protected",
          "[stats][figures]") {
    // With families published per municipality too, Aby's other adults (1) are 8 - 5 - 2:
    // a small count that some further cell must hide.
    std::string catalogue = kCatalogue;
    catalogue.replace(catalogue.find("    levels: [land, fylke]\n"), 26, "");
    const SiteInput site = test::read_small_site({{"data/omrader.csv", kAreas},
                                                  {"data/katalog.yaml", catalogue},
                                                  {"data/observasjoner/tall.csv", kObservations}});
    const Figures figures(site, {"1101", "1102", "1103"});
    // The families' share of 2 in Aby is hidden (a small count); so must be one more of the
    // figures that would give 8 - 5 - 2 away.
    CHECK_FALSE(figures.value("familier_andel", "1101", 2023).has_number());
    const bool pinned = figures.value("bosatte", "1101", 2023).has_number() &&
                        figures.value("em", "1101", 2023).has_number();
    CHECK_FALSE(pinned);
}

TEST_CASE("a county's total bounds the listed parts of its breakdown", "[stats][figures]") {
    // Vestfylke 2023: 30 settled, 29 of them in families; 1 minor (hidden: a small count).
    // With both the county's settled and its share in families shown, readers would know the
    // minors are at most 30 - 29 = 1, so one of the two must be hidden too.
    const char* const observations = R"(område,periode,mål,verdi
1101,2023,bosatte,10
1101,2023,em,1
1101,2023,familier,9
1101,2023,andre,0
1102,2023,bosatte,12
1102,2023,em,0
1102,2023,familier,12
1102,2023,andre,0
1103,2023,bosatte,8
1103,2023,em,0
1103,2023,familier,8
1103,2023,andre,0
)";
    const SiteInput site = test::read_small_site({{"data/omrader.csv", kAreas},
                                                  {"data/katalog.yaml", kCatalogue},
                                                  {"data/observasjoner/tall.csv", observations}});
    const Figures figures(site, {"1101", "1102", "1103"});
    CHECK_FALSE(figures.value("em", "11", 2023).has_number());
    const bool both_shown = figures.value("bosatte", "11", 2023).has_number() &&
                            figures.value("familier_andel", "11", 2023).has_number();
    CHECK_FALSE(both_shown);
}

}  // namespace kt
