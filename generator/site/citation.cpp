#include "site/citation.h"

#include "render/number_format.h"
#include "render/value_text.h"
#include "site/site_paths.h"
#include "site/value_cell.h"

namespace kt {

nlohmann::json figure_citation(const SiteData& data, const Indicator& indicator, const Area& area,
                               int year) {
    const IndicatorValue& value = data.figures.value(indicator.id, area.code, year);
    if (!value.has_number()) return nullptr;
    // "67 personer", "63,4 %": the figure as the page shows it, with its unit.
    std::string figure = value_text(indicator, value);
    if (!is_percentage(indicator)) figure += " " + indicator.unit;
    const SiteConfig& config = data.input.config;
    const std::string url =
        config.base_url.empty() ? "" : config.base_url + area_dir(area) + "#" + indicator.id;
    return {{"text", data.words("cite.figure", {{"site", config.title},
                                                {"indicator", indicator.title},
                                                {"area", area.name},
                                                {"year", std::to_string(year)},
                                                {"figure", figure},
                                                {"cohort", indicator.cohort},
                                                {"source", indicator.source},
                                                {"updated", format_date(config.data_updated)}})},
            {"url", url}};
}

}  // namespace kt
