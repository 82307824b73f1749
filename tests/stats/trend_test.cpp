#include "stats/trend.h"

#include <catch2/catch.hpp>

namespace kt {
namespace {

// Hand arithmetic below: w = 1/variance, x̄ = Σwx/Σw, ȳ = Σwy/Σw, Sxx = Σw(x-x̄)²,
// Sxy = Σw(x-x̄)(y-ȳ), slope = Sxy/Sxx, SE = sqrt(1/Sxx), interval slope ± 1.959963985·SE.
constexpr double tolerance = 1e-9;

TEST_CASE("fit_trend: equal variances give the ordinary least squares slope", "[trend]") {
    // Years 2019, 2020, 2021 (x - 2020 = -1, 0, 1), values 10, 12, 17, variance 4 (w = 0.25).
    // x̄ = 2020, ȳ = 39/3 = 13; Sxx = 0.25·(1 + 0 + 1) = 0.5
    // Sxy = 0.25·((-1)(-3) + 0·(-1) + 1·4) = 0.25·7 = 1.75
    // slope = 1.75/0.5 = 3.5; SE = sqrt(1/0.5) = sqrt(2) = 1.414213562
    // interval 3.5 ± 1.959963985·1.414213562 = 3.5 ± 2.771807649 = [0.728192351, 6.271807649]
    const auto trend = fit_trend({{2019, 10, 4}, {2020, 12, 4}, {2021, 17, 4}});
    REQUIRE(trend);
    CHECK(trend->slope == Approx(3.5).margin(tolerance));
    CHECK(trend->standard_error == Approx(1.4142135623731).margin(tolerance));
    CHECK(trend->interval.low == Approx(0.7281923513006).margin(tolerance));
    CHECK(trend->interval.high == Approx(6.2718076486994).margin(tolerance));
    CHECK(trend->direction == Trend::Direction::rising);
    CHECK(trend->first_year == 2019);
    CHECK(trend->last_year == 2021);
    CHECK(trend->points == 3);
}

TEST_CASE("fit_trend: unequal variances weight the precise years more", "[trend]") {
    // Years 2016..2019 (x = 0, 1, 2, 3 after subtracting 2016; the slope does not change),
    // values 5, 7, 6, 10, variances 1, 2, 4, 1 -> w = 1, 0.5, 0.25, 1; Σw = 2.75 = 11/4.
    // Σwx = 0 + 0.5 + 0.5 + 3 = 4            -> x̄ = 4/2.75 = 16/11
    // Σwy = 5 + 3.5 + 1.5 + 10 = 20          -> ȳ = 20/2.75 = 80/11
    // Σwx² = 0 + 0.5 + 1 + 9 = 10.5;  Sxx = Σwx² - (Σwx)²/Σw = 10.5 - 16/2.75 = 103/22 = 4.681818
    //   (check by deviations -16/11, -5/11, 6/11, 17/11:
    //    (1·256 + 0.5·25 + 0.25·36 + 1·289)/121 = 566.5/121 = 4.681818)
    // Σwxy = 0 + 3.5 + 3 + 30 = 36.5; Sxy = 36.5 - 4·20/2.75 = 36.5 - 320/11 = 163/22 = 7.409091
    // slope = (163/22)/(103/22) = 163/103 = 1.582524272
    // SE = sqrt(22/103) = sqrt(0.213592233) = 0.462160397
    // interval 1.582524272 ± 0.905817734 = [0.676706538, 2.488342006]
    const auto trend = fit_trend({{2016, 5, 1}, {2017, 7, 2}, {2018, 6, 4}, {2019, 10, 1}});
    REQUIRE(trend);
    CHECK(trend->slope == Approx(1.5825242718447).margin(tolerance));
    CHECK(trend->standard_error == Approx(0.4621603974917).margin(tolerance));
    CHECK(trend->interval.low == Approx(0.6767065376802).margin(tolerance));
    CHECK(trend->interval.high == Approx(2.4883420060092).margin(tolerance));
    CHECK(trend->direction == Trend::Direction::rising);
    CHECK(trend->first_year == 2016);
    CHECK(trend->last_year == 2019);
    CHECK(trend->points == 4);
}

TEST_CASE("fit_trend: order of the points does not matter", "[trend]") {
    // Same points as above, shuffled: same sums, same result.
    const auto trend = fit_trend({{2018, 6, 4}, {2016, 5, 1}, {2019, 10, 1}, {2017, 7, 2}});
    REQUIRE(trend);
    CHECK(trend->slope == Approx(163.0 / 103.0).margin(tolerance));
    CHECK(trend->first_year == 2016);
    CHECK(trend->last_year == 2019);
}

TEST_CASE("fit_trend: too few points or a single year give no trend", "[trend]") {
    CHECK_FALSE(fit_trend({}));
    CHECK_FALSE(fit_trend({{2019, 1, 1}}));
    CHECK_FALSE(fit_trend({{2019, 1, 1}, {2020, 2, 1}}));
    CHECK_FALSE(fit_trend({{2019, 1, 1}, {2019, 2, 1}, {2019, 3, 1}}));
}

TEST_CASE("fit_trend: a falling line", "[trend]") {
    // Values 70, 60, 50, 40 over 2016..2019 with variance 24.75 (as in the rising share below):
    // slope -10, SE sqrt(24.75/5) = 2.224859546, interval -10 ± 4.360644581 -> below 0.
    const auto trend =
        fit_trend({{2016, 70, 24.75}, {2017, 60, 24.75}, {2018, 50, 24.75}, {2019, 40, 24.75}});
    REQUIRE(trend);
    CHECK(trend->slope == Approx(-10).margin(tolerance));
    CHECK(trend->interval.high == Approx(-5.6393554189276).margin(tolerance));
    CHECK(trend->direction == Trend::Direction::falling);
}

TEST_CASE("trend of shares: 40, 50, 60, 70 of 100 is a clear rise", "[trend]") {
    // Pooled p = (40+50+60+70)/400 = 220/400 = 0.55
    // variance_i = 100²·0.55·0.45/100 = 10000·0.2475/100 = 24.75 for every year
    // Years 2016..2019, x̄ = 2017.5, deviations -1.5, -0.5, 0.5, 1.5
    // Sxx = (2.25 + 0.25 + 0.25 + 2.25)/24.75 = 5/24.75 = 0.202020
    // Sxy = (-1.5·-15 + -0.5·-5 + 0.5·5 + 1.5·15)/24.75 = 50/24.75 -> slope = 50/5 = 10 points/year
    // SE = sqrt(24.75/5) = sqrt(4.95) = 2.224859546
    // interval 10 ± 1.959963985·2.224859546 = 10 ± 4.360644581 = [5.639355419, 14.360644581]
    const auto points = trend_points(
        Computation::share, {{2016, 40, 100}, {2017, 50, 100}, {2018, 60, 100}, {2019, 70, 100}});
    REQUIRE(points.size() == 4);
    CHECK(points[0].year == 2016);
    CHECK(points[0].value == Approx(40).margin(tolerance));
    CHECK(points[3].value == Approx(70).margin(tolerance));
    for (const TrendPoint& p : points) CHECK(p.variance == Approx(24.75).margin(tolerance));

    const auto trend = fit_trend(points);
    REQUIRE(trend);
    CHECK(trend->slope == Approx(10).margin(tolerance));
    CHECK(trend->standard_error == Approx(2.2248595461287).margin(tolerance));
    CHECK(trend->interval.low == Approx(5.6393554189276).margin(tolerance));
    CHECK(trend->interval.high == Approx(14.3606445810724).margin(tolerance));
    CHECK(trend->direction == Trend::Direction::rising);
}

TEST_CASE("trend of shares: 1/3, 2/4, 1/3 is noise on small numbers", "[trend]") {
    // Pooled p = 4/10 = 0.4; p(1-p) = 0.24
    // variance: 10000·0.24/3 = 800, 10000·0.24/4 = 600, 800 -> w = 3/2400, 4/2400, 3/2400
    // Values 33.33, 50, 33.33 over 2017..2019 (x = 0, 1, 2); Σw = 10/2400 = 1/240
    // x̄ = (0 + 4 + 6)/10 = 1; Sxx = (3·1 + 0 + 3·1)/2400 = 6/2400 = 1/400
    // Sxy = 3/2400·(-1)(33.33 - ȳ) + 3/2400·(1)(33.33 - ȳ) = 0 -> slope 0
    // SE = sqrt(400) = 20 points/year; interval ±1.959963985·20 = ±39.199279691
    const auto points =
        trend_points(Computation::share, {{2017, 1, 3}, {2018, 2, 4}, {2019, 1, 3}});
    REQUIRE(points.size() == 3);
    CHECK(points[0].value == Approx(100.0 / 3).margin(tolerance));
    CHECK(points[1].value == Approx(50).margin(tolerance));
    CHECK(points[0].variance == Approx(800).margin(tolerance));
    CHECK(points[1].variance == Approx(600).margin(tolerance));
    CHECK(points[2].variance == Approx(800).margin(tolerance));

    const auto trend = fit_trend(points);
    REQUIRE(trend);
    CHECK(trend->slope == Approx(0).margin(tolerance));
    CHECK(trend->standard_error == Approx(20).margin(tolerance));
    CHECK(trend->interval.low == Approx(-39.1992796908011).margin(tolerance));
    CHECK(trend->interval.high == Approx(39.1992796908011).margin(tolerance));
    CHECK(trend->direction == Trend::Direction::no_clear_change);
}

TEST_CASE("trend of shares: every year 0 % or every year 100 % is flat and certain", "[trend]") {
    // Pooled p = 0 (or 1): p(1-p) = 0, every variance 0; the figures did not move at all.
    for (const auto& figures :
         {std::vector<YearFigure>{{2017, 0, 5}, {2018, 0, 8}, {2019, 0, 4}},
          std::vector<YearFigure>{{2017, 5, 5}, {2018, 8, 8}, {2019, 4, 4}},
          std::vector<YearFigure>{{2017, 3.7, 3.7}, {2018, 0.1, 0.1}, {2019, 4, 4}}}) {
        const auto points = trend_points(Computation::share, figures);
        REQUIRE(points.size() == 3);
        for (const TrendPoint& p : points) CHECK(p.variance == 0.0);
        const auto trend = fit_trend(points);
        REQUIRE(trend);
        CHECK(trend->slope == 0.0);
        CHECK(trend->standard_error == 0.0);
        CHECK(trend->interval.low == 0.0);
        CHECK(trend->interval.high == 0.0);
        CHECK(trend->direction == Trend::Direction::no_clear_change);
        CHECK(trend->first_year == 2017);
        CHECK(trend->last_year == 2019);
        CHECK(trend->points == 3);
    }
}

TEST_CASE("trend of shares: a single 0 % year still gets a finite weight", "[trend]") {
    // 0/5, 2/5, 3/5: pooled p = 5/15 = 1/3; variance = 10000·(1/3)(2/3)/5 = 10000·(2/9)/5
    //   = 444.444 for every year, including the 0 % one (its own p(1-p) would be 0).
    const auto points =
        trend_points(Computation::share, {{2017, 0, 5}, {2018, 2, 5}, {2019, 3, 5}});
    REQUIRE(points.size() == 3);
    CHECK(points[0].value == 0.0);
    CHECK(points[0].variance == Approx(4000.0 / 9).margin(tolerance));
    // Values 0, 40, 60, equal weights: slope = ((-1)(-33.33) + 0 + 1·26.67)/2 = 60/2 = 30
    // SE = sqrt(444.444/2) = sqrt(222.222) = 14.907120; 30 - 1.959963985·14.907120 = 0.782 > 0.
    const auto trend = fit_trend(points);
    REQUIRE(trend);
    CHECK(trend->slope == Approx(30).margin(tolerance));
    CHECK(trend->standard_error == Approx(14.9071198499986).margin(tolerance));
    CHECK(trend->direction == Trend::Direction::rising);
}

TEST_CASE("an average has no trend test: its variance is not in the data", "[trend]") {
    CHECK(trend_points(Computation::mean, {{2019, 30, 10}, {2020, 40, 10}, {2021, 50, 10},
                                           {2022, 60, 10}})
              .empty());
}

TEST_CASE("trend of counts: Poisson variance from the mean count", "[trend]") {
    // Counts 3, 5, 10: mean 18/3 = 6 -> variance 6 for every year (denominators ignored).
    // x̄ = 2020 (x = -1, 0, 1), ȳ = 6; Sxx = 2/6; Sxy = ((-1)(-3) + 0 + 1·4)/6 = 7/6
    // slope = 7/2 = 3.5; SE = sqrt(6/2) = sqrt(3) = 1.732050808
    // interval 3.5 ± 1.959963985·1.732050808 = 3.5 ± 3.394757202 = [0.105242798, 6.894757202]
    const auto points =
        trend_points(Computation::count, {{2019, 3, 0}, {2020, 5, 0}, {2021, 10, 123}});
    REQUIRE(points.size() == 3);
    CHECK(points[0].value == 3.0);
    CHECK(points[2].value == 10.0);
    for (const TrendPoint& p : points) CHECK(p.variance == Approx(6).margin(tolerance));

    const auto trend = fit_trend(points);
    REQUIRE(trend);
    CHECK(trend->slope == Approx(3.5).margin(tolerance));
    CHECK(trend->standard_error == Approx(1.7320508075689).margin(tolerance));
    CHECK(trend->interval.low == Approx(0.1052427977715).margin(tolerance));
    CHECK(trend->interval.high == Approx(6.8947572022285).margin(tolerance));
    CHECK(trend->direction == Trend::Direction::rising);
}

TEST_CASE("trend of counts: all zero is flat", "[trend]") {
    const auto points =
        trend_points(Computation::count, {{2019, 0, 0}, {2020, 0, 0}, {2021, 0, 0}});
    REQUIRE(points.size() == 3);
    const auto trend = fit_trend(points);
    REQUIRE(trend);
    CHECK(trend->slope == 0.0);
    CHECK(trend->standard_error == 0.0);
    CHECK(trend->direction == Trend::Direction::no_clear_change);
}

TEST_CASE("trend of rates per 1 000: Poisson numerator over the pooled rate", "[trend]") {
    // Numerators 4, 6, 10; denominators 2000, 4000, 4000: r = 20/10000 = 0.002
    // values 1000·4/2000 = 2, 1000·6/4000 = 1.5, 1000·10/4000 = 2.5
    // variance_i = 1000²·0.002/den_i = 2000/den_i = 1, 0.5, 0.5 -> w = 1, 2, 2
    // x = 0, 1, 2: Σw = 5, x̄ = (0 + 2 + 4)/5 = 1.2, ȳ = (2 + 3 + 5)/5 = 2
    // Sxx = 1·1.44 + 2·0.04 + 2·0.64 = 2.8; Sxy = 1·(-1.2)(0) + 2·(-0.2)(-0.5) + 2·(0.8)(0.5) = 1
    // slope = 1/2.8 = 0.357142857; SE = sqrt(1/2.8) = 0.597614305 -> interval contains 0.
    const auto points = trend_points(Computation::rate_per_1000,
                                     {{2019, 4, 2000}, {2020, 6, 4000}, {2021, 10, 4000}});
    REQUIRE(points.size() == 3);
    CHECK(points[0].value == Approx(2).margin(tolerance));
    CHECK(points[1].value == Approx(1.5).margin(tolerance));
    CHECK(points[2].value == Approx(2.5).margin(tolerance));
    CHECK(points[0].variance == Approx(1).margin(tolerance));
    CHECK(points[1].variance == Approx(0.5).margin(tolerance));
    CHECK(points[2].variance == Approx(0.5).margin(tolerance));

    const auto trend = fit_trend(points);
    REQUIRE(trend);
    CHECK(trend->slope == Approx(1 / 2.8).margin(tolerance));
    CHECK(trend->standard_error == Approx(0.5976143046672).margin(tolerance));
    CHECK(trend->direction == Trend::Direction::no_clear_change);
}

TEST_CASE("trend of percent_of: numerator treated as Poisson, may exceed 100 %", "[trend]") {
    // Settled 30, 10, 20 of requested 20, 20, 10: r = 60/50 = 1.2
    // values 150, 50, 200; variance_i = 100²·1.2/den_i = 12000/den_i = 600, 600, 1200
    // (a binomial p(1-p) with p = 1.2 would be negative: that is why percent_of is Poisson)
    const auto points =
        trend_points(Computation::percent_of, {{2019, 30, 20}, {2020, 10, 20}, {2021, 20, 10}});
    REQUIRE(points.size() == 3);
    CHECK(points[0].value == Approx(150).margin(tolerance));
    CHECK(points[1].value == Approx(50).margin(tolerance));
    CHECK(points[2].value == Approx(200).margin(tolerance));
    CHECK(points[0].variance == Approx(600).margin(tolerance));
    CHECK(points[1].variance == Approx(600).margin(tolerance));
    CHECK(points[2].variance == Approx(1200).margin(tolerance));
}

TEST_CASE("trend_points: shares by binomial variance on unequal denominators", "[trend]") {
    // 2/10, 3/10, 5/20: p = 10/40 = 0.25, p(1-p) = 0.1875
    // variance_i = 10000·0.1875/den_i = 1875/den_i = 187.5, 187.5, 93.75; values 20, 30, 25
    const auto points =
        trend_points(Computation::share, {{2019, 2, 10}, {2020, 3, 10}, {2021, 5, 20}});
    REQUIRE(points.size() == 3);
    CHECK(points[2].value == Approx(25).margin(tolerance));
    CHECK(points[0].variance == Approx(187.5).margin(tolerance));
    CHECK(points[1].variance == Approx(187.5).margin(tolerance));
    CHECK(points[2].variance == Approx(93.75).margin(tolerance));
}

TEST_CASE("trend_points: a year with denominator 0 has no value and is left out", "[trend]") {
    // 2018 has nobody in the base: left out, also from the pooling.
    // Remaining 1/4, 3/4: p = 4/8 = 0.5 -> variance 10000·0.25/4 = 625 each.
    const auto points =
        trend_points(Computation::share, {{2017, 1, 4}, {2018, 0, 0}, {2019, 3, 4}});
    REQUIRE(points.size() == 2);
    CHECK(points[0].year == 2017);
    CHECK(points[1].year == 2019);
    CHECK(points[0].variance == Approx(625).margin(tolerance));
    CHECK_FALSE(fit_trend(points));  // two points left: no trend

    CHECK(trend_points(Computation::rate_per_1000, {{2019, 0, 0}}).empty());
    CHECK(trend_points(Computation::share, {}).empty());
}

}  // namespace
}  // namespace kt

namespace kt {

TEST_CASE("trend of counts: years that scatter more than chance widen the interval", "[trend]") {
    // A municipality settles 6, 0, 0, 40, 19 in 2019-2023. Mean 65/5 = 13 = Poisson variance,
    // w = 1/13; x = -2 … 2, ȳ = 13; Sxx = 10/13; Sxy = (14 + 13 + 0 + 27 + 12)/13 = 66/13;
    // slope 6.6. Sampling alone would give SE sqrt(1.3) and 6.6 ± 2.23 ("økende").
    // Fitted -0.2, 6.4, 13, 19.6, 26.2; residuals 6.2, -6.4, -13, 20.4, -7.2; chi² = 716.4/13;
    // dispersion chi²/3 = 18.369; SE = sqrt(18.369 · 1.3) = sqrt(23.88) = 4.886716689;
    // t(3) 3.1824: 6.6 ± 15.551487 = [-8.951487, 22.151487]: no clear development.
    const auto trend = fit_trend(
        trend_points(Computation::count,
                     {{2019, 6, 0}, {2020, 0, 0}, {2021, 0, 0}, {2022, 40, 0}, {2023, 19, 0}}));
    REQUIRE(trend);
    CHECK(trend->slope == Approx(6.6).margin(tolerance));
    CHECK(trend->dispersion == Approx(716.4 / 39).margin(1e-9));
    CHECK(trend->standard_error == Approx(4.886716689148).margin(1e-9));
    CHECK(trend->interval.low == Approx(-8.951487191545).margin(1e-9));
    CHECK(trend->interval.high == Approx(22.151487191545).margin(1e-9));
    CHECK(trend->direction == Trend::Direction::no_clear_change);
}

}  // namespace kt
