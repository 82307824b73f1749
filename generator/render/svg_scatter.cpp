#include "render/svg_scatter.h"

#include <algorithm>
#include <cmath>

#include "render/html_escape.h"
#include "render/number_format.h"
#include "render/svg_chart.h"

namespace kt {

namespace {

constexpr double kWidth = 440;
constexpr double kLeft = 52, kRight = 424;  // the plot, a square


}  // namespace

double scatter_height(const ScatterChart& chart) {
    const SvgFrame frame(chart, {kWidth, 15, 12, 70}, "scatter");
    return frame.header_height() + (kRight - kLeft) + 40 + frame.footer_height();
}

std::string render_scatter(const ScatterChart& chart) {
    double low = INFINITY, high = -INFINITY;
    for (const ScatterPoint& p : chart.points) {
        low = std::min({low, p.x, p.y});
        high = std::max({high, p.x, p.y});
    }
    const AxisScale scale = chart.points.empty() ? AxisScale{0, 1, 0.2} : nice_value_range(low, high);
    const SvgFrame frame(chart, {kWidth, 15, 12, 70}, "scatter");
    const double top = frame.header_height();
    const double side = kRight - kLeft;
    const double bottom = top + side;
    const auto x_of = [&](double v) { return kLeft + (v - scale.min) / (scale.max - scale.min) * side; };
    const auto y_of = [&](double v) { return bottom - (v - scale.min) / (scale.max - scale.min) * side; };
    const double height = scatter_height(chart);
    std::string out = frame.open(height, ".g{stroke:#e3e6ea;fill:none}.x{stroke:#5b6670;fill:none}"
                                         ".e{stroke:#1b1f24;stroke-dasharray:5 4;fill:none}"
                                         ".p circle{fill:#2f6fa3;fill-opacity:.6;stroke:#fff;stroke-width:.5}");
    // Grid, axes and ticks: one path each.
    std::string grid, axis = "M" + svg_coordinate(kLeft) + " " + svg_coordinate(top) + "V" +
                             svg_coordinate(bottom) + "H" + svg_coordinate(kRight);
    std::string labels;
    const int decimals = step_decimals(scale.step);
    const int steps = static_cast<int>(std::lround((scale.max - scale.min) / scale.step));
    for (int k = 0; k <= steps; ++k) {
        const double v = scale.min + k * scale.step;
        const std::string tx = svg_coordinate(x_of(v)), ty = svg_coordinate(y_of(v));
        grid += "M" + tx + " " + svg_coordinate(top) + "V" + svg_coordinate(bottom) + "M" +
                svg_coordinate(kLeft) + " " + ty + "H" + svg_coordinate(kRight);
        axis += "M" + tx + " " + svg_coordinate(bottom) + "v4M" + svg_coordinate(kLeft) + " " + ty + "h-4";
        const std::string text = escape_html(format_number(v, decimals));
        labels += "<text x=\"" + tx + "\" y=\"" + svg_coordinate(bottom + 17) +
                  "\" text-anchor=\"middle\">" + text + "</text>";
        labels += "<text x=\"" + svg_coordinate(kLeft - 7) + "\" y=\"" + svg_coordinate(y_of(v) + 4) +
                  "\" text-anchor=\"end\">" + text + "</text>";
    }
    out += "<path class=\"g\" d=\"" + grid + "\"/>\n<path class=\"x\" d=\"" + axis + "\"/>\n" +
           labels + "\n";
    out += "<text x=\"" + svg_coordinate((kLeft + kRight) / 2) + "\" y=\"" + svg_coordinate(bottom + 34) +
           "\" text-anchor=\"middle\">" + escape_html(chart.x_label) + " →</text>\n";
    out += "<text x=\"" + svg_coordinate(kLeft + 6) + "\" y=\"" + svg_coordinate(top + 14) + "\">↑ " +
           escape_html(chart.y_label) + "</text>\n";
    if (!chart.line_label.empty()) {
        out += "<path class=\"e\" d=\"M" + svg_coordinate(x_of(scale.min)) + " " +
               svg_coordinate(y_of(scale.min)) + "L" + svg_coordinate(x_of(scale.max)) + " " +
               svg_coordinate(y_of(scale.max)) + "\"/>\n";
        out += "<text x=\"" + svg_coordinate(kRight - 4) + "\" y=\"" + svg_coordinate(top + 14) +
               "\" text-anchor=\"end\">" + escape_html(chart.line_label) + "</text>\n";
    }
    if (!chart.fit_note.empty())
        out += "<text x=\"" + svg_coordinate(kRight - 4) + "\" y=\"" + svg_coordinate(bottom - 10) +
               "\" text-anchor=\"end\">" + escape_html(chart.fit_note) + "</text>\n";
    out += "<g class=\"p\">";
    for (const ScatterPoint& p : chart.points) {
        out += "<circle cx=\"" + svg_coordinate(x_of(p.x)) + "\" cy=\"" + svg_coordinate(y_of(p.y)) + "\" r=\"3.5\">";
        if (!p.label.empty()) out += "<title>" + escape_html(p.label) + "</title>";
        out += "</circle>";
    }
    out += "</g>\n";
    return out + frame.close(bottom + 40);
}

}  // namespace kt
