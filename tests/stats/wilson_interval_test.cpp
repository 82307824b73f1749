#include "stats/wilson_interval.h"

#include <catch2/catch.hpp>

namespace kt {
namespace {

// Hand arithmetic below uses z = 1.959963984540054, z² = 3.841458820694125, and
//   centre = (p + z²/2n) / (1 + z²/n),  half = z / (1 + z²/n) · sqrt(p(1-p)/n + z²/4n²).
constexpr double tolerance = 1e-9;

TEST_CASE("wilson_interval: 0 of 10 has low exactly 0 and high z²/(n+z²)", "[wilson]") {
    // p = 0: centre = (z²/20)/(1 + z²/10) = 0.192072941/1.384145882 = 0.138766400
    //        half = z/1.384145882 · sqrt(z²/400) = z²/20 / 1.384145882 = 0.138766400 (= centre)
    // high = 2 · 0.138766400 = z²/(10 + z²) = 3.841458821/13.841458821 = 0.277532800
    const Interval i = wilson_interval(0, 10);
    CHECK(i.low == 0.0);
    CHECK(i.high == Approx(0.2775327998629).margin(tolerance));
}

TEST_CASE("wilson_interval: 10 of 10 has high exactly 1 and low n/(n+z²)", "[wilson]") {
    // p = 1: centre = 1.192072941/1.384145882 = 0.861233600, half = 0.138766400 (as for 0/10)
    // low = 0.861233600 - 0.138766400 = 10/13.841458821 = 0.722467200
    const Interval i = wilson_interval(10, 10);
    CHECK(i.high == 1.0);
    CHECK(i.low == Approx(0.7224672001371).margin(tolerance));
}

TEST_CASE("wilson_interval: 5 of 10 is centred on one half", "[wilson]") {
    // p = 0.5: centre = (0.5 + 0.192072941)/1.384145882 = 0.5
    // sqrt(0.25/10 + z²/400) = sqrt(0.025 + 0.009603647) = sqrt(0.034603647) = 0.186020555
    // half = 1.959963985/1.384145882 · 0.186020555 = 1.416009 · 0.186020555 = 0.263406909
    const Interval i = wilson_interval(5, 10);
    CHECK(i.low == Approx(0.2365930905126).margin(tolerance));
    CHECK(i.high == Approx(0.7634069094874).margin(tolerance));
}

TEST_CASE("wilson_interval: 63 of 100 (the national 2017 result as if n were 100)", "[wilson]") {
    // p = 0.63, 1 + z²/100 = 1.038414588
    // centre = (0.63 + 0.019207294)/1.038414588 = 0.649207294/1.038414588 = 0.625190845
    // sqrt(0.63·0.37/100 + z²/40000) = sqrt(0.002331 + 0.000096036) = sqrt(0.002427036)
    //   = 0.049264962
    // half = 1.959963985/1.038414588 · 0.049264962 = 1.887458 · 0.049264962 = 0.092985549
    const Interval i = wilson_interval(63, 100);
    CHECK(i.low == Approx(0.5322052958094).margin(tolerance));
    CHECK(i.high == Approx(0.7181763946568).margin(tolerance));
}

TEST_CASE("wilson_interval: 1 of 3, a tiny cohort, gives a wide interval", "[wilson]") {
    // p = 1/3, 1 + z²/3 = 2.280486274
    // centre = (0.333333333 + z²/6)/2.280486274 = (0.333333333 + 0.640243137)/2.280486274
    //        = 0.973576470/2.280486274 = 0.426916172
    // sqrt((1/3)(2/3)/3 + z²/36) = sqrt(0.074074074 + 0.106707189) = sqrt(0.180781264)
    //   = 0.425183800
    // half = 1.959963985/2.280486274 · 0.425183800 = 0.859450 · 0.425183800 = 0.365424227
    const Interval i = wilson_interval(1, 3);
    CHECK(i.low == Approx(0.0614919447204).margin(tolerance));
    CHECK(i.high == Approx(0.7923403991980).margin(tolerance));
}

TEST_CASE("wilson_interval: z = 0 collapses to the point estimate", "[wilson]") {
    // z = 0: centre = p / 1 = 0.3, half = 0.
    const Interval i = wilson_interval(3, 10, 0);
    CHECK(i.low == Approx(0.3).margin(1e-15));
    CHECK(i.high == Approx(0.3).margin(1e-15));
}

TEST_CASE("wilson_interval: k/n and (n-k)/n mirror each other around one half", "[wilson]") {
    // Swapping successes and failures maps p to 1-p, so [low, high] maps to [1-high, 1-low].
    for (const auto& [k, n] : {std::pair{0, 10}, std::pair{1, 3}, std::pair{3, 10},
                               std::pair{63, 100}, std::pair{17, 40}}) {
        const Interval a = wilson_interval(k, n);
        const Interval b = wilson_interval(n - k, n);
        CHECK(a.low == Approx(1 - b.high).margin(1e-12));
        CHECK(a.high == Approx(1 - b.low).margin(1e-12));
    }
}

TEST_CASE("wilson_interval: more trials at the same share give a narrower, nested interval",
          "[wilson]") {
    // 3/10 by hand: centre = 0.492072941/1.384145882 = 0.355506560,
    //   half = 1.416009 · sqrt(0.021 + 0.009603647) = 1.416009 · 0.174938981 = 0.247715293
    //   -> [0.107791267, 0.603221853]
    const Interval ten = wilson_interval(3, 10);
    CHECK(ten.low == Approx(0.1077912674063).margin(tolerance));
    CHECK(ten.high == Approx(0.6032218525389).margin(tolerance));

    Interval previous = ten;
    for (const int n : {20, 50, 100, 1000, 100000}) {
        const Interval next = wilson_interval(0.3 * n, n);
        CHECK(next.high - next.low < previous.high - previous.low);
        CHECK(next.low > previous.low);
        CHECK(next.high < previous.high);
        CHECK(next.low < 0.3);
        CHECK(next.high > 0.3);
        previous = next;
    }
}

TEST_CASE("wilson_interval: bounds stay between 0 and 1", "[wilson]") {
    for (const auto& [k, n] : {std::pair{0, 1}, std::pair{1, 1}, std::pair{1, 2},
                               std::pair{0, 1000000}, std::pair{1000000, 1000000}}) {
        const Interval i = wilson_interval(k, n);
        CHECK(i.low >= 0.0);
        CHECK(i.high <= 1.0);
        CHECK(i.low <= i.high);
    }
}

TEST_CASE("compare_to_reference: a reference on a bound is not a clear difference", "[wilson]") {
    const Interval i{0.40, 0.60};
    CHECK(compare_to_reference(i, 0.39) == Difference::clearly_above);
    CHECK(compare_to_reference(i, 0.40) == Difference::not_clearly_different);
    CHECK(compare_to_reference(i, 0.50) == Difference::not_clearly_different);
    CHECK(compare_to_reference(i, 0.60) == Difference::not_clearly_different);
    CHECK(compare_to_reference(i, 0.61) == Difference::clearly_below);
}

TEST_CASE("compare_to_reference: a municipality against the national 63 %", "[wilson]") {
    // 63/100 gives [0.532, 0.718] (above), so 0.63 lies inside it.
    CHECK(compare_to_reference(wilson_interval(63, 100), 0.63) ==
          Difference::not_clearly_different);
    // 10/10 gives [0.722, 1]: 0.63 < 0.722 -> the municipality is clearly above the country.
    CHECK(compare_to_reference(wilson_interval(10, 10), 0.63) == Difference::clearly_above);
    // 0/10 gives [0, 0.278]: 0.63 > 0.278 -> clearly below.
    CHECK(compare_to_reference(wilson_interval(0, 10), 0.63) == Difference::clearly_below);
    // 1/3 gives [0.061, 0.792]: even 33 % against 63 % is not a clear difference on 3 persons.
    CHECK(compare_to_reference(wilson_interval(1, 3), 0.63) == Difference::not_clearly_different);
}

}  // namespace
}  // namespace kt
