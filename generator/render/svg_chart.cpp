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
constexpr double plot_right_edge = 424;  // without names at the ends of the lines
constexpr double min_plot_width = 250;   // narrower, and the names go to a legend
constexpr double label_gap = 8;          // between a line's last marker and its name
constexpr double label_spacing = 14;     // between the baselines of two names
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

// The colour of each kind of series: lines, markers, whiskers and names. Names are words, so
// each is 4.5:1 against white; the lines differ in pattern too (solid, dashed, dotted), and
// their colours stay apart for every common colour vision deficiency (the palette test).
struct SeriesColour {
    const char* css_class;
    const char* colour;
};
constexpr SeriesColour series_colours[] = {{"series-area", "#1f4e79"},
                                           {"series-county", "#a0440a"},
                                           {"series-country", "#5b5b5b"},
                                           {"series-other", "#7b5ea7"}};

// The chart's own styles: it is read as an image, a download or an embed, never with the
// page's stylesheet.
std::string chart_style() {
    std::string out =
        ".chart-gridline{stroke:#e3e3e3;fill:none}.chart-axis-line{stroke:#8c8c8c;fill:none}"
        ".chart-line{fill:none;stroke-width:2;stroke-linejoin:round;stroke-linecap:round}"
        ".chart-point{stroke:#fff;stroke-width:1}.series-area .chart-line{stroke-width:3}"
        ".series-county .chart-line{stroke-dasharray:7 4}"
        ".series-country .chart-line{stroke-dasharray:2 4;stroke-width:2.5}"
        ".goal .chart-goal-line{stroke:#2e7d32;stroke-width:2;stroke-dasharray:14 5}"
        ".goal text{fill:#2e7d32}.chart-goal-label,.chart-name{paint-order:stroke;stroke:#fff;"
        "stroke-width:3px;stroke-linejoin:round}.chart-name{font-weight:600}"
        ".chart-empty{font-size:14px;fill:#666}"
        ".chart-whisker{fill:none;stroke-width:1.5;stroke-opacity:.55}"
        ".chart-whisker-key .chart-whisker{stroke:#333}"
        ".chart-break{stroke:#5b5b5b;stroke-dasharray:3 3;fill:none}.chart-break-label{fill:#3d4650}";
    for (const SeriesColour& s : series_colours) {
        const std::string c = s.colour, k = std::string(".") + s.css_class;
        out += k + " .chart-line," + k + " .chart-whisker," + k + " .provisional{stroke:" + c +
               "}" + k + " .chart-point," + k + " .chart-name{fill:" + c + "}";
    }
    // An open marker: a provisional figure.
    return out + ".series .provisional{fill:#fff;stroke-width:2}";
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
    std::uint64_t hash = 14695981039346656037ull;
    for (const std::string& line : chart.title_lines) hash = fnv1a(line + "\n", hash);
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
    const ChartSeries* series = nullptr;  // nullptr: the goal or a note
    enum Kind { line, goal, whiskers, provisional } kind = line;
    double x = 0;
    double y = 0;
};

bool is_provisional(const ChartSeries& series, std::size_t i) {
    return i < series.provisional.size() && series.provisional[i];
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
        place_names();
        legend_ = layout_legend();
        const double legend_bottom = legend_.empty() ? x_label_y : legend_.back().y;
        height_ = legend_bottom + bottom_margin;

        ChartText text = chart_;
        text.description = description();
        const SvgFrame frame(text, {width, 15, 12, 70}, escape_html(element_id_prefix(chart_)));
        const double top = frame.header_height();
        total_height_ = top + height_ + frame.footer_height();
        out_ += frame.open(total_height_, chart_style());
        out_ += "<g transform=\"translate(0 " + svg_coordinate(top) + ")\">\n";
        write_grid();
        write_x_axis();
        write_breaks();
        write_goal();
        write_whiskers();
        write_series();
        write_names();
        if (!has_values_) write_empty_notice();
        write_legend();
        out_ += "</g>\n";
        out_ += frame.close(top + height_);
        return std::move(out_);
    }

    double total_height() const { return total_height_; }

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
                if (value_at(s, i) && is_provisional(s, i)) has_provisional_ = true;
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

    // Names at the ends of the lines, when every line reaches the last year and the names
    // leave the plot wide enough; each at its line's last value, pushed apart so none
    // overlaps another, and kept within the plot.
    void place_names() {
        const std::size_t last = chart_.years.empty() ? 0 : chart_.years.size() - 1;
        double widest = 0;
        for (const ChartSeries& s : chart_.series) {
            if (!value_at(s, last)) return;
            widest = std::max(widest, text_width(s.label));
        }
        if (chart_.series.empty() || chart_.series.size() > 4) return;
        const double right = width - 6 - widest - label_gap;
        if (right - plot_left_ < min_plot_width) return;
        plot_right_ = right;
        std::vector<std::pair<double, const ChartSeries*>> names;
        for (const ChartSeries& s : chart_.series) names.push_back({y_of(*value_at(s, last)), &s});
        std::stable_sort(names.begin(), names.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t i = 1; i < names.size(); ++i)
            names[i].first = std::max(names[i].first, names[i - 1].first + label_spacing);
        const double lowest = plot_bottom - 2;
        if (names.back().first > lowest) names.back().first = lowest;
        for (std::size_t i = names.size() - 1; i-- > 0;)
            names[i].first = std::min(names[i].first, names[i + 1].first - label_spacing);
        names_ = std::move(names);
    }

    // Lays the legend out in rows, left to right, starting under the plot: the series and
    // the goal unless the lines are named at their ends, then what whiskers and open markers
    // mean.
    std::vector<LegendItem> layout_legend() const {
        std::vector<LegendItem> items;
        if (names_.empty()) {
            for (const ChartSeries& s : chart_.series) items.push_back({s.label, &s});
            if (chart_.goal && std::isfinite(*chart_.goal))
                items.push_back({goal_label(), nullptr, LegendItem::goal});
        }
        if (has_whiskers_) items.push_back({chart_.words.whisker_note, nullptr, LegendItem::whiskers});
        if (has_provisional_)
            items.push_back({chart_.words.provisional_note, nullptr, LegendItem::provisional});
        double x = plot_left_;
        double y = legend_first_row_y;
        for (LegendItem& item : items) {
            const double item_width = legend_sample_width + 6 + text_width(item.label);
            if (x > plot_left_ && x + item_width > plot_right_edge) {
                x = plot_left_;
                y += legend_row_height;
            }
            item.x = x;
            item.y = y;
            x += item_width + legend_item_gap;
        }
        return items;
    }

    std::string tick_label(int i) const {
        return format_axis_value(chart_, scale_.min + i * scale_.step, label_decimals_);
    }

    double x_of(std::size_t i) const {
        const std::size_t n = chart_.years.size();
        if (n <= 1) return (plot_left_ + plot_right_) / 2;
        const double span = plot_right_ - plot_left_ - 2 * x_padding;
        return plot_left_ + x_padding + span * static_cast<double>(i) / static_cast<double>(n - 1);
    }

    double y_of(double v) const {
        return plot_bottom -
               (v - scale_.min) / (scale_.max - scale_.min) * (plot_bottom - plot_top);
    }

    // The chart's description, and for charts with whiskers what they show: the legend
    // note is not read out, because role="img" hides the SVG's text from screen readers.
    std::string description() const {
        std::string text = chart_.description;
        const auto add = [&text](const std::string& sentence) {
            if (sentence.empty()) return;
            if (!text.empty()) {
                if (text.back() != '.' && text.back() != '!' && text.back() != '?') text += '.';
                text += ' ';
            }
            text += sentence + '.';
        };
        if (has_whiskers_) add(chart_.words.whisker_note);
        if (has_provisional_) add(chart_.words.provisional_note);
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
                lines += "M" + svg_coordinate(plot_left_) + " " + svg_coordinate(y_of(v)) + "H" + svg_coordinate(plot_right_);
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
        std::string lines = "M" + svg_coordinate(plot_left_) + " " + zero_y + "H" + svg_coordinate(plot_right_);
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
                svg_coordinate(y) + "\" x2=\"" + svg_coordinate(plot_right_) + "\" y2=\"" + svg_coordinate(y) + "\"/>\n";
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
            {plot_right_ - inset, goal_y - 6, "end"},
            {plot_left_ + inset, goal_y - 6, "start"},
            {plot_right_ - inset, goal_y + 16, "end"},
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
        if (is_provisional(s, i) && !chart_.words.provisional.empty())
            text += ", " + chart_.words.provisional;
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
                out_ += std::string("<circle class=\"chart-point") +
                        (is_provisional(s, i) ? " provisional" : "") + "\" cx=\"" + svg_coordinate(x_of(i)) + "\" cy=\"" +
                        svg_coordinate(y_of(*v)) + "\" r=\"" + r + "\"><title>" +
                        escape_html(marker_text(s, i, *v, decimals)) + "</title></circle>\n";
            }
            out_ += "</g>\n";
        }
    }

    void write_names() {
        for (const auto& [y, series] : names_)
            out_ += "<g class=\"series " + escape_html(series->css_class) +
                    "\"><text class=\"chart-name\" x=\"" +
                    svg_coordinate(plot_right_ - x_padding + label_gap) + "\" y=\"" +
                    svg_coordinate(y + text_middle_offset) + "\">" + escape_html(series->label) +
                    "</text></g>\n";
    }

    // A dashed vertical line halfway between the last year before a break and the break's
    // year, named at the top.
    void write_breaks() {
        for (const int year : chart_.breaks) {
            const auto at = std::find(chart_.years.begin(), chart_.years.end(), year);
            if (at == chart_.years.begin() || at == chart_.years.end()) continue;
            const std::size_t i = static_cast<std::size_t>(at - chart_.years.begin());
            const std::string x = svg_coordinate((x_of(i - 1) + x_of(i)) / 2);
            out_ += "<g class=\"chart-breaks\"><path class=\"chart-break\" d=\"M" + x + " " +
                    svg_coordinate(plot_top) + "V" + svg_coordinate(plot_bottom) +
                    "\"/><text class=\"chart-break-label\" x=\"" + x + "\" y=\"" +
                    svg_coordinate(plot_top - 4) + "\" text-anchor=\"middle\">" +
                    escape_html(chart_.words.series_break) + "</text></g>\n";
        }
    }

    void write_empty_notice() {
        out_ += "<text class=\"chart-empty\" x=\"" + svg_coordinate((plot_left_ + plot_right_) / 2) +
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
            const std::string middle = svg_coordinate(item.x + legend_sample_width / 2);
            switch (item.kind) {
                case LegendItem::line:
                    out_ += "<g class=\"series " + escape_html(item.series->css_class) + "\">";
                    out_ += "<line class=\"chart-line\" x1=\"" + x1 + "\" y1=\"" + y + "\" x2=\"" +
                            x2 + "\" y2=\"" + y + "\"/>";
                    out_ += "<circle class=\"chart-point\" cx=\"" + middle + "\" cy=\"" + y +
                            "\" r=\"" + svg_coordinate(marker_radius(*item.series)) + "\"/></g>\n";
                    break;
                case LegendItem::whiskers:
                    out_ += "<g class=\"chart-whisker-key\">" +
                            whisker_path(item.x + legend_sample_width / 2,
                                         item.y + legend_whisker_half_height,
                                         item.y - legend_whisker_half_height) +
                            "</g>\n";
                    break;
                case LegendItem::provisional:
                    out_ += "<g class=\"series series-area\"><circle class=\"chart-point "
                            "provisional\" cx=\"" + middle + "\" cy=\"" + y + "\" r=\"4\"/></g>\n";
                    break;
                case LegendItem::goal:
                    out_ += "<g class=\"goal\"><line class=\"chart-goal-line\" x1=\"" + x1 +
                            "\" y1=\"" + y + "\" x2=\"" + x2 + "\" y2=\"" + y + "\"/></g>\n";
                    break;
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
    bool has_provisional_ = false;  // some figure drawn is provisional
    double plot_left_ = 44;
    double plot_right_ = plot_right_edge;
    std::vector<std::pair<double, const ChartSeries*>> names_;  // y of each line's name
    double height_ = 320;        // of the drawing under the title
    double total_height_ = 0;    // of the view box
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

SvgImage draw_line_chart(const LineChart& chart) {
    ChartWriter writer(chart);
    std::string svg = writer.render();
    return {std::move(svg), width, writer.total_height()};
}

std::string render_line_chart(const LineChart& chart) { return ChartWriter(chart).render(); }

}  // namespace kt
