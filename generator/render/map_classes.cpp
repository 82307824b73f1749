#include "render/map_classes.h"

#include <algorithm>
#include <cmath>

namespace kt {

double shown_value(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

namespace {

// Rounds to `decimals`, or to two significant digits when that is coarser (23 456 -> 23 000).
double round_break(double value, int decimals) {
    if (value == 0) return 0;
    const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(value))));
    const int significant = std::min(decimals, 1 - magnitude);
    const double scale = std::pow(10.0, significant);
    return std::round(value * scale) / scale;
}

}  // namespace

std::vector<double> quantile_breaks(std::vector<double> values, int classes, int decimals) {
    std::vector<double> breaks;
    values.erase(std::remove_if(values.begin(), values.end(),
                                [](double v) { return !std::isfinite(v); }),
                 values.end());
    if (values.size() < 2 || classes < 2) return breaks;
    std::sort(values.begin(), values.end());
    const double lowest = values.front(), highest = values.back();
    for (int k = 1; k < classes; ++k) {
        // The value at quantile k / classes (the lower of the two around it).
        const auto at = static_cast<std::size_t>(
            std::floor(static_cast<double>(k) * static_cast<double>(values.size()) / classes));
        const double b = round_break(values[std::min(at, values.size() - 1)], decimals);
        if (b > lowest && b <= highest && (breaks.empty() || b > breaks.back()))
            breaks.push_back(b);
    }
    return breaks;
}

int class_of(double value, const std::vector<double>& breaks) {
    return static_cast<int>(std::upper_bound(breaks.begin(), breaks.end(), value) -
                            breaks.begin());
}

}  // namespace kt
