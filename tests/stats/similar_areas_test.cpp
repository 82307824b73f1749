#include "stats/similar_areas.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "small_site_fixture.h"

namespace kt {
namespace {

// similar_areas reads the measures' observations, not the indicators (the one here is only there
// because a catalogue needs one). No measure counts persons, so nothing is hidden unless a
// test's predicate says so.
const std::string kMeasures = test::measures_yaml({{"a", "prosent"},
                                                   {"b", "prosent"},
                                                   {"p", "prosent"},
                                                   {"q", "prosent"},
                                                   {"r", "prosent"}}) +
                              test::indicator_yaml("folketall", "count", "folketall", "");

const char* const kAreas = R"(kode,navn,type,overordnet,fra,til
0,Norge,land,,,
11,Vestfylke,fylke,0,,
1101,Aby,kommune,11,,
1102,Bby,kommune,11,,
1103,Cby,kommune,11,,
1104,Dby,kommune,11,,
)";

// a: 8, 4, 2, 1 in 2023 and 3 everywhere in 2024, its last year.
// b: 1, 2, 4, 8 in 2023, its last year (it has no 2024).
const char* const kWindowData = R"(område,periode,mål,verdi
1101,2023,a,8
1102,2023,a,4
1103,2023,a,2
1104,2023,a,1
1101,2024,a,3
1102,2024,a,3
1103,2024,a,3
1104,2024,a,3
1101,2023,b,1
1102,2023,b,2
1103,2023,b,4
1104,2023,b,8
)";

// p and q: 1, 2, 4, 8; r: 1, 2, 4 and none for Dby. All in 2023.
const char* const kThreeVariableData = R"(område,periode,mål,verdi
1101,2023,p,1
1102,2023,p,2
1103,2023,p,4
1104,2023,p,8
1101,2023,q,1
1102,2023,q,2
1103,2023,q,4
1104,2023,q,8
1101,2023,r,1
1102,2023,r,2
1103,2023,r,4
)";

SiteInput read_test_site(const std::string& similar, const std::string& observations) {
    return test::read_small_site({{"data/omrader.csv", kAreas},
                                  {"data/katalog.yaml", kMeasures + similar},
                                  {"data/observasjoner/tall.csv", observations}});
}

const ProtectedRow kNothingProtected = [](const std::string&, const std::string&, int) {
    return false;
};

std::vector<std::string> areas_of(const std::vector<Neighbour>& neighbours) {
    std::vector<std::string> areas;
    for (const Neighbour& n : neighbours) areas.push_back(n.area);
    return areas;
}

// Population sd of 1, 2, 4, 8: mean 3.75, squared deviations 7.5625 + 3.0625 + 0.0625 +
// 18.0625 = 28.75, / 4 = 7.1875.
const double kVariance1248 = 7.1875;

}  // namespace

TEST_CASE("similar areas are nullopt when the catalogue has no similar section",
          "[stats][similar_areas]") {
    const SiteInput site = read_test_site("", kWindowData);
    REQUIRE_FALSE(site.catalogue.similarity);
    CHECK_FALSE(similar_areas(site, 1, kNothingProtected));
}

TEST_CASE("similar areas are the nearest on one variable, nearest first",
          "[stats][similar_areas]") {
    const SiteInput site = read_test_site(R"(similar:
  count: 2
  variables:
    - id: b
      label: Verdien av b
      measure: b
)",
                                          kWindowData);
    const auto similar = similar_areas(site, 1, kNothingProtected);
    REQUIRE(similar);
    CHECK(similar->variable_labels == std::vector<std::string>{"Verdien av b"});
    REQUIRE(similar->by_area.size() == 4);

    // b: Aby 1, Bby 2, Cby 4, Dby 8. One variable in units of its sd, sqrt(7.1875).
    // Bby (2): Aby 1 away, Cby 2 away, Dby 6 away; count 2 keeps Aby and Cby.
    const auto& bby = similar->by_area.at("1102");
    REQUIRE(areas_of(bby) == std::vector<std::string>{"1101", "1103"});
    CHECK(bby[0].distance == Approx(1 / std::sqrt(kVariance1248)));
    CHECK(bby[1].distance == Approx(2 / std::sqrt(kVariance1248)));
    // Aby (1): Bby 1 away, Cby 3. Dby (8): Cby 4 away, Bby 6.
    CHECK(areas_of(similar->by_area.at("1101")) == std::vector<std::string>{"1102", "1103"});
    CHECK(areas_of(similar->by_area.at("1104")) == std::vector<std::string>{"1103", "1102"});
}

TEST_CASE("similar areas take each variable over the last years its measures have numbers for",
          "[stats][similar_areas]") {
    const SiteInput site = read_test_site(R"(similar:
  count: 5
  variables:
    - id: a
      label: Verdien av a
      measure: a
    - id: b
      label: Verdien av b
      measure: b
)",
                                          kWindowData);

    SECTION("one year") {
        const auto similar = similar_areas(site, 1, kNothingProtected);
        REQUIRE(similar);
        CHECK(similar->variable_labels == std::vector<std::string>{"Verdien av a", "Verdien av b"});

        // a over 2024 (its last year): 3 everywhere, so it tells the areas nothing and is left
        // out. b over 2023 (its last year): 1, 2, 4, 8. Bby's neighbours are by b alone: Aby,
        // Cby, Dby at 1, 2 and 6 sds (one usable variable).
        // Had b's window ended in 2024, the data's last year, b would have no values and no
        // area any neighbour. Had a's ended in 2023 with b's, a (8, 4, 2, 1) would count: Bby
        // (4, 2) is then 4^2 + 1^2 = 17 from Aby (8, 1), 2^2 + 2^2 = 8 from Cby (2, 4) and
        // 3^2 + 6^2 = 45 from Dby (1, 8), in units of the common variance: Cby first.
        const auto& bby = similar->by_area.at("1102");
        REQUIRE(areas_of(bby) == std::vector<std::string>{"1101", "1103", "1104"});
        CHECK(bby[0].distance == Approx(1 / std::sqrt(kVariance1248)));
        CHECK(bby[1].distance == Approx(2 / std::sqrt(kVariance1248)));
        CHECK(bby[2].distance == Approx(6 / std::sqrt(kVariance1248)));
    }

    SECTION("two years") {
        const auto similar = similar_areas(site, 2, kNothingProtected);
        REQUIRE(similar);

        // a over 2023-2024, the mean of the two: (8 + 3) / 2 = 5.5, (4 + 3) / 2 = 3.5, 2.5, 2.
        // b over 2022-2023: no 2022, so no value anywhere; a alone counts.
        // Mean of a: 13.5 / 4 = 3.375; squared deviations 4.515625 + 0.015625 + 0.765625 +
        // 1.890625 = 7.1875, variance / 4 = 1.796875.
        // Bby (3.5): Cby 1 away, Dby 1.5, Aby 2.
        const auto& bby = similar->by_area.at("1102");
        REQUIRE(areas_of(bby) == std::vector<std::string>{"1103", "1104", "1101"});
        const double sd = std::sqrt(1.796875);
        CHECK(bby[0].distance == Approx(1 / sd));
        CHECK(bby[1].distance == Approx(1.5 / sd));
        CHECK(bby[2].distance == Approx(2 / sd));
    }
}

TEST_CASE("a protected row leaves its municipality without the variable",
          "[stats][similar_areas][suppression]") {
    const SiteInput site = read_test_site(R"(similar:
  count: 5
  variables:
    - id: p
      label: Verdien av p
      measure: p
    - id: q
      label: Verdien av q
      measure: q
    - id: r
      label: Verdien av r
      measure: r
)",
                                          kThreeVariableData);
    auto protecting = [](std::string measure, std::string code, int year) -> ProtectedRow {
        return [=](const std::string& m, const std::string& c, int y) {
            return m == measure && c == code && y == year;
        };
    };
    // Three variables: neighbours share at least (3 + 1) / 2 = 2 of them.
    // p, q: 1, 2, 4, 8 (variance 7.1875). r: 1, 2, 4 and none for Dby; mean 7/3, squared
    // deviations 16/9 + 1/9 + 25/9 = 42/9, variance 14/9.

    SECTION("nothing protected") {
        const auto similar = similar_areas(site, 1, kNothingProtected);
        REQUIRE(similar);
        // Bby (2, 2, 2):
        //   Aby (1, 1, 1): 1/7.1875 + 1/7.1875 + 9/14 on 3 of 3 shared.
        //   Cby (4, 4, 4): 4/7.1875 + 4/7.1875 + 36/14.
        //   Dby (8, 8, -): (36/7.1875 + 36/7.1875) on 2 shared, scaled by 3/2.
        const auto& bby = similar->by_area.at("1102");
        REQUIRE(areas_of(bby) == std::vector<std::string>{"1101", "1103", "1104"});
        CHECK(bby[0].distance == Approx(std::sqrt(2 / kVariance1248 + 9.0 / 14)));
        CHECK(bby[1].distance == Approx(std::sqrt(8 / kVariance1248 + 36.0 / 14)));
        CHECK(bby[2].distance == Approx(std::sqrt(3.0 / 2 * (72 / kVariance1248))));
        CHECK(similar->by_area.at("1104").size() == 3);
    }

    SECTION("a protected row of a municipality sharing two variables") {
        // Dby's p is protected: Dby keeps q alone, 1 of 3 < 2, so it is nobody's neighbour and
        // has none, although q alone would place it.
        const auto similar = similar_areas(site, 1, protecting("p", "1104", 2023));
        REQUIRE(similar);
        CHECK(areas_of(similar->by_area.at("1102")) == std::vector<std::string>{"1101", "1103"});
        CHECK(areas_of(similar->by_area.at("1101")) == std::vector<std::string>{"1102", "1103"});
        CHECK(similar->by_area.at("1104").empty());
        // The protected row of another measure, or another year, changes nothing.
        CHECK(similar_areas(site, 1, protecting("r", "1104", 2023))->by_area.at("1104").size() ==
              3);
        CHECK(similar_areas(site, 1, protecting("p", "1104", 2022))->by_area.at("1104").size() ==
              3);
    }

    SECTION("a protected row of a municipality sharing three variables") {
        // Aby's p is protected: Aby keeps q and r, 2 of 3, and stays a neighbour, now measured
        // on those two only: 1/7.1875 + 9/14 scaled by 3/2.
        const auto similar = similar_areas(site, 1, protecting("p", "1101", 2023));
        REQUIRE(similar);
        const auto& bby = similar->by_area.at("1102");
        REQUIRE_FALSE(bby.empty());
        CHECK(bby[0].area == "1101");
        CHECK(bby[0].distance == Approx(std::sqrt(3.0 / 2 * (1 / kVariance1248 + 9.0 / 14))));
    }
}

}  // namespace kt
