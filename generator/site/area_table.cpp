#include "site/area_table.h"

#include "site/figure_reading.h"
#include "site/site_paths.h"
#include "site/sparklines.h"
#include "site/value_cell.h"

namespace kt {

namespace {

std::string plural_heading(const Words& words, const Area& parent,
                           const std::vector<const Area*>& children) {
    if (children.empty()) return "";
    return words("area.members",
                 {{"kind", kind_name(children.front()->kind)}, {"parent", parent.name}});
}

}  // namespace

nlohmann::json area_table(const SiteData& data, const std::string& heading,
                          const std::vector<AreaTableRow>& rows, const std::string& page_dir,
                          const std::string& anchor, const std::string& lead) {
    struct Column {
        const Indicator* indicator;
        int year;
        SparkScale scale;  // every row's sparkline on one scale
    };
    std::vector<std::string> codes;
    for (const AreaTableRow& row : rows) codes.push_back(row.code);
    std::vector<Column> columns;
    nlohmann::json headers = nlohmann::json::array();
    for (const Indicator& indicator : data.input.catalogue.indicators) {
        if (!indicator.key_figure) continue;
        auto year = data.figures.latest_year(indicator.id);
        if (!year) continue;
        bool any = false;
        for (const AreaTableRow& row : rows)
            any =
                any || (!row.is_total && data.figures.value(indicator.id, row.code, *year).status !=
                                             ValueStatus::not_available);
        if (!any) continue;
        columns.push_back({&indicator, *year, spark_scale(data, indicator, codes)});
        headers.push_back({{"title", indicator.title},
                           {"year", std::to_string(*year)},
                           {"href", page_link(page_dir, indicator_dir(indicator.id))}});
    }
    nlohmann::json out_rows = nlohmann::json::array();
    for (const AreaTableRow& row : rows) {
        nlohmann::json cells = nlohmann::json::array();
        for (const Column& column : columns) {
            nlohmann::json cell =
                figure_or_pooled_cell(data, *column.indicator, row.code, column.year);
            cell["spark"] = sparkline(data, *column.indicator, row.code, column.scale);
            cells.push_back(std::move(cell));
        }
        out_rows.push_back({{"name", row.name},
                            {"code", row.code},
                            {"href", page_link(page_dir, row.dir)},
                            {"is_total", row.is_total},
                            {"cells", cells}});
    }
    return {{"heading", heading},
            {"anchor", anchor},
            {"lead", lead},
            {"columns", headers},
            {"rows", out_rows}};
}

nlohmann::json children_table(const SiteData& data, const Area& parent,
                              const std::vector<const Area*>& children,
                              const std::string& page_dir) {
    std::vector<AreaTableRow> rows;
    for (const Area* child : children) rows.push_back({child->name, child->code, area_dir(*child)});
    return area_table(data, plural_heading(data.words, parent, children), rows, page_dir);
}

}  // namespace kt
