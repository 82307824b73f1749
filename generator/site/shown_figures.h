#pragma once
// The municipalities' figures for an indicator's latest year as readers see them (rounded to
// the indicator's decimals; hidden and missing ones left out), their beeswarm and their map
// classes: what the maps and distribution strips draw, computed once per build.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/area.h"
#include "model/catalogue.h"
#include "render/svg_distribution.h"
#include "stats/figures.h"

namespace kt {

struct ShownFigures {
    int year = 0;
    std::vector<const Area*> areas;  // municipalities with a figure, in the order given
    std::vector<double> values;      // their shown values
    DistributionLayout layout;       // of `values`
    std::vector<double> breaks;      // the maps' classes: quantiles at the shown precision

    // The position of the municipality in `areas`, or -1.
    int index_of(const std::string& code) const;
};

// Only shares and rates (a count says how large a municipality is, not how it does), and
// only indicators with a latest year. Keyed by indicator id.
std::map<std::string, ShownFigures> shown_figures(const Catalogue& catalogue,
                                                  const Figures& figures,
                                                  const std::vector<const Area*>& municipalities);

}  // namespace kt
