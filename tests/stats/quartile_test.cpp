#include "stats/quartile.h"

#include <catch2/catch.hpp>

namespace kt {

TEST_CASE("quartile_of puts a percentile on a boundary in the upper quartile",
          "[stats][quartile]") {
    CHECK(quartile_of(0) == 1);
    CHECK(quartile_of(24.999) == 1);
    CHECK(quartile_of(25) == 2);
    CHECK(quartile_of(49.999) == 2);
    CHECK(quartile_of(50) == 3);
    CHECK(quartile_of(74.999) == 3);
    CHECK(quartile_of(75) == 4);
    CHECK(quartile_of(100) == 4);
}

TEST_CASE("quartile_of a ranking entry", "[stats][quartile]") {
    RankEntry ranked;
    ranked.rank = 1;
    ranked.percentile = 87.5;  // best of 4 distinct
    CHECK(quartile_of(ranked) == 4);

    RankEntry unranked;
    unranked.exclusion = RankExclusion::small_denominator;
    CHECK_FALSE(quartile_of(unranked).has_value());
}

TEST_CASE("quartiles_of distinct values", "[stats][quartile]") {
    // 4 values: percentiles 100 * (i + 0.5) / 4 = 12.5, 37.5, 62.5, 87.5 from the worst.
    CHECK(quartiles_of({10, 20, 30, 40}, true) == std::vector<int>{1, 2, 3, 4});
    CHECK(quartiles_of({10, 20, 30, 40}, false) == std::vector<int>{4, 3, 2, 1});
    CHECK(quartiles_of({30, 10, 40, 20}, true) == std::vector<int>{3, 1, 4, 2});  // order kept

    // 8 values: 6.25, 18.75, 31.25, 43.75, 56.25, 68.75, 81.25, 93.75.
    CHECK(quartiles_of({1, 2, 3, 4, 5, 6, 7, 8}, true) == std::vector<int>{1, 1, 2, 2, 3, 3, 4, 4});

    // 2 values: 100 * 0.5 / 2 = 25 -> 2 (boundary), 100 * 1.5 / 2 = 75 -> 4 (boundary).
    CHECK(quartiles_of({1, 2}, true) == std::vector<int>{2, 4});
    // 6 values: 8.33 -> 1, 25 -> 2, 41.67 -> 2, 58.33 -> 3, 75 -> 4, 91.67 -> 4.
    CHECK(quartiles_of({1, 2, 3, 4, 5, 6}, true) == std::vector<int>{1, 2, 2, 3, 4, 4});
    // 1 value: 100 * 0.5 / 1 = 50 -> 3.
    CHECK(quartiles_of({7}, true) == std::vector<int>{3});
    CHECK(quartiles_of({}, true).empty());
}

TEST_CASE("quartiles_of tied values share a quartile", "[stats][quartile]") {
    // All equal: worse 0, same 4 -> 100 * 2 / 4 = 50 -> 3.
    CHECK(quartiles_of({5, 5, 5, 5}, true) == std::vector<int>{3, 3, 3, 3});
    CHECK(quartiles_of({5, 5, 5, 5}, false) == std::vector<int>{3, 3, 3, 3});

    // 1: 100 * 0.5 / 4 = 12.5 -> 1; the 2s: 100 * (1 + 1) / 4 = 50 -> 3; 3: 87.5 -> 4.
    CHECK(quartiles_of({1, 2, 2, 3}, true) == std::vector<int>{1, 3, 3, 4});

    // 8 values with a tie exactly on the 25 boundary:
    // 10: 0.5 / 8 = 6.25 -> 1;  20, 20: (1 + 1) / 8 = 25 -> 2;  30: 3.5 / 8 = 43.75 -> 2;
    // 40: 4.5 / 8 = 56.25 -> 3;  50: 5.5 / 8 = 68.75 -> 3;  60: 81.25 -> 4;  70: 93.75 -> 4.
    CHECK(quartiles_of({10, 20, 20, 30, 40, 50, 60, 70}, true) ==
          std::vector<int>{1, 2, 2, 2, 3, 3, 4, 4});
    // Lower is better, same values: 70: 6.25 -> 1;  60: 18.75 -> 1;  50: 31.25 -> 2;
    // 40: 43.75 -> 2;  30: 56.25 -> 3;  20, 20: worse 5, same 2 -> 6 / 8 = 75 -> 4;
    // 10: 93.75 -> 4.
    CHECK(quartiles_of({10, 20, 20, 30, 40, 50, 60, 70}, false) ==
          std::vector<int>{4, 4, 4, 3, 2, 2, 1, 1});
}

TEST_CASE("QuartileScale gives the quartile a figure would get in place of an area's own",
          "[stats][quartile]") {
    const QuartileScale scale({10, 20, 30, 40}, true);
    // As quartiles_of for the values themselves.
    CHECK(scale.quartile_if(10, 10) == 1);
    CHECK(scale.quartile_if(40, 40) == 4);
    // 10 rising to 35: others 20, 30 worse, 40 better -> (2 + 0.5) / 4 = 62.5 -> 3.
    CHECK(scale.quartile_if(10, 35) == 3);
    // 10 rising to 40: ties with 40 -> (2 + 1) / 4 = 75 -> 4 (boundary goes up).
    CHECK(scale.quartile_if(10, 40) == 4);
    // 40 falling to 5: nobody worse -> 0.5 / 4 = 12.5 -> 1.
    CHECK(scale.quartile_if(40, 5) == 1);
    // Lower is better: 40 falling to 15 -> worse are 20, 30 -> (2 + 0.5) / 4 = 62.5 -> 3.
    CHECK(QuartileScale({10, 20, 30, 40}, false).quartile_if(40, 15) == 3);
    // Ties among the others stay counted when the own value leaves them.
    CHECK(QuartileScale({5, 5, 5, 5}, true).quartile_if(5, 6) == 4);  // (3 + 0.5) / 4
}

}  // namespace kt
