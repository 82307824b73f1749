#include "site/shown_figures.h"

#include "render/map_classes.h"

namespace kt {

namespace {

constexpr int kMapClasses = 5;  // as many as a reader tells apart in one hue (ColorBrewer)

}  // namespace

int ShownFigures::index_of(const std::string& code) const {
    for (std::size_t i = 0; i < areas.size(); ++i)
        if (areas[i]->code == code) return static_cast<int>(i);
    return -1;
}

std::map<std::string, ShownFigures> shown_figures(const Catalogue& catalogue,
                                                  const Figures& figures,
                                                  const std::vector<const Area*>& municipalities) {
    std::map<std::string, ShownFigures> result;
    for (const Indicator& indicator : catalogue.indicators) {
        if (indicator.computation == Computation::count || !publishes_municipalities(indicator))
            continue;
        const auto year = figures.latest_year(indicator.id);
        if (!year) continue;
        ShownFigures shown;
        shown.year = *year;
        for (const Area* area : municipalities) {
            const IndicatorValue& v = figures.value(indicator.id, area->code, *year);
            if (!v.has_number()) continue;
            shown.areas.push_back(area);
            shown.values.push_back(shown_value(v.value, indicator.decimals));
        }
        shown.layout = layout_distribution(shown.values);
        shown.breaks = quantile_breaks(shown.values, kMapClasses, indicator.decimals);
        result.emplace(indicator.id, std::move(shown));
    }
    return result;
}

}  // namespace kt
