#include "render/svg_bars.h"

#include <algorithm>
#include <cmath>

#include "render/colour.h"
#include "render/html_escape.h"
#include "render/number_format.h"
#include "render/svg_chart.h"

namespace kt {

namespace {

constexpr double kWidth = 440;
constexpr double kMargin = 4;
constexpr double kCharWidth = 7.5;   // generous average width of a 12 px character
constexpr double kLabelLimit = 190;  // the widest label column; longer names are shortened
constexpr double kLegendRow = 18;

// Colours of the series: each at least 3:1 against white (WCAG's non-text contrast), and every
// two at least 15 apart in CIELAB for readers with each common colour vision deficiency (the
// palette test measures both). Ranked bars have one series, drawn in the first.
const char* const kSeriesColours[] = {"#0072b2", "#b8860b", "#ef5675", "#8b0000", "#4d4d4d", "#8a2be2"};
constexpr std::size_t kColours = sizeof kSeriesColours / sizeof *kSeriesColours;
static_assert(kColours == kBarSeriesColours);

double text_width(const std::string& utf8) { return kCharWidth * static_cast<double>(code_points(utf8)); }

bool stacked(const BarChart& chart) { return chart.arrangement == BarChart::Arrangement::stacked; }

std::size_t series_count(const BarChart& chart) {
    if (chart.arrangement == BarChart::Arrangement::ranked) return 1;
    return std::max<std::size_t>(chart.series.size(), 1);
}

double bar_height(const BarChart& chart) { return stacked(chart) ? 16 : 11; }

constexpr double kGroupGap = 3;  // between the bars of one row: their figures must not touch

double row_height(const BarChart& chart) {
    const double n = stacked(chart) ? 1 : static_cast<double>(series_count(chart));
    return n * bar_height(chart) + (n - 1) * kGroupGap + (stacked(chart) ? 7 : 6);
}

// A label as long as the column allows, shortened with "…" (the whole name is in the bars'
// <title>s).
std::string fitted_label(const std::string& label) {
    if (text_width(label) <= kLabelLimit) return label;
    std::string out;
    for (std::size_t i = 0; i < label.size();) {
        std::size_t next = i + 1;
        while (next < label.size() && (static_cast<unsigned char>(label[next]) & 0xC0) == 0x80) ++next;
        if (text_width(out + label.substr(i, next - i) + "…") > kLabelLimit) break;
        out += label.substr(i, next - i);
        i = next;
    }
    return out + "…";
}

struct LegendItem {
    std::string label;
    std::string css_class;  // "b0".. for a series, a line's own class
    bool line = false;
    double x = 0, y = 0;
};

// Everything a reader needs to place the rows and the words, in view-box units.
struct Geometry {
    double legend_top = 0;
    std::vector<LegendItem> legend;
    double rows_top = 0;
    double label_right = 0, bar_left = 0, bar_right = 0;
    double axis_y = 0, footer_top = 0, total = 0;
    AxisScale scale;
    std::vector<double> row_top, row_bottom;

    double x_of(double v) const {
        return bar_left + (v - scale.min) / (scale.max - scale.min) * (bar_right - bar_left);
    }
};

Geometry geometry(const BarChart& chart, const SvgFrame& frame) {
    Geometry g;
    g.legend_top = frame.header_height();
    // The legend: the series (not for ranked bars, whose title says what they are), then the
    // lines, left to right in rows.
    if (chart.arrangement != BarChart::Arrangement::ranked)
        for (std::size_t s = 0; s < chart.series.size(); ++s)
            g.legend.push_back({chart.series[s], "b" + std::to_string(s % kColours)});
    for (const BarLine& line : chart.lines) g.legend.push_back({line.label, line.css_class, true});
    double x = kMargin, y = g.legend_top + 4;
    for (LegendItem& item : g.legend) {
        const double w = 22 + text_width(item.label);
        if (x > kMargin && x + w > kWidth - kMargin) {
            x = kMargin;
            y += kLegendRow;
        }
        item.x = x;
        item.y = y;
        x += w + 14;
    }
    g.rows_top = g.legend.empty() ? g.legend_top : y + kLegendRow;

    double widest_label = 0, widest_value = 0, low = 0, high = 0;
    for (const BarRow& row : chart.rows) {
        widest_label = std::max(widest_label, text_width(row.label));
        for (const std::string& text : row.texts) widest_value = std::max(widest_value, text_width(text));
        for (const auto& v : row.values)
            if (v && std::isfinite(*v)) {
                low = std::min(low, *v);
                high = std::max(high, *v);
            }
    }
    for (const BarLine& line : chart.lines) {
        low = std::min(low, line.value);
        high = std::max(high, line.value);
    }
    g.label_right = kMargin + std::min(widest_label, kLabelLimit + kCharWidth);
    g.bar_left = g.label_right + 8;
    g.bar_right = kWidth - kMargin - (stacked(chart) ? 0 : widest_value + 6);
    g.scale = stacked(chart) ? AxisScale{0, 100, 20} : nice_axis_scale(low, high, chart.percent);

    double y_row = g.rows_top;
    for (std::size_t r = 0; r < chart.rows.size(); ++r) {
        g.row_top.push_back(y_row);
        y_row += row_height(chart);
        g.row_bottom.push_back(y_row - (stacked(chart) ? 7 : 6));
    }
    g.axis_y = y_row + 2;
    g.footer_top = g.axis_y + 22;
    g.total = g.footer_top + frame.footer_height();
    return g;
}

std::string style() {
    std::string out = ".a{fill:#3d4650;text-anchor:middle}.g{stroke:#e3e6ea;fill:none}"
                      ".x{stroke:#5b6670;fill:none}.v{fill:#3d4650;paint-order:stroke;stroke:#fff;"
                      "stroke-width:3px;stroke-linejoin:round}"
                      ".line-country{stroke:#1b1f24;stroke-width:2;stroke-dasharray:2 3}"
                      ".line-goal{stroke:#2e7d32;stroke-width:2;stroke-dasharray:7 4}"
                      ".line-county{stroke:#a0440a;stroke-width:2;stroke-dasharray:5 3}";
    for (std::size_t c = 0; c < kColours; ++c) {
        const std::string k = ".b" + std::to_string(c);
        out += k + "{fill:" + kSeriesColours[c] + "}" + k + " text{fill:" + ink_on(kSeriesColours[c]) + "}";
    }
    return out;
}

std::string value_title(const BarChart& chart, const BarRow& row, std::size_t s) {
    std::string title = row.label;
    if (chart.arrangement != BarChart::Arrangement::ranked && s < chart.series.size())
        title += ", " + chart.series[s];
    return title + ": " + (s < row.texts.size() ? row.texts[s] : "");
}

std::optional<double> value_at(const BarRow& row, std::size_t s) {
    if (s >= row.values.size() || !row.values[s] || !std::isfinite(*row.values[s])) return std::nullopt;
    return row.values[s];
}

}  // namespace

BarLayout layout_bars(const BarChart& chart) {
    const SvgFrame frame(chart, {kWidth, 15, 12, 70}, chart.id);
    const Geometry g = geometry(chart, frame);
    return {kWidth, g.total, g.row_top, g.row_bottom};
}

std::string render_bars(const BarChart& chart) {
    const SvgFrame frame(chart, {kWidth, 15, 12, 70}, escape_html(chart.id));
    const Geometry g = geometry(chart, frame);
    std::string out = frame.open(g.total, style());

    // Legend.
    for (const LegendItem& item : g.legend) {
        const std::string y = svg_coordinate(item.y + 6);
        if (item.line)
            out += "<path class=\"" + escape_html(item.css_class) + "\" d=\"M" + svg_coordinate(item.x) +
                   " " + y + "h16\"/>";
        else
            out += "<rect class=\"" + item.css_class + "\" x=\"" + svg_coordinate(item.x) + "\" y=\"" +
                   svg_coordinate(item.y) + "\" width=\"14\" height=\"12\"/>";
        out += "<text x=\"" + svg_coordinate(item.x + 20) + "\" y=\"" + svg_coordinate(item.y + 10) +
               "\">" + escape_html(item.label) + "</text>\n";
    }

    // Grid and axis.
    std::string grid, axis = "M" + svg_coordinate(g.bar_left) + " " + svg_coordinate(g.axis_y) + "H" +
                             svg_coordinate(g.bar_right);
    std::string labels;
    const int decimals = step_decimals(g.scale.step);
    const bool percent = chart.percent || stacked(chart);
    const auto tick_text = [&](double v) {
        return percent ? format_percent(v, decimals) : format_number(v, decimals);
    };
    // Every tick labelled where the labels fit side by side, else every second or third.
    double widest_tick = 0;
    for (int k = 0; k <= g.scale.steps(); ++k)
        widest_tick = std::max(widest_tick, text_width(tick_text(g.scale.min + k * g.scale.step)));
    const double spacing = (g.bar_right - g.bar_left) / std::max(1, g.scale.steps());
    int every = 1;
    while (every < g.scale.steps() && spacing * every < widest_tick + 10) ++every;
    for (int k = 0; k <= g.scale.steps(); ++k) {
        const double v = g.scale.min + k * g.scale.step;
        const std::string x = svg_coordinate(g.x_of(v));
        grid += "M" + x + " " + svg_coordinate(g.rows_top - 3) + "V" + svg_coordinate(g.axis_y);
        axis += "M" + x + " " + svg_coordinate(g.axis_y) + "v4";
        if (k % every == 0)
            labels += "<text class=\"a\" x=\"" + x + "\" y=\"" + svg_coordinate(g.axis_y + 16) +
                      "\">" + escape_html(tick_text(v)) + "</text>";
    }
    out += "<path class=\"g\" d=\"" + grid + "\"/>\n";

    // Rows: the label, then the bars (or the segments of one bar); the figures beside the
    // bars come after the lines, on a white halo, so no line crosses a figure.
    const double bar = bar_height(chart);
    std::string figures;
    for (std::size_t r = 0; r < chart.rows.size(); ++r) {
        const BarRow& row = chart.rows[r];
        const double top = g.row_top[r];
        out += "<text x=\"" + svg_coordinate(g.label_right) + "\" y=\"" +
               svg_coordinate((top + g.row_bottom[r]) / 2 + 4) + "\" text-anchor=\"end\">" +
               escape_html(fitted_label(row.label)) + "</text>";
        if (stacked(chart)) {
            double from = 0;
            bool any = false;
            for (std::size_t s = 0; s < series_count(chart); ++s) {
                const auto v = value_at(row, s);
                if (!v || *v <= 0) continue;
                any = true;
                const double x0 = g.x_of(from), x1 = g.x_of(std::min(100.0, from + *v));
                from += *v;
                out += "<g class=\"b" + std::to_string(s % kColours) + "\"><rect x=\"" +
                       svg_coordinate(x0) + "\" y=\"" + svg_coordinate(top) + "\" width=\"" +
                       svg_coordinate(std::max(0.0, x1 - x0 - 1)) + "\" height=\"" + svg_coordinate(bar) +
                       "\"><title>" + escape_html(value_title(chart, row, s)) + "</title></rect>";
                const std::string text = s < row.texts.size() ? row.texts[s] : "";
                if (text_width(text) + 6 <= x1 - x0)
                    out += "<text x=\"" + svg_coordinate((x0 + x1) / 2) + "\" y=\"" +
                           svg_coordinate(top + bar / 2 + 4) + "\" text-anchor=\"middle\">" +
                           escape_html(text) + "</text>";
                out += "</g>";
            }
            if (!any && !row.texts.empty())
                figures += "<text class=\"v\" x=\"" + svg_coordinate(g.bar_left + 4) + "\" y=\"" +
                       svg_coordinate(top + bar / 2 + 4) + "\">" + escape_html(row.texts.front()) + "</text>";
        } else {
            for (std::size_t s = 0; s < series_count(chart); ++s) {
                const double y = top + static_cast<double>(s) * (bar + kGroupGap);
                const auto v = value_at(row, s);
                const std::string text = s < row.texts.size() ? row.texts[s] : "";
                double end = g.bar_left;
                if (v) {
                    const double x0 = g.x_of(std::min(0.0, *v)), x1 = g.x_of(std::max(0.0, *v));
                    end = x1;
                    out += "<rect class=\"b" + std::to_string(s % kColours) + "\" x=\"" +
                           svg_coordinate(x0) + "\" y=\"" + svg_coordinate(y) + "\" width=\"" +
                           svg_coordinate(x1 - x0) + "\" height=\"" + svg_coordinate(bar) +
                           "\"><title>" + escape_html(value_title(chart, row, s)) + "</title></rect>";
                }
                figures += "<text class=\"v\" x=\"" + svg_coordinate(end + 4) + "\" y=\"" +
                           svg_coordinate(y + bar / 2 + 4) + "\">" + escape_html(text) + "</text>";
            }
        }
        out += "\n";
    }

    // Lines over the bars, from above the first row to the axis.
    for (const BarLine& line : chart.lines) {
        const std::string x = svg_coordinate(g.x_of(line.value));
        out += "<path class=\"" + escape_html(line.css_class) + "\" d=\"M" + x + " " +
               svg_coordinate(g.rows_top - 3) + "V" + svg_coordinate(g.axis_y) + "\"><title>" +
               escape_html(line.label) + "</title></path>\n";
    }
    out += figures + "\n<path class=\"x\" d=\"" + axis + "\"/>\n" + labels + "\n";
    return out + frame.close(g.footer_top);
}

std::string render_bar_marks(const BarLayout& layout, std::size_t row) {
    std::string out = "<svg class=\"bar-marks\" viewBox=\"0 0 " + svg_coordinate(layout.width) + " " +
                      svg_coordinate(layout.height) + "\" aria-hidden=\"true\">";
    if (row < layout.row_top.size())
        out += "<rect x=\"1\" y=\"" + svg_coordinate(layout.row_top[row] - 2.5) + "\" width=\"" +
               svg_coordinate(layout.width - 2) + "\" height=\"" +
               svg_coordinate(layout.row_bottom[row] - layout.row_top[row] + 5) + "\" rx=\"3\"/>";
    return out + "</svg>";
}

}  // namespace kt
