#pragma once
// Line charts as self-contained, accessible SVG (no JavaScript), e.g. an indicator over
// time for a municipality, its county and the whole country, with the national goal.
#include <optional>
#include <string>
#include <vector>

#include "render/svg_frame.h"

namespace kt {

// A 95 % confidence interval in the values' unit (percent for a share); low <= high
// (asserted).
struct ChartInterval {
    double low = 0;
    double high = 0;
};

struct ChartSeries {
    std::string label;                          // e.g. "Vågå", "Innlandet", "Hele landet"
    std::vector<std::optional<double>> values;  // one per year; nullopt = gap in the line
    // Styles the line: "series-area", "series-county", "series-country", "series-other"
    // each have their colour and line pattern in the chart's own styles.
    std::string css_class;
    // One per year, drawn as a whisker (class "chart-whisker") beneath the lines and added
    // to the marker's text: "Vågå 2021: 63 % (55–70 %)". Empty: none. A year without a
    // value, or with a bound that is not finite, gets no whisker. The `= {}` keeps
    // ChartSeries{label, values, css_class} free of -Wmissing-field-initializers.
    std::vector<std::optional<ChartInterval>> intervals = {};
    // One per year: the figure is provisional, drawn as an open marker. Empty: none.
    std::vector<bool> provisional = {};
};

// The words a chart shows besides its data and labels, from the site's language file.
struct ChartWords {
    std::string goal;          // the goal's label when the chart has none of its own: "Mål"
    std::string whisker_note;  // "Strekene viser 95 % konfidensintervall"
    std::string no_data;       // "Ingen tall å vise"
    std::string provisional_note = {};  // "Åpen prikk: foreløpig tall"
    std::string provisional = {};       // added to a marker's text: "foreløpig"
    std::string series_break = {};      // over the line where the borders changed: "Nye grenser"
};

// A standalone chart: title, subtitle ("2015–2023, prosent"), <desc> and source inside.
struct LineChart : ChartText {
    // Prefix for element ids (title and description), unique within a page, e.g.
    // "chart-3435-introduksjon-arbeid". Empty: derived from a hash of title,
    // description and years, which collides only for charts with the same text.
    std::string id;
    std::vector<int> years;   // x axis, ascending
    // Years from which the figures are not comparable with the years before (the borders
    // changed): a marked vertical line before each.
    std::vector<int> breaks = {};
    std::vector<ChartSeries> series;
    std::optional<double> goal;  // horizontal dashed goal line
    std::string goal_label;      // "Mål 70 %"; words.goal if empty
    bool percent = false;        // values and axis labels in percent ("60 %")
    int decimals = 0;            // at least this many decimals in the y axis labels
    // Decimals of the values shown when pointing at a marker; `decimals` if empty.
    std::optional<int> value_decimals;
    ChartWords words;
};

// Byte-identical output for the same input. Values beyond years.size() are ignored,
// missing or non-finite values are gaps. The y axis covers the values, the goal and the
// intervals drawn. Each series is named at the end of its line where every series has a
// value in the last year and the names leave the plot room; otherwise in a legend under it.
// Only a chart with whiskers (or provisional figures) gets a note on them in the legend and
// a sentence in <desc>. Thread-safe.
std::string render_line_chart(const LineChart& chart);

// The same chart with the size of its view box, for an <img> that keeps its room.
struct SvgImage {
    std::string svg;
    double width = 0;
    double height = 0;
};
SvgImage draw_line_chart(const LineChart& chart);

// The y axis: from `min` to `max` in `step`s of 1, 2, 2.5 or 5 x 10^k, with 4 to 6 steps,
// covering [min(0, data_min), max(0, data_max)]. A range of zero width gets 0..5
// (0..100 for percent). Exposed for tests.
struct AxisScale {
    double min = 0;
    double max = 1;
    double step = 1;
    int steps() const;
};
AxisScale nice_axis_scale(double data_min, double data_max, bool percent = false);

// Round numbers around [low, high], not necessarily from 0: at most 6 steps of 1, 2, 2.5 or
// 5 x 10^k. A range of zero width is widened by a tenth of the value (or 1) on each side.
AxisScale nice_value_range(double low, double high);

// An SVG coordinate with at most one decimal and no "-0" or exponent: "12.5", "-3", "0".
// Every chart writes its coordinates so, which keeps them short and the output stable.
std::string svg_coordinate(double v);

// Fraction digits needed to write every multiple of `step` exactly (0.2 -> 1, 2.5 -> 1,
// 0.25 -> 2, 1000 -> 0).
int step_decimals(double step);

}  // namespace kt
