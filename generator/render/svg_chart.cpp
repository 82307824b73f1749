#include "render/svg_chart.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/html_escape.h"
#include "render/number_format.h"

namespace kt {
namespace {

// Geometry in viewBox units. The plot's left edge moves right for long y labels; the
// height grows by one row per extra legend row.
constexpr double width = 440;  // about the size it is shown at: its 12 px words stay 10 px or more on a phone
constexpr double plot_right = 424;
constexpr double plot_top = 16;
constexpr double plot_bottom = 248;
constexpr double x_padding = 20;  // keeps the first and last markers off the edges
constexpr double x_label_y = plot_bottom + 20;
constexpr double legend_first_row_y = 298;
constexpr double legend_row_height = 20;
constexpr double bottom_margin = 22;
constexpr double legend_sample_width = 24;
constexpr double legend_item_gap = 22;
constexpr double char_width = 7;  // generous average width of a 12 px character
// Baseline offset that centres 12 px text vertically on a line (about half the cap
// height of common sans-serif fonts), instead of dominant-baseline, which some
// renderers ignore.
constexpr double text_middle_offset = 4;
constexpr double whisker_cap_half_width = 4;  // as wide as the largest marker
constexpr double legend_whisker_half_height = 7;

// What the whiskers show, in the legend and (with a full stop) in <desc>.

// At most one decimal, locale-independent, no "-0" and no trailing ".0". Coordinates
// stay inside the viewBox; the clamp only keeps the buffer below large enough.
std::size_t code_points(std::string_view utf8) {
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

double text_width(std::string_view utf8) {
    return static_cast<double>(code_points(utf8)) * char_width;
}

std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 14695981039346656037ull) {
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

std::string element_id_prefix(const LineChart& chart) {
    if (!chart.id.empty()) return chart.id;
    std::uint64_t hash = fnv1a(chart.title);
    hash = fnv1a("\n", hash);
    hash = fnv1a(chart.description, hash);
    for (const int year : chart.years) hash = fnv1a(std::to_string(year) + ",", hash);
    char buf[17];
    const auto result = std::to_chars(buf, buf + sizeof buf, hash, 16);
    return "chart-" + std::string(buf, result.ptr);
}

std::optional<double> value_at(const ChartSeries& series, std::size_t i) {
    if (i >= series.values.size() || !series.values[i]) return std::nullopt;
    const double v = *series.values[i];
    if (!std::isfinite(v)) return std::nullopt;
    return v;
}

// The interval drawn for year i: only next to a value, and only with finite bounds.
std::optional<ChartInterval> interval_at(const ChartSeries& series, std::size_t i) {
    if (!value_at(series, i) || i >= series.intervals.size() || !series.intervals[i]) {
        return std::nullopt;
    }
    const ChartInterval interval = *series.intervals[i];
    if (!std::isfinite(interval.low) || !std::isfinite(interval.high)) return std::nullopt;
    assert(interval.low <= interval.high);
    return interval;
}

std::string format_axis_value(const LineChart& chart, double v, int decimals) {
    return chart.percent ? format_percent(v, decimals) : format_number(v, decimals);
}

struct LegendItem {
    std::string label;
    const ChartSeries* series = nullptr;  // nullptr: the goal or the whisker note
    bool whiskers = false;                // the note on what the whiskers show
    double x = 0;
    double y = 0;
};

// Lays the legend out in rows, left to right, starting under the plot.
std::vector<LegendItem> layout_legend(const LineChart& chart, bool with_whisker_note, double left) {
    std::vector<LegendItem> items;
    for (const ChartSeries& s : chart.series) items.push_back({s.label, &s});
    if (chart.goal && std::isfinite(*chart.goal)) {
        items.push_back({chart.goal_label.empty() ? chart.words.goal : chart.goal_label, nullptr});
    }
    if (with_whisker_note) items.push_back({chart.words.whisker_note, nullptr, true});
    double x = left;
    double y = legend_first_row_y;
    for (LegendItem& item : items) {
        const double item_width = legend_sample_width + 6 + text_width(item.label);
        if (x > left && x + item_width > plot_right) {
            x = left;
            y += legend_row_height;
        }
        item.x = x;
        item.y = y;
        x += item_width + legend_item_gap;
    }
    return items;
}

// A vertical line from y_low (the low bound, lower on screen) to y_high with a short cap
// at each end.
std::string whisker_path(double x, double y_low, double y_high) {
    const std::string left = svg_coordinate(x - whisker_cap_half_width);
    const std::string right = svg_coordinate(x + whisker_cap_half_width);
    const std::string low = svg_coordinate(y_low);
    const std::string high = svg_coordinate(y_high);
    return "<path class=\"chart-whisker\" d=\"M" + svg_coordinate(x) + "," + low + "V" + high + "M" + left +
           "," + low + "H" + right + "M" + left + "," + high + "H" + right + "\"/>";
}

double marker_radius(const ChartSeries& series) {
    return series.css_class == "series-area" ? 4 : 3.5;
}

class ChartWriter {
  public:
    explicit ChartWriter(const LineChart& chart) : chart_(chart) {}

    std::string render() {
        compute_scale();
        compute_plot_left();
        legend_ = layout_legend(chart_, has_whiskers_, plot_left_);
        const double legend_bottom = legend_.empty() ? x_label_y : legend_.back().y;
        height_ = std::max(320.0, legend_bottom + bottom_margin);

        open_svg();
        write_grid();
        write_x_axis();
        write_goal();
        write_whiskers();
        write_series();
        if (!has_values_) write_empty_notice();
        write_legend();
        out_ += "</svg>\n";
        return std::move(out_);
    }

  private:
    void compute_scale() {
        double lo = 0;
        double hi = 0;
        for (const ChartSeries& s : chart_.series) {
            for (std::size_t i = 0; i < chart_.years.size(); ++i) {
                if (const auto v = value_at(s, i)) {
                    lo = std::min(lo, *v);
                    hi = std::max(hi, *v);
                    has_values_ = true;
                }
                if (const auto interval = interval_at(s, i)) {
                    lo = std::min(lo, interval->low);
                    hi = std::max(hi, interval->high);
                    has_whiskers_ = true;
                }
            }
        }
        if (chart_.goal && std::isfinite(*chart_.goal)) {
            lo = std::min(lo, *chart_.goal);
            hi = std::max(hi, *chart_.goal);
        }
        scale_ = nice_axis_scale(lo, hi, chart_.percent);
        label_decimals_ = std::max(chart_.decimals, step_decimals(scale_.step));
    }

    void compute_plot_left() {
        double widest = 0;
        for (int i = 0; i <= scale_.steps(); ++i) {
            widest = std::max(widest, text_width(tick_label(i)));
        }
        plot_left_ = std::max(44.0, std::ceil(widest) + 14);
    }

    std::string tick_label(int i) const {
        return format_axis_value(chart_, scale_.min + i * scale_.step, label_decimals_);
    }

    double x_of(std::size_t i) const {
        const std::size_t n = chart_.years.size();
        if (n <= 1) return (plot_left_ + plot_right) / 2;
        const double span = plot_right - plot_left_ - 2 * x_padding;
        return plot_left_ + x_padding + span * static_cast<double>(i) / static_cast<double>(n - 1);
    }

    double y_of(double v) const {
        return plot_bottom -
               (v - scale_.min) / (scale_.max - scale_.min) * (plot_bottom - plot_top);
    }

    void open_svg() {
        const std::string prefix = escape_html(element_id_prefix(chart_));
        out_ += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ";
        out_ += svg_coordinate(width) + " " + svg_coordinate(height_) + "\" width=\"100%\"";
        out_ += " preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-labelledby=\"";
        out_ += prefix + "-title " + prefix + "-desc\">\n";
        out_ += "<title id=\"" + prefix + "-title\">" + escape_html(chart_.title) + "</title>\n";
        out_ += "<desc id=\"" + prefix + "-desc\">" + escape_html(description()) + "</desc>\n";
    }

    // The chart's description, and for charts with whiskers what they show: the legend
    // note is not read out, because role="img" hides the SVG's text from screen readers.
    std::string description() const {
        std::string text = chart_.description;
        if (!has_whiskers_) return text;
        if (!text.empty()) {
            if (text.back() != '.' && text.back() != '!' && text.back() != '?') text += '.';
            text += ' ';
        }
        text += chart_.words.whisker_note;
        text += '.';
        return text;
    }

    // Lines are drawn as one path per kind (M x y H x2 for each gridline), a tenth of the
    // bytes of a <line> each.
    void write_grid() {
        out_ += "<g class=\"chart-grid\">\n";
        std::string lines;
        for (int i = 0; i <= scale_.steps(); ++i) {
            const double v = scale_.min + i * scale_.step;
            // The zero line is the x axis, drawn darker below.
            if (std::abs(v) > scale_.step / 1000)
                lines += "M" + svg_coordinate(plot_left_) + " " + svg_coordinate(y_of(v)) + "H" + svg_coordinate(plot_right);
            // Without values the scale is arbitrary: gridlines only, no numbers.
            if (!has_values_) continue;
            out_ += "<text x=\"" + svg_coordinate(plot_left_ - 8) + "\" y=\"" +
                    svg_coordinate(y_of(v) + text_middle_offset) + "\" text-anchor=\"end\">" +
                    escape_html(tick_label(i)) + "</text>\n";
        }
        if (!lines.empty()) out_ += "<path class=\"chart-gridline\" d=\"" + lines + "\"/>\n";
        out_ += "</g>\n";
    }

    void write_x_axis() {
        const std::string zero_y = svg_coordinate(y_of(0));
        out_ += "<g class=\"chart-x-axis\">\n";
        // The axis and its ticks, one path.
        std::string lines = "M" + svg_coordinate(plot_left_) + " " + zero_y + "H" + svg_coordinate(plot_right);
        const std::size_t n = chart_.years.size();
        // Every second year when crowded, counted from the latest so that it is labelled.
        const std::size_t every = n > 8 ? 2 : 1;
        for (std::size_t i = 0; i < n; ++i) {
            if ((n - 1 - i) % every != 0) continue;
            const std::string x = svg_coordinate(x_of(i));
            lines += "M" + x + " " + svg_coordinate(plot_bottom) + "v4";
            out_ += "<text x=\"" + x + "\" y=\"" + svg_coordinate(x_label_y) + "\" text-anchor=\"middle\">" +
                    std::to_string(chart_.years[i]) + "</text>\n";
        }
        out_ += "<path class=\"chart-axis-line\" d=\"" + lines + "\"/>\n";
        out_ += "</g>\n";
    }

    std::string goal_label() const {
        return chart_.goal_label.empty() ? chart_.words.goal : chart_.goal_label;
    }

    void write_goal() {
        if (!chart_.goal || !std::isfinite(*chart_.goal)) return;
        const double y = y_of(*chart_.goal);
        const GoalLabelPlace place = goal_label_place(y);
        out_ += "<g class=\"goal\">\n";
        out_ += "<line class=\"chart-goal-line\" x1=\"" + svg_coordinate(plot_left_) + "\" y1=\"" +
                svg_coordinate(y) + "\" x2=\"" + svg_coordinate(plot_right) + "\" y2=\"" + svg_coordinate(y) + "\"/>\n";
        out_ += "<text class=\"chart-goal-label\" x=\"" + svg_coordinate(place.x) + "\" y=\"" +
                svg_coordinate(place.baseline) + "\" text-anchor=\"" + place.anchor + "\">" +
                escape_html(goal_label()) + "</text>\n";
        out_ += "</g>\n";
    }

    struct GoalLabelPlace {
        double x = 0;
        double baseline = 0;
        const char* anchor = "end";
    };

    // The goal is usually close to the data, so the label goes to whichever end of the
    // line, above or below it, has the fewest data lines and markers under it; ties go
    // to the first candidate (right end, above).
    GoalLabelPlace goal_label_place(double goal_y) const {
        const double label_width = text_width(goal_label());
        const double inset = 4;
        const GoalLabelPlace candidates[] = {
            {plot_right - inset, goal_y - 6, "end"},
            {plot_left_ + inset, goal_y - 6, "start"},
            {plot_right - inset, goal_y + 16, "end"},
            {plot_left_ + inset, goal_y + 16, "start"},
        };
        GoalLabelPlace best = candidates[0];
        int best_score = -1;
        for (const GoalLabelPlace& place : candidates) {
            // Below the line only if it stays above the x axis; above only under the top.
            if (place.baseline > plot_bottom - 2 || place.baseline - 12 < 0) continue;
            const bool from_right = std::string_view(place.anchor) == "end";
            const double left = from_right ? place.x - label_width : place.x;
            const Box box{left - 3, left + label_width + 3, place.baseline - 13,
                          place.baseline + 4};
            const int score = data_ink_in(box);
            if (best_score < 0 || score < best_score) {
                best = place;
                best_score = score;
            }
        }
        return best;
    }

    struct Box {
        double left, right, top, bottom;
        bool contains(double x, double y) const {
            return x >= left && x <= right && y >= top && y <= bottom;
        }
    };

    // How much of the series' lines and markers lies inside `box`, in samples.
    int data_ink_in(const Box& box) const {
        int score = 0;
        for (const ChartSeries& s : chart_.series) {
            // The previous marker on the same line. Plain variables rather than an optional
            // pair, which GCC 12 flags with a false -Wmaybe-uninitialized at -O1.
            bool has_previous = false;
            double previous_x = 0;
            double previous_y = 0;
            for (std::size_t i = 0; i < chart_.years.size(); ++i) {
                const auto v = value_at(s, i);
                if (!v) {
                    has_previous = false;
                    continue;
                }
                const double x = x_of(i);
                const double y = y_of(*v);
                if (box.contains(x, y)) score += 4;  // a marker weighs more than a line
                if (has_previous) {
                    constexpr int samples = 32;
                    for (int k = 1; k < samples; ++k) {
                        const double t = static_cast<double>(k) / samples;
                        score += box.contains(previous_x + t * (x - previous_x),
                                              previous_y + t * (y - previous_y));
                    }
                }
                has_previous = true;
                previous_x = x;
                previous_y = y;
                if (const auto interval = interval_at(s, i)) {
                    constexpr int samples = 16;
                    const double y_low = y_of(interval->low);
                    const double y_high = y_of(interval->high);
                    for (int k = 0; k <= samples; ++k) {
                        const double t = static_cast<double>(k) / samples;
                        score += box.contains(x, y_low + t * (y_high - y_low));
                    }
                }
            }
        }
        return score;
    }

    // All whiskers before all lines and markers, so that no whisker covers a data point.
    // Same order as the series: last to first.
    void write_whiskers() {
        if (!has_whiskers_) return;
        for (auto it = chart_.series.rbegin(); it != chart_.series.rend(); ++it) {
            const ChartSeries& s = *it;
            std::string paths;
            for (std::size_t i = 0; i < chart_.years.size(); ++i) {
                if (const auto interval = interval_at(s, i)) {
                    paths += whisker_path(x_of(i), y_of(interval->low), y_of(interval->high));
                    paths += '\n';
                }
            }
            if (paths.empty()) continue;
            out_ += "<g class=\"chart-whiskers " + escape_html(s.css_class) + "\">\n";
            out_ += paths;
            out_ += "</g>\n";
        }
    }

    // "Vågå 2021: 63 %", with the interval when there is one: "Vågå 2021: 63 % (55–70 %)".
    std::string marker_text(const ChartSeries& s, std::size_t i, double v, int decimals) const {
        std::string text = s.label + " " + std::to_string(chart_.years[i]) + ": " +
                           format_axis_value(chart_, v, decimals);
        if (const auto interval = interval_at(s, i)) {
            text += " (" + format_number(interval->low, decimals) + "\u2013" +
                    format_axis_value(chart_, interval->high, decimals) + ")";
        }
        return text;
    }

    void write_series() {
        const int decimals = chart_.value_decimals.value_or(chart_.decimals);
        // Drawn last to first, so the first series (usually the area itself) is on top.
        for (auto it = chart_.series.rbegin(); it != chart_.series.rend(); ++it) {
            const ChartSeries& s = *it;
            out_ += "<g class=\"series " + escape_html(s.css_class) + "\">\n";
            std::string points;
            auto flush_segment = [&] {
                // A lone value between gaps has no line, only its marker.
                if (points.find(' ') != std::string::npos) {
                    out_ += "<polyline class=\"chart-line\" points=\"" + points + "\"/>\n";
                }
                points.clear();
            };
            for (std::size_t i = 0; i < chart_.years.size(); ++i) {
                const auto v = value_at(s, i);
                if (!v) {
                    flush_segment();
                    continue;
                }
                if (!points.empty()) points += ' ';
                points += svg_coordinate(x_of(i)) + "," + svg_coordinate(y_of(*v));
            }
            flush_segment();
            const std::string r = svg_coordinate(marker_radius(s));
            for (std::size_t i = 0; i < chart_.years.size(); ++i) {
                const auto v = value_at(s, i);
                if (!v) continue;
                out_ += "<circle class=\"chart-point\" cx=\"" + svg_coordinate(x_of(i)) + "\" cy=\"" +
                        svg_coordinate(y_of(*v)) + "\" r=\"" + r + "\"><title>" +
                        escape_html(marker_text(s, i, *v, decimals)) + "</title></circle>\n";
            }
            out_ += "</g>\n";
        }
    }

    void write_empty_notice() {
        out_ += "<text class=\"chart-empty\" x=\"" + svg_coordinate((plot_left_ + plot_right) / 2) +
                "\" y=\"" + svg_coordinate((plot_top + plot_bottom) / 2) + "\" text-anchor=\"middle\">" +
                escape_html(chart_.words.no_data) + "</text>\n";
    }

    void write_legend() {
        if (legend_.empty()) return;
        out_ += "<g class=\"chart-legend\">\n";
        for (const LegendItem& item : legend_) {
            const std::string y = svg_coordinate(item.y);
            const std::string x1 = svg_coordinate(item.x);
            const std::string x2 = svg_coordinate(item.x + legend_sample_width);
            if (item.series) {
                out_ += "<g class=\"series " + escape_html(item.series->css_class) + "\">";
                out_ += "<line class=\"chart-line\" x1=\"" + x1 + "\" y1=\"" + y + "\" x2=\"" + x2 +
                        "\" y2=\"" + y + "\"/>";
                out_ += "<circle class=\"chart-point\" cx=\"" +
                        svg_coordinate(item.x + legend_sample_width / 2) + "\" cy=\"" + y + "\" r=\"" +
                        svg_coordinate(marker_radius(*item.series)) + "\"/></g>\n";
            } else if (item.whiskers) {
                const double x = item.x + legend_sample_width / 2;
                out_ += "<g class=\"chart-whisker-key\">" +
                        whisker_path(x, item.y + legend_whisker_half_height,
                                     item.y - legend_whisker_half_height) +
                        "</g>\n";
            } else {
                out_ += "<g class=\"goal\"><line class=\"chart-goal-line\" x1=\"" + x1 +
                        "\" y1=\"" + y + "\" x2=\"" + x2 + "\" y2=\"" + y + "\"/></g>\n";
            }
            out_ += "<text x=\"" + svg_coordinate(item.x + legend_sample_width + 6) + "\" y=\"" +
                    svg_coordinate(item.y + text_middle_offset) + "\">" + escape_html(item.label) +
                    "</text>\n";
        }
        out_ += "</g>\n";
    }

    const LineChart& chart_;
    AxisScale scale_;
    int label_decimals_ = 0;
    bool has_values_ = false;
    bool has_whiskers_ = false;  // some interval is drawn
    double plot_left_ = 44;
    double height_ = 320;
    std::vector<LegendItem> legend_;
    std::string out_;
};

}  // namespace

int AxisScale::steps() const { return static_cast<int>(std::lround((max - min) / step)); }

AxisScale nice_axis_scale(double data_min, double data_max, bool percent) {
    double lo = std::min(0.0, data_min);
    double hi = std::max(0.0, data_max);
    if (!(hi > lo)) hi = percent ? 100 : 5;  // nothing to scale (also catches NaN)

    // Smallest step of the form m x 10^k with at most 6 steps. The candidates grow by
    // at most a factor 2, so the chosen step always gives at least 4.
    constexpr double mantissas[] = {1, 2, 2.5, 5};
    constexpr double tolerance = 1e-9;  // 1.0 / 0.2 must count as 5 steps, not 6
    int k = static_cast<int>(std::floor(std::log10(hi - lo))) - 1;
    for (;; ++k) {
        for (const double m : mantissas) {
            const double step = k >= 0 ? m * std::pow(10.0, k) : m / std::pow(10.0, -k);
            const double below = std::ceil(-lo / step - tolerance);
            const double above = std::ceil(hi / step - tolerance);
            if (below + above <= 6) {
                return AxisScale{below > 0 ? -below * step : 0.0, above * step, step};
            }
        }
    }
}

std::string svg_coordinate(double v) {
    double rounded = std::round(std::clamp(v, -1e9, 1e9) * 10) / 10;
    if (rounded == 0) rounded = 0;  // turns -0 into 0
    char buf[32];
    const auto result = std::to_chars(buf, buf + sizeof buf, rounded, std::chars_format::fixed, 1);
    std::string text(buf, result.ptr);
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
    return text;
}

AxisScale nice_value_range(double low, double high) {
    if (!(high > low)) {
        const double pad = low == 0 || !std::isfinite(low) ? 1 : std::abs(low) * 0.1;
        if (!std::isfinite(low)) low = 0;
        low -= pad;
        high = low + 2 * pad;
    }
    constexpr double mantissas[] = {1, 2, 2.5, 5};
    constexpr double tolerance = 1e-9;
    for (int k = static_cast<int>(std::floor(std::log10(high - low))) - 2;; ++k)
        for (const double m : mantissas) {
            const double step = k >= 0 ? m * std::pow(10.0, k) : m / std::pow(10.0, -k);
            const double below = std::floor(low / step + tolerance);
            const double above = std::ceil(high / step - tolerance);
            if (above - below <= 6) return AxisScale{below * step, above * step, step};
        }
}

int step_decimals(double step) {
    for (int d = 0; d < 12; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) return d;
    }
    return 12;
}

std::string render_line_chart(const LineChart& chart) { return ChartWriter(chart).render(); }

}  // namespace kt
