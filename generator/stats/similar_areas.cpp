#include "stats/similar_areas.h"

#include <algorithm>

namespace kt {

namespace {

// The last year with a number for each measure.
std::map<std::string, int> latest_years(const ObservationTable& table) {
    std::map<std::string, int> latest;
    for (const Observation& row : table.all()) {
        if (row.status != ValueStatus::present && row.status != ValueStatus::nil) continue;
        int& year = latest[row.measure];
        year = std::max(year, row.period);
    }
    return latest;
}

}  // namespace

std::optional<SimilarAreas> similar_areas(const SiteInput& site, int years,
                                          const ProtectedRow& is_protected) {
    if (!site.catalogue.similarity) return std::nullopt;
    const Similarity& similarity = *site.catalogue.similarity;
    const std::map<std::string, int> latest = latest_years(site.observations);
    auto last_year = [&](const std::string& measure) {
        auto it = latest.find(measure);
        return it == latest.end() ? 0 : it->second;
    };
    std::vector<int> last;  // per variable
    for (const Variable& variable : similarity.variables)
        last.push_back(
            variable.source == Variable::Source::share_of
                ? std::min(last_year(variable.numerator), last_year(variable.denominator))
                : last_year(variable.measure));
    SimilarAreas out;
    for (const Variable& variable : similarity.variables)
        out.variable_labels.push_back(variable.label);

    const std::vector<const Area*> municipalities = site.registry.of_kind(AreaKind::municipality);
    std::vector<AttributeRow> rows;
    for (const Area* area : municipalities) {
        AttributeRow row{area->code, {}};
        for (std::size_t i = 0; i < similarity.variables.size(); ++i)
            row.values.push_back(variable_value(similarity.variables[i], site, area->code,
                                                last[i] - years + 1, last[i], is_protected));
        rows.push_back(std::move(row));
    }
    const int min_shared = (static_cast<int>(similarity.variables.size()) + 1) / 2;
    const SimilarityIndex index(rows, {}, min_shared);
    for (const Area* area : municipalities)
        out.by_area[area->code] = index.neighbours(area->code, similarity.count);
    return out;
}

}  // namespace kt
