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
                                   const std::map<std::string, double>& population,
                                   const std::map<std::string, BandFigures>& bands) {
    std::vector<AreaGroup> groups;
    for (const Grouping& grouping : groupings) {
        std::map<std::string, AreaGroup> by_value;
        for (const Area* municipality : registry.of_kind(AreaKind::municipality)) {
            std::string value;
            int size = 0;
            std::size_t band = 0;  // the number of limits at or below the figure
            if (!grouping.indicator.empty()) {
                auto figures = bands.find(grouping.id);
                if (figures == bands.end()) continue;
                auto it = figures->second.shown.find(municipality->code);
                if (it == figures->second.shown.end()) continue;
                while (band < grouping.bands.size() && it->second >= grouping.bands[band]) ++band;
                value = std::to_string(band + 1);
            } else if (grouping.size_groups) {
                auto it = population.find(municipality->code);
                if (it == population.end()) continue;
                size = size_group(it->second).index;
                value = std::to_string(size);
            } else {
                auto it = municipality->attributes.find(grouping.attribute);
                if (it == municipality->attributes.end()) continue;
                value = it->second;
            }
            AreaGroup& group = by_value[value];
            if (group.members.empty()) {
                group = {grouping.id, value, grouping.title, size, {}, {}, 0,
                         "gruppe/" + grouping.id + "/" + value, {}};
                if (!grouping.indicator.empty()) {
                    if (band > 0) group.band_low = grouping.bands[band - 1];
                    if (band < grouping.bands.size()) group.band_high = grouping.bands[band];
                    group.band_decimals = bands.at(grouping.id).decimals;
                }
            }
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
