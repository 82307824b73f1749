#pragma once
// Figures for counties, the country and other groups of municipalities: sums of numerators
// and denominators, never averages of shares.
#include <string>
#include <vector>

#include "model/area.h"
#include "model/catalogue.h"
#include "model/observation.h"
#include "stats/indicator_value.h"

namespace kt {

// Sum numerators and denominators over member areas (never average the shares).
// A member contributes when its numerator and (for a share or rate) its denominator are both
// numbers; any other member is counted in parts_missing and left out of BOTH sums, so a ratio
// is not biased by a numerator without its denominator. A member where the quantity does not
// arise (numerator, and denominator of a ratio, both ".") is left out altogether: parts_total
// counts the other members.
// If no member contributes, the status is the most severe member status (see
// status_severity), or not_available for an empty list. provisional: any contributing
// observation provisional. `contributing`, if given, receives the members in the sums.
IndicatorValue aggregate_value(const Indicator& indicator, const ObservationTable& table,
                               const std::vector<std::string>& member_areas, int period,
                               std::vector<std::string>* contributing = nullptr);

// A figure with the rows it was made from, so that suppression can follow every published sum.
struct AreaFigure {
    IndicatorValue value;
    // The codes whose own rows make the figure: one code for a figure read from one code's
    // rows (the area's own, an official total, or the area under an older code); for a sum,
    // the members whose numbers it adds.
    std::vector<std::string> codes;
    bool is_sum = false;
};

// The figure for any area: for a county or the country its own observations when the data
// has them (an official total), otherwise the sum over the codes that make up its territory
// today (see constituents): a county's or the country's municipalities (never Oslo's city
// districts, which would double-count Oslo), and for years before a reform the predecessors
// of a merged or renumbered municipality. A year that a split makes incomparable is
// not_available with `incomparable` set.
// "Has them" means the numerator row exists and, for a share or rate, the denominator row too.
// If only some of a county's own rows exist and one of them is suppressed, the result is
// suppressed: summing the parts would publish what the agency chose to hide. A municipality
// whose constituents are itself alone uses its own rows.
// A district, a historical code or a code not in the registry always uses compute_value.
IndicatorValue value_for_area(const Indicator& indicator, const ObservationTable& table,
                              const Registry& registry, const std::string& area, int period);
// The same, with the rows it was made from.
AreaFigure area_figure(const Indicator& indicator, const ObservationTable& table,
                       const Registry& registry, const std::string& area, int period);

// The figure for a group of current municipalities (a size group, a KOSTRA group …): the sum
// over the codes that make up their territory in the year, as for a county without own rows.
AreaFigure group_figure(const Indicator& indicator, const ObservationTable& table,
                        const Registry& registry, const std::vector<std::string>& municipalities,
                        int period);

// The municipality codes an aggregate area covers, in registry order: a county's
// municipalities, or all municipalities for the country. Empty for a municipality, a district
// or an unknown code.
std::vector<std::string> member_municipalities(const Registry& registry, const std::string& area);

}  // namespace kt
