#pragma once
// The compute stage: every statistic the site publishes, computed once from the read site
// before any page is planned. `check` and `build` both run it, so a statistic that cannot be
// computed fails both.
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/site_input.h"
#include "stats/adjustment.h"
#include "stats/figures.h"
#include "stats/index_table.h"
#include "stats/similar_areas.h"
#include "stats/survey_figures.h"

namespace kt {

struct SiteStatistics {
    std::vector<const Area*> municipalities;  // current ones, in Norwegian alphabetical order
    // Every indicator for every area and year, protected, pooled and ranked.
    Figures figures;
    std::vector<AdjustmentResult> adjustments;  // one per catalogue adjustment
    // The catalogue's similar municipalities, on variables over the last pooled years.
    std::optional<SimilarAreas> similar;
    std::vector<IndexTable> indexes;  // one per catalogue index
    SurveyFigures survey;             // empty without a survey

    // Computes everything. An adjustment that cannot be fitted although its indicator has
    // figures is an error in `diagnostics`; one before the first figures is a warning, and
    // its pages are left out.
    // `memory` keeps secondary suppression's results between builds (may be null).
    SiteStatistics(const SiteInput& site, Diagnostics& diagnostics,
                   ProtectionMemory* memory = nullptr);
    SiteStatistics(const SiteStatistics&) = delete;
    SiteStatistics& operator=(const SiteStatistics&) = delete;

    // The adjustment of an indicator, if the catalogue declares one.
    const AdjustmentResult* adjustment_of(const std::string& indicator) const;
};

}  // namespace kt
