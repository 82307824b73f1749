#include "site/area_table.h"

#include "site/site_paths.h"
#include "site/value_cell.h"

namespace kt {

namespace {

std::string plural_heading(const Area& parent, const std::vector<const Area*>& children) {
    if (children.empty()) return "";
    switch (children.front()->kind) {
        case AreaKind::county:
            return "Fylkene";
        case AreaKind::municipality:
            return "Kommunene i " + parent.name;
        case AreaKind::district:
            return "Bydelene i " + parent.name;
        case AreaKind::country:
            break;
    }
    return "";
}

}  // namespace

nlohmann::json children_table(const SiteData& data, const Area& parent,
                              const std::vector<const Area*>& children,
                              const std::string& page_dir) {
    struct Column {
        const Indicator* indicator;
        int year;
    };
    std::vector<Column> columns;
    nlohmann::json headers = nlohmann::json::array();
    for (const Indicator& indicator : data.input.catalogue.indicators) {
        if (!indicator.key_figure) continue;
        auto year = data.figures.latest_year(indicator.id);
        if (!year) continue;
        bool any = false;
        for (const Area* child : children)
            any = any || data.figures.value(indicator.id, child->code, *year).status !=
                             ValueStatus::not_available;
        if (!any) continue;
        columns.push_back({&indicator, *year});
        headers.push_back({{"title", indicator.title},
                           {"year", std::to_string(*year)},
                           {"href", page_link(page_dir, indicator_dir(indicator.id))}});
    }
    nlohmann::json rows = nlohmann::json::array();
    for (const Area* child : children) {
        nlohmann::json cells = nlohmann::json::array();
        for (const Column& column : columns)
            cells.push_back(
                value_cell(*column.indicator,
                           data.figures.value(column.indicator->id, child->code, column.year),
                           data.input.config.suppression));
        rows.push_back({{"name", child->name},
                        {"code", child->code},
                        {"href", page_link(page_dir, area_dir(*child))},
                        {"cells", cells}});
    }
    return {{"heading", plural_heading(parent, children)}, {"columns", headers}, {"rows", rows}};
}

}  // namespace kt
