#include "stats/similarity.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

namespace kt {
namespace {

std::vector<std::string> areas_of(const std::vector<Neighbour>& neighbours) {
    std::vector<std::string> out;
    for (const Neighbour& n : neighbours) out.push_back(n.area);
    return out;
}

// Five areas, two attributes.
// A: 1 2 3 4 5         mean 3,  population variance (4 + 1 + 0 + 1 + 4) / 5 = 2
// B: 10 10 20 30 30    mean 20, population variance (100 + 100 + 0 + 100 + 100) / 5 = 80
// A squared standardized difference is (raw difference)^2 / variance.
std::vector<AttributeRow> five_areas() {
    return {
        {"P", {1.0, 10.0}}, {"Q", {2.0, 10.0}}, {"R", {3.0, 20.0}},
        {"S", {4.0, 30.0}}, {"T", {5.0, 30.0}},
    };
}

}  // namespace

TEST_CASE("nearest areas on two standardized attributes", "[stats][similarity]") {
    const SimilarityIndex index(five_areas());
    CHECK(index.usable_attributes() == 2);

    // Target P (1, 10):
    // Q: 1^2/2 + 0^2/80   = 0.5
    // R: 2^2/2 + 10^2/80  = 2 + 1.25 = 3.25
    // S: 3^2/2 + 20^2/80  = 4.5 + 5  = 9.5
    // T: 4^2/2 + 20^2/80  = 8 + 5    = 13
    const auto from_p = index.neighbours("P", 4);
    REQUIRE(areas_of(from_p) == std::vector<std::string>{"Q", "R", "S", "T"});
    CHECK(from_p[0].distance == Approx(std::sqrt(0.5)));
    CHECK(from_p[1].distance == Approx(std::sqrt(3.25)));
    CHECK(from_p[2].distance == Approx(std::sqrt(9.5)));
    CHECK(from_p[3].distance == Approx(std::sqrt(13.0)));

    // k limits the list; the target itself is never returned.
    CHECK(areas_of(index.neighbours("P", 2)) == std::vector<std::string>{"Q", "R"});
    CHECK(index.neighbours("P", 10).size() == 4);
    CHECK(index.neighbours("P", 0).empty());
    CHECK(index.neighbours("X", 3).empty());  // not in the rows
    CHECK(index.contains("P"));
    CHECK_FALSE(index.contains("X"));
}

TEST_CASE("equal distances keep input order", "[stats][similarity]") {
    // Target R (3, 20):
    // Q: 1/2 + 100/80 = 1.75,  S: 1/2 + 100/80 = 1.75  (tie: Q comes first in the input)
    // P: 4/2 + 100/80 = 3.25,  T: 4/2 + 100/80 = 3.25  (tie: P first)
    const auto from_r = nearest_areas(five_areas(), "R", 4);
    REQUIRE(areas_of(from_r) == std::vector<std::string>{"Q", "S", "P", "T"});
    CHECK(from_r[0].distance == from_r[1].distance);  // exact tie, not just close
    CHECK(from_r[2].distance == from_r[3].distance);
    CHECK(from_r[0].distance == Approx(std::sqrt(1.75)));
    CHECK(from_r[2].distance == Approx(std::sqrt(3.25)));

    // Same rows in another order: the tie follows the new order.
    std::vector<AttributeRow> reversed = five_areas();
    std::reverse(reversed.begin(), reversed.end());
    CHECK(areas_of(nearest_areas(reversed, "R", 4)) ==
          std::vector<std::string>{"S", "Q", "T", "P"});
}

TEST_CASE("missing values: standardize over the rows that have them, scale to the full set",
          "[stats][similarity]") {
    // U has A only. A over 6 rows: 1 2 3 4 5 3, mean 18/6 = 3,
    // variance (4 + 1 + 0 + 1 + 4 + 0) / 6 = 5/3, so 1 / variance = 0.6.
    // B over the 5 rows that have it: variance 80 as before.
    std::vector<AttributeRow> rows = five_areas();
    rows.push_back({"U", {3.0, std::nullopt}});

    // Target U shares only A with everyone: d^2 = diff^2 * 0.6, scaled by 2 attributes / 1 shared.
    // R: 0 -> 0;  Q, S: 1 * 0.6 * 2 = 1.2;  P, T: 4 * 0.6 * 2 = 4.8.
    const auto from_u = nearest_areas(rows, "U", 5);
    REQUIRE(areas_of(from_u) == std::vector<std::string>{"R", "Q", "S", "P", "T"});
    CHECK(from_u[0].distance == 0);
    CHECK(from_u[1].distance == Approx(std::sqrt(1.2)));
    CHECK(from_u[2].distance == Approx(std::sqrt(1.2)));
    CHECK(from_u[3].distance == Approx(std::sqrt(4.8)));
    CHECK(from_u[4].distance == Approx(std::sqrt(4.8)));

    // Target R, everyone else has both:
    // Q, S: 1 * 0.6 + 100/80 = 1.85;  P, T: 4 * 0.6 + 1.25 = 3.65.
    // U shares only A (difference 0): distance 0, first unless 2 shared attributes are required.
    const auto from_r = nearest_areas(rows, "R", 5);
    REQUIRE(areas_of(from_r) == std::vector<std::string>{"U", "Q", "S", "P", "T"});
    CHECK(from_r[0].distance == 0);
    CHECK(from_r[1].distance == Approx(std::sqrt(1.85)));
    CHECK(from_r[3].distance == Approx(std::sqrt(3.65)));

    const SimilarityIndex strict(rows, {}, 2);
    CHECK(areas_of(strict.neighbours("R", 5)) == std::vector<std::string>{"Q", "S", "P", "T"});
    CHECK(strict.neighbours("U", 5).empty());

    // An area with no figures at all shares nothing and is nobody's neighbour.
    rows.push_back({"V", {std::nullopt, std::nullopt}});
    CHECK(nearest_areas(rows, "V", 5).empty());
    CHECK(nearest_areas(rows, "P", 10).size() == 5);  // Q R S T U, not V
}

TEST_CASE("attributes with sd 0 are ignored", "[stats][similarity]") {
    // Third attribute constant (7 everywhere), fourth present in one row only: both have sd 0,
    // so the distances are those of the two-attribute case (scale 2 / 2, not 4 / 2).
    std::vector<AttributeRow> rows = five_areas();
    for (AttributeRow& row : rows) {
        row.values.push_back(7.0);
        row.values.push_back(row.area == "P" ? std::optional<double>(42.0) : std::nullopt);
    }
    // Equal non-integers, whose computed mean need not equal them exactly.
    for (AttributeRow& row : rows) row.values.push_back(0.1);

    const SimilarityIndex index(rows);
    CHECK(index.usable_attributes() == 2);
    const auto from_r = index.neighbours("R", 4);
    REQUIRE(areas_of(from_r) == std::vector<std::string>{"Q", "S", "P", "T"});
    CHECK(from_r[0].distance == Approx(std::sqrt(1.75)));
    CHECK(from_r[2].distance == Approx(std::sqrt(3.25)));

    // Nothing varies: no usable attribute, no neighbours.
    const std::vector<AttributeRow> flat = {{"P", {1.0}}, {"Q", {1.0}}, {"R", {1.0}}};
    CHECK(SimilarityIndex(flat).usable_attributes() == 0);
    CHECK(nearest_areas(flat, "P", 2).empty());
}

TEST_CASE("weights per attribute", "[stats][similarity]") {
    // distance^2 = total_attributes * sum_shared(w * d^2) / sum_shared(w).
    // Weights A 4, B 1, target R (both shared, scale 2 / 5 = 0.4):
    // Q, S: (4 * 1/2 + 1 * 100/80) * 0.4 = 3.25 * 0.4 = 1.3;  P, T: (4 * 4/2 + 1.25) * 0.4 = 3.7.
    const auto weighted = nearest_areas(five_areas(), "R", 4, 1, {4.0, 1.0});
    REQUIRE(areas_of(weighted) == std::vector<std::string>{"Q", "S", "P", "T"});
    CHECK(weighted[0].distance == Approx(std::sqrt(1.3)));
    CHECK(weighted[2].distance == Approx(std::sqrt(3.7)));

    // Weights A 1, B 4, target P (scale 0.4): Q: (0.5 + 0) * 0.4 = 0.2;
    // R: (2 + 4 * 1.25) * 0.4 = 2.8;  S: (4.5 + 4 * 5) * 0.4 = 9.8;  T: (8 + 4 * 5) * 0.4 = 11.2.
    const auto from_p = nearest_areas(five_areas(), "P", 4, 1, {1.0, 4.0});
    REQUIRE(areas_of(from_p) == std::vector<std::string>{"Q", "R", "S", "T"});
    CHECK(from_p[0].distance == Approx(std::sqrt(0.2)));
    CHECK(from_p[1].distance == Approx(std::sqrt(2.8)));
    CHECK(from_p[2].distance == Approx(std::sqrt(9.8)));
    CHECK(from_p[3].distance == Approx(std::sqrt(11.2)));

    // Weights decide between areas that differ on different attributes.
    // O (0, 0), X (2, 0), Y (0, 2), Z (2, 2): each attribute has mean 1, variance 1.
    // Target O, unweighted: X: 4, Y: 4 (tie, input order), Z: 4 + 4 = 8.
    // Weights 3, 1 (scale 2 / 4 = 0.5): X: 3 * 4 * 0.5 = 6;  Y: 1 * 4 * 0.5 = 2;  Z: 16 * 0.5 = 8.
    const std::vector<AttributeRow> square = {
        {"O", {0.0, 0.0}}, {"X", {2.0, 0.0}}, {"Y", {0.0, 2.0}}, {"Z", {2.0, 2.0}}};
    CHECK(areas_of(nearest_areas(square, "O", 3)) == std::vector<std::string>{"X", "Y", "Z"});
    const auto leaning = nearest_areas(square, "O", 3, 1, {3.0, 1.0});
    REQUIRE(areas_of(leaning) == std::vector<std::string>{"Y", "X", "Z"});
    CHECK(leaning[0].distance == Approx(std::sqrt(2.0)));
    CHECK(leaning[1].distance == Approx(std::sqrt(6.0)));
    CHECK(leaning[2].distance == Approx(std::sqrt(8.0)));

    // Equal weights change nothing: weights 3, 3 give the unweighted distances.
    const auto equal = nearest_areas(five_areas(), "P", 1, 1, {3.0, 3.0});
    REQUIRE(equal.size() == 1);
    CHECK(equal[0].area == "Q");
    CHECK(equal[0].distance == Approx(std::sqrt(0.5)));

    // With a gap only the shared attributes' weights count. U has A only, weights A 2, B 1:
    // A's 1 / variance = 0.6 (see above); Q: 2 * (2 * 1 * 0.6) / 2 = 1.2, as without weights.
    std::vector<AttributeRow> rows = five_areas();
    rows.push_back({"U", {3.0, std::nullopt}});
    const auto from_u = nearest_areas(rows, "U", 2, 1, {2.0, 1.0});
    REQUIRE(areas_of(from_u) == std::vector<std::string>{"R", "Q"});
    CHECK(from_u[1].distance == Approx(std::sqrt(1.2)));
}

}  // namespace kt
