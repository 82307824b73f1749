#include "site/historical_page.h"

#include "render/area_history_text.h"
#include "site/download_forms.h"
#include "site/downloads.h"
#include "site/page_context.h"
#include "site/site_paths.h"

namespace kt {

namespace {

std::string validity(const Words& words, const Area& area) {
    const bool from = !area.first_day.empty();
    return words("history.in_use", {{"has_from", from ? "yes" : "no"},
                                    {"from", from ? short_date(area.first_day) : ""},
                                    {"to", short_date(area.last_day)}});
}

}  // namespace

bool has_own_figures(const SiteData& data, const Area& area) {
    for (const Indicator& indicator : data.input.catalogue.indicators)
        if (data.figures.covers(indicator.id, area.code)) return true;
    return false;
}

nlohmann::json historical_page(const SiteData& data, const Area& area) {
    const Registry& registry = data.input.registry;
    const std::string dir = area_dir(area);
    const std::string heading = area.name + " (" + area.code + ")";
    nlohmann::json ctx = page_context(
        data, dir, heading,
        data.words("history.description", {{"kind", kind_name(area.kind)}, {"area", area.name}}),
        {{data.words("page.front_page"), ""}});

    nlohmann::json successors = nlohmann::json::array();
    const std::vector<std::string> codes = registry.current_successors(area.code);
    for (const std::string& code : codes) {
        const Area* successor = registry.find(code);
        successors.push_back({{"name", successor->name + " (" + code + ")"},
                              {"href", page_link(dir, area_dir(*successor))}});
    }
    if (codes.size() == 1) {
        const Area& successor = *registry.find(codes.front());
        ctx["page"]["redirect_href"] = page_link(dir, area_dir(successor));
        const std::string& base = data.input.config.base_url;
        ctx["page"]["canonical_url"] = base.empty() ? "" : base + area_dir(successor);
    }

    ctx["area"] = {
        {"name", area.name},
        {"code", area.code},
        {"kicker", data.words("history.kicker", {{"kind", kind_name(area.kind)}})},
        {"validity", validity(data.words, area)},
        {"fate", fate_sentences(data.words, registry, area)},
        {"successors", successors},
        {"downloads", has_own_figures(data, area)
                          ? download_links(dir, area_download_path(area))
                          : nlohmann::json(nullptr)},
    };
    return ctx;
}

}  // namespace kt
