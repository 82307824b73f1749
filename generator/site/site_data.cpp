#include "site/site_data.h"

#include <algorithm>
#include <cmath>

#include "render/number_format.h"

namespace kt {

SiteData::SiteData(const SiteInput& site, const SiteStatistics& statistics, const Words& words)
    : input(site),
      statistics(statistics),
      words(words),
      municipalities(statistics.municipalities),
      figures(statistics.figures),
      adjustments(statistics.adjustments),
      similar(statistics.similar),
      indexes(statistics.indexes),
      counties(site.registry.of_kind(AreaKind::county)),
      shown(shown_figures(site.catalogue, statistics.figures, statistics.municipalities)) {
    std::sort(counties.begin(), counties.end(),
              [](const Area* a, const Area* b) { return a->code < b->code; });
    children[site.registry.country().code] = counties;
    for (const Area* county : counties)
        children[county->code] =
            sorted_by_name(site.registry.children(county->code, AreaKind::municipality), collator);
    for (const Area* municipality : municipalities) {
        auto districts = site.registry.children(municipality->code, AreaKind::district);
        if (!districts.empty()) children[municipality->code] = sorted_by_name(districts, collator);
    }

    std::set<std::string> seen;
    for (const Area* municipality : municipalities)
        if (!seen.insert(municipality->name).second) shared_names_.insert(municipality->name);

    for (const ContentPage& page : site.content) {
        if (page.path == "_index.md") {
            front_page = &page;
        } else if (auto m = narrative_subject(page)) {
            narratives[*m == "landet" ? site.registry.country().code : *m] = &page;
        } else if (auto f = page.params.find("tema"); f != page.params.end()) {
            family_pages[f->second] = &page;
        } else {
            plain_pages.push_back(&page);
            if (auto m = page.params.find("beregninger");
                m != page.params.end() && m->second == "true")
                method_page = &page;
        }
    }
    std::stable_sort(plain_pages.begin(), plain_pages.end(),
                     [](const ContentPage* a, const ContentPage* b) {
                         auto weight = [](const ContentPage* p) {
                             auto it = p->params.find("weight");
                             return it == p->params.end() ? 0 : std::atoi(it->second.c_str());
                         };
                         return weight(a) < weight(b);
                     });
}

std::optional<int> SiteData::key_figure_year(const Indicator& indicator, const Area& area) const {
    if (!indicator.key_figure || !figures.covers(indicator.id, area.code)) return std::nullopt;
    return figures.latest_year(indicator.id);
}

const std::string& SiteData::markdown_of(const ContentPage& page) const {
    auto it = expanded_markdown.find(page.path);
    return it == expanded_markdown.end() ? page.markdown : it->second;
}

bool SiteData::is_only_member(const Area& area) const {
    auto it = children.find(area.parent);
    return it != children.end() && it->second.size() == 1 && it->second.front() == &area;
}

namespace {

// What readers call a group's value: a band's limits ("5–9,9 %"), or the value itself.
std::string value_text(const Words& words, const AreaGroup& group) {
    if (!group.band_low && !group.band_high) return group.value;
    // A limit as written (5, 2,5); the band's top one step of the shown decimals below the next.
    auto limit = [&](double x) {
        return format_number(x, x == std::round(x) ? 0 : group.band_decimals);
    };
    const double step = std::pow(10.0, -group.band_decimals);
    return words("group.band",
                 {{"position", !group.band_low ? "first" : !group.band_high ? "last" : "middle"},
                  {"low", group.band_low ? limit(*group.band_low) : ""},
                  {"top", group.band_high
                              ? format_number(*group.band_high - step, group.band_decimals)
                              : ""},
                  {"high", group.band_high ? limit(*group.band_high) : ""}});
}

}  // namespace

std::string SiteData::group_name(const AreaGroup& group) const {
    return words("group.name", {{"size_group", static_cast<double>(group.size_group)},
                                {"title", group.title},
                                {"value", value_text(words, group)}});
}

std::string SiteData::group_value_label(const AreaGroup& group) const {
    return words("group.value_label", {{"size_group", static_cast<double>(group.size_group)},
                                       {"value", value_text(words, group)}});
}

std::string SiteData::distinct_name(const Area& area) const {
    if (!shared_names_.count(area.name) || area.parent.empty()) return area.name;
    const Area* parent = input.registry.find(area.parent);
    return parent ? area.name + " (" + parent->name + ")" : area.name;
}

}  // namespace kt
