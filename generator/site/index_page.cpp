#include "site/index_page.h"

#include <cmath>

#include "render/number_format.h"
#include "render/value_text.h"
#include "site/download_forms.h"
#include "site/figure_reading.h"
#include "site/index_download.h"
#include "site/page_context.h"
#include "site/site_paths.h"
#include "stats/ranking.h"

namespace kt {

namespace {

std::string method_text(const Words& words, const CompositeIndexSpec& spec) {
    switch (spec.method) {
        case IndexMethod::quartile_points:
            return words("index.quartile_points_method");
        case IndexMethod::grades:
            return words("index.grades_method");
    }
    return "";
}

std::string score_text(double score) { return format_number(round_to_decimals(score, 2), 2); }

std::string change_text(const IndexTable& table, const IndexScore& score) {
    if (!score.score) return "";
    auto it = table.previous_score.find(score.area);
    if (it == table.previous_score.end()) return "";
    // Between the scores as shown, so the column agrees with them.
    return format_signed(round_to_decimals(*score.score, 2) - round_to_decimals(it->second, 2), 2);
}

std::string component_score_text(const Words& words, IndexMethod method, double score) {
    return method == IndexMethod::quartile_points
               ? words("index.points", {{"points", format_number(score, 0)}})
               : words("index.grade", {{"grade", format_number(round_to_decimals(score, 1), 1)}});
}

}  // namespace

nlohmann::json index_page(const SiteData& data, const IndexTable& table) {
    const CompositeIndexSpec& spec = *table.spec;
    const std::string dir = index_dir(spec.id);
    const Words& words = data.words;
    nlohmann::json ctx =
        page_context(data, dir, spec.title, spec.description, {{words("page.front_page"), ""}});

    // Each component's theme, its part of the weight, and how many municipalities it has a
    // figure for: an index over components few have says little.
    double total_weight = 0;
    for (const IndexComponentSpec& component : spec.components) total_weight += component.weight;
    nlohmann::json components = nlohmann::json::array();
    for (std::size_t c = 0; c < table.indicators.size(); ++c) {
        const Indicator& indicator = *table.indicators[c];
        int with_figure = 0;
        for (const auto& [area, figures] : table.figures) with_figure += figures[c] ? 1 : 0;
        const Family* family = data.input.catalogue.family(indicator.family);
        components.push_back(
            {{"title", indicator.title},
             {"href", page_link(dir, indicator_dir(indicator.id))},
             {"family", family ? family->title : ""},
             {"year", std::to_string(table.years[c])},
             {"weight", format_number(spec.components[c].weight, 0)},
             {"weight_share",
              format_percent(round_to_decimals(100 * spec.components[c].weight / total_weight, 0), 0)},
             {"coverage", std::to_string(with_figure)},
             {"municipalities", std::to_string(table.figures.size())},
             {"national", table.national[c] ? format_value(indicator, *table.national[c]) : ""},
             {"direction",
              words(indicator.higher_is_better.value_or(true) ? "indicator.higher_is_better"
                                                              : "indicator.lower_is_better")}});
    }

    std::size_t ranked = 0;
    std::vector<std::optional<RankRange>> top_ten;
    nlohmann::json rows = nlohmann::json::array();
    for (const IndexScore& score : table.scores) {
        ranked += score.rank ? 1 : 0;
        if (score.rank && *score.rank <= 10) top_ten.push_back(score.plausible);
        const Area& area = data.area(score.area);
        nlohmann::json cells = nlohmann::json::array();
        const auto& figures = table.figures.at(score.area);
        for (std::size_t c = 0; c < table.indicators.size(); ++c) {
            const auto& points = score.component_scores[c];
            cells.push_back(
                {{"figure", figures[c] ? format_value(*table.indicators[c], *figures[c]) : ""},
                 {"score", points ? component_score_text(words, spec.method, *points) : ""}});
        }
        rows.push_back(
            {{"rank", score.rank ? std::to_string(*score.rank) : ""},
             {"plausible", plausible_places_text(score.plausible)},
             {"name", area.name},
             {"href", page_link(dir, area_dir(area))},
             {"county", data.area(area.parent).name},
             {"score", score.score ? score_text(*score.score) : ""},
             {"change", change_text(table, score)},
             {"cells", cells},
             {"reason", index_score_note(words, table, score)}});
    }
    const bool weighted = spec.method == IndexMethod::grades;
    ctx["index"] = {
        {"id", spec.id},
        {"title", spec.title},
        {"description", spec.description},
        {"method", method_text(words, spec)},
        {"weighted", weighted},
        {"min_share", format_number(round_to_decimals(100 * spec.min_share, 0), 0)},
        {"ranked", std::to_string(ranked)},
        {"places_note", plausible_places_note(words, top_ten, static_cast<int>(ranked))},
        {"count", std::to_string(table.scores.size())},
        {"downloads", download_links(dir, index_download_path(table), false)},
        {"components", components},
        {"rows", rows}};
    return ctx;
}

}  // namespace kt
