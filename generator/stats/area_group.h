#pragma once
// Groups of municipalities from the catalogue's groupings: one group per value of an attribute
// in data/egenskaper.csv (KOSTRA group, centrality class) or per SSB size group. Each group
// gets figures like a county: sums over its members.
#include <map>
#include <string>
#include <vector>

#include "model/area.h"
#include "model/catalogue.h"

namespace kt {

struct AreaGroup {
    std::string grouping;  // Grouping::id, "kostragruppe"
    std::string value;     // the attribute's value, or the size group's number "1".."6"
    std::string title;     // the grouping's title: "KOSTRA-gruppe", "Kommunestørrelse"
    int size_group = 0;    // SSB's size group (1..6) in a size grouping, else 0; pages name it
    // "gruppe/kostragruppe/13": the group's code among figures, never a registry code.
    std::string key;
    std::vector<std::string> members;  // current municipality codes, in registry order
};

// Groups in catalogue order, and within a grouping by value (numerically where values are
// numbers). A municipality without the attribute (or, for size groups, without a population)
// is in no group of that grouping; groups without members are left out.
// `population`: municipality code -> latest population.
std::vector<AreaGroup> area_groups(const std::vector<Grouping>& groupings, const Registry& registry,
                                   const std::map<std::string, double>& population);

}  // namespace kt
