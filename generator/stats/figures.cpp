#include "stats/figures.h"

#include "stats/aggregation.h"
#include "stats/disclosure_control.h"

namespace kt {

namespace {

bool too_uncertain(const SuppressionRule& rule, const Indicator& indicator,
                   const IndicatorValue& value) {
    return value.has_number() && has_denominator(indicator) &&
           value.denominator < rule.min_denominator;
}

// What readers see of a figure: hidden figures keep their status and reason, no numbers.
void apply_suppression(IndicatorValue& value, Suppression reason) {
    if (value.status == ValueStatus::suppressed && value.suppression == Suppression::none)
        value.suppression = Suppression::in_source;
    if (!value.has_number() || reason == Suppression::none) return;
    value.status = ValueStatus::suppressed;
    value.suppression = reason;
    value.value = value.numerator = value.denominator = 0;
}

// The current areas whose figures add up to an area's: a country's counties, a county's
// municipalities, a municipality's city districts.
std::vector<const Area*> parts_of(const Registry& registry, const Area& area) {
    switch (area.kind) {
        case AreaKind::country:
            return registry.of_kind(AreaKind::county);
        case AreaKind::county:
            return registry.children(area.code, AreaKind::municipality);
        case AreaKind::municipality:
            return registry.children(area.code, AreaKind::district);
        case AreaKind::district:
            break;
    }
    return {};
}

}  // namespace

Figures::Figures(const SiteInput& site, const std::vector<std::string>& municipality_order)
    : pooled_years_(site.config.suppression.pooled_years) {
    for (int year : site.observations.periods())
        if (year >= site.config.first_year) years_.push_back(year);
    const SuppressionRule& rule = site.config.suppression;
    const Registry& registry = site.registry;
    DisclosureControl control(rule, site.catalogue, site.observations);

    // Every figure as computed, with the cells it shows and whether it is an official total.
    struct Made {
        FigureCells cells;
        bool own_rows = false;
    };
    std::map<std::string, std::map<std::string, std::vector<Made>>> made;
    std::map<std::string, std::map<std::string, std::vector<FigureCells>>> pooled_cells;
    for (const Indicator& indicator : site.catalogue.indicators) {
        auto& by_area = values_[indicator.id];
        auto& made_by_area = made[indicator.id];
        for (const Area& area : registry.areas()) {
            auto& series = by_area[area.code];
            auto& cells = made_by_area[area.code];
            for (int year : years_) {
                const AreaFigure figure =
                    area_figure(indicator, site.observations, registry, area.code, year);
                const bool shown =
                    figure.value.has_number() && !too_uncertain(rule, indicator, figure.value);
                cells.push_back({control.add_figure(indicator, figure, year, shown),
                                 !figure.is_sum && figure.codes.size() == 1 &&
                                     figure.codes.front() == area.code});
                series.push_back(figure.value);
            }
        }
        // Published sums between areas: what a reader could subtract.
        for (const Area& area : registry.areas()) {
            if (!area.is_current()) continue;
            const std::vector<const Area*> parts = parts_of(registry, area);
            if (parts.empty()) continue;
            for (std::size_t y = 0; y < years_.size(); ++y) {
                std::vector<FigureCells> members;
                for (const Area* part : parts) members.push_back(made_by_area[part->code][y].cells);
                const Made& total = made_by_area[area.code][y];
                control.add_sum(total.cells, members, total.own_rows);
            }
        }
        if (pooled_years_ >= 2 && has_denominator(indicator)) {
            auto& pooled_by_area = pooled_[indicator.id];
            for (const Area* area : registry.of_kind(AreaKind::municipality)) {
                auto& pooled = pooled_by_area[area->code];
                auto& cells = pooled_cells[indicator.id][area->code];
                const auto& series = by_area[area->code];
                for (std::size_t y = 0; y < years_.size(); ++y) {
                    pooled.emplace_back();
                    cells.emplace_back();
                    if (y + 1 < std::size_t(pooled_years_)) continue;
                    const std::size_t first = y + 1 - pooled_years_;
                    if (years_[y] - years_[first] != pooled_years_ - 1) continue;  // a gap
                    double numerator = 0, denominator = 0;
                    bool complete = true;
                    std::vector<FigureCells> members;
                    for (std::size_t i = first; i <= y; ++i) {
                        complete = complete && series[i].has_number();
                        numerator += series[i].numerator;
                        denominator += series[i].denominator;
                        members.push_back(made_by_area[area->code][i].cells);
                    }
                    if (!complete) continue;
                    IndicatorValue value = value_from_numbers(indicator, numerator, denominator);
                    const bool shown = value.has_number() && !too_uncertain(rule, indicator, value);
                    cells.back() = control.add_pooled_figure(indicator, value, members, shown);
                    pooled.back() = PooledValue{value, years_[first], years_[y]};
                }
            }
        }
    }
    control.decide();
    complements_hidden_ = control.complements_hidden();

    for (const Indicator& indicator : site.catalogue.indicators) {
        auto reason_for = [&](const IndicatorValue& value, const FigureCells& cells) {
            const Suppression privacy = control.suppression(cells);
            if (privacy != Suppression::none) return privacy;
            return too_uncertain(rule, indicator, value) ? Suppression::small_denominator
                                                         : Suppression::none;
        };
        for (auto& [code, series] : values_[indicator.id])
            for (std::size_t y = 0; y < years_.size(); ++y)
                apply_suppression(series[y],
                                  reason_for(series[y], made[indicator.id][code][y].cells));
        for (auto& [code, series] : pooled_[indicator.id])
            for (std::size_t y = 0; y < years_.size(); ++y)
                if (series[y])
                    apply_suppression(
                        series[y]->value,
                        reason_for(series[y]->value, pooled_cells[indicator.id][code][y]));
    }

    for (const Indicator& indicator : site.catalogue.indicators) {
        auto& by_area = values_[indicator.id];
        auto& rankings = rankings_[indicator.id];
        std::optional<int> latest;
        for (std::size_t y = 0; y < years_.size(); ++y) {
            std::vector<std::pair<std::string, IndicatorValue>> values;
            bool any_number = by_area[registry.country().code][y].has_number();
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
    for (const Area& area : registry.areas()) {
        for (auto year = years_.rbegin(); year != years_.rend(); ++year) {
            IndicatorValue v =
                value_for_area(population, site.observations, registry, area.code, *year);
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

const Figures::PooledValue* Figures::pooled(const std::string& indicator, const std::string& area,
                                            int year) const {
    auto i = pooled_.find(indicator);
    if (i == pooled_.end()) return nullptr;
    auto a = i->second.find(area);
    auto y = year_index(year);
    if (a == i->second.end() || !y || !a->second[*y]) return nullptr;
    return &*a->second[*y];
}

std::optional<Figures::Population> Figures::population(const std::string& area) const {
    auto it = population_.find(area);
    if (it == population_.end()) return std::nullopt;
    return it->second;
}

}  // namespace kt
