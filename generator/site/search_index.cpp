#include "site/search_index.h"

#include <map>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "site/site_paths.h"
#include "site/value_cell.h"

namespace kt {

namespace {

// Old codes whose territory is now (wholly or partly) in the area, so that a reader who
// searches for "Rygge" or "0136" finds Moss. Merged and renumbered codes are followed back
// wholly. A split code is listed as partly included, and only its own earlier numbers are
// followed: what was merged into it may have gone to another part. Code -> partly.
std::map<std::string, bool> predecessors(const Registry& registry, const Area& area) {
    std::map<std::string, bool> found;
    std::vector<std::pair<std::string, bool>> pending{{area.code, false}};
    while (!pending.empty()) {
        const auto [code, partly] = pending.back();
        pending.pop_back();
        for (const AreaChange* change : registry.changes_to(code)) {
            if (partly && change->kind != ChangeKind::new_code) continue;
            if (change->from == area.code) continue;  // a registry built by hand could loop
            const bool from_partly = partly || change->kind == ChangeKind::split;
            auto [it, inserted] = found.emplace(change->from, from_partly);
            // Reached again: follow it once more only if it now turns out to be whole.
            if (!inserted) {
                if (!it->second || from_partly) continue;
                it->second = false;
            }
            pending.emplace_back(change->from, from_partly);
        }
    }
    return found;
}

nlohmann::json earlier_codes(const Registry& registry, const Area& area) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& [code, partly] : predecessors(registry, area)) {
        const Area* old = registry.find(code);
        out.push_back({{"kode", code}, {"navn", old ? old->name : ""}, {"delvis", partly}});
    }
    return out;
}

// The key figures as the area's page shows them: the latest year of each key indicator,
// only where the data cover the area, formatted (or hidden) by the same rules as the page.
nlohmann::json key_figure_texts(const SiteData& data, const Area& area) {
    nlohmann::json out = nlohmann::json::array();
    for (const Indicator& indicator : data.input.catalogue.indicators) {
        const auto year = data.key_figure_year(indicator, area);
        if (!year) continue;
        const IndicatorValue& value = data.figures.value(indicator.id, area.code, *year);
        out.push_back({{"indikator", indicator.id},
                       {"år", *year},
                       {"tekst", value_text(indicator, value)},
                       {"status", status_class(value.status)}});
    }
    return out;
}

nlohmann::json area_entry(const SiteData& data, const Area& area) {
    nlohmann::json entry = {
        {"kode", area.code},
        {"navn", area.name},
        {"type", kind_name(area.kind)},
        {"url", page_link("", area_dir(area))},
        {"tidligere", earlier_codes(data.input.registry, area)},
        {"nøkkeltall", key_figure_texts(data, area)},
    };
    if (area.kind == AreaKind::municipality) entry["fylke"] = data.area(area.parent).name;
    if (area.kind == AreaKind::district) entry["kommune"] = data.area(area.parent).name;
    return entry;
}

}  // namespace

std::string search_index_json(const SiteData& data) {
    const Catalogue& catalogue = data.input.catalogue;
    nlohmann::json indicators = nlohmann::json::object();
    for (const Indicator& indicator : catalogue.indicators)
        indicators[indicator.id] = {{"tittel", indicator.title},
                                    {"enhet", indicator.unit},
                                    {"nøkkeltall", indicator.key_figure},
                                    {"url", page_link("", indicator_dir(indicator.id))}};
    nlohmann::json themes = nlohmann::json::array();
    for (const Family& family : catalogue.families)
        themes.push_back({{"tittel", family.title},
                          {"sammendrag", family.summary},
                          {"url", page_link("", family_dir(family.id))}});
    // Every current area has a page (see render_site); old codes only forward, so they are
    // found through the areas they became part of.
    nlohmann::json areas = nlohmann::json::array();
    for (const Area& area : data.input.registry.areas())
        if (area.is_current()) areas.push_back(area_entry(data, area));
    // nlohmann::json keeps object keys sorted, so the bytes depend only on the data.
    return nlohmann::json{{"indikatorer", indicators}, {"områder", areas}, {"tema", themes}}
               .dump() +
           "\n";
}

std::string search_index_script(const std::string& index_json) {
    return "window.kommunetallSok = " + index_json.substr(0, index_json.find_last_not_of('\n') + 1) +
           ";\n";
}

}  // namespace kt
