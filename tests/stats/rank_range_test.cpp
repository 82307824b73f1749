#include "stats/rank_range.h"

#include <catch2/catch.hpp>

namespace kt {
namespace {

Indicator indicator(Computation computation, bool higher_is_better) {
    Indicator ind;
    ind.id = "x";
    ind.computation = computation;
    ind.numerator = "a";
    if (computation != Computation::count) ind.denominator = "b";
    ind.higher_is_better = higher_is_better;
    return ind;
}

std::vector<RankEntry> ranked(const Indicator& ind,
                              const std::vector<std::pair<double, double>>& figures) {
    std::vector<std::pair<std::string, IndicatorValue>> values;
    for (const auto& [numerator, denominator] : figures)
        values.emplace_back(std::to_string(values.size()),
                            value_from_numbers(ind, numerator, denominator));
    std::vector<RankEntry> entries = rank_areas(ind, values);
    rank_ranges(ind, entries);
    return entries;
}

const RankRange& range_of(const std::vector<RankEntry>& entries, const std::string& area) {
    for (const RankEntry& e : entries)
        if (e.area == area) return *e.plausible;
    FAIL("no entry " << area);
    throw;
}

}  // namespace

TEST_CASE("plausible places come from the figures' intervals", "[stats][rank_range]") {
    // Shares of 100 with Wilson intervals: 90 % [82.56, 94.48], 50 % [40.38, 59.62],
    // 10 % [5.52, 17.44], 60 % [50.20, 69.06]. Places 1 (90), 2 (60), 3 (50), 4 (10).
    // 90 %: nobody's low above 94.48, three highs below 82.56 -> 1-1.
    // 60 %: 90 %'s low 82.56 > 69.06 -> best 2; 10 %'s high 17.44 < 50.20 -> worst 4 - 1 = 3.
    // 50 %: best 2 likewise (82.56 > 59.62; 60 %'s low 50.20 is not above 59.62); worst 3.
    // 10 %: three lows above 17.44 -> 4-4.
    const Indicator share = indicator(Computation::share, true);
    const auto entries = ranked(share, {{90, 100}, {50, 100}, {10, 100}, {60, 100}});
    CHECK(range_of(entries, "0").best == 1);
    CHECK(range_of(entries, "0").worst == 1);
    CHECK(range_of(entries, "3").best == 2);
    CHECK(range_of(entries, "3").worst == 3);
    CHECK(range_of(entries, "1").best == 2);
    CHECK(range_of(entries, "1").worst == 3);
    CHECK(range_of(entries, "2").best == 4);
    CHECK(range_of(entries, "2").worst == 4);
}

TEST_CASE("plausible places of counts, lowest first", "[stats][rank_range]") {
    // Counts with Poisson intervals: 0 [0, 3.69], 4 [0.08, 7.92], 25 [15.20, 34.80],
    // 100 [80.40, 119.60]; lower is better. 0 and 4 overlap: each could be 1st or 2nd.
    const Indicator count = indicator(Computation::count, false);
    const auto entries = ranked(count, {{100, 0}, {25, 0}, {4, 0}, {0, 0}});
    CHECK(range_of(entries, "3").best == 1);
    CHECK(range_of(entries, "3").worst == 2);
    CHECK(range_of(entries, "2").best == 1);
    CHECK(range_of(entries, "2").worst == 2);
    CHECK(range_of(entries, "1").best == 3);
    CHECK(range_of(entries, "1").worst == 3);
    CHECK(range_of(entries, "0").best == 4);
}

TEST_CASE("an indicator without a direction has no plausible places", "[stats][rank_range]") {
    Indicator plain = indicator(Computation::share, true);
    plain.higher_is_better.reset();
    for (const RankEntry& e : ranked(plain, {{1, 10}, {5, 10}})) CHECK_FALSE(e.plausible);
}

}  // namespace kt
