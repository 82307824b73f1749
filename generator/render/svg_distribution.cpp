#include "render/svg_distribution.h"

#include <algorithm>
#include <cmath>

#include "render/beeswarm.h"
#include "render/html_escape.h"
#include "render/number_format.h"
#include "render/svg_chart.h"

namespace kt {

namespace {

constexpr double kMargin = 12;        // left and right of the axis
constexpr double kTop = 4;            // above the highest dot
constexpr double kMaxSwarm = 64;      // tallest the dots may pile up
constexpr double kAxisGap = 5;        // between the lowest dot and the axis
constexpr double kLabelHeight = 17;   // the tick labels under the axis


}  // namespace

double DistributionLayout::x_of(double value) const {
    return kMargin + (value - axis_min) / (axis_max - axis_min) * (kStripWidth - 2 * kMargin);
}

double DistributionLayout::dots_top() const { return kTop; }

double DistributionLayout::dots_bottom() const { return height - kLabelHeight - kAxisGap; }

DistributionLayout layout_distribution(const std::vector<double>& values) {
    DistributionLayout layout;
    if (values.empty()) {
        layout.height = kTop + kAxisGap + kLabelHeight;
        return layout;
    }
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    const AxisScale scale = nice_value_range(*low, *high);
    layout.axis_min = scale.min;
    layout.axis_max = scale.max;
    layout.step = scale.step;
    std::vector<double> x;
    x.reserve(values.size());
    for (double v : values) x.push_back(layout.x_of(v));
    // Dots as large as the swarm allows: from 3 units down to 1.2.
    std::vector<double> offsets;
    double spread = 0;
    for (double radius = 3;; radius *= 0.85) {
        offsets = beeswarm_offsets(x, radius);
        spread = 0;
        for (double o : offsets) spread = std::max(spread, std::abs(o));
        layout.radius = radius;
        if (2 * (spread + radius) <= kMaxSwarm || radius < 1.2) break;
    }
    // Still too tall (many equal figures): squeezed across the axis, so dots may overlap
    // there; the file's and the strip's height stay what a card can hold.
    if (2 * (spread + layout.radius) > kMaxSwarm) {
        const double squeeze = (kMaxSwarm / 2 - layout.radius) / spread;
        for (double& o : offsets) o *= squeeze;
        spread *= squeeze;
    }
    const double centre = kTop + spread + layout.radius;
    layout.x = std::move(x);
    layout.y.reserve(offsets.size());
    for (double o : offsets) layout.y.push_back(centre + o);
    layout.height = centre + spread + layout.radius + kAxisGap + kLabelHeight;
    return layout;
}

std::string render_distribution(const DistributionLayout& layout, const DistributionChart& chart) {
    const SvgFrame frame(chart, {kStripWidth, 14, 10.5, 58}, "strip");
    const double header = frame.header_height();
    const double total = header + layout.height + frame.footer_height();
    // No width or height: with them, Chromium shows an image sized by CSS (height: auto) whole,
    // ignoring the #strip view.
    std::string out = frame.open(total, ".a{font-size:11px;fill:#3d4650;text-anchor:middle}"
                                        ".x{stroke:#5b6670;fill:none}"
                                        ".d circle{fill:#6b8fb5;fill-opacity:.75}");
    out += "<view id=\"strip\" viewBox=\"0 " + svg_coordinate(header) + " " +
           svg_coordinate(kStripWidth) + " " + svg_coordinate(layout.height) + "\"/>\n";
    out += "<g transform=\"translate(0 " + svg_coordinate(header) + ")\">\n<g class=\"d\">";
    const std::string r = svg_coordinate(layout.radius);
    for (std::size_t i = 0; i < layout.x.size(); ++i) {
        out += "<circle cx=\"" + svg_coordinate(layout.x[i]) + "\" cy=\"" + svg_coordinate(layout.y[i]) +
               "\" r=\"" + r + "\">";
        if (i < chart.dot_labels.size())
            out += "<title>" + escape_html(chart.dot_labels[i]) + "</title>";
        out += "</circle>";
    }
    out += "</g>\n";
    // The axis and its ticks as one path, then the labels.
    const double axis_y = layout.dots_bottom() + kAxisGap;
    std::string axis = "M" + svg_coordinate(layout.x_of(layout.axis_min)) + " " + svg_coordinate(axis_y) +
                       "H" + svg_coordinate(layout.x_of(layout.axis_max));
    std::string labels;
    const int decimals = step_decimals(layout.step);
    const int steps = static_cast<int>(std::lround((layout.axis_max - layout.axis_min) / layout.step));
    for (int k = 0; k <= steps; ++k) {
        const double value = layout.axis_min + k * layout.step;
        const std::string tx = svg_coordinate(layout.x_of(value));
        axis += "M" + tx + " " + svg_coordinate(axis_y) + "v4";
        labels += "<text class=\"a\" x=\"" + tx + "\" y=\"" + svg_coordinate(axis_y + 15) + "\">" +
                  escape_html(format_number(value, decimals)) + "</text>";
    }
    out += "<path class=\"x\" d=\"" + axis + "\"/>\n" + labels + "\n</g>\n";
    return out + frame.close(header + layout.height);
}

std::string render_strip_marks(const DistributionLayout& layout, const std::vector<StripLine>& lines,
                               int dot) {
    std::string out = "<svg class=\"strip-marks\" viewBox=\"0 0 " + svg_coordinate(kStripWidth) + " " +
                      svg_coordinate(layout.height) + "\" aria-hidden=\"true\">";
    for (const StripLine& line : lines)
        out += "<path class=\"" + escape_html(line.css_class) + "\" d=\"M" +
               svg_coordinate(std::clamp(layout.x_of(line.value), 1.0, kStripWidth - 1)) + " " + svg_coordinate(layout.dots_top() - 2) +
               "V" + svg_coordinate(layout.dots_bottom() + 3) + "\"/>";
    if (dot >= 0 && static_cast<std::size_t>(dot) < layout.x.size())
        out += "<circle class=\"mark-area\" cx=\"" + svg_coordinate(layout.x[dot]) + "\" cy=\"" +
               svg_coordinate(layout.y[dot]) + "\" r=\"" + svg_coordinate(layout.radius + 2.5) + "\"/>";
    return out + "</svg>";
}

}  // namespace kt
