#pragma once
// How certain a league position is: the places an area could plausibly hold, given that each
// figure carries chance variation (a cohort of 12 could as well have been 9 or 15 in work).
#include <optional>
#include <vector>

#include "model/catalogue.h"
#include "stats/figure_interval.h"
#include "stats/indicator_value.h"
#include "stats/ranking.h"
#include "stats/wilson_interval.h"

namespace kt {

// The plausible places of each of a ranked set of figures, given each one's 95 % interval (same
// order): best = 1 + the number whose whole interval lies on the better side of this one's,
// worst = the number of figures minus those whose whole interval lies on the worse side.
// Deterministic, and near-linear (sorted interval ends).
std::vector<RankRange> plausible_places(const std::vector<Interval>& intervals,
                                        bool higher_is_better);

// The plausible places of every ranked entry (nullopt for unranked ones), in entry order:
// best = 1 + the number of ranked areas whose whole interval lies on the better side of this
// area's interval; worst = the number of ranked areas minus those whose whole interval lies on
// the worse side (plausible_places). Sets RankEntry::plausible.
void rank_ranges(const Indicator& indicator, std::vector<RankEntry>& entries);

}  // namespace kt
