#include "stats/figures.h"

#include "stats/aggregation.h"

namespace kt {

Figures::Figures(const SiteInput& site, const std::vector<std::string>& municipality_order) {
    for (int year : site.observations.periods())
        if (year >= site.config.first_year) years_.push_back(year);

    for (const Indicator& indicator : site.catalogue.indicators) {
        auto& by_area = values_[indicator.id];
        for (const Area& area : site.registry.areas()) {
            auto& series = by_area[area.code];
            for (int year : years_)
                series.push_back(
                    value_for_area(indicator, site.observations, site.registry, area.code, year));
        }
        auto& rankings = rankings_[indicator.id];
        std::optional<int> latest;
        for (std::size_t y = 0; y < years_.size(); ++y) {
            std::vector<std::pair<std::string, IndicatorValue>> values;
            bool any_number = by_area[site.registry.country().code][y].has_number();
            for (const std::string& code : municipality_order) {
                values.emplace_back(code, by_area[code][y]);
                any_number = any_number || by_area[code][y].has_number();
            }
            rankings.push_back(rank_areas(indicator, values));
            if (any_number) latest = years_[y];
        }
        latest_[indicator.id] = latest;
    }

    // Population is a plain count of one measure; counties and the country sum it like any
    // other count. Each area gets its latest year with a number.
    Indicator population;
    population.numerator = site.config.population_measure;
    for (const Area& area : site.registry.areas()) {
        for (auto year = years_.rbegin(); year != years_.rend(); ++year) {
            IndicatorValue v =
                value_for_area(population, site.observations, site.registry, area.code, *year);
            if (v.has_number() && v.parts_missing == 0) {
                population_[area.code] = {v.value, *year};
                break;
            }
        }
    }
}

std::optional<std::size_t> Figures::year_index(int year) const {
    for (std::size_t i = 0; i < years_.size(); ++i)
        if (years_[i] == year) return i;
    return std::nullopt;
}

const IndicatorValue& Figures::value(const std::string& indicator, const std::string& area,
                                     int year) const {
    static const IndicatorValue missing{};
    auto i = values_.find(indicator);
    if (i == values_.end()) return missing;
    auto a = i->second.find(area);
    auto y = year_index(year);
    if (a == i->second.end() || !y) return missing;
    return a->second[*y];
}

bool Figures::covers(const std::string& indicator, const std::string& area) const {
    for (int year : years_) {
        const IndicatorValue& v = value(indicator, area, year);
        if (v.status != ValueStatus::not_available || v.incomparable) return true;
    }
    return false;
}

std::optional<int> Figures::latest_year(const std::string& indicator) const {
    auto it = latest_.find(indicator);
    return it == latest_.end() ? std::nullopt : it->second;
}

const std::vector<RankEntry>& Figures::ranking(const std::string& indicator, int year) const {
    static const std::vector<RankEntry> none;
    auto it = rankings_.find(indicator);
    auto y = year_index(year);
    if (it == rankings_.end() || !y) return none;
    return it->second[*y];
}

const RankEntry* Figures::rank_of(const std::string& indicator, const std::string& area,
                                  int year) const {
    for (const RankEntry& entry : ranking(indicator, year))
        if (entry.area == area) return &entry;
    return nullptr;
}

std::optional<Figures::Population> Figures::population(const std::string& area) const {
    auto it = population_.find(area);
    if (it == population_.end()) return std::nullopt;
    return it->second;
}

}  // namespace kt
