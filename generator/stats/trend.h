#pragma once
// The linear trend of an indicator over a run of years, with its uncertainty: weighted least
// squares with known variances, one mechanism for counts, shares and rates. The caller picks
// the years (e.g. the last five with a number); suppressed or missing years are simply absent.
#include <optional>
#include <string>
#include <vector>

#include "model/catalogue.h"
#include "stats/wilson_interval.h"

namespace kt {

class Figures;

struct TrendPoint {
    int year = 0;
    double value = 0;     // in the indicator's unit (percent for a share)
    double variance = 0;  // of `value`
};

struct Trend {
    double slope = 0;           // change per year, in the unit of the values
    double standard_error = 0;  // of the slope
    // How much more the figures scatter around the line than the variances say (Pearson's
    // chi-square over its degrees of freedom); 1 when they scatter no more.
    double dispersion = 1;
    Interval interval;  // 95 %: slope ± z_95 (or Student's t) × standard_error
    int first_year = 0, last_year = 0, points = 0;
    // rising when the interval lies above 0, falling when below, otherwise no_clear_change
    // (0 on a bound counts as no clear change, as in compare_to_reference).
    enum class Direction {
        rising,
        falling,
        no_clear_change
    } direction = Direction::no_clear_change;
};

// Weighted least squares of value on year with weights w = 1/variance:
//   slope = sum w (x - xbar_w)(y - ybar_w) / sum w (x - xbar_w)^2,
//   standard error = sqrt(1 / sum w (x - xbar_w)^2).
// The variances are those of sampling alone (binomial, Poisson). Figures from year to year
// often vary more than that (a municipality settles 6, 0, 0, 40, 19 refugees), so when the
// residuals scatter more than the variances allow, the standard error is scaled by the
// square root of the dispersion, chi² / (n - 2) with chi² = sum w (y - fitted)², and the
// interval uses Student's t with n - 2 degrees of freedom, as a quasi-likelihood fit does. It is
// never narrowed below what sampling alone gives.
// nullopt with fewer than 3 points or when all points have the same year.
// Variance 0 means the value is exact. trend_points gives 0 only when every figure is the same
// 0 % or 100 % (or every count is 0); then the figures did not change at all and the result is
// slope 0, standard error 0, interval [0, 0], no_clear_change. Variances must therefore be either
// all positive or all 0 with equal values; anything else (or a negative or non-finite variance)
// is a programming error: asserted, and nullopt when assertions are off.
std::optional<Trend> fit_trend(const std::vector<TrendPoint>& points);

// One year's numbers for an indicator: for a count the count is the numerator and the
// denominator is ignored.
struct YearFigure {
    int year;
    double numerator;
    double denominator;
};

// Trend points for an indicator computation, with variances under the model of no change:
// the level is pooled over all the figures, so a year with 0 % or 100 % still gets a weight
// (its own binomial variance would be 0 and give it infinite weight), and a test of the slope
// against 0 is a test against exactly that model.
//   share:          value 100 * num / den;  p = sum num / sum den;
//                   variance_i = 100^2 * p (1 - p) / den_i                      (binomial)
//   percent_of:     value 100 * num / den;  r = sum num / sum den;
//                   variance_i = 100^2 * r / den_i        (numerator Poisson; may exceed 100 %)
//   rate_per_1000:  value 1000 * num / den; r = sum num / sum den;
//                   variance_i = 1000^2 * r / den_i                   (numerator Poisson)
//   count:          value num; variance_i = mean of the counts                    (Poisson)
//   mean:           none: an average's variance lies in the persons' own values, which the
//                   data do not give, so it has no trend test.
// A figure whose denominator is 0 (share or rate) has no value (not applicable, as in
// value_from_numbers) and is left out, also from the pooling. Points keep the order of the
// figures. Preconditions (asserted): numerators >= 0, denominators >= 0, and for a share
// numerator <= denominator.
std::vector<TrendPoint> trend_points(Computation computation,
                                     const std::vector<YearFigure>& figures);

// The trend of an area's figures over the `years` years ending in `year`, from the figures
// readers see (a hidden one would be carried by the trend); nullopt with fewer than 4 of them:
// three points leave one degree of freedom for how much the figures scatter, and the interval
// would be some twelve standard errors wide and say nothing.
std::optional<Trend> recent_trend(const Figures& figures, const Indicator& indicator,
                                  const std::string& area, int year, int years = 5);

}  // namespace kt
