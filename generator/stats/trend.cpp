#include "stats/trend.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <iterator>

#include "stats/figures.h"

namespace kt {

namespace {

bool valid_variance(double variance) { return std::isfinite(variance) && variance >= 0; }

Trend::Direction direction_of(const Interval& interval) {
    switch (compare_to_reference(interval, 0)) {
        case Difference::clearly_above:
            return Trend::Direction::rising;
        case Difference::clearly_below:
            return Trend::Direction::falling;
        case Difference::not_clearly_different:
            return Trend::Direction::no_clear_change;
    }
    return Trend::Direction::no_clear_change;
}

// The 97.5 % quantile of Student's t with `df` degrees of freedom; z_95 beyond the table.
double t_975(int df) {
    static constexpr double table[] = {12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646,
                                       2.3060,  2.2622, 2.2281, 2.2010, 2.1788, 2.1604, 2.1448,
                                       2.1314,  2.1199, 2.1098, 2.1009, 2.0930, 2.0860};
    if (df >= 1 && df <= static_cast<int>(std::size(table))) return table[df - 1];
    return z_95;
}

}  // namespace

std::optional<Trend> fit_trend(const std::vector<TrendPoint>& points) {
    if (points.size() < 3) return std::nullopt;
    const auto [first, last] = std::minmax_element(
        points.begin(), points.end(),
        [](const TrendPoint& a, const TrendPoint& b) { return a.year < b.year; });
    if (first->year == last->year) return std::nullopt;

    Trend trend;
    trend.first_year = first->year;
    trend.last_year = last->year;
    trend.points = static_cast<int>(points.size());

    const bool all_valid = std::all_of(points.begin(), points.end(), [](const TrendPoint& p) {
        return valid_variance(p.variance);
    });
    assert(all_valid);
    if (!all_valid) return std::nullopt;

    const auto exact = [](const TrendPoint& p) { return p.variance == 0; };
    if (std::all_of(points.begin(), points.end(), exact)) {
        // Exact figures: only a flat series is consistent with variance 0 everywhere.
        const bool flat = std::all_of(points.begin(), points.end(), [&](const TrendPoint& p) {
            return p.value == points.front().value;
        });
        assert(flat);
        if (!flat) return std::nullopt;
        return trend;  // slope 0, standard error 0, interval [0, 0], no_clear_change
    }
    const bool mixed = std::any_of(points.begin(), points.end(), exact);
    assert(!mixed);
    if (mixed) return std::nullopt;

    // Centre on the weighted means first: years are around 2000, and sums of w·x² would lose
    // the small differences that matter.
    double sum_w = 0, sum_wx = 0, sum_wy = 0;
    for (const TrendPoint& p : points) {
        const double w = 1 / p.variance;
        sum_w += w;
        sum_wx += w * p.year;
        sum_wy += w * p.value;
    }
    const double x_mean = sum_wx / sum_w;
    const double y_mean = sum_wy / sum_w;
    double sxx = 0, sxy = 0;
    for (const TrendPoint& p : points) {
        const double w = 1 / p.variance;
        const double dx = p.year - x_mean;
        sxx += w * dx * dx;
        sxy += w * dx * (p.value - y_mean);
    }

    trend.slope = sxy / sxx;
    double chi_square = 0;
    for (const TrendPoint& p : points) {
        const double fitted = y_mean + trend.slope * (p.year - x_mean);
        chi_square += (p.value - fitted) * (p.value - fitted) / p.variance;
    }
    const int df = trend.points - 2;
    trend.dispersion = df > 0 ? std::max(1.0, chi_square / df) : 1.0;
    const double quantile = trend.dispersion > 1 ? t_975(df) : z_95;
    trend.standard_error = std::sqrt(trend.dispersion / sxx);
    trend.interval = {trend.slope - quantile * trend.standard_error,
                      trend.slope + quantile * trend.standard_error};
    trend.direction = direction_of(trend.interval);
    return trend;
}

std::vector<TrendPoint> trend_points(Computation computation,
                                     const std::vector<YearFigure>& figures) {
    std::vector<YearFigure> usable;
    if (computation == Computation::mean) return {};
    for (const YearFigure& f : figures) {
        assert(f.numerator >= 0);
        if (computation == Computation::count) {
            usable.push_back(f);
            continue;
        }
        assert(f.denominator >= 0);
        assert(computation != Computation::share || f.numerator <= f.denominator);
        if (f.denominator > 0) usable.push_back(f);
    }

    std::vector<TrendPoint> out;
    if (usable.empty()) return out;

    double sum_num = 0, sum_den = 0;
    for (const YearFigure& f : usable) {
        sum_num += f.numerator;
        sum_den += f.denominator;
    }

    // The ratio first, then the scale: a share of num == den is then exactly 100, which the
    // flat case of fit_trend relies on.
    for (const YearFigure& f : usable) {
        TrendPoint point;
        point.year = f.year;
        switch (computation) {
            case Computation::count:
                point.value = f.numerator;
                point.variance = sum_num / static_cast<double>(usable.size());
                break;
            case Computation::share: {
                const double p = sum_num / sum_den;
                point.value = 100 * (f.numerator / f.denominator);
                point.variance = 100.0 * 100.0 * p * (1 - p) / f.denominator;
                break;
            }
            case Computation::percent_of: {
                const double r = sum_num / sum_den;
                point.value = 100 * (f.numerator / f.denominator);
                point.variance = 100.0 * 100.0 * r / f.denominator;
                break;
            }
            case Computation::rate_per_1000: {
                const double r = sum_num / sum_den;
                point.value = 1000 * (f.numerator / f.denominator);
                point.variance = 1000.0 * 1000.0 * r / f.denominator;
                break;
            }
            case Computation::mean:  // returned above
                break;
        }
        out.push_back(point);
    }
    return out;
}

std::optional<Trend> recent_trend(const Figures& figures, const Indicator& indicator,
                                  const std::string& area, int year, int years) {
    if (indicator.computation == Computation::mean) return std::nullopt;  // see trend_points
    std::vector<YearFigure> shown;
    for (int y = year - years + 1; y <= year; ++y) {
        const IndicatorValue& v = figures.value(indicator.id, area, y);
        if (v.has_number()) shown.push_back({y, v.numerator, v.denominator});
    }
    if (shown.size() < 4) return std::nullopt;
    return fit_trend(trend_points(indicator.computation, shown));
}

}  // namespace kt
