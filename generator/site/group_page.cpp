#include "site/group_page.h"

#include <algorithm>

#include "site/area_table.h"
#include "site/downloads.h"
#include "site/page_context.h"
#include "site/site_paths.h"

namespace kt {

namespace {

const char* const kSumNote =
    "Tallene for en gruppe er summen av tellerne og nevnerne i kommunene i gruppen, ikke et "
    "gjennomsnitt av andelene, så store kommuner veier mer enn små. Bare publiserte tall er "
    "med: en kommune der tallet er skjult eller mangler, er holdt utenfor, og tallet er da "
    "merket med *.";

std::vector<const AreaGroup*> groups_in(const SiteData& data, const std::string& grouping) {
    std::vector<const AreaGroup*> out;
    for (const AreaGroup& group : data.figures.groups())
        if (group.grouping == grouping) out.push_back(&group);
    return out;
}

std::string municipality_count(std::size_t n) {
    return std::to_string(n) + (n == 1 ? " kommune" : " kommuner");
}

// The other groups of the grouping, for moving between them.
nlohmann::json group_links(const SiteData& data, const std::string& grouping,
                           const std::string& page_dir) {
    nlohmann::json links = nlohmann::json::array();
    for (const AreaGroup* group : groups_in(data, grouping))
        links.push_back({{"name", group->name},
                         {"href", page_link(page_dir, group_dir(*group))},
                         {"current", group_dir(*group) == page_dir}});
    return links;
}

}  // namespace

nlohmann::json grouping_page(const SiteData& data, const Grouping& grouping) {
    const std::string dir = grouping_dir(grouping.id);
    nlohmann::json ctx = page_context(
        data, dir, grouping.title,
        "Integreringstall for kommunene gruppert etter " + grouping.title + ".", {{"Forside", ""}});
    const Area& country = data.input.registry.country();
    std::vector<AreaTableRow> rows{{"Hele landet", country.code, area_dir(country), true}};
    for (const AreaGroup* group : groups_in(data, grouping.id))
        rows.push_back({group->name + " (" + municipality_count(group->members.size()) + ")",
                        group->key, group_dir(*group)});
    ctx["group"] = {{"kicker", "Kommunegrupper"},
                    {"name", grouping.title},
                    {"description", grouping.description},
                    {"sum_note", kSumNote}};
    ctx["children"] = area_table(data, "Gruppene", rows, dir);
    return ctx;
}

nlohmann::json group_page(const SiteData& data, const AreaGroup& group) {
    const std::string dir = group_dir(group);
    nlohmann::json ctx = page_context(
        data, dir, group.name, "Integreringstall for " + group.name + ", med kommunene i gruppen.",
        {{"Forside", ""}, {group.title, grouping_dir(group.grouping)}});
    const Area& country = data.input.registry.country();
    std::vector<AreaTableRow> rows{{"Hele gruppen", group.key, dir, true},
                                   {"Hele landet", country.code, area_dir(country), true}};
    for (const Area* municipality : data.municipalities)  // alphabetical
        if (std::find(group.members.begin(), group.members.end(), municipality->code) !=
            group.members.end())
            rows.push_back({municipality->name, municipality->code, area_dir(*municipality)});
    std::string description;
    for (const Grouping& grouping : data.input.catalogue.groupings)
        if (grouping.id == group.grouping) description = grouping.description;
    ctx["group"] = {{"kicker", group.title},
                    {"name", group.name},
                    {"csv_href", file_link(dir, group_download_path(group))},
                    {"csv_name", group_download_name(group)},
                    {"count", municipality_count(group.members.size())},
                    {"description", description},
                    {"sum_note", kSumNote}};
    ctx["children"] = area_table(data, "Kommunene i gruppen", rows, dir);
    ctx["links"] = group_links(data, group.grouping, dir);
    return ctx;
}

}  // namespace kt
