#pragma once
// The page of one indicator: definition, cohort, source, the national series with the
// goal, the counties, and every municipality ranked in the latest year.
#include <nlohmann/json.hpp>

#include "model/output_file.h"
#include "site/site_data.h"

namespace kt {

// The national chart goes to `files`, beside the page.
nlohmann::json indicator_page(const SiteData& data, const Indicator& indicator,
                              std::vector<OutputFile>& files);

// "Andel: bosatte / anmodning × 100" in words for readers.
std::string computation_text(const Words& words, const Catalogue& catalogue,
                             const Indicator& indicator);

}  // namespace kt
