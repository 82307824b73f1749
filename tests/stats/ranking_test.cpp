#include "stats/ranking.h"

#include <catch2/catch.hpp>

namespace kt {
namespace {

using Values = std::vector<std::pair<std::string, IndicatorValue>>;

IndicatorValue share_value(double value, double denominator) {
    IndicatorValue v;
    v.status = ValueStatus::present;
    v.value = value;
    v.numerator = value * denominator / 100;
    v.denominator = denominator;
    return v;
}

IndicatorValue missing_value(ValueStatus status) {
    IndicatorValue v;
    v.status = status;
    return v;
}

Indicator share_indicator(int decimals, std::optional<bool> higher_is_better) {
    Indicator ind;
    ind.id = "arbeid-utdanning";
    ind.computation = Computation::share;
    ind.numerator = "i_arbeid";
    ind.denominator = "avsluttet";
    ind.decimals = decimals;
    ind.higher_is_better = higher_is_better;
    return ind;
}

std::vector<std::string> areas_of(const std::vector<RankEntry>& entries) {
    std::vector<std::string> out;
    for (const RankEntry& e : entries) out.push_back(e.area);
    return out;
}

}  // namespace

TEST_CASE("round_to_decimals rounds half away from zero on the decimal digits",
          "[stats][ranking]") {
    CHECK(round_to_decimals(63.44, 1) == 63.4);
    CHECK(round_to_decimals(63.41, 1) == 63.4);
    CHECK(round_to_decimals(63.45, 1) == 63.5);  // binary value is 63.4499999...
    CHECK(round_to_decimals(1.005, 2) == 1.01);  // binary value is 1.00499999...
    CHECK(round_to_decimals(2.5, 0) == 3);
    CHECK(round_to_decimals(0.5, 0) == 1);
    CHECK(round_to_decimals(-2.5, 0) == -3);
    CHECK(round_to_decimals(-63.45, 1) == -63.5);
    CHECK(round_to_decimals(9.95, 1) == 10.0);
    CHECK(round_to_decimals(99.96, 1) == 100.0);
    CHECK(round_to_decimals(999.5, 0) == 1000);
    CHECK(round_to_decimals(0.04, 1) == 0.0);
    CHECK(round_to_decimals(12, 0) == 12);
    CHECK(round_to_decimals(4822, 0) == 4822);
    CHECK(round_to_decimals(100.0 * 63 / 104, 1) == 60.6);  // 60.5769...
    CHECK(round_to_decimals(100.0 * 63 / 104, 0) == 61);
    CHECK(round_to_decimals(100.0 * 83 / 144, 2) == 57.64);  // 57.6388...
    CHECK(round_to_decimals(3.3, 3) == 3.3);                 // fewer digits than asked: unchanged
}

TEST_CASE("ranks highest first with shared ranks for ties after rounding", "[stats][ranking]") {
    // 63.44 and 63.41 both show as 63,4, so they share rank 2 and the next is 4.
    const Values values = {
        {"1001", share_value(63.41, 100)},
        {"1002", share_value(50.0, 100)},
        {"1003", share_value(70.0, 100)},
        {"1004", share_value(63.44, 100)},
    };
    const auto ranked = rank_areas(share_indicator(1, true), values);
    REQUIRE(ranked.size() == 4);
    CHECK(areas_of(ranked) == std::vector<std::string>{"1003", "1001", "1004", "1002"});
    CHECK(ranked[0].rank == 1);
    CHECK(ranked[1].rank == 2);
    CHECK(ranked[2].rank == 2);
    CHECK(ranked[3].rank == 4);
    for (const RankEntry& e : ranked) CHECK(e.exclusion == RankExclusion::none);

    // Mid-rank percentile: 100 * (worse + 0.5 * same, itself included) / 4.
    CHECK(*ranked[0].percentile == Approx(87.5));  // (3 + 0.5) / 4
    CHECK(*ranked[1].percentile == Approx(50.0));  // (1 + 1.0) / 4
    CHECK(*ranked[2].percentile == Approx(50.0));
    CHECK(*ranked[3].percentile == Approx(12.5));  // (0 + 0.5) / 4
    // The value itself is kept unrounded.
    CHECK(ranked[1].value.value == 63.41);
}

TEST_CASE("ties are not created when the shown figures differ", "[stats][ranking]") {
    // 63.44 -> 63,4 and 63.45 -> 63,5 with one decimal.
    const Values values = {{"1001", share_value(63.44, 100)}, {"1002", share_value(63.45, 100)}};
    const auto ranked = rank_areas(share_indicator(1, true), values);
    CHECK(areas_of(ranked) == std::vector<std::string>{"1002", "1001"});
    CHECK(ranked[0].rank == 1);
    CHECK(ranked[1].rank == 2);
    CHECK(*ranked[0].percentile == Approx(75.0));  // (1 + 0.5) / 2
    CHECK(*ranked[1].percentile == Approx(25.0));  // (0 + 0.5) / 2
}

TEST_CASE("lower is better ranks lowest first", "[stats][ranking]") {
    const Values values = {
        {"1001", share_value(30, 100)},
        {"1002", share_value(10, 100)},
        {"1003", share_value(20, 100)},
    };
    const auto ranked = rank_areas(share_indicator(0, false), values);
    CHECK(areas_of(ranked) == std::vector<std::string>{"1002", "1003", "1001"});
    CHECK(ranked[0].rank == 1);
    CHECK(ranked[1].rank == 2);
    CHECK(ranked[2].rank == 3);
    CHECK(*ranked[0].percentile == Approx(100.0 * 2.5 / 3));  // 83.33
    CHECK(*ranked[1].percentile == Approx(50.0));
    CHECK(*ranked[2].percentile == Approx(100.0 * 0.5 / 3));  // 16.67
}

TEST_CASE("no direction lists highest first without ranks", "[stats][ranking]") {
    const Values values = {{"1001", share_value(10, 100)},
                           {"1002", share_value(20, 100)},
                           {"1003", IndicatorValue{}}};
    const auto listed = rank_areas(share_indicator(0, std::nullopt), values);
    CHECK(areas_of(listed) == std::vector<std::string>{"1002", "1001", "1003"});
    CHECK_FALSE(listed[0].rank);
    CHECK_FALSE(listed[0].percentile);
    CHECK(listed[0].exclusion == RankExclusion::none);
    CHECK(listed[2].exclusion == RankExclusion::no_figure);
}

TEST_CASE("small denominators and missing figures are listed unranked with a reason",
          "[stats][ranking]") {
    Indicator ind = share_indicator(1, true);
    ind.min_denominator = 10;
    const Values values = {
        {"1001", share_value(90, 8)},  // too few
        {"1002", missing_value(ValueStatus::suppressed)},
        {"1003", share_value(40, 10)},  // exactly the minimum
        {"1004", missing_value(ValueStatus::not_available)},
        {"1005", share_value(60, 200)},
        {"1006", missing_value(ValueStatus::not_yet_available)},
        {"1007", missing_value(ValueStatus::not_applicable)},
    };
    const auto ranked = rank_areas(ind, values);
    CHECK(areas_of(ranked) ==
          std::vector<std::string>{"1005", "1003", "1001", "1002", "1004", "1006", "1007"});
    CHECK(ranked[0].rank == 1);
    CHECK(ranked[1].rank == 2);
    CHECK(*ranked[0].percentile == Approx(75.0));  // two ranked: (1 + 0.5) / 2
    CHECK(*ranked[1].percentile == Approx(25.0));
    for (std::size_t i = 2; i < ranked.size(); ++i) {
        CHECK_FALSE(ranked[i].rank.has_value());
        CHECK_FALSE(ranked[i].percentile.has_value());
        CHECK(ranked[i].exclusion == (i == 2 ? RankExclusion::small_denominator
                                             : RankExclusion::no_figure));
    }
    CHECK(ranked[2].value.value == 90);  // still shown, just not ranked
    CHECK(ranked[3].value.status == ValueStatus::suppressed);
}

TEST_CASE("the minimum denominator is inclusive", "[stats][ranking]") {
    Indicator ind = share_indicator(1, true);
    ind.min_denominator = 1000;
    CHECK(rank_exclusion(ind, share_value(5, 999)) == RankExclusion::small_denominator);
    CHECK(rank_exclusion(ind, share_value(5, 1000)) == RankExclusion::none);
}

TEST_CASE("a count is ranked whatever its size", "[stats][ranking]") {
    Indicator ind;
    ind.computation = Computation::count;
    ind.numerator = "bosatte";
    ind.min_denominator = 10;  // has no meaning for a count
    ind.higher_is_better = true;
    IndicatorValue three;
    three.status = ValueStatus::present;
    three.value = three.numerator = 3;
    IndicatorValue five = three;
    five.value = five.numerator = 5;
    const auto ranked = rank_areas(ind, {{"1001", three}, {"1002", five}});
    CHECK(areas_of(ranked) == std::vector<std::string>{"1002", "1001"});
    CHECK(ranked[1].rank == 2);
}

TEST_CASE("edge sizes: none and one", "[stats][ranking]") {
    CHECK(rank_areas(share_indicator(1, true), {}).empty());
    const auto one = rank_areas(share_indicator(1, true), {{"1001", share_value(5, 100)}});
    REQUIRE(one.size() == 1);
    CHECK(one[0].rank == 1);
    CHECK(*one[0].percentile == Approx(50.0));
    // All tied: everyone first, everyone at the middle.
    const auto tied = rank_areas(share_indicator(0, true), {{"1001", share_value(20.4, 100)},
                                                            {"1002", share_value(19.6, 100)},
                                                            {"1003", share_value(20.0, 100)}});
    for (const RankEntry& e : tied) {
        CHECK(e.rank == 1);
        CHECK(*e.percentile == Approx(50.0));
    }
    CHECK(areas_of(tied) == std::vector<std::string>{"1001", "1002", "1003"});
}

}  // namespace kt
