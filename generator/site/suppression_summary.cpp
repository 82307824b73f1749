#include "site/suppression_summary.h"

#include "site/page_context.h"
#include "site/site_paths.h"

namespace kt {

nlohmann::json suppression_summary(const SiteData& data, const std::string& page_dir) {
    nlohmann::json rows = nlohmann::json::array();
    for (const Indicator& indicator : data.input.catalogue.indicators) {
        int figures = 0, confidential = 0, source = 0, uncertain = 0;
        for (const Area* area : data.municipalities) {
            for (int year : data.figures.years()) {
                const IndicatorValue& v = data.figures.value(indicator.id, area->code, year);
                if (v.status == ValueStatus::not_available) continue;
                ++figures;
                if (v.status != ValueStatus::suppressed) continue;
                confidential += v.suppression == Suppression::confidential;
                source += v.suppression == Suppression::in_source;
                uncertain += v.suppression == Suppression::small_denominator;
            }
        }
        rows.push_back({{"title", indicator.title},
                        {"href", page_link(page_dir, indicator_dir(indicator.id))},
                        {"figures", std::to_string(figures)},
                        {"confidential", std::to_string(confidential)},
                        {"source", std::to_string(source)},
                        {"uncertain", std::to_string(uncertain)}});
    }
    return rows;
}

}  // namespace kt
