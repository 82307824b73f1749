#include "stats/index_table.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "small_site_fixture.h"
#include "stats/figures.h"

namespace kt {
namespace {

// Two shares with a better direction (and folketall, which every site names for its population),
// and a quartile-point index over both. arbeid_andel: whole percent, ranked only on at least 20 who
// finished (the site shows shares from 10). norsk_andel: one decimal, with figures up to 2022 only.
const std::string kCatalogue =
    test::measures_yaml({{"avsluttet", "personer"},
                         {"arbeid", "personer"},
                         {"deltakere", "personer"},
                         {"bestatt", "personer"}}) +
    test::indicator_yaml("arbeid_andel", "share", "arbeid", "avsluttet",
                         "    decimals: 0\n    higher_is_better: true\n    min_denominator: 20\n") +
    test::indicator_yaml("norsk_andel", "share", "bestatt", "deltakere",
                         "    decimals: 1\n    higher_is_better: true\n") +
    R"(indexes:
  - id: indeks
    title: Integreringsindeks
    description: Kvartilpoeng.
    method: quartile_points
    min_share: 0.6
    components:
      - indicator: arbeid_andel
      - indicator: norsk_andel
)";

// Aby to Eby in Vestfylke, Fby and Gby in Austfylke. Fby's and Gby's 2023 counts in work (3 and
// 2) are both hidden, so Austfylke's sum has two hidden members and needs no complement: every
// other figure stays shown.
const char* const kAreas = R"(kode,navn,type,overordnet,fra,til
0,Norge,land,,,
11,Vestfylke,fylke,0,,
12,Austfylke,fylke,0,,
1101,Aby,kommune,11,,
1102,Bby,kommune,11,,
1103,Cby,kommune,11,,
1104,Dby,kommune,11,,
1105,Eby,kommune,11,,
1201,Fby,kommune,12,,
1202,Gby,kommune,12,,
)";

// arbeid / avsluttet, 2023 (the index's year for arbeid_andel):
//   Aby 20/25 = 80 %      Bby 29/48 = 60.42 % -> 60     Cby 31/52 = 59.62 % -> 60
//   Dby 10/25 = 40 %      Eby 12/15 = 80 %, shown (15 >= 10) but not ranked (15 < 20)
//   Fby 3/30 and Gby 2/25: hidden (counts of 1-4 persons)
// arbeid / avsluttet, 2022 (the year before):
//   Aby 10/20 = 50, Bby 14/20 = 70, Cby 12/20 = 60, Dby 16/20 = 80, Eby 8/20 = 40,
//   Fby 6/20 = 30, Gby 5/25 = 20
// bestatt / deltakere, 2022 (the index's year for norsk_andel, its latest):
//   Aby 9/10 = 90, Bby 14/20 = 70, Cby 10/20 = 50, Dby 15/20 = 75, Eby 6/12 = 50,
//   Fby 12/20 = 60, Gby 8/16 = 50
// bestatt / deltakere, 2021 (the year before): Aby 5/10 = 50, Bby 6/10 = 60, Cby 7/10 = 70,
//   Dby 8/10 = 80, Eby 9/10 = 90, Gby 5/20 = 25; Fby has no rows.
const char* const kObservations = R"(område,periode,mål,verdi
1101,2023,arbeid,20
1101,2023,avsluttet,25
1102,2023,arbeid,29
1102,2023,avsluttet,48
1103,2023,arbeid,31
1103,2023,avsluttet,52
1104,2023,arbeid,10
1104,2023,avsluttet,25
1105,2023,arbeid,12
1105,2023,avsluttet,15
1201,2023,arbeid,3
1201,2023,avsluttet,30
1202,2023,arbeid,2
1202,2023,avsluttet,25
1101,2022,arbeid,10
1101,2022,avsluttet,20
1102,2022,arbeid,14
1102,2022,avsluttet,20
1103,2022,arbeid,12
1103,2022,avsluttet,20
1104,2022,arbeid,16
1104,2022,avsluttet,20
1105,2022,arbeid,8
1105,2022,avsluttet,20
1201,2022,arbeid,6
1201,2022,avsluttet,20
1202,2022,arbeid,5
1202,2022,avsluttet,25
1101,2022,bestatt,9
1101,2022,deltakere,10
1102,2022,bestatt,14
1102,2022,deltakere,20
1103,2022,bestatt,10
1103,2022,deltakere,20
1104,2022,bestatt,15
1104,2022,deltakere,20
1105,2022,bestatt,6
1105,2022,deltakere,12
1201,2022,bestatt,12
1201,2022,deltakere,20
1202,2022,bestatt,8
1202,2022,deltakere,16
1101,2021,bestatt,5
1101,2021,deltakere,10
1102,2021,bestatt,6
1102,2021,deltakere,10
1103,2021,bestatt,7
1103,2021,deltakere,10
1104,2021,bestatt,8
1104,2021,deltakere,10
1105,2021,bestatt,9
1105,2021,deltakere,10
1202,2021,bestatt,5
1202,2021,deltakere,20
)";

const std::vector<std::string> kMunicipalities{"1101", "1102", "1103", "1104",
                                               "1105", "1201", "1202"};

SiteInput read_test_site() {
    SiteInput input = test::read_small_site({{"data/omrader.csv", kAreas},
                                             {"data/katalog.yaml", kCatalogue},
                                             {"data/observasjoner/tall.csv", kObservations}});
    REQUIRE(input.config.suppression.min_count == 5);
    REQUIRE(input.config.suppression.min_denominator == 10);
    REQUIRE(input.catalogue.indexes.size() == 1);
    return input;
}

const IndexScore& score_of(const IndexTable& table, const std::string& area) {
    auto it = std::find_if(table.scores.begin(), table.scores.end(),
                           [&](const IndexScore& score) { return score.area == area; });
    INFO(area);
    REQUIRE(it != table.scores.end());
    return *it;
}

using Figure = std::optional<double>;

}  // namespace

TEST_CASE("an index table takes each component in its own latest year", "[stats][index_table]") {
    const SiteInput site = read_test_site();
    const Figures figures(site, kMunicipalities);
    const IndexTable table =
        index_table(site.catalogue.indexes[0], site.catalogue, figures, kMunicipalities, "0");

    REQUIRE(table.indicators.size() == 2);
    CHECK(table.indicators[0]->id == "arbeid_andel");
    CHECK(table.indicators[1]->id == "norsk_andel");
    // arbeid_andel has figures up to 2023, norsk_andel only up to 2022: not one common year.
    CHECK(table.years == std::vector<int>{2023, 2022});
    // Aby's figures are its 2023 share in work (20/25 = 80) and its 2022 share passed
    // (9/10 = 90.0). In 2022, the last year the two have in common, its share in work was 50.
    CHECK(table.figures.at("1101") == std::vector<Figure>{80.0, 90.0});
}

TEST_CASE("an index table uses only figures ranked on the indicator", "[stats][index_table]") {
    const SiteInput site = read_test_site();
    const Figures figures(site, kMunicipalities);
    const IndexTable table =
        index_table(site.catalogue.indexes[0], site.catalogue, figures, kMunicipalities, "0");

    // Eby's 2023 share in work (12/15 = 80 %) is shown, on a denominator of at least the site's
    // 10, but below the indicator's 20 it is not ranked, so the index counts it as missing.
    const IndicatorValue& eby = figures.value("arbeid_andel", "1105", 2023);
    REQUIRE(eby.has_number());
    CHECK(eby.value == Approx(80.0));
    CHECK(table.figures.at("1105") == std::vector<Figure>{std::nullopt, 50.0});
    CHECK_FALSE(score_of(table, "1105").component_scores[0]);

    // Fby's (3 of 30) and Gby's (2 of 25) are hidden: missing too.
    CHECK(figures.value("arbeid_andel", "1201", 2023).status == ValueStatus::suppressed);
    CHECK(table.figures.at("1201") == std::vector<Figure>{std::nullopt, 60.0});
    CHECK(table.figures.at("1202") == std::vector<Figure>{std::nullopt, 50.0});
    CHECK_FALSE(score_of(table, "1201").component_scores[0]);
    CHECK_FALSE(score_of(table, "1202").component_scores[0]);

    // So only Aby to Dby count on arbeid_andel: if Eby's 80 had been counted, Aby's 80 would
    // share the top with it, (3 + 0.5 * 2) / 5 = 80th percentile, still 4 points, but Bby's and
    // Cby's 60 would drop to (1 + 0.5 * 2) / 5 = 40th: 2 points instead of 3 (see below).
    CHECK(*score_of(table, "1102").component_scores[0] == 3);
}

TEST_CASE("an index table scores figures rounded as readers see them", "[stats][index_table]") {
    const SiteInput site = read_test_site();
    const Figures figures(site, kMunicipalities);
    const IndexTable table =
        index_table(site.catalogue.indexes[0], site.catalogue, figures, kMunicipalities, "0");

    // Bby 29/48 = 60.42 % and Cby 31/52 = 59.62 % both show as 60 (no decimals).
    CHECK(figures.value("arbeid_andel", "1102", 2023).value == Approx(100.0 * 29 / 48));
    CHECK(figures.value("arbeid_andel", "1103", 2023).value == Approx(100.0 * 31 / 52));
    CHECK(table.figures.at("1102")[0] == 60.0);
    CHECK(table.figures.at("1103")[0] == 60.0);

    // Ranked on arbeid_andel: Aby 80, Bby 60, Cby 60, Dby 40. Mid-rank percentiles
    // 100 * (worse + 0.5 * same) / 4: Aby (3 + 0.5) / 4 = 87.5 -> 4 points; Bby and Cby
    // (1 + 0.5 * 2) / 4 = 50 -> 3 points each (unrounded, Cby would be below Bby: 37.5 -> 2);
    // Dby 0.5 / 4 = 12.5 -> 1 point.
    CHECK(*score_of(table, "1101").component_scores[0] == 4);
    CHECK(*score_of(table, "1102").component_scores[0] == 3);
    CHECK(*score_of(table, "1103").component_scores[0] == 3);
    CHECK(*score_of(table, "1104").component_scores[0] == 1);
}

TEST_CASE("an index table's national values are the country's rounded figures",
          "[stats][index_table]") {
    const SiteInput site = read_test_site();
    const Figures figures(site, kMunicipalities);
    const IndexTable table =
        index_table(site.catalogue.indexes[0], site.catalogue, figures, kMunicipalities, "0");

    // The country has no rows of its own: its figure sums all seven municipalities, hidden
    // counts included.
    // arbeid_andel 2023: (20 + 29 + 31 + 10 + 12 + 3 + 2) / (25 + 48 + 52 + 25 + 15 + 30 + 25)
    //   = 107 / 220 = 48.64 % -> 49.
    // norsk_andel 2022: (9 + 14 + 10 + 15 + 6 + 12 + 8) / (10 + 20 + 20 + 20 + 12 + 20 + 16)
    //   = 74 / 118 = 62.71 % -> 62.7.
    CHECK(figures.value("arbeid_andel", "0", 2023).value == Approx(100.0 * 107 / 220));
    REQUIRE(table.national.size() == 2);
    CHECK(table.national[0] == 49.0);
    CHECK(table.national[1] == 62.7);
}

TEST_CASE("an index table gives quartile points, scores and ranks", "[stats][index_table]") {
    const SiteInput site = read_test_site();
    const Figures figures(site, kMunicipalities);
    const IndexTable table =
        index_table(site.catalogue.indexes[0], site.catalogue, figures, kMunicipalities, "0");

    // arbeid_andel 2023 points (see above): Aby 4, Bby 3, Cby 3, Dby 1; Eby, Fby, Gby none.
    // norsk_andel 2022, all seven: Aby 90, Dby 75, Bby 70, Fby 60, Cby 50, Eby 50, Gby 50.
    //   Aby (6 + 0.5) / 7 = 92.9 -> 4      Dby (5 + 0.5) / 7 = 78.6 -> 4
    //   Bby (4 + 0.5) / 7 = 64.3 -> 3      Fby (3 + 0.5) / 7 = 50.0 -> 3 (on the boundary: up)
    //   Cby, Eby, Gby (0 + 0.5 * 3) / 7 = 21.4 -> 1
    // Scores, the mean of the points: Aby (4 + 4) / 2 = 4, Bby (3 + 3) / 2 = 3,
    // Cby (3 + 1) / 2 = 2, Dby (1 + 4) / 2 = 2.5.
    // min_share 0.6 of 2 components: at least 2. Eby, Fby and Gby have 1: no score.
    REQUIRE(table.scores.size() == 7);
    const std::vector<std::string> order{"1101", "1102", "1104", "1103", "1105", "1201", "1202"};
    for (std::size_t i = 0; i < order.size(); ++i) CHECK(table.scores[i].area == order[i]);

    const std::vector<std::pair<std::string, double>> expected{
        {"1101", 4.0}, {"1102", 3.0}, {"1104", 2.5}, {"1103", 2.0}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const IndexScore& score = score_of(table, expected[i].first);
        INFO(score.area);
        REQUIRE(score.score);
        CHECK(*score.score == Approx(expected[i].second));
        CHECK(score.rank == static_cast<int>(i) + 1);
        CHECK(score.components_with_data == 2);
        CHECK(score.score);
    }
    CHECK(score_of(table, "1101").component_scores == std::vector<Figure>{4.0, 4.0});
    CHECK(score_of(table, "1103").component_scores == std::vector<Figure>{3.0, 1.0});
    CHECK(score_of(table, "1104").component_scores == std::vector<Figure>{1.0, 4.0});
    CHECK(score_of(table, "1201").component_scores == std::vector<Figure>{std::nullopt, 3.0});
}

TEST_CASE("an index table leaves out municipalities with too few figures", "[stats][index_table]") {
    const SiteInput site = read_test_site();
    const Figures figures(site, kMunicipalities);
    const IndexTable table =
        index_table(site.catalogue.indexes[0], site.catalogue, figures, kMunicipalities, "0");

    // Eby, Fby and Gby have a figure on norsk_andel only: 1 of 2, and 0.6 * 2 rounds up to 2.
    for (const std::string code : {"1105", "1201", "1202"}) {
        const IndexScore& score = score_of(table, code);
        INFO(code);
        CHECK_FALSE(score.score);
        CHECK_FALSE(score.rank);
        CHECK(score.components_with_data == 1);
        CHECK(score.components_with_data == 1);
        CHECK(score.components_required == 2);
    }
}

TEST_CASE("an index table holds each municipality's score a year earlier", "[stats][index_table]") {
    const SiteInput site = read_test_site();
    const Figures figures(site, kMunicipalities);
    const IndexTable table =
        index_table(site.catalogue.indexes[0], site.catalogue, figures, kMunicipalities, "0");

    // One year back: arbeid_andel 2022 and norsk_andel 2021, scored the same way.
    // arbeid_andel 2022, all seven ranked: Dby 80, Bby 70, Cby 60, Aby 50, Eby 40, Fby 30, Gby 20.
    //   Dby 6.5 / 7 = 92.9 -> 4    Bby 5.5 / 7 = 78.6 -> 4    Cby 4.5 / 7 = 64.3 -> 3
    //   Aby 3.5 / 7 = 50 -> 3      Eby 2.5 / 7 = 35.7 -> 2    Fby 1.5 / 7 = 21.4 -> 1
    //   Gby 0.5 / 7 = 7.1 -> 1
    // norsk_andel 2021, six (Fby has no rows): Eby 90, Dby 80, Cby 70, Bby 60, Aby 50, Gby 25.
    //   Eby 5.5 / 6 = 91.7 -> 4    Dby 4.5 / 6 = 75 -> 4      Cby 3.5 / 6 = 58.3 -> 3
    //   Bby 2.5 / 6 = 41.7 -> 2    Aby 1.5 / 6 = 25 -> 2      Gby 0.5 / 6 = 8.3 -> 1
    // Scores: Aby (3 + 2) / 2 = 2.5, Bby (4 + 2) / 2 = 3, Cby (3 + 3) / 2 = 3,
    // Dby (4 + 4) / 2 = 4, Eby (2 + 4) / 2 = 3, Gby (1 + 1) / 2 = 1; Fby has 1 of 2: none.
    CHECK(table.previous_score.size() == 6);
    CHECK(table.previous_score.count("1201") == 0);
    const std::vector<std::pair<std::string, double>> expected{
        {"1101", 2.5}, {"1102", 3.0}, {"1103", 3.0}, {"1104", 4.0}, {"1105", 3.0}, {"1202", 1.0}};
    for (const auto& [code, score] : expected) {
        INFO(code);
        REQUIRE(table.previous_score.count(code) == 1);
        CHECK(table.previous_score.at(code) == Approx(score));
    }
}

}  // namespace kt
