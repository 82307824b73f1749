#include "site/group_page.h"

#include <algorithm>

#include "site/area_table.h"
#include "site/download_forms.h"
#include "site/downloads.h"
#include "site/page_context.h"
#include "site/site_paths.h"

namespace kt {

namespace {

std::vector<const AreaGroup*> groups_in(const SiteData& data, const std::string& grouping) {
    std::vector<const AreaGroup*> out;
    for (const AreaGroup& group : data.figures.groups())
        if (group.grouping == grouping) out.push_back(&group);
    return out;
}

std::string municipality_count(const Words& words, std::size_t n) {
    return words("group.municipality_count",
                 {{"count", static_cast<double>(n)}, {"count_text", std::to_string(n)}});
}

// The other groups of the grouping, for moving between them.
nlohmann::json group_links(const SiteData& data, const std::string& grouping,
                           const std::string& page_dir) {
    nlohmann::json links = nlohmann::json::array();
    for (const AreaGroup* group : groups_in(data, grouping))
        links.push_back({{"name", data.group_name(*group)},
                         {"href", page_link(page_dir, group_dir(*group))},
                         {"current", group_dir(*group) == page_dir}});
    return links;
}

}  // namespace

nlohmann::json grouping_page(const SiteData& data, const Grouping& grouping) {
    const std::string dir = grouping_dir(grouping.id);
    const Words& words = data.words;
    nlohmann::json ctx =
        page_context(data, dir, grouping.title,
                     words("group.grouping_description", {{"grouping", grouping.title}}),
                     {{words("page.front_page"), ""}});
    const Area& country = data.input.registry.country();
    std::vector<AreaTableRow> rows{
        {words("area.whole_country"), country.code, area_dir(country), true}};
    for (const AreaGroup* group : groups_in(data, grouping.id))
        rows.push_back({data.group_name(*group) + " (" +
                            municipality_count(words, group->members.size()) + ")",
                        group->key, group_dir(*group)});
    ctx["group"] = {{"kicker", words("group.groupings")},
                    {"name", grouping.title},
                    {"description", grouping.description},
                    {"sum_note", words("group.sum_note")}};
    ctx["children"] = area_table(data, words("group.groups"), rows, dir);
    return ctx;
}

nlohmann::json group_page(const SiteData& data, const AreaGroup& group) {
    const std::string dir = group_dir(group);
    const Words& words = data.words;
    nlohmann::json ctx =
        page_context(data, dir, data.group_name(group),
                     words("group.description", {{"group", data.group_name(group)}}),
                     {{words("page.front_page"), ""}, {group.title, grouping_dir(group.grouping)}});
    const Area& country = data.input.registry.country();
    std::vector<AreaTableRow> rows{
        {words("group.whole_group"), group.key, dir, true},
        {words("area.whole_country"), country.code, area_dir(country), true}};
    for (const Area* municipality : data.municipalities)  // alphabetical
        if (std::find(group.members.begin(), group.members.end(), municipality->code) !=
            group.members.end())
            rows.push_back({municipality->name, municipality->code, area_dir(*municipality)});
    std::string description;
    for (const Grouping& grouping : data.input.catalogue.groupings)
        if (grouping.id == group.grouping) description = grouping.description;
    ctx["group"] = {{"kicker", group.title},
                    {"name", data.group_name(group)},
                    {"downloads", download_links(dir, group_download_path(group))},
                    {"count", municipality_count(words, group.members.size())},
                    {"description", description},
                    {"sum_note", words("group.sum_note")}};
    ctx["children"] = area_table(data, words("group.members"), rows, dir);
    ctx["links"] = group_links(data, group.grouping, dir);
    return ctx;
}

}  // namespace kt
