#include "site/series_block.h"

#include <algorithm>
#include <cmath>

#include "render/area_history_text.h"
#include "render/map_classes.h"
#include "render/sentence.h"
#include "render/svg_chart.h"
#include "render/value_text.h"
#include "site/site_paths.h"
#include "site/value_cell.h"
#include "stats/area_history.h"

namespace kt {

namespace {

// The page's own area, an area above it, or the country: the same look on every page.
const char* series_class(const Area& area, std::size_t position) {
    if (position == 0) return "series-area";
    return area.kind == AreaKind::country ? "series-country" : "series-county";
}

// "Bosatte flyktninger, personer", but not "… per 1 000 innbyggere, per 1 000 innbyggere".
std::string table_caption(const Indicator& indicator) {
    std::string caption = indicator.title;
    if (!indicator.unit.empty() && indicator.title.find(indicator.unit) == std::string::npos)
        caption += ", " + indicator.unit;
    return caption;
}

// What the reforms mean for the area's own series, said only where its figures show it: a
// break where a year is incomparable, or the predecessors where a year sums them (data
// back-cast to today's borders need neither).
std::string history_note(const SiteData& data, const Indicator& indicator, const Area& area,
                         const std::vector<int>& years) {
    if (area.kind != AreaKind::municipality) return "";
    int last_incomparable = 0, last_summed = 0;
    for (int year : years) {
        const IndicatorValue& v = data.figures.value(indicator.id, area.code, year);
        if (v.incomparable) last_incomparable = year;
        if (v.parts_total > 0) last_summed = year;
    }
    if (last_incomparable) return series_break_note(data.words, area.name, last_incomparable + 1);
    if (!last_summed) return "";
    const Registry& registry = data.input.registry;
    const ObservationTable& table = data.input.observations;
    const Constituents summed =
        constituents(registry, {area.code}, last_summed, [&](const std::string& code) {
            return table.find(indicator.numerator, code, last_summed) != nullptr;
        });
    std::vector<std::string> parts;
    for (const std::string& code : summed.codes)
        parts.push_back(registry.find(code)->name + " (" + code + ")");
    return predecessor_sum_note(data.words, last_summed, parts);
}

}  // namespace

std::vector<int> shown_years(const SiteData& data, const Indicator& indicator,
                             const std::vector<const Area*>& areas) {
    // The page's own area decides: an indicator its data never cover is left out, even
    // when the areas it is compared with have figures (Oslo's districts and the programme).
    if (!data.figures.covers(indicator.id, areas.front()->code)) return {};
    // Years before the first and after the last figure of any of the areas are left out.
    // A year a split makes incomparable stays in, so the table shows the break.
    auto has_data = [&](int year) {
        return std::any_of(areas.begin(), areas.end(), [&](const Area* area) {
            return data.figures.value(indicator.id, area->code, year).in_data();
        });
    };
    const std::vector<int>& years = data.figures.years();
    auto first = std::find_if(years.begin(), years.end(), has_data);
    auto last = std::find_if(years.rbegin(), years.rend(), has_data).base();
    return first < last ? std::vector<int>(first, last) : std::vector<int>{};
}

std::vector<const Area*> comparison_areas(const SiteData& data, const Area& area) {
    std::vector<const Area*> areas{&area};
    const Area* parent = area.parent.empty() ? nullptr : data.input.registry.find(area.parent);
    if (parent && parent->kind != AreaKind::country && !data.is_only_member(area))
        areas.push_back(parent);
    if (area.kind != AreaKind::country) areas.push_back(&data.input.registry.country());
    return areas;
}

nlohmann::json series_block(const SiteData& data, const Indicator& indicator,
                            const std::vector<const Area*>& areas, const std::string& page_dir,
                            const std::string& chart_name, std::vector<OutputFile>& files) {
    const std::vector<int> years = shown_years(data, indicator, areas);
    if (years.empty()) return nullptr;
    const Words& words = data.words;

    LineChart chart;
    chart.id = "chart-" + indicator.id;
    chart.title_lines = wrap_words(indicator.title + ", " + areas.front()->name, 46);
    chart.percent = is_percentage(indicator);
    chart.decimals = 0;
    chart.value_decimals = indicator.decimals;
    chart.goal = indicator.goal;
    if (indicator.goal) chart.goal_label = goal_label(words, indicator);
    chart.source = words("chart.source", {{"source", as_sentence(indicator.source)}});
    chart.words = {words("figure.goal"),        words("chart.whisker_note"),
                   words("chart.no_data"),      words("chart.provisional_note"),
                   words("chart.provisional"),  words("chart.series_break")};

    nlohmann::json columns = nlohmann::json::array();
    for (const Area* area : areas) columns.push_back(area->name);
    nlohmann::json rows = nlohmann::json::array();
    std::vector<ChartSeries> series(areas.size());
    for (std::size_t i = 0; i < areas.size(); ++i)
        series[i] = {areas[i]->name, {}, series_class(*areas[i], i)};

    bool incomparable_before = false;
    for (auto year = years.begin(); year < years.end(); ++year) {
        nlohmann::json cells = nlohmann::json::array();
        for (std::size_t i = 0; i < areas.size(); ++i) {
            const IndicatorValue& v = data.figures.value(indicator.id, areas[i]->code, *year);
            // Drawn as printed: a marker or whisker carries no more precision than the table.
            series[i].values.push_back(v.has_number() ? std::optional<double>(shown_value(v.value, indicator.decimals))
                                                      : std::nullopt);
            series[i].provisional.push_back(v.has_number() && v.provisional);
            // Whiskers for the page's own area: the county's and country's are narrow and
            // would sit on top of them.
            if (i == 0) {
                const auto interval = share_interval(indicator, v);
                series[i].intervals.push_back(
                    interval ? std::optional<ChartInterval>(
                                   {shown_value(interval->low, indicator.decimals),
                                    shown_value(interval->high, indicator.decimals)})
                             : std::nullopt);
                // The area's borders changed: its figures start again here.
                if (v.incomparable) incomparable_before = true;
                else if (incomparable_before) {
                    chart.breaks.push_back(*year);
                    incomparable_before = false;
                }
            }
            cells.push_back(value_cell(words, indicator, v, data.input.config.suppression));
        }
        chart.years.push_back(*year);
        rows.push_back({{"year", std::to_string(*year)}, {"cells", cells}});
    }
    if (rows.empty()) return nullptr;
    // A count for a municipality next to the county's and the country's would be a flat line
    // at the bottom of the chart; counts chart the area alone, the table still compares.
    if (indicator.computation == Computation::count) series.resize(1);

    const std::string year_span = chart.years.size() == 1
                                      ? std::to_string(chart.years.front())
                                      : std::to_string(chart.years.front()) + "\u2013" +
                                            std::to_string(chart.years.back());
    chart.subtitle = words("chart.subtitle", {{"years", year_span}, {"unit", indicator.unit}});
    // What a reader of the image alone needs: the definition and the last year's figures.
    std::string latest;
    const nlohmann::json& last_cells = rows.back()["cells"];
    for (std::size_t i = 0; i < series.size(); ++i)
        latest += (latest.empty() ? "" : ", ") + areas[i]->name + " " +
                  last_cells[i]["text"].get<std::string>();
    chart.description = words("chart.description", {{"definition", as_sentence(indicator.short_definition)},
                                                     {"year", rows.back()["year"].get<std::string>()},
                                                     {"figures", latest}});
    chart.series = std::move(series);
    const SvgImage image = draw_line_chart(chart);
    files.push_back({page_dir + chart_name, image.svg});

    return {
        {"id", indicator.id},
        {"title", indicator.title},
        {"href", page_link(page_dir, indicator_dir(indicator.id))},
        {"per_municipality", publishes_municipalities(indicator)},
        {"compact", false},
        {"short_definition", indicator.short_definition},
        {"cohort", indicator.cohort},
        {"source", indicator.source},
        {"unit", indicator.unit},
        {"caption", table_caption(indicator)},
        // The table's caption names the interval, so its cells need not.
        {"interval_in_caption", indicator.computation == Computation::share},
        {"goal", goal_line(words, indicator)},
        {"history_note", history_note(data, indicator, *areas.front(), chart.years)},
        {"chart", {{"src", chart_name},
                   {"width", std::to_string(static_cast<int>(std::ceil(image.width)))},
                   {"height", std::to_string(static_cast<int>(std::ceil(image.height)))},
                   {"alt", indicator.title + ", " + areas.front()->name + ". " +
                               as_sentence(chart.subtitle) + " " + chart.description}}},
        {"columns", columns},
        {"latest", {{"year", rows.back()["year"]}, {"cell", rows.back()["cells"][0]}}},
        {"rows", rows},
    };
}

}  // namespace kt
