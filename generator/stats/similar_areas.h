#pragma once
// The municipalities most like each one, on the catalogue's similarity variables.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/site_input.h"
#include "stats/similarity.h"
#include "stats/variable_value.h"

namespace kt {

struct SimilarAreas {
    std::vector<std::string> variable_labels;  // what "like" means, for readers
    // Current municipality code -> its nearest municipalities, nearest first.
    std::map<std::string, std::vector<Neighbour>> by_area;
};

// The catalogue's `similar` for every current municipality, each variable over the last
// `years` years its measures have figures for (see variable_value). A municipality shares at
// least half of the variables with each of its neighbours. nullopt when the catalogue declares
// no similarity.
std::optional<SimilarAreas> similar_areas(const SiteInput& site, int years,
                                          const ProtectedRow& is_protected);

}  // namespace kt
