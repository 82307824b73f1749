#include "stats/area_group.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "input/ssb_symbol.h"
#include "stats/size_group.h"

namespace kt {

namespace {

// "2" before "10"; values that are not numbers after the numbers, alphabetically.
bool value_before(const std::string& a, const std::string& b) {
    const auto x = parse_plain_number(a), y = parse_plain_number(b);
    if (x && y) return *x < *y;
    if (x || y) return x.has_value();
    return a < b;
}

}  // namespace

std::vector<AreaGroup> area_groups(const std::vector<Grouping>& groupings, const Registry& registry,
                                   const std::map<std::string, double>& population) {
    std::vector<AreaGroup> groups;
    for (const Grouping& grouping : groupings) {
        std::map<std::string, AreaGroup> by_value;
        for (const Area* municipality : registry.of_kind(AreaKind::municipality)) {
            std::string value, value_label, name;
            if (grouping.size_groups) {
                auto it = population.find(municipality->code);
                if (it == population.end()) continue;
                const SizeGroup size = size_group(it->second);
                value = std::to_string(size.index);
                value_label = size.label;
                // "Kommuner med under 2 000 innbyggere" (the labels start in ASCII)
                name = "Kommuner med " + size.label;
                name[13] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[13])));
            } else {
                auto it = municipality->attributes.find(grouping.attribute);
                if (it == municipality->attributes.end()) continue;
                value = value_label = it->second;
                name = grouping.title + " " + value;
            }
            AreaGroup& group = by_value[value];
            if (group.members.empty())
                group = {grouping.id, value,
                         name,        grouping.title,
                         value_label, "gruppe/" + grouping.id + "/" + value,
                         {}};
            group.members.push_back(municipality->code);
        }
        std::vector<AreaGroup> sorted;
        for (auto& [value, group] : by_value) sorted.push_back(std::move(group));
        std::stable_sort(sorted.begin(), sorted.end(), [](const AreaGroup& a, const AreaGroup& b) {
            return value_before(a.value, b.value);
        });
        for (AreaGroup& group : sorted) groups.push_back(std::move(group));
    }
    return groups;
}

}  // namespace kt
