#include "site/indicator_distribution.h"

#include <algorithm>

#include "render/map_classes.h"
#include "render/sentence.h"
#include "render/svg_frame.h"
#include "render/value_text.h"
#include "site/site_paths.h"

namespace kt {

namespace {

std::string description(const SiteData& data, const Indicator& indicator, const ShownFigures& shown) {
    if (shown.values.empty())
        return data.words("chart.description_empty", {{"year", std::to_string(shown.year)}});
    const auto [low, high] = std::minmax_element(shown.values.begin(), shown.values.end());
    return data.words("distribution.description",
                      {{"title", indicator.title},
                       {"year", std::to_string(shown.year)},
                       {"with_figure", std::to_string(shown.values.size())},
                       {"lowest", format_value(indicator, *low)},
                       {"highest", format_value(indicator, *high)}});
}

}  // namespace

bool has_indicator_distribution(const SiteData& data, const Indicator& indicator) {
    const auto found = data.shown.find(indicator.id);
    return found != data.shown.end() && !found->second.values.empty();
}

std::string indicator_distribution_path(const Indicator& indicator) {
    return indicator_dir(indicator.id) + "fordeling.svg";
}

std::string indicator_distribution_svg(const SiteData& data, const Indicator& indicator) {
    const ShownFigures& shown = data.shown.at(indicator.id);
    DistributionChart chart;
    chart.title_lines = wrap_words(indicator.title, 38);
    chart.subtitle = data.words("distribution.subtitle",
                                {{"year", std::to_string(shown.year)}, {"unit", indicator.unit}});
    chart.description = description(data, indicator, shown);
    chart.source = data.words("chart.source", {{"source", as_sentence(indicator.source)}});
    for (std::size_t i = 0; i < shown.areas.size(); ++i)
        chart.dot_labels.push_back(data.distinct_name(*shown.areas[i]) + ": " +
                                   format_value(indicator, shown.values[i]));
    return render_distribution(shown.layout, chart);
}

nlohmann::json distribution_figure(const SiteData& data, const Indicator& indicator,
                                   const std::string& page_dir, const Area* area) {
    if (!has_indicator_distribution(data, indicator)) return nullptr;
    const ShownFigures& shown = data.shown.at(indicator.id);
    std::vector<StripLine> lines;
    nlohmann::json key = nlohmann::json::array();
    int dot = -1;
    std::string alt = description(data, indicator, shown);
    if (area) {
        dot = shown.index_of(area->code);
        if (dot >= 0) {
            key.push_back({{"css_class", "key--area"}, {"label", area->name}});
            const double value = shown.values[static_cast<std::size_t>(dot)];
            const auto below = std::count_if(shown.values.begin(), shown.values.end(),
                                             [&](double v) { return v < value; });
            alt += " " + data.words("distribution.area",
                                    {{"area", area->name},
                                     {"value", format_value(indicator, value)},
                                     {"below", std::to_string(below)},
                                     {"with_figure", std::to_string(shown.values.size())}});
        }
        const Area* county = data.input.registry.find(area->parent);
        if (county && county->kind == AreaKind::county && !data.is_only_member(*area)) {
            const IndicatorValue& v = data.figures.value(indicator.id, county->code, shown.year);
            if (v.has_number()) {
                lines.push_back({shown_value(v.value, indicator.decimals), "mark-county"});
                key.push_back({{"css_class", "key--county"}, {"label", county->name}});
            }
        }
    }
    const Area& country = data.input.registry.country();
    const IndicatorValue& national = data.figures.value(indicator.id, country.code, shown.year);
    if (national.has_number()) {
        lines.push_back({shown_value(national.value, indicator.decimals), "mark-country"});
        key.push_back({{"css_class", "key--country"}, {"label", country.name}});
    }
    return {{"src", file_link(page_dir, indicator_distribution_path(indicator)) + "#strip"},
            {"href", file_link(page_dir, indicator_distribution_path(indicator))},
            {"alt", alt},
            {"year", std::to_string(shown.year)},
            {"width", "320"},
            {"height", std::to_string(static_cast<int>(std::lround(shown.layout.height)))},
            {"marks", render_strip_marks(shown.layout, lines, dot)},
            {"key", key}};
}

}  // namespace kt
