#include "site/family_page.h"

#include "render/markdown.h"
#include "site/page_context.h"
#include "site/site_paths.h"
#include "site/value_cell.h"

namespace kt {

nlohmann::json family_page(const SiteData& data, const Family& family) {
    const std::string dir = family_dir(family.id);
    const ContentPage* text = nullptr;
    if (auto it = data.family_pages.find(family.id); it != data.family_pages.end())
        text = it->second;
    nlohmann::json ctx = page_context(data, dir, text ? text->title : family.title, family.summary,
                                      {{data.words("page.front_page"), ""}});
    const Area& country = data.input.registry.country();
    nlohmann::json indicators = nlohmann::json::array();
    bool has_goals = false;
    for (const Indicator* indicator : data.input.catalogue.indicators_in(family.id)) {
        auto year = data.figures.latest_year(indicator->id);
        nlohmann::json cell = nullptr;
        if (year)
            cell = value_cell(data.words, *indicator,
                              data.figures.value(indicator->id, country.code, *year),
                              data.input.config.suppression);
        indicators.push_back({{"title", indicator->title},
                              {"href", page_link(dir, indicator_dir(indicator->id))},
                              {"short_definition", indicator->short_definition},
                              {"year", year ? std::to_string(*year) : ""},
                              {"cell", cell},
                              {"unit", indicator->unit},
                              {"goal", goal_text(*indicator)}});
        has_goals = has_goals || indicator->goal.has_value();
    }
    ctx["family"] = {{"id", family.id},
                     {"title", family.title},
                     {"summary", family.summary},
                     {"html", text ? markdown_to_html(data.markdown_of(*text), root_prefix(dir)) : ""}};
    ctx["indicators"] = indicators;
    ctx["has_goals"] = has_goals;
    return ctx;
}

}  // namespace kt
