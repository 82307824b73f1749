#pragma once
// A composite index from the catalogue computed over the figures readers see: each component's
// latest year, a municipality's figure only where it is ranked on that indicator (shown, and
// on at least the indicator's minimum denominator), rounded as shown.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/catalogue.h"
#include "stats/composite_index.h"
#include "stats/figures.h"

namespace kt {

struct IndexTable {
    const CompositeIndexSpec* spec = nullptr;
    std::vector<const Indicator*> indicators;     // per component
    std::vector<int> years;                       // per component: its latest year
    std::vector<std::optional<double>> national;  // per component: the country's figure
    // Per municipality, in composite_index's order (ranked first), with the plausible places of
    // the ranked ones (index_rank_ranges).
    std::vector<IndexScore> scores;
    // The municipalities' figures behind the scores, per component (nullopt: none used).
    std::map<std::string, std::vector<std::optional<double>>> figures;
    // Each municipality's score a year earlier (every component one year back), where it had one.
    std::map<std::string, double> previous_score;
};

// Components without any year with figures make the index empty (no scores).
// `municipalities`: current municipality codes in the order ties keep (alphabetical).
IndexTable index_table(const CompositeIndexSpec& spec, const Catalogue& catalogue,
                       const Figures& figures, const std::vector<std::string>& municipalities,
                       const std::string& country);

}  // namespace kt
