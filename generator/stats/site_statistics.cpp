#include "stats/site_statistics.h"

#include <algorithm>

#include "model/collation.h"

namespace kt {

namespace {

std::vector<std::string> codes_of(const std::vector<const Area*>& areas) {
    std::vector<std::string> codes;
    for (const Area* a : areas) codes.push_back(a->code);
    return codes;
}

// Before the first figures there is nothing to fit yet; after, a model that cannot be fitted
// is the catalogue's mistake.
void report_unfitted(const std::vector<AdjustmentResult>& adjustments, Diagnostics& diagnostics) {
    for (const AdjustmentResult& result : adjustments) {
        if (result.model) continue;
        const std::string what = "the adjustment of '" + result.adjustment->indicator + "' ";
        if (result.last_year == 0)
            diagnostics.warning(result.adjustment->where, what + "is left out: " + result.failure);
        else
            diagnostics.error(result.adjustment->where, what + "cannot be fitted: " + result.failure);
    }
}

}  // namespace

SiteStatistics::SiteStatistics(const SiteInput& site, Diagnostics& diagnostics,
                               ProtectionMemory* memory)
    : municipalities(sorted_by_name(site.registry.of_kind(AreaKind::municipality),
                                    NorwegianCollator())),
      figures(site, codes_of(municipalities), memory),
      adjustments(fit_adjustments(site, figures)) {
    report_unfitted(adjustments, diagnostics);
    similar = similar_areas(site, std::max(1, figures.pooled_years()),
                            [this](const std::string& measure, const std::string& code, int year) {
                                return figures.protects_row(measure, code, year);
                            });
    for (const CompositeIndexSpec& spec : site.catalogue.indexes)
        indexes.push_back(index_table(spec, site.catalogue, figures, codes_of(municipalities),
                                      site.registry.country().code));
    if (!site.survey.empty()) survey = SurveyFigures(site.survey, site.registry, figures.groups());
}

const AdjustmentResult* SiteStatistics::adjustment_of(const std::string& indicator) const {
    for (const AdjustmentResult& result : adjustments)
        if (result.adjustment->indicator == indicator) return &result;
    return nullptr;
}

}  // namespace kt
