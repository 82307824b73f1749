#pragma once
// The read site plus everything computed from it, shared read-only by all page builders.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/site_input.h"
#include "render/collation.h"
#include "stats/adjustment.h"
#include "stats/figures.h"
#include "stats/index_table.h"
#include "stats/similar_areas.h"

namespace kt {

struct SiteData {
    const SiteInput& input;
    NorwegianCollator collator;
    std::vector<const Area*> municipalities;                   // Norwegian alphabetical order
    std::vector<const Area*> counties;                         // by code
    std::map<std::string, std::vector<const Area*>> children;  // area code -> members, sorted
    Figures figures;
    std::vector<AdjustmentResult> adjustments;  // one per catalogue adjustment
    // The catalogue's similar municipalities, on variables over the last pooled years.
    std::optional<SimilarAreas> similar;
    std::vector<IndexTable> indexes;                         // one per catalogue index
    const ContentPage* front_page = nullptr;                 // content/_index.md
    std::map<std::string, const ContentPage*> narratives;    // municipality code -> page
    std::map<std::string, const ContentPage*> family_pages;  // family id -> page
    std::vector<const ContentPage*> plain_pages;             // om.md, metode.md, ...
    // The plain page that also shows the fitted models and the indexes' rules (front matter
    // "beregninger: true"), which figures link to; nullptr if none.
    const ContentPage* method_page = nullptr;

    explicit SiteData(const SiteInput& site);

    const Area& area(const std::string& code) const { return *input.registry.find(code); }
    // The year an area's key figure for the indicator shows: the indicator's latest year,
    // unless the indicator is no key figure or the data never cover the area (Oslo's
    // districts have only settlement figures).
    std::optional<int> key_figure_year(const Indicator& indicator, const Area& area) const;
    // True when the area's parent has no other member (Oslo is both a municipality and its
    // county's only one): the parent's figures are the area's own, so pages skip it.
    bool is_only_member(const Area& area) const;
    // The adjustment of an indicator, if the catalogue declares one.
    const AdjustmentResult* adjustment_of(const std::string& indicator) const;
};

}  // namespace kt
