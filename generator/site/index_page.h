#pragma once
// The page of a composite index: how it is made, its components, and every municipality's
// score and rank beside its figures and the change from the year before.
#include <nlohmann/json.hpp>

#include "site/site_data.h"
#include "stats/index_table.h"

namespace kt {

nlohmann::json index_page(const SiteData& data, const IndexTable& table);

}  // namespace kt
