#include "site/corrections_page.h"

#include "render/csv_writer.h"
#include "render/number_format.h"
#include "render/value_text.h"
#include "site/downloads.h"
#include "site/page_context.h"
#include "site/site_paths.h"

namespace kt {

namespace {

// A page lists this many; the download has them all.
constexpr std::size_t kShownOnPage = 1000;

// A machine number as the indicator's pages show it ("63,4 %"), or "" for none.
std::string shown(const Catalogue& catalogue, const Correction& c, const std::string& number) {
    const std::optional<double> value = read_machine_number(number);
    if (!value) return "";
    const Indicator* indicator = catalogue.indicator(c.indicator);
    return indicator ? format_value(*indicator, *value) : number;
}

nlohmann::json row(const SiteData& data, const Correction& c, const std::string& dir) {
    const Catalogue& catalogue = data.input.catalogue;
    const Indicator* indicator = catalogue.indicator(c.indicator);
    // An area's page shows the figure in the indicator's block; a group's page in its table.
    const Area* area = data.input.registry.find(c.area_code);
    std::string area_href = area ? page_link(dir, area_dir(*area)) + "#" + c.indicator : "";
    for (const AreaGroup& group : data.figures.groups())
        if (!area && group_download_code(group) == c.area_code)
            area_href = page_link(dir, group_dir(group));
    return {{"date", format_date(c.date)},
            {"indicator", indicator ? indicator->title : c.indicator},
            {"indicator_href", indicator ? page_link(dir, indicator_dir(indicator->id)) : ""},
            {"area", c.area_name},
            {"area_href", area_href},
            {"period", c.period},
            {"corrected", c.kind == "rettet"},
            {"hidden", c.kind == "skjult"},
            {"removed", c.kind == "fjernet"},
            {"old", shown(catalogue, c, c.old_value)},
            {"new", shown(catalogue, c, c.new_value)}};
}

}  // namespace

nlohmann::json corrections_page(const SiteData& data) {
    const std::string dir = kCorrectionsDir;
    const Words& words = data.words;
    nlohmann::json ctx = page_context(data, dir, words("corrections.title"),
                                      words("corrections.description"),
                                      {{words("page.front_page"), ""}});
    const std::vector<Correction>& list = data.corrections.list;
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t i = 0; i < list.size() && i < kShownOnPage; ++i)
        rows.push_back(row(data, list[i], dir));
    ctx["corrections"] = {{"has_rows", !rows.empty()},
                          {"rows", rows},
                          {"count", std::to_string(list.size())},
                          {"more", list.size() > kShownOnPage},
                          {"csv_href", file_link(dir, kCorrectionsPath)}};
    return ctx;
}

nlohmann::json figure_corrections(const SiteData& data, const Indicator& indicator,
                                  const Area& area, const std::string& page_dir) {
    auto it = data.corrections.by_figure.find({indicator.id, area.code});
    if (it == data.corrections.by_figure.end()) return nullptr;
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t i : it->second) rows.push_back(row(data, data.corrections.list[i], page_dir));
    return {{"rows", rows}, {"href", page_link(page_dir, kCorrectionsDir)}};
}

}  // namespace kt
