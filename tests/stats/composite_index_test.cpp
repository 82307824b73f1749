#include "stats/composite_index.h"

#include <catch2/catch.hpp>

namespace kt {
namespace {

using std::nullopt;

std::vector<std::string> areas_of(const std::vector<IndexScore>& scores) {
    std::vector<std::string> out;
    for (const IndexScore& s : scores) out.push_back(s.area);
    return out;
}

std::vector<std::optional<int>> ranks_of(const std::vector<IndexScore>& scores) {
    std::vector<std::optional<int>> out;
    for (const IndexScore& s : scores) out.push_back(s.rank);
    return out;
}

const IndexScore& score_of(const std::vector<IndexScore>& scores, const std::string& area) {
    for (const IndexScore& s : scores)
        if (s.area == area) return s;
    FAIL("no score for " << area);
    return scores.front();
}

// Eight areas, three components, for quartile points.
//        C1 (higher better)  C2 (lower better)  C3 (higher better)
//   A         10                   -                  -
//   B         20                   4                  -
//   C         20                   3                  1
//   D         30                   2                  2
//   E         40                   1                  3
//   F         50                   8                  4
//   G         60                   7                  5
//   H         70                   6                  6
//
// Points by mid-rank percentile 100 * (worse + 0.5 * same) / n, 4 from 75 up, 3 from 50, 2 from 25:
// C1 (8 figures): A 0.5/8 = 6.25 -> 1;  B, C (1 + 1)/8 = 25 -> 2;  D 3.5/8 = 43.75 -> 2;
//   E 56.25 -> 3;  F 68.75 -> 3;  G 81.25 -> 4;  H 93.75 -> 4.
// C2 (7 figures, lowest best; from the worst F 8, G 7, H 6, B 4, C 3, D 2, E 1):
//   F 0.5/7 = 7.1 -> 1;  G 1.5/7 = 21.4 -> 1;  H 2.5/7 = 35.7 -> 2;  B 3.5/7 = 50 -> 3;
//   C 4.5/7 = 64.3 -> 3;  D 5.5/7 = 78.6 -> 4;  E 6.5/7 = 92.9 -> 4.
// C3 (6 figures): C 0.5/6 = 8.3 -> 1;  D 1.5/6 = 25 -> 2;  E 2.5/6 = 41.7 -> 2;  F 58.3 -> 3;
//   G 4.5/6 = 75 -> 4;  H 91.7 -> 4.
std::vector<IndexInput> points_areas() {
    return {
        {"A", {10.0, nullopt, nullopt}}, {"B", {20.0, 4.0, nullopt}}, {"C", {20.0, 3.0, 1.0}},
        {"D", {30.0, 2.0, 2.0}},         {"E", {40.0, 1.0, 3.0}},     {"F", {50.0, 8.0, 4.0}},
        {"G", {60.0, 7.0, 5.0}},         {"H", {70.0, 6.0, 6.0}},
    };
}

std::vector<IndexComponent> points_components(double w1, double w2, double w3) {
    return {{"c1", true, w1}, {"c2", false, w2}, {"c3", true, w3}};
}

}  // namespace

TEST_CASE("quartile points: per-component points", "[stats][composite_index]") {
    const auto scores = composite_index(IndexMethod::quartile_points, points_components(1, 1, 1),
                                        points_areas(), 0.6);
    using P = std::vector<std::optional<double>>;
    CHECK(score_of(scores, "A").component_scores == P{1.0, nullopt, nullopt});
    CHECK(score_of(scores, "B").component_scores == P{2.0, 3.0, nullopt});
    CHECK(score_of(scores, "C").component_scores == P{2.0, 3.0, 1.0});
    CHECK(score_of(scores, "D").component_scores == P{2.0, 4.0, 2.0});
    CHECK(score_of(scores, "E").component_scores == P{3.0, 4.0, 2.0});
    CHECK(score_of(scores, "F").component_scores == P{3.0, 1.0, 3.0});
    CHECK(score_of(scores, "G").component_scores == P{4.0, 1.0, 4.0});
    CHECK(score_of(scores, "H").component_scores == P{4.0, 2.0, 4.0});
}

TEST_CASE("quartile points: unweighted mean, ties, the 60 % rule", "[stats][composite_index]") {
    const auto scores = composite_index(IndexMethod::quartile_points, points_components(1, 1, 1),
                                        points_areas(), 0.6);
    // 60 % of 3 = 1.8 -> at least 2 components. A has 1: left out.
    // B (2 + 3)/2 = 2.5;  C (2 + 3 + 1)/3 = 2;  D (2 + 4 + 2)/3 = 2.67;  E (3 + 4 + 2)/3 = 3;
    // F (3 + 1 + 3)/3 = 2.33;  G (4 + 1 + 4)/3 = 3;  H (4 + 2 + 4)/3 = 3.33.
    // Ranks: H 1; E, G 2 (tie, input order); D 4; B 5; F 6; C 7.
    REQUIRE(areas_of(scores) == std::vector<std::string>{"H", "E", "G", "D", "B", "F", "C", "A"});
    CHECK(ranks_of(scores) == std::vector<std::optional<int>>{1, 2, 2, 4, 5, 6, 7, nullopt});
    CHECK(*scores[0].score == Approx(10.0 / 3));
    CHECK(*scores[1].score == Approx(3.0));
    CHECK(*scores[3].score == Approx(8.0 / 3));
    CHECK(*scores[4].score == Approx(2.5));
    CHECK(*scores[5].score == Approx(7.0 / 3));
    CHECK(*scores[6].score == Approx(2.0));
    CHECK(scores[0].score);
    CHECK(scores[4].components_with_data == 2);

    const IndexScore& a = scores[7];
    CHECK_FALSE(a.score.has_value());
    CHECK_FALSE(a.rank.has_value());
    CHECK(a.components_with_data == 1);
    CHECK(a.components_with_data == 1);
    CHECK(a.components_required == 2);
    CHECK_FALSE(a.score);
}

TEST_CASE("quartile points: weights", "[stats][composite_index]") {
    // Weights 2, 1, 1; mean over the components the area has:
    // B (2*2 + 3)/3 = 2.33;  C (2*2 + 3 + 1)/4 = 2;  D (2*2 + 4 + 2)/4 = 2.5;
    // E (2*3 + 4 + 2)/4 = 3;  F (2*3 + 1 + 3)/4 = 2.5;  G (2*4 + 1 + 4)/4 = 3.25;
    // H (2*4 + 2 + 4)/4 = 3.5.
    // Ranks: H 1, G 2, E 3, D 4, F 4 (tie), B 6, C 7.
    const auto scores = composite_index(IndexMethod::quartile_points, points_components(2, 1, 1),
                                        points_areas(), 0.6);
    REQUIRE(areas_of(scores) == std::vector<std::string>{"H", "G", "E", "D", "F", "B", "C", "A"});
    CHECK(ranks_of(scores) == std::vector<std::optional<int>>{1, 2, 3, 4, 4, 6, 7, nullopt});
    CHECK(*scores[0].score == Approx(3.5));
    CHECK(*scores[1].score == Approx(3.25));
    CHECK(*scores[5].score == Approx(7.0 / 3));
}

TEST_CASE("quartile points: the required share of components", "[stats][composite_index]") {
    // All three required: B (2 of 3) is left out as well; the rest keep their order.
    const auto all = composite_index(IndexMethod::quartile_points, points_components(1, 1, 1),
                                     points_areas(), 1.0);
    REQUIRE(areas_of(all) == std::vector<std::string>{"H", "E", "G", "D", "F", "C", "A", "B"});
    CHECK(ranks_of(all) == std::vector<std::optional<int>>{1, 2, 2, 4, 5, 6, nullopt, nullopt});
    CHECK(all[7].components_with_data == 2);
    CHECK(all[7].components_required == 3);
    CHECK_FALSE(all[7].score);

    // No share required: still at least one component; A scores its single point, 1.
    const auto any = composite_index(IndexMethod::quartile_points, points_components(1, 1, 1),
                                     points_areas(), 0.0);
    REQUIRE(areas_of(any) == std::vector<std::string>{"H", "E", "G", "D", "B", "F", "C", "A"});
    CHECK(any[7].rank == 8);
    CHECK(*any[7].score == 1.0);

    // Five components at 60 %: 3 needed. P has 5, Q 3, R 2, S none.
    // Each component has two figures, 1 and 2: percentiles 25 -> 2 and 75 -> 4.
    // P: 2 on all five -> 2;  Q: higher figure on its three -> 4.
    std::vector<IndexComponent> five;
    for (int i = 0; i < 5; ++i) five.push_back({"c" + std::to_string(i), true});
    const std::vector<IndexInput> areas = {
        {"P", {1.0, 1.0, 1.0, 1.0, 1.0}},
        {"Q", {2.0, 2.0, 2.0, nullopt, nullopt}},
        {"R", {nullopt, nullopt, nullopt, 2.0, 2.0}},
        {"S", {nullopt, nullopt, nullopt, nullopt, nullopt}},
    };
    const auto scores = composite_index(IndexMethod::quartile_points, five, areas, 0.6);
    REQUIRE(areas_of(scores) == std::vector<std::string>{"Q", "P", "R", "S"});
    CHECK(ranks_of(scores) == std::vector<std::optional<int>>{1, 2, nullopt, nullopt});
    CHECK(*scores[0].score == 4.0);
    CHECK(*scores[1].score == 2.0);
    CHECK(scores[2].components_with_data == 2);
    CHECK(scores[2].components_with_data == 2);
    CHECK(scores[2].components_required == 3);
    CHECK_FALSE(scores[2].score);
    CHECK(scores[3].components_with_data == 0);
    CHECK(scores[3].components_with_data == 0);
    CHECK_FALSE(scores[3].score);
}

TEST_CASE("ranks tie on the score rounded to 2 decimals", "[stats][composite_index]") {
    // C1 (weight 1): W 1, X 5, Y 5, Z 0 -> X, Y (2 + 1)/4 = 75 -> 4;  W 1.5/4 = 37.5 -> 2;
    //   Z 12.5 -> 1.
    // C2 (weight 0.001): W 1, X 2, Y -, Z 10 -> Z 2.5/3 = 83.3 -> 4;  X 1.5/3 = 50 -> 3;
    //   W 0.5/3 = 16.7 -> 1.
    // X (4 + 0.003)/1.001 = 3.999001 -> 4.00;  Y 4 -> 4.00 (tie, though Y is higher unrounded);
    // W (2 + 0.001)/1.001 = 1.999001 -> 2.00;  Z (1 + 0.004)/1.001 = 1.002997 -> 1.00.
    const std::vector<IndexComponent> components = {{"c1", true, 1}, {"c2", true, 0.001}};
    const std::vector<IndexInput> areas = {
        {"W", {1.0, 1.0}}, {"X", {5.0, 2.0}}, {"Y", {5.0, nullopt}}, {"Z", {0.0, 10.0}}};
    const auto scores = composite_index(IndexMethod::quartile_points, components, areas, 0.5);
    REQUIRE(areas_of(scores) == std::vector<std::string>{"X", "Y", "W", "Z"});
    CHECK(ranks_of(scores) == std::vector<std::optional<int>>{1, 1, 3, 4});
    CHECK(*scores[0].score == Approx(4.003 / 1.001));
    CHECK(*scores[0].score < *scores[1].score);
    CHECK(*scores[2].score == Approx(2.001 / 1.001));
    CHECK(*scores[3].score == Approx(1.004 / 1.001));
}

namespace {

// Eight areas, three components, for grades.
//        C1 higher better    C2 lower better    C3 higher better
//        national 50, w 1    national 4, w 1    national 60, w 2
//   A         50                  5.0                 68
//   B         78.5                 -                   -
//   C         21.5                1.7                 47
//   D         41.5                4.0                 39
//   E         46.5                3.7                  -
//   F         55                  9.6                 81
//   G         58.5                5.6                 60
//   H         58.5                5.0                 73
//
// Anchors: percentile p of n sorted figures at position (n - 1) * p, interpolated.
// C1 sorted 21.5 41.5 46.5 50 55 58.5 58.5 78.5 (n 8):
//   worst = 2.5 %: position 0.175 -> 21.5 + 0.175 * 20 = 25
//   best = 97.5 %: position 6.825 -> 58.5 + 0.825 * 20 = 75
//   above 50: 3.5 + 2.5 * (v - 50)/25 = 3.5 + 0.1 (v - 50);  below: 3.5 - 0.1 (50 - v)
//   A 3.5 (national);  B 6.35 -> 6;  C 0.65 -> 1;  D 2.65;  E 3.15;  F 4.0;  G, H 4.35
// C2 sorted 1.7 3.7 4.0 5.0 5.0 5.6 9.6 (n 7), lowest best:
//   best = 2.5 %: position 0.15 -> 1.7 + 0.15 * 2 = 2.0
//   worst = 97.5 %: position 5.85 -> 5.6 + 0.85 * 4 = 9.0
//   below 4 (better): 3.5 + 2.5 * (4 - v)/2 = 3.5 + 1.25 (4 - v);  above: 3.5 - 0.5 (v - 4)
//   A 3.0;  C 6.375 -> 6;  D 3.5 (national);  E 3.875;  F 0.7 -> 1;  G 2.7;  H 3.0
// C3 sorted 39 47 60 68 73 81 (n 6):
//   worst = position 0.125 -> 39 + 0.125 * 8 = 40;  best = position 4.875 -> 73 + 0.875 * 8 = 80
//   above 60: 3.5 + 0.125 (v - 60);  below: 3.5 - 0.125 (60 - v)
//   A 4.5;  C 1.875;  D 0.875 -> 1;  F 6.125 -> 6;  G 3.5 (national);  H 5.125
std::vector<IndexInput> grade_areas() {
    return {
        {"A", {50.0, 5.0, 68.0}}, {"B", {78.5, nullopt, nullopt}}, {"C", {21.5, 1.7, 47.0}},
        {"D", {41.5, 4.0, 39.0}}, {"E", {46.5, 3.7, nullopt}},     {"F", {55.0, 9.6, 81.0}},
        {"G", {58.5, 5.6, 60.0}}, {"H", {58.5, 5.0, 73.0}},
    };
}

std::vector<IndexComponent> grade_components() {
    return {{"c1", true, 1, 50}, {"c2", false, 1, 4}, {"c3", true, 2, 60}};
}

}  // namespace

TEST_CASE("grade scales: anchors at the 2.5 and 97.5 percentiles", "[stats][composite_index]") {
    const auto components = grade_components();
    const GradeScale c1 = grade_scale(components[0], {50, 78.5, 21.5, 41.5, 46.5, 55, 58.5, 58.5});
    CHECK(c1.higher_is_better);
    CHECK(c1.national == 50);
    CHECK(c1.worst == Approx(25));
    CHECK(c1.best == Approx(75));

    const GradeScale c2 = grade_scale(components[1], {5.0, 1.7, 4.0, 3.7, 9.6, 5.6, 5.0});
    CHECK_FALSE(c2.higher_is_better);
    CHECK(c2.best == Approx(2.0));
    CHECK(c2.worst == Approx(9.0));

    const GradeScale c3 = grade_scale(components[2], {68, 47, 39, 81, 60, 73});
    CHECK(c3.worst == Approx(40));
    CHECK(c3.best == Approx(80));

    // Exactly at the national value: 3.5, in either direction.
    CHECK(grade_of(50, c1) == 3.5);
    CHECK(grade_of(4.0, c2) == 3.5);
    // On an anchor: 6 and 1; beyond: clamped.
    CHECK(grade_of(75, c1) == Approx(6));
    CHECK(grade_of(25, c1) == Approx(1));
    CHECK(grade_of(1000, c1) == 6);
    CHECK(grade_of(-1000, c1) == 1);
    CHECK(grade_of(62.5, c1) == Approx(4.75));  // 3.5 + 2.5 * 12.5/25
    CHECK(grade_of(3.0, c2) == Approx(4.75));   // 3.5 + 2.5 * 1/2
    CHECK(grade_of(6.5, c2) == Approx(2.25));   // 3.5 - 2.5 * 2.5/5
    CHECK(grade_of(0.5, c2) == 6);
    CHECK(grade_of(20, c2) == 1);
}

TEST_CASE("grade scales when the national value lies outside the trimmed range",
          "[stats][composite_index]") {
    const std::vector<double> one_to_eight = {1, 2, 3, 4, 5, 6, 7, 8};

    // 97.5 % = 7 + 0.825 = 7.825 is below the national 7.9: the best figure, 8, is the anchor.
    // 2.5 % = 1 + 0.175 = 1.175.
    // 8 -> 3.5 + 2.5 * 0.1/0.1 = 6;  7.95 -> 3.5 + 2.5 * 0.05/0.1 = 4.75.
    const GradeScale high = grade_scale({"x", true, 1, 7.9}, one_to_eight);
    CHECK(high.best == 8);
    CHECK(high.worst == Approx(1.175));
    CHECK(grade_of(8, high) == Approx(6));
    CHECK(grade_of(7.95, high) == Approx(4.75));

    // Lower is better, national 1.1: 2.5 % = 1.175 is not below it; the lowest figure, 1, is.
    const GradeScale low = grade_scale({"x", false, 1, 1.1}, one_to_eight);
    CHECK(low.best == 1);
    CHECK(low.worst == Approx(7.825));
    CHECK(grade_of(1, low) == Approx(6));

    // Nobody above the national 10: no upper side (best = national); a figure above would get 6.
    // Worst: 2.5 % of 1 2 3 4 = 1 + 3 * 0.025 * 1 = 1.075;  4 -> 3.5 - 2.5 * 6/8.925.
    const GradeScale above_all = grade_scale({"x", true, 1, 10}, {1, 2, 3, 4});
    CHECK(above_all.best == 10);
    CHECK(above_all.worst == Approx(1.075));
    CHECK(grade_of(4, above_all) == Approx(3.5 - 2.5 * 6 / 8.925));
    CHECK(grade_of(11, above_all) == 6);

    // Everybody at the national value: 3.5 for all.
    const GradeScale flat = grade_scale({"x", true, 1, 5}, {5, 5, 5});
    CHECK(flat.best == 5);
    CHECK(flat.worst == 5);
    CHECK(grade_of(5, flat) == 3.5);

    // No figures: both anchors at the national value.
    const GradeScale none = grade_scale({"x", true, 1, 5}, {});
    CHECK(none.best == 5);
    CHECK(none.worst == 5);
}

TEST_CASE("grades: weighted mean, clamping, national value, ties, the 60 % rule",
          "[stats][composite_index]") {
    const auto scores =
        composite_index(IndexMethod::grades, grade_components(), grade_areas(), 0.6);

    // Per-component grades (see grade_areas).
    const IndexScore& a = score_of(scores, "A");
    REQUIRE(a.component_scores.size() == 3);
    CHECK(*a.component_scores[0] == 3.5);  // exactly the national value
    CHECK(*a.component_scores[1] == Approx(3.0));
    CHECK(*a.component_scores[2] == Approx(4.5));
    CHECK(*score_of(scores, "B").component_scores[0] == 6);    // 6.35 clamped
    CHECK(*score_of(scores, "C").component_scores[0] == 1);    // 0.65 clamped
    CHECK(*score_of(scores, "C").component_scores[1] == 6);    // 6.375 clamped, lower is better
    CHECK(*score_of(scores, "D").component_scores[1] == 3.5);  // national, lower is better
    CHECK(*score_of(scores, "E").component_scores[1] == Approx(3.875));
    CHECK(*score_of(scores, "F").component_scores[1] == 1);  // 0.7 clamped
    CHECK(*score_of(scores, "G").component_scores[2] == 3.5);
    CHECK(*score_of(scores, "H").component_scores[2] == Approx(5.125));

    // Weights 1, 1, 2 over the components each area has:
    // A (3.5 + 3.0 + 2 * 4.5)/4 = 3.875;  C (1 + 6 + 2 * 1.875)/4 = 2.6875;
    // D (2.65 + 3.5 + 2 * 1)/4 = 2.0375;  E (3.15 + 3.875)/2 = 3.5125;
    // F (4 + 1 + 2 * 6)/4 = 4.25;  G (4.35 + 2.7 + 2 * 3.5)/4 = 3.5125;
    // H (4.35 + 3.0 + 2 * 5.125)/4 = 4.4;  B has 1 of 3 (2 needed): left out.
    // Ranks: H 1, F 2, A 3, E and G 4 (3.51 both), C 6, D 7.
    REQUIRE(areas_of(scores) == std::vector<std::string>{"H", "F", "A", "E", "G", "C", "D", "B"});
    CHECK(ranks_of(scores) == std::vector<std::optional<int>>{1, 2, 3, 4, 4, 6, 7, nullopt});
    CHECK(*scores[0].score == Approx(4.4));
    CHECK(*scores[1].score == Approx(4.25));
    CHECK(*scores[2].score == Approx(3.875));
    CHECK(*scores[3].score == Approx(3.5125));
    CHECK(*scores[4].score == Approx(3.5125));
    CHECK(*scores[5].score == Approx(2.6875));
    CHECK(*scores[6].score == Approx(2.0375));
    CHECK(scores[3].components_with_data == 2);
    CHECK_FALSE(scores[7].score.has_value());
    CHECK(scores[7].components_with_data == 1);
    CHECK(scores[7].components_required == 2);
    CHECK_FALSE(scores[7].score);
}

TEST_CASE("an area at the national value on every component scores 3.5",
          "[stats][composite_index]") {
    // Grades of N: 50, 4.0, 60 -> 3.5 each, whatever the weights.
    std::vector<IndexInput> areas = grade_areas();
    areas.push_back({"N", {50.0, 4.0, 60.0}});
    const auto scores = composite_index(IndexMethod::grades, grade_components(), areas, 0.6);
    CHECK(*score_of(scores, "N").score == 3.5);
}

TEST_CASE("composite index edge cases", "[stats][composite_index]") {
    CHECK(composite_index(IndexMethod::grades, grade_components(), {}, 0.6).empty());
    CHECK(composite_index(IndexMethod::quartile_points, grade_components(), {}, 0.6).empty());

    // One component: a lone figure has percentile 50 -> 3 points; at the national value -> 3.5.
    const std::vector<IndexComponent> one = {{"c1", true, 1, 7}};
    const std::vector<IndexInput> areas = {{"K", {7.0}}, {"L", {nullopt}}};
    const auto points = composite_index(IndexMethod::quartile_points, one, areas, 0.6);
    REQUIRE(points.size() == 2);
    CHECK(points[0].score == 3.0);
    CHECK(points[0].rank == 1);
    CHECK(points[1].components_with_data == 0);
    CHECK_FALSE(points[1].score);
    const auto grades = composite_index(IndexMethod::grades, one, areas, 0.6);
    CHECK(grades[0].score == 3.5);
}

TEST_CASE("index_rank_ranges: a ranked area's places follow its figures' intervals",
          "[stats][composite_index]") {
    const std::vector<IndexComponent> components = {{"a", true, 1, 0}};
    // Four areas; W's figure is uncertain enough to reach from the worst to the best quarter.
    const std::vector<IndexInput> areas = {{"W", {20}}, {"X", {10}}, {"Y", {30}}, {"Z", {40}}};
    const std::vector<std::vector<std::optional<Interval>>> intervals = {
        {Interval{5, 45}}, {Interval{9, 11}}, {Interval{29, 31}}, {nullopt}};
    std::vector<IndexScore> scores =
        composite_index(IndexMethod::quartile_points, components, areas, 0.6);
    index_rank_ranges(IndexMethod::quartile_points, components, areas, intervals, scores);
    // Points: X 1, W 2, Y 3, Z 4. W at 5 would get 1, at 45 would get 4: it ranges 1-4 and
    // overlaps everybody. X, Y keep their quarter; Z is exact.
    CHECK(score_of(scores, "W").plausible->best == 1);
    CHECK(score_of(scores, "W").plausible->worst == 4);
    // X (1 point) is clearly behind Y and Z, but not behind W.
    CHECK(score_of(scores, "X").plausible->best == 3);
    CHECK(score_of(scores, "X").plausible->worst == 4);
    // Z (4 points) is clearly ahead of X and Y only.
    CHECK(score_of(scores, "Z").plausible->best == 1);
    CHECK(score_of(scores, "Z").plausible->worst == 2);
    for (const IndexScore& score : scores) {
        REQUIRE(score.rank);
        CHECK(score.plausible->best <= *score.rank);
        CHECK(*score.rank <= score.plausible->worst);
    }
}

TEST_CASE("index_rank_ranges leaves unranked areas without places", "[stats][composite_index]") {
    const std::vector<IndexComponent> components = {{"a", true, 1, 50}, {"b", true, 1, 50}};
    const std::vector<IndexInput> areas = {{"A", {60, 40}}, {"B", {nullopt, nullopt}}};
    const std::vector<std::vector<std::optional<Interval>>> intervals = {
        {Interval{55, 65}, Interval{35, 45}}, {nullopt, nullopt}};
    std::vector<IndexScore> scores = composite_index(IndexMethod::grades, components, areas, 0.6);
    index_rank_ranges(IndexMethod::grades, components, areas, intervals, scores);
    CHECK(score_of(scores, "A").plausible->best == 1);
    CHECK(score_of(scores, "A").plausible->worst == 1);
    CHECK_FALSE(score_of(scores, "B").plausible);
}

}  // namespace kt
