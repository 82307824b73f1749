#include "stats/adjustment.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "small_site_fixture.h"

namespace kt {
namespace {

// The outcome is arbeid_andel = arbeid / avsluttet; the covariate the share of women among
// those who finished (kvinner / avsluttet), which no indicator publishes.
const std::string kCatalogue =
    test::measures_yaml(
        {{"avsluttet", "personer"}, {"arbeid", "personer"}, {"kvinner", "personer"}}) +
    test::indicator_yaml("arbeid_andel", "share", "arbeid", "avsluttet");

const char* const kWomenCovariate = R"(adjustments:
  - indicator: arbeid_andel
    covariates:
      - id: kvinner
        label: Andel kvinner
        share_of: [kvinner, avsluttet]
)";

// Appended to kWomenCovariate's list: the same share again, and an attribute of 1 everywhere.
const char* const kWomenAgain = R"(      - id: kvinner_igjen
        label: Andel kvinner igjen
        share_of: [kvinner, avsluttet]
)";
const char* const kSameEverywhere = R"(      - id: fylkesvei
        label: Ved fylkesvei
        attribute: fylkesvei
)";

const char* const kAreas = R"(kode,navn,type,overordnet,fra,til
0,Norge,land,,,
11,Vestfylke,fylke,0,,
12,Austfylke,fylke,0,,
13,Nordfylke,fylke,0,,
1101,Aby,kommune,11,,
1102,Bby,kommune,11,,
1103,Cby,kommune,11,,
1104,Dby,kommune,11,,
1201,Eby,kommune,12,,
1202,Fby,kommune,12,,
1203,Gby,kommune,12,,
1204,Hby,kommune,12,,
1301,Iby,kommune,13,,
1302,Jby,kommune,13,,
1303,Kby,kommune,13,,
)";
const std::vector<std::string> kMunicipalities{"1101", "1102", "1103", "1104", "1201", "1202",
                                               "1203", "1204", "1301", "1302", "1303"};

// The fit, pooled over 2021-2023 (site.yaml pools 3 years; 2023 is the latest year).
// x = 100 * kvinner / avsluttet, y = 100 * arbeid / avsluttet, weight w = avsluttet (pooled).
// The line is y = 20 + 0.5 x; e is each municipality's distance from it.
//
//         x   w    kvinner  arbeid   y   line   e
//   Aby  20   50     10       17    34    30   +4
//   Bby  20  100     20       28    28    30   -2
//   Cby  40  100     40       43    43    40   +3
//   Dby  40   50     20       17    34    40   -6
//   Eby  60   50     30       26    52    50   +2
//   Fby  60  100     60       49    49    50   -1
//   Gby  80  100     80       65    65    60   +5
//   Hby  80   50     40       25    50    60  -10
//
// At each x the weighted residuals cancel (50 * 4 = 100 * 2, 100 * 3 = 50 * 6, ...), so
// sum w e = 0 and sum w x e = 0: these are the weighted normal equations, and weighted least
// squares gives exactly 20 and 0.5. Unweighted, the mean residual at x = 80 would be -2.5,
// and the fit another line.
//
// Left out: Iby and Jby have 3 and 4 in work in 2023, so their figures are hidden (each
// hides the other in the county's and the country's sums, so no one else is); Kby has no
// kvinner row for 2022, so its covariate has no number.
//
// 2020 lies outside the pooled years. Its numbers (everyone in work, no women) would pull
// the fit far off the line if they were used.
struct Pooled {
    std::string code;
    std::vector<int> avsluttet, arbeid, kvinner;  // 2021, 2022, 2023; kvinner -1: no row
};
const std::vector<Pooled> kPooled{
    {"1101", {16, 17, 17}, {5, 6, 6}, {3, 3, 4}},
    {"1102", {33, 33, 34}, {9, 9, 10}, {6, 7, 7}},
    {"1103", {33, 33, 34}, {14, 14, 15}, {13, 13, 14}},
    {"1104", {16, 17, 17}, {5, 6, 6}, {6, 7, 7}},
    {"1201", {16, 17, 17}, {8, 9, 9}, {10, 10, 10}},
    {"1202", {33, 33, 34}, {16, 16, 17}, {20, 20, 20}},
    {"1203", {33, 33, 34}, {21, 22, 22}, {26, 27, 27}},
    {"1204", {16, 17, 17}, {8, 8, 9}, {13, 13, 14}},
    {"1301", {33, 33, 34}, {30, 30, 3}, {16, 17, 17}},
    {"1302", {33, 33, 34}, {30, 30, 4}, {16, 17, 17}},
    {"1303", {33, 33, 34}, {16, 17, 17}, {16, -1, 17}},
};

std::string observations_csv() {
    std::string csv = "område,periode,mål,verdi\n";
    auto row = [&](const std::string& code, int year, const std::string& measure, int value) {
        csv +=
            code + "," + std::to_string(year) + "," + measure + "," + std::to_string(value) + "\n";
    };
    for (const Pooled& p : kPooled) {
        row(p.code, 2020, "avsluttet", 20);
        row(p.code, 2020, "arbeid", 20);
        row(p.code, 2020, "kvinner", 0);
        for (int i = 0; i < 3; ++i) {
            row(p.code, 2021 + i, "avsluttet", p.avsluttet[i]);
            row(p.code, 2021 + i, "arbeid", p.arbeid[i]);
            if (p.kvinner[i] >= 0) row(p.code, 2021 + i, "kvinner", p.kvinner[i]);
        }
    }
    return csv;
}

// The site with `adjustments` (a catalogue section) and `attributes` (data/egenskaper.csv).
SiteInput read_test_site(const std::string& adjustments, const std::string& attributes = "") {
    std::map<std::string, std::string> files{
        {"site.yaml", "title: Test\ndata_updated: 2026-11-01\nsuppression:\n  pooled_years: 3\n"},
        {"data/omrader.csv", kAreas},
        {"data/katalog.yaml", kCatalogue + adjustments},
        {"data/observasjoner/tall.csv", observations_csv()}};
    if (!attributes.empty()) files["data/egenskaper.csv"] = attributes;
    return test::read_small_site(files);
}

}  // namespace

TEST_CASE("an adjustment fits the pooled figures by weighted least squares",
          "[stats][adjustment]") {
    const SiteInput input = read_test_site(kWomenCovariate);
    const Figures figures(input, kMunicipalities);
    const std::vector<AdjustmentResult> results = fit_adjustments(input, figures);
    REQUIRE(results.size() == 1);
    const AdjustmentResult& result = results.front();

    REQUIRE(result.indicator);
    CHECK(result.indicator->id == "arbeid_andel");
    CHECK(result.adjustment == &input.catalogue.adjustments.front());
    CHECK(result.first_year == 2021);
    CHECK(result.last_year == 2023);
    CHECK(result.failure.empty());
    CHECK(result.term_labels == std::vector<std::string>{"Andel kvinner"});

    INFO(result.failure);
    REQUIRE(result.model);
    const LinearModel& model = *result.model;
    CHECK(model.terms == std::vector<std::string>{"konstant", "kvinner"});
    CHECK(model.observations == 8);
    REQUIRE(model.coefficients.size() == 2);
    CHECK(model.coefficients(0) == Approx(20.0));
    CHECK(model.coefficients(1) == Approx(0.5));

    // Weighted mean of y: sum w * line / sum w = 150 * (30 + 40 + 50 + 60) / 600 = 45.
    // Explained: 150 * (15² + 5² + 5² + 15²) = 75000.
    // Residual: sum w e² = 50*16 + 100*4 + 100*9 + 50*36 + 50*4 + 100*1 + 100*25 + 50*100
    //         = 11700.
    // R² = 75000 / (75000 + 11700); sigma² = 11700 / (8 units - 2 terms) = 1950.
    CHECK(model.r_squared == Approx(75000.0 / 86700.0));
    CHECK(model.residual_variance == Approx(1950.0));

    // Every municipality in the fit, with its actual figure, the line's value and the
    // difference from the table above.
    struct Expected {
        double actual, expected, difference, weight;
    };
    const std::map<std::string, Expected> expected{
        {"1101", {34, 30, 4, 50}},  {"1102", {28, 30, -2, 100}}, {"1103", {43, 40, 3, 100}},
        {"1104", {34, 40, -6, 50}}, {"1201", {52, 50, 2, 50}},   {"1202", {49, 50, -1, 100}},
        {"1203", {65, 60, 5, 100}}, {"1204", {50, 60, -10, 50}},
    };
    REQUIRE(result.by_area.size() == expected.size());
    for (const auto& [code, e] : expected) {
        INFO(code);
        REQUIRE(result.by_area.count(code) == 1);
        const AdjustedFigure& figure = result.by_area.at(code);
        CHECK(figure.actual == Approx(e.actual));
        CHECK(figure.expected == Approx(e.expected));
        CHECK(figure.difference == Approx(e.difference).margin(1e-9));
        CHECK(figure.weight == e.weight);
        CHECK(figure.low < figure.difference);
        CHECK(figure.high > figure.difference);
        CHECK(figure.high - figure.difference == Approx(figure.difference - figure.low));
    }

    // Aby's interval by hand. X'WX = [[600, 30000], [30000, 1800000]], determinant
    // 600 * 1800000 - 30000² = 1.8e8. For x = (1, 20):
    // x' (X'WX)^-1 x = (1800000 - 2 * 30000 * 20 + 600 * 20²) / 1.8e8 = 840000 / 1.8e8,
    // leverage h = 50 * 840000 / 1.8e8 = 7/30, standard error sqrt(1950 * (1 - 7/30) / 50)
    // = sqrt(29.9), interval 4 ± 1.959964 * sqrt(29.9).
    const AdjustedFigure& aby = result.by_area.at("1101");
    CHECK(aby.low == Approx(4 - 1.959963984540054 * std::sqrt(29.9)));
    CHECK(aby.high == Approx(4 + 1.959963984540054 * std::sqrt(29.9)));

    // Iby and Jby (hidden figures) and Kby (covariate without a number) are left out.
    CHECK(result.left_out.size() == 3);
    CHECK(result.left_out.at("1301").no_figure);
    CHECK(result.left_out.at("1302").no_figure);
    CHECK_FALSE(result.left_out.at("1303").no_figure);
    CHECK(result.left_out.at("1303").covariate == "Andel kvinner");
    CHECK(result.by_area.count("1301") == 0);
    CHECK(result.by_area.count("1302") == 0);
    CHECK(result.by_area.count("1303") == 0);
}

TEST_CASE("the left-out municipalities are those readers see no figure for",
          "[stats][adjustment][suppression]") {
    const SiteInput input = read_test_site(kWomenCovariate);
    const Figures figures(input, kMunicipalities);

    // Iby's and Jby's pooled figures are hidden, Kby's is shown (50 of 100), as are the others.
    for (const std::string code : {"1301", "1302"}) {
        INFO(code);
        const auto* pooled = figures.pooled("arbeid_andel", code, 2023);
        REQUIRE(pooled);
        CHECK_FALSE(pooled->value.has_number());
    }
    const auto* kby = figures.pooled("arbeid_andel", "1303", 2023);
    REQUIRE(kby);
    REQUIRE(kby->value.has_number());
    CHECK(kby->value.value == Approx(50.0));
    const auto* aby = figures.pooled("arbeid_andel", "1101", 2023);
    REQUIRE(aby);
    CHECK(aby->value.has_number());
}

TEST_CASE("collinear covariates give no model but a reason", "[stats][adjustment]") {
    SECTION("the same covariate twice, under two ids") {
        const SiteInput input = read_test_site(std::string(kWomenCovariate) + kWomenAgain);
        const Figures figures(input, kMunicipalities);
        const std::vector<AdjustmentResult> results = fit_adjustments(input, figures);
        REQUIRE(results.size() == 1);
        const AdjustmentResult& result = results.front();
        CHECK_FALSE(result.model);
        CHECK(result.by_area.empty());
        CHECK_THAT(result.failure, Catch::Contains("kvinner_igjen"));
        CHECK_THAT(result.failure, Catch::Contains("linear combination"));
        // The terms and the years are still there for the method page.
        CHECK(result.term_labels ==
              std::vector<std::string>{"Andel kvinner", "Andel kvinner igjen"});
        CHECK(result.first_year == 2021);
        CHECK(result.last_year == 2023);
        CHECK(result.left_out.size() == 3);
    }

    SECTION("a covariate with the same value everywhere") {
        std::string attributes = "kode,egenskap,verdi\n";
        for (const std::string& code : kMunicipalities) attributes += code + ",fylkesvei,1\n";
        const SiteInput input =
            read_test_site(std::string(kWomenCovariate) + kSameEverywhere, attributes);
        const Figures figures(input, kMunicipalities);
        const std::vector<AdjustmentResult> results = fit_adjustments(input, figures);
        REQUIRE(results.size() == 1);
        const AdjustmentResult& result = results.front();
        CHECK_FALSE(result.model);
        CHECK(result.by_area.empty());
        CHECK_THAT(result.failure, Catch::Contains("fylkesvei"));
        CHECK_THAT(result.failure, Catch::Contains("same value"));
    }
}

}  // namespace kt
