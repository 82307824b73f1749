#include "render/sparkline.h"

#include <cmath>

#include "render/svg_chart.h"

namespace kt {

namespace {

constexpr double kWidth = 60, kHeight = 16, kInset = 2;

}  // namespace

std::string render_sparkline(const std::vector<std::optional<double>>& values, double low,
                             double high) {
    const auto drawn = [&](std::size_t i) {
        return i < values.size() && values[i] && std::isfinite(*values[i]);
    };
    std::size_t count = 0;
    for (std::size_t i = 0; i < values.size(); ++i) count += drawn(i);
    if (count == 0) return "";
    const auto x_of = [&](std::size_t i) {
        if (values.size() < 2) return kWidth / 2;
        return kInset + (kWidth - 2 * kInset) * static_cast<double>(i) /
                            static_cast<double>(values.size() - 1);
    };
    const auto y_of = [&](double v) {
        if (!(high > low)) return kHeight / 2;
        return kHeight - kInset - (v - low) / (high - low) * (kHeight - 2 * kInset);
    };
    const auto dot = [&](std::size_t i, const char* r) {
        return "<circle cx=\"" + svg_coordinate(x_of(i)) + "\" cy=\"" +
               svg_coordinate(y_of(*values[i])) + "\" r=\"" + r + "\"/>";
    };
    std::string path, dots;
    std::size_t last = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!drawn(i)) continue;
        const bool joined = i > 0 && drawn(i - 1);
        path += (joined ? "L" : "M") + svg_coordinate(x_of(i)) + " " + svg_coordinate(y_of(*values[i]));
        // A year alone between gaps has no line to sit on: a dot of its own.
        if (!joined && !drawn(i + 1)) dots += dot(i, "1.3");
        last = i;
    }
    return "<svg class=\"spark\" viewBox=\"0 0 60 16\" aria-hidden=\"true\"><path d=\"" +
           path + "\"/>" + dots + dot(last, "1.8") + "</svg>";
}

}  // namespace kt
