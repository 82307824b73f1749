#pragma once
// A table of areas (a county's municipalities, the country's counties, Oslo's districts, the
// members of a group) with their key figures in the latest year.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/area.h"
#include "site/site_data.h"

namespace kt {

struct AreaTableRow {
    std::string name;
    std::string code;       // whose figures the row shows: a registry code or an AreaGroup::key
    std::string dir;        // the row's page
    bool is_total = false;  // the whole the other rows are part of, or the country
};

// Columns: the key-figure indicators in their latest year, where any row has data.
// `anchor` is the section's id on the page; `lead` an optional sentence under the heading.
nlohmann::json area_table(const SiteData& data, const std::string& heading,
                          const std::vector<AreaTableRow>& rows, const std::string& page_dir,
                          const std::string& anchor = "underomrader", const std::string& lead = "");

nlohmann::json children_table(const SiteData& data, const Area& parent,
                              const std::vector<const Area*>& children,
                              const std::string& page_dir);

}  // namespace kt
