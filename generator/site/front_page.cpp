#include "site/indicator_map.h"
#include "site/front_page.h"

#include "model/collation.h"
#include "render/markdown.h"
#include "site/area_page.h"
#include "site/page_context.h"
#include "site/site_paths.h"

namespace kt {

nlohmann::json front_page(const SiteData& data) {
    const SiteConfig& config = data.input.config;
    nlohmann::json ctx = page_context(data, "", config.title, config.description, {});
    ctx["intro_html"] = data.front_page ? markdown_to_html(data.markdown_of(*data.front_page)) : "";

    // Municipalities grouped by initial letter, in Norwegian order (… Y, Z, Æ, Ø, Å), each
    // under every one of its names: "Guovdageaidnu - Kautokeino" under G, and as Kautokeino
    // under K with its full name beside it.
    struct Entry {
        std::string name;  // as listed
        const Area* area;
    };
    std::vector<Entry> entries;
    for (const Area* area : data.municipalities) {
        const std::vector<std::string> names = name_parts(area->name);
        entries.push_back({area->name, area});
        for (std::size_t i = 1; i < names.size(); ++i) entries.push_back({names[i], area});
    }
    std::stable_sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
        return data.collator.less(a.name, b.name);
    });
    nlohmann::json letters = nlohmann::json::array();
    for (const Entry& entry : entries) {
        const Area& area = *entry.area;
        const std::string letter = initial_letter(entry.name);
        if (letters.empty() || letters.back()["letter"] != letter)
            letters.push_back({{"letter", letter},
                               {"anchor", "bokstav-" + std::to_string(letters.size() + 1)},
                               {"municipalities", nlohmann::json::array()}});
        nlohmann::json item = {{"name", entry.name},
                               {"code", area.code},
                               {"county", data.area(area.parent).name},
                               {"href", page_link("", area_dir(area))}};
        if (entry.name != area.name) item["full_name"] = area.name;
        letters.back()["municipalities"].push_back(std::move(item));
    }
    nlohmann::json counties = nlohmann::json::array();
    for (const Area* county : data.counties)
        counties.push_back({{"name", county->name}, {"href", page_link("", area_dir(*county))}});
    nlohmann::json families = nlohmann::json::array();
    for (const Family& family : data.input.catalogue.families)
        families.push_back({{"title", family.title},
                            {"summary", family.summary},
                            {"href", page_link("", family_dir(family.id))}});

    nlohmann::json groupings = nlohmann::json::array();
    for (const Grouping& grouping : data.input.catalogue.groupings)
        groupings.push_back({{"title", grouping.title},
                             {"description", grouping.description},
                             {"href", page_link("", grouping_dir(grouping.id))}});

    nlohmann::json indexes = nlohmann::json::array();
    for (const CompositeIndexSpec& spec : data.input.catalogue.indexes)
        indexes.push_back({{"title", spec.title}, {"href", page_link("", index_dir(spec.id))}});

    ctx["key_figures"] = key_figures(data, data.input.registry.country(), "");
    ctx["map"] = headline_map_figure(data, "");
    ctx["country_href"] = page_link("", "landet/");
    ctx["letters"] = letters;
    ctx["municipality_count"] = std::to_string(data.municipalities.size());
    ctx["counties"] = counties;
    ctx["families"] = families;
    ctx["groupings"] = groupings;
    ctx["indexes"] = indexes;
    return ctx;
}

}  // namespace kt
