#include "site/indicator_map.h"

#include <algorithm>

#include "render/map_classes.h"
#include "render/number_format.h"
#include "render/sentence.h"
#include "render/svg_map.h"
#include "render/value_text.h"
#include "site/site_paths.h"

namespace kt {

namespace {

// A break as a number without its unit (the subtitle gives it), with no more decimals than
// it has: breaks are often round.
std::string break_text(double value, int decimals) {
    int d = 0;
    while (d < decimals && shown_value(value, d) != value) ++d;
    return format_number(value, d);
}

std::vector<std::string> legend(const Words& words, const Indicator& indicator,
                                const std::vector<double>& breaks) {
    std::vector<std::string> labels;
    if (breaks.empty()) return {words("map.class_all")};
    const auto text = [&](double b) { return break_text(b, indicator.decimals); };
    for (std::size_t c = 0; c <= breaks.size(); ++c) {
        if (c == 0)
            labels.push_back(words("map.class_below", {{"high", text(breaks[0])}}));
        else if (c == breaks.size())
            labels.push_back(words("map.class_from", {{"low", text(breaks[c - 1])}}));
        else
            labels.push_back(words("map.class_between",
                                   {{"low", text(breaks[c - 1])}, {"high", text(breaks[c])}}));
    }
    return labels;
}

// "Lavest: Vågå (12,0 %). Høyest: Hol (88,0 %)." with the count of areas with a figure.
std::string description(const SiteData& data, const Indicator& indicator, const ShownFigures& m) {
    if (m.values.empty())
        return data.words("chart.description_empty", {{"year", std::to_string(m.year)}});
    const auto [low, high] = std::minmax_element(m.values.begin(), m.values.end());
    return data.words("map.description",
                      {{"year", std::to_string(m.year)},
                       {"with_figure", std::to_string(m.values.size())},
                       {"without_figure", std::to_string(data.municipalities.size() - m.values.size())},
                       {"lowest_area", data.distinct_name(*m.areas[static_cast<std::size_t>(low - m.values.begin())])},
                       {"lowest", format_value(indicator, *low)},
                       {"highest_area", data.distinct_name(*m.areas[static_cast<std::size_t>(high - m.values.begin())])},
                       {"highest", format_value(indicator, *high)}});
}

}  // namespace

bool has_indicator_map(const SiteData& data, const Indicator& indicator) {
    return !data.input.map.empty() && data.shown.count(indicator.id) > 0;
}

std::string indicator_map_path(const Indicator& indicator) {
    return indicator_dir(indicator.id) + "kart.svg";
}

namespace {

// "Kilde: IMDi. Kart: Kartverket (CC BY 4.0)." under the map.
std::string source_line(const SiteData& data, const Indicator& indicator) {
    const std::string& map_source = data.input.config.map.source;
    return data.words("map.source", {{"source", as_sentence(indicator.source)},
                                     {"map_source", as_sentence(map_source)},
                                     {"has_map_source", map_source.empty() ? "no" : "yes"}});
}

Choropleth choropleth(const SiteData& data, const Indicator& indicator, const ShownFigures& m) {
    const Words& words = data.words;
    Choropleth chart;
    chart.title_lines = wrap_words(indicator.title, 26);
    chart.subtitle = words("map.subtitle", {{"year", std::to_string(m.year)}, {"unit", indicator.unit}});
    chart.description = description(data, indicator, m);
    chart.legend = legend(words, indicator, m.breaks);
    chart.no_figure = words("map.no_figure");
    chart.source = source_line(data, indicator);
    for (std::size_t i = 0; i < m.areas.size(); ++i)
        chart.areas[m.areas[i]->code] = {class_of(m.values[i], m.breaks),
                                         data.distinct_name(*m.areas[i]) + ": " + format_value(indicator, m.values[i])};
    return chart;
}

// The colour the map gives the area, for its outline to be filled with.
std::string outline_fill(const ShownFigures& m, const std::string& code) {
    const int i = m.index_of(code);
    if (i < 0) return "";
    return class_colour(m.breaks.size() + 1, class_of(m.values[static_cast<std::size_t>(i)], m.breaks));
}

}  // namespace

std::string indicator_map_svg(const SiteData& data, const Indicator& indicator) {
    return render_choropleth(data.input.map, choropleth(data, indicator, data.shown.at(indicator.id)));
}

nlohmann::json indicator_map_figure(const SiteData& data, const Indicator& indicator,
                                    const std::string& page_dir, const Area* outlined) {
    if (!has_indicator_map(data, indicator)) return nullptr;
    const ShownFigures& m = data.shown.at(indicator.id);
    Choropleth text_only;  // the height depends on the source line alone
    text_only.source = source_line(data, indicator);
    const int height = choropleth_height(data.input.map, text_only);
    nlohmann::json figure = {
        {"src", file_link(page_dir, indicator_map_path(indicator))},
        {"title", indicator.title},
        {"year", std::to_string(m.year)},
        {"alt", data.words("map.alt", {{"title", indicator.title}, {"year", std::to_string(m.year)}}) +
                    " " + description(data, indicator, m)},
        {"outline", outlined ? render_map_outline(data.input.map, outlined->code, height,
                                                  outline_fill(m, outlined->code))
                             : ""},
        {"caption", outlined ? data.words("map.caption_outlined", {{"area", outlined->name}})
                             : data.words("map.caption")},
        {"width", std::to_string(data.input.map.width)},
        {"height", std::to_string(height)},
    };
    return figure;
}

bool has_indicator_tile_map(const SiteData& data, const Indicator& indicator) {
    return !data.input.tiles.empty() && data.shown.count(indicator.id) > 0;
}

std::string indicator_tile_map_path(const Indicator& indicator) {
    return indicator_dir(indicator.id) + "rutekart.svg";
}

namespace {

Choropleth tile_chart(const SiteData& data, const Indicator& indicator) {
    const ShownFigures& m = data.shown.at(indicator.id);
    Choropleth chart = choropleth(data, indicator, m);
    chart.subtitle = data.words("map.tile_subtitle", {{"year", std::to_string(m.year)}, {"unit", indicator.unit}});
    // The squares are the generator's own layout: only the figures have a source.
    chart.source = data.words("chart.source", {{"source", as_sentence(indicator.source)}});
    return chart;
}

}  // namespace

std::string indicator_tile_map_svg(const SiteData& data, const Indicator& indicator) {
    return render_tile_map(data.input.tiles, tile_chart(data, indicator));
}

nlohmann::json indicator_tile_map_figure(const SiteData& data, const Indicator& indicator,
                                         const std::string& page_dir, const Area* outlined) {
    if (!has_indicator_tile_map(data, indicator)) return nullptr;
    const ShownFigures& m = data.shown.at(indicator.id);
    const TileMapBox box = tile_map_box(data.input.tiles, tile_chart(data, indicator));
    const std::string caption = data.words("map.tile_caption");
    return {{"src", file_link(page_dir, indicator_tile_map_path(indicator))},
            {"alt", data.words("map.tile_alt", {{"title", indicator.title},
                                                {"year", std::to_string(m.year)}}) +
                        " " + description(data, indicator, m)},
            {"width", std::to_string(box.width)},
            {"height", std::to_string(box.height)},
            {"outline", outlined ? render_tile_outline(data.input.tiles, outlined->code, box) : ""},
            {"caption", outlined ? caption + " " + data.words("map.caption_outlined", {{"area", outlined->name}})
                                 : caption}};
}

nlohmann::json headline_map_figure(const SiteData& data, const std::string& page_dir,
                                   const Area* outlined) {
    for (const Indicator& indicator : data.input.catalogue.indicators)
        if (indicator.key_figure && has_indicator_map(data, indicator)) {
            nlohmann::json figure = indicator_map_figure(data, indicator, page_dir, outlined);
            figure["indicator_href"] = page_link(page_dir, indicator_dir(indicator.id));
            figure["tile_map"] = indicator_tile_map_figure(data, indicator, page_dir, outlined);
            return figure;
        }
    return nullptr;
}

}  // namespace kt
