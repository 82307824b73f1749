#pragma once
// Horizontal bars as a standalone SVG (title, subtitle, source and styles inside), in three
// arrangements of one model:
// - ranked: one bar per row, e.g. the municipalities of a county, highest first;
// - grouped: a bar per series in each row, e.g. men and women in an area, its county and
//   the country;
// - stacked: each row's series side by side in one bar of 100 %, e.g. the answers to a survey
//   question (yes / no / not answered).
// An area's own row is marked by a frame laid over the image (render_bar_marks), so the one
// file serves every page that shows it.
#include <optional>
#include <string>
#include <vector>

#include "render/svg_frame.h"

namespace kt {

struct BarRow {
    std::string label;                          // "Vågå"
    std::vector<std::optional<double>> values;  // one per series; nullopt: no figure
    std::vector<std::string> texts;             // each value as printed: "70,0 %", ":"
};

// A vertical line across the bars: the country's figure, the goal.
struct BarLine {
    double value = 0;
    std::string label;      // "Norge 64,0 %"
    std::string css_class;  // "line-country" (dotted), "line-goal" (dashed), "line-county"
};

// Series with a colour of their own; more would repeat colours, so callers draw no chart then.
inline constexpr std::size_t kBarSeriesColours = 6;

struct BarChart : ChartText {
    enum class Arrangement { ranked, grouped, stacked };
    Arrangement arrangement = Arrangement::ranked;
    std::vector<std::string> series;  // names, in the legend (grouped and stacked only)
    std::vector<BarRow> rows;         // drawn top to bottom as given
    std::vector<BarLine> lines;
    bool percent = false;             // axis labels "60 %"; stacked bars are always percent
    std::string id = "bars";          // prefix of the ids inside
};

// Where each row lies in the file, for marks laid over it.
struct BarLayout {
    double width = 440, height = 0;
    std::vector<double> row_top, row_bottom;  // one per row, in view-box units
};

BarLayout layout_bars(const BarChart& chart);

// Deterministic; thread-safe. Values are drawn as given: pass them rounded as printed.
std::string render_bars(const BarChart& chart);

// An <svg> with the chart's view box that frames row `row` (and nothing else), to lie over the
// image on the page of that row's area: marked by a frame, not by colour alone.
std::string render_bar_marks(const BarLayout& layout, std::size_t row);

}  // namespace kt
