#include "stats/linear_bounds.h"

#include <catch2/catch.hpp>

namespace kt {
namespace {

constexpr double inf = LinearSystem::unbounded;

ValueRange only_range(const LinearSystem& system, std::size_t unknown) {
    auto ranges = linear_bounds(system, {unknown});
    REQUIRE(ranges);
    return ranges->front();
}

}  // namespace

TEST_CASE("A 2 x 2 table with its margins published leaves each cell a range",
          "[stats][linear_bounds]") {
    //      a  b | 5        a = 1, b = 4, c = 6, d = 3: every cell hidden, margins shown.
    //      c  d | 9        b = 5 - a, c = 7 - a, d = 2 + a, so 0 <= a <= 5 (b >= 0).
    //      7  7
    LinearSystem s;
    const auto a = s.add_unknown(0, inf), b = s.add_unknown(0, inf), c = s.add_unknown(0, inf),
               d = s.add_unknown(0, inf);
    s.add_equation({{a}, {b}}, 5);
    s.add_equation({{c}, {d}}, 9);
    s.add_equation({{a}, {c}}, 7);
    s.add_equation({{b}, {d}}, 7);
    const ValueRange ra = only_range(s, a);
    CHECK(ra.low == 0);
    CHECK(ra.high == 5);
    const ValueRange rd = only_range(s, d);
    CHECK(rd.low == 2);
    CHECK(rd.high == 7);
}

TEST_CASE("Two small counts hidden in a sum of 2 are both 1", "[stats][linear_bounds]") {
    // Each is known to be 1-4 ("færre enn 5"); their sum, 2, pins both.
    LinearSystem s;
    const auto x = s.add_unknown(1, 4), y = s.add_unknown(1, 4);
    s.add_equation({{x}, {y}}, 2);
    const auto ranges = linear_bounds(s, {x, y});
    REQUIRE(ranges);
    CHECK((*ranges)[0].low == 1);
    CHECK((*ranges)[0].high == 1);
    CHECK((*ranges)[1].high == 1);
}

TEST_CASE("A chain of three overlapping sums pins what no single sum does",
          "[stats][linear_bounds]") {
    // x + y = 10, y + z = 10, x + z = 6: alone each leaves a range, together x = 3.
    LinearSystem s;
    const auto x = s.add_unknown(0, inf), y = s.add_unknown(0, inf), z = s.add_unknown(0, inf);
    s.add_equation({{x}, {y}}, 10);
    s.add_equation({{y}, {z}}, 10);
    s.add_equation({{x}, {z}}, 6);
    const ValueRange r = only_range(s, x);
    CHECK(r.low == 3);
    CHECK(r.high == 3);
}

TEST_CASE("Inequalities narrow too: a part can be no larger than its whole",
          "[stats][linear_bounds]") {
    // Numerator x of a share with denominator 3: x <= 3 although x alone is 1-4.
    LinearSystem s;
    const auto x = s.add_unknown(1, 4);
    s.add_at_most({{x}}, 3);
    CHECK(only_range(s, x).high == 3);
}

TEST_CASE("Differences leave a value without an upper bound", "[stats][linear_bounds]") {
    LinearSystem s;
    const auto x = s.add_unknown(0, inf), y = s.add_unknown(0, inf);
    s.add_equation({{x, 1}, {y, -1}}, 3);  // x - y = 3
    const ValueRange r = only_range(s, x);
    CHECK(r.low == 3);
    CHECK(r.high == inf);
}

TEST_CASE("Unrelated groups are solved apart and keep their own ranges", "[stats][linear_bounds]") {
    LinearSystem s;
    const auto a = s.add_unknown(0, inf), b = s.add_unknown(0, inf);
    const auto c = s.add_unknown(1, 4), d = s.add_unknown(0, inf);
    s.add_equation({{a}, {b}}, 8);
    s.add_equation({{c}, {d}}, 5);
    const auto ranges = linear_bounds(s, {c, a});
    REQUIRE(ranges);
    CHECK((*ranges)[0].low == 1);
    CHECK((*ranges)[0].high == 4);
    CHECK((*ranges)[1].low == 0);
    CHECK((*ranges)[1].high == 8);
}

TEST_CASE("Contradicting constraints are reported", "[stats][linear_bounds]") {
    LinearSystem s;
    const auto x = s.add_unknown(0, inf), y = s.add_unknown(0, inf);
    s.add_equation({{x}, {y}}, 2);
    s.add_equation({{x}}, 5);
    CHECK_FALSE(linear_bounds(s, {y}));
}

}  // namespace kt
