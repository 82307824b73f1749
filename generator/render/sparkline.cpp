#include "render/sparkline.h"

#include <cmath>

#include "render/svg_chart.h"

namespace kt {

namespace {

constexpr double kWidth = 60, kHeight = 16, kInset = 2;

}  // namespace

std::string render_sparkline(const std::vector<std::optional<double>>& values, double low,
                             double high) {
    std::size_t drawn = 0;
    for (const auto& v : values) drawn += v && std::isfinite(*v);
    if (drawn < 2 || values.size() < 2) return "";
    const auto x_of = [&](std::size_t i) {
        return kInset + (kWidth - 2 * kInset) * static_cast<double>(i) /
                            static_cast<double>(values.size() - 1);
    };
    const auto y_of = [&](double v) {
        if (!(high > low)) return kHeight / 2;
        return kHeight - kInset - (v - low) / (high - low) * (kHeight - 2 * kInset);
    };
    std::string path, last;
    bool joined = false;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i] || !std::isfinite(*values[i])) {
            joined = false;
            continue;
        }
        const std::string point = svg_coordinate(x_of(i)) + " " + svg_coordinate(y_of(*values[i]));
        path += (joined ? "L" : "M") + point;
        joined = true;
        last = "<circle cx=\"" + svg_coordinate(x_of(i)) + "\" cy=\"" +
               svg_coordinate(y_of(*values[i])) + "\" r=\"1.8\"/>";
    }
    return "<svg class=\"spark\" viewBox=\"0 0 60 16\" aria-hidden=\"true\" focusable=\"false\"><path d=\"" +
           path + "\"/>" + last + "</svg>";
}

}  // namespace kt
