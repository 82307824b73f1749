#pragma once
// Groups of municipalities from the catalogue's groupings: one group per value of an attribute
// in data/egenskaper.csv (KOSTRA group, centrality class), per SSB size group, or per band of
// a published percentage (immigrants under 5 %, 5-9.9 % ...). Each group gets figures like a
// county: sums over its members.
#include <map>
#include <optional>
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
    // In a grouping by bands: the band's limits (none below the first band, none above the
    // last) and the decimals its figures are shown with; pages name it.
    std::optional<double> band_low, band_high;
    int band_decimals = 0;
    // "gruppe/kostragruppe/13": the group's code among figures, never a registry code.
    std::string key;
    std::vector<std::string> members;  // current municipality codes, in registry order
};

// A grouping by bands' figures: municipality code -> the figure as shown, for those shown.
struct BandFigures {
    std::map<std::string, double> shown;
    int decimals = 0;
};

// Groups in catalogue order, and within a grouping by value (numerically where values are
// numbers; bands in order, numbered from 1). A municipality without the attribute (or, for
// size groups, without a population; for bands, without a shown figure) is in no group of
// that grouping; groups without members are left out.
// `population`: municipality code -> latest population. `bands`: grouping id -> its figures.
std::vector<AreaGroup> area_groups(const std::vector<Grouping>& groupings, const Registry& registry,
                                   const std::map<std::string, double>& population,
                                   const std::map<std::string, BandFigures>& bands = {});

}  // namespace kt
