#include "stats/figures.h"

#include <algorithm>
#include <cmath>

#include "stats/aggregation.h"
#include "stats/disclosure_control.h"
#include "stats/rank_range.h"

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
    if (reason == Suppression::none) return;
    // A share over 0 shows "." and so tells its denominator: hidden, it shows nothing.
    if (!value.has_number() && value.status != ValueStatus::not_applicable) return;
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

// An official total (the source's own row for a county or the country) need not be the sum of
// its members: it may count persons of no known municipality. Readers are told where it is
// not, once every member has a number to add; until then nobody can tell.
void mark_official_total(IndicatorValue& total,
                         const std::map<std::string, std::vector<IndicatorValue>>& by_area,
                         const std::vector<const Area*>& parts, std::size_t year) {
    if (!total.has_number()) return;
    double numerator = 0, denominator = 0;
    for (const Area* part : parts) {
        const IndicatorValue& member = by_area.at(part->code)[year];
        if (!member.has_number()) return;
        numerator += member.numerator;
        denominator += member.denominator;
    }
    auto differs = [](double a, double b) {
        return std::fabs(a - b) > 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
    };
    total.differs_from_members =
        differs(numerator, total.numerator) || differs(denominator, total.denominator);
}

}  // namespace

Figures::Figures(const SiteInput& site, const std::vector<std::string>& municipality_order,
                 ProtectionMemory* memory)
    : pooled_years_(site.config.suppression.pooled_years) {
    for (int year : site.observations.periods())
        if (year >= site.config.first_year) years_.push_back(year);
    find_population(site);
    DisclosureControl control(site.config.suppression, site.catalogue, site.observations);
    CellMap cells, pooled_cells;
    compute_figures(site, control, cells);
    compute_pooled(site, control, cells, pooled_cells);
    suppression_counts_ = control.decide(memory);
    protected_rows_ = control.protected_rows();
    hide_figures(site.config.suppression, site.catalogue, control, cells, pooled_cells);
    withhold_unpublished_levels(site);
    compute_group_figures(site);
    rank_figures(site, municipality_order);
}

// Every figure as computed, registered with the cells it shows and the sums between areas
// that a reader could subtract.
void Figures::compute_figures(const SiteInput& site, DisclosureControl& control, CellMap& cells) {
    const Registry& registry = site.registry;
    for (const Indicator& indicator : site.catalogue.indicators) {
        auto& by_area = values_[indicator.id];
        auto& cells_by_area = cells[indicator.id];
        std::map<std::string, std::vector<bool>> official;  // the area's own rows, per year
        for (const Area& area : registry.areas()) {
            auto& area_cells = cells_by_area[area.code];
            auto& area_official = official[area.code];
            auto& area_values = by_area[area.code];
            area_cells.reserve(years_.size());
            area_official.reserve(years_.size());
            area_values.reserve(years_.size());
            for (int year : years_) {
                const AreaFigure figure =
                    area_figure(indicator, site.observations, registry, area.code, year);
                const bool listed = publishes(indicator, area.kind);
                const bool shown = listed && figure.value.has_number() &&
                                   !too_uncertain(site.config.suppression, indicator, figure.value);
                area_cells.push_back(control.add_figure(indicator, figure, year, shown, listed));
                area_official.push_back(!figure.is_sum && figure.codes.size() == 1 &&
                                        figure.codes.front() == area.code);
                area_values.push_back(figure.value);
            }
        }
        for (const Area& area : registry.areas()) {
            if (!area.is_current()) continue;
            const std::vector<const Area*> parts = parts_of(registry, area);
            if (parts.empty()) continue;
            for (std::size_t y = 0; y < years_.size(); ++y) {
                std::vector<FigureCells> members;
                for (const Area* part : parts) members.push_back(cells_by_area[part->code][y]);
                control.add_sum(cells_by_area[area.code][y], members, official[area.code][y]);
                if (official[area.code][y])
                    mark_official_total(by_area[area.code][y], by_area, parts, y);
            }
        }
    }
}

// An indicator published only for some kinds of area (`levels`) keeps no figure for the
// others: their rows went into the sums but are not published, so nothing downstream (a page,
// a download, a ranking) can show one.
void Figures::withhold_unpublished_levels(const SiteInput& site) {
    for (const Indicator& indicator : site.catalogue.indicators) {
        if (indicator.levels.empty()) continue;
        auto& by_area = values_[indicator.id];
        for (const Area& area : site.registry.areas())
            if (!publishes(indicator, area.kind)) by_area.erase(area.code);
    }
}

// Each group's figure adds the numerators and denominators of its members' published figures:
// never a hidden one, so no group figure can give a hidden count away (a group crosses the
// counties, and its sum beside theirs would pin cells no county sum pins alone). A member whose
// figure is hidden or missing is counted in parts_missing, which readers see in a note.
void Figures::compute_group_figures(const SiteInput& site) {
    std::map<std::string, double> municipality_population;
    for (const Area* area : site.registry.of_kind(AreaKind::municipality))
        if (auto population = this->population(area->code))
            municipality_population[area->code] = population->value;
    // A grouping by bands places each municipality by its figure as shown in the latest year,
    // so membership tells nothing the figure does not.
    std::map<std::string, BandFigures> bands;
    for (const Grouping& grouping : site.catalogue.groupings) {
        const Indicator* indicator = site.catalogue.indicator(grouping.indicator);
        if (!indicator || years_.empty()) continue;
        BandFigures& figures = bands[grouping.id];
        figures.decimals = indicator->decimals;
        const std::size_t y = last_year_with_number(indicator->id);
        for (const Area* area : site.registry.of_kind(AreaKind::municipality)) {
            const IndicatorValue& v = value(indicator->id, area->code, years_[y]);
            if (v.has_number())
                figures.shown[area->code] = round_to_decimals(v.value, indicator->decimals);
        }
    }
    groups_ = area_groups(site.catalogue.groupings, site.registry, municipality_population, bands);
    for (const Indicator& indicator : site.catalogue.indicators) {
        if (!publishes_municipalities(indicator)) continue;  // a group is of municipalities
        auto& by_area = values_[indicator.id];
        for (const AreaGroup& group : groups_) {
            auto& series = by_area[group.key];
            for (std::size_t y = 0; y < years_.size(); ++y) {
                double numerator = 0, denominator = 0;
                int relevant = 0, contributing = 0;
                bool provisional = false;
                for (const std::string& code : group.members) {
                    const IndicatorValue& member = by_area.at(code)[y];
                    ++relevant;
                    // Over 0 ("."), a member still adds its numerator (refugees settled where
                    // none were requested) where that is published, and counts as missing
                    // where it is hidden.
                    if (member.status == ValueStatus::not_applicable) {
                        if (!member.numerator_published) continue;
                        ++contributing;
                        numerator += member.numerator;
                        continue;
                    }
                    if (!member.has_number()) continue;
                    ++contributing;
                    numerator += member.numerator;
                    denominator += member.denominator;
                    provisional = provisional || member.provisional;
                }
                IndicatorValue value;
                // Over 0 only when every member is: a 0 from the shown members alone says
                // nothing of the hidden ones, so that sum is missing, not ".".
                if (contributing > 0 &&
                    (denominator > 0 || contributing == relevant || !has_denominator(indicator))) {
                    value = value_from_numbers(indicator, numerator, denominator);
                    value.provisional = provisional;
                    if (too_uncertain(site.config.suppression, indicator, value))
                        apply_suppression(value, Suppression::small_denominator);
                } else if (relevant == 0 && !group.members.empty()) {
                    value.status = ValueStatus::not_applicable;
                }
                value.parts_total = relevant;
                value.parts_missing = relevant - contributing;
                value.leaves_out_hidden = true;
                series.push_back(value);
            }
        }
    }
}

// Index in years_ of the last year in which any area has a number for the indicator (0 if
// none has).
std::size_t Figures::last_year_with_number(const std::string& indicator) const {
    std::size_t last = 0;
    for (const auto& [code, series] : values_.at(indicator))
        for (std::size_t y = last; y < series.size(); ++y)
            if (series[y].has_number()) last = y;
    return last;
}

// Shares and rates over periods of pooled_years_ years for every municipality, where each of
// those years has a number (hidden or not: the pooled figure counts everyone). The periods
// end at the indicator's last year and do not overlap: overlapping periods (2019-2021,
// 2020-2022) would publish the difference of two single years (2022 - 2019), and tie every
// year's hidden counts to every other year's.
void Figures::compute_pooled(const SiteInput& site, DisclosureControl& control,
                             const CellMap& cells, CellMap& pooled_cells) {
    if (pooled_years_ < 2) return;
    const std::size_t span = pooled_years_;
    for (const Indicator& indicator : site.catalogue.indicators) {
        if (!has_denominator(indicator) || !publishes_municipalities(indicator)) continue;
        const std::size_t last = last_year_with_number(indicator.id);  // once: it reads every area
        for (const Area* area : site.registry.of_kind(AreaKind::municipality)) {
            auto& pooled = pooled_[indicator.id][area->code];
            auto& pooled_cells_of_area = pooled_cells[indicator.id][area->code];
            const auto& series = values_[indicator.id][area->code];
            const auto& yearly_cells = cells.at(indicator.id).at(area->code);
            pooled.resize(years_.size());
            pooled_cells_of_area.resize(years_.size());
            for (std::size_t end = last + 1; end >= span; end -= span) {
                const std::size_t y = end - 1, first = end - span;
                if (years_[y] - years_[first] != pooled_years_ - 1) continue;  // a gap
                double numerator = 0, denominator = 0;
                bool complete = true;
                std::vector<FigureCells> members;
                for (std::size_t i = first; i <= y; ++i) {
                    complete = complete && series[i].has_number();
                    numerator += series[i].numerator;
                    denominator += series[i].denominator;
                    members.push_back(yearly_cells[i]);
                }
                if (!complete) continue;
                IndicatorValue value = value_from_numbers(indicator, numerator, denominator);
                const bool shown =
                    value.has_number() && !too_uncertain(site.config.suppression, indicator, value);
                pooled_cells_of_area[y] = control.add_pooled_figure(
                    indicator, area->code, years_[first], years_[y], value, members, shown);
                pooled[y] = PooledValue{value, years_[first], years_[y]};
            }
        }
    }
}

// What readers see: a figure whose cells are hidden, or whose denominator is too small, keeps
// its status and reason but no numbers.
void Figures::hide_figures(const SuppressionRule& rule, const Catalogue& catalogue,
                           const DisclosureControl& control, const CellMap& cells,
                           const CellMap& pooled_cells) {
    for (const Indicator& indicator : catalogue.indicators) {
        // Too few in the base comes before privacy: said only of some figures with the
        // privacy symbol, it would tell that the others rest on no small count.
        auto reason_for = [&](const IndicatorValue& value, const FigureCells& shown) {
            // A share over 0 shows "." and tells only its denominator, the 0: it is hidden only
            // when that cell is, never for its numerator, and then as resting on too few.
            if (value.status == ValueStatus::not_applicable)
                return control.suppression(FigureCells{std::nullopt, shown.denominator}) ==
                               Suppression::none
                           ? Suppression::none
                           : Suppression::small_denominator;
            if (too_uncertain(rule, indicator, value)) return Suppression::small_denominator;
            return control.suppression(shown);
        };
        auto hide = [&](IndicatorValue& value, const FigureCells& shown) {
            // A figure over 0 ("." for a denominator of 0, not one the source gave as "."),
            // like a hidden one, shows its numerator and denominator where they are published
            // anyway.
            const bool over_zero = value.status == ValueStatus::not_applicable &&
                                   control.cell_number(shown.denominator) == 0.0;
            const bool had_numbers = value.has_number() || over_zero;
            const double numerator = value.numerator, denominator = value.denominator;
            apply_suppression(value, reason_for(value, shown));
            if (value.status != ValueStatus::suppressed &&
                !(over_zero && value.status == ValueStatus::not_applicable))
                return;
            value.numerator_suppression = control.cell_suppression(shown.numerator);
            value.denominator_suppression = control.cell_suppression(shown.denominator);
            value.numerator = value.denominator = 0;
            // A cell the control leaves visible is one it counts as known to everyone.
            if (had_numbers && shown.numerator &&
                value.numerator_suppression == Suppression::none) {
                value.numerator = numerator;
                value.numerator_published = true;
            }
            if (had_numbers && shown.denominator &&
                value.denominator_suppression == Suppression::none) {
                value.denominator = denominator;
                value.denominator_published = true;
            }
        };
        const auto& cells_by_area = cells.at(indicator.id);
        for (auto& [code, series] : values_[indicator.id])
            for (std::size_t y = 0; y < years_.size(); ++y)
                hide(series[y], cells_by_area.at(code)[y]);
        auto pooled = pooled_.find(indicator.id);
        if (pooled == pooled_.end()) continue;
        for (auto& [code, series] : pooled->second)
            for (std::size_t y = 0; y < years_.size(); ++y)
                if (series[y]) hide(series[y]->value, pooled_cells.at(indicator.id).at(code)[y]);
    }
}

void Figures::rank_figures(const SiteInput& site,
                           const std::vector<std::string>& municipality_order) {
    const std::string& country = site.registry.country().code;
    for (const Indicator& indicator : site.catalogue.indicators) {
        auto& by_area = values_[indicator.id];
        auto& rankings = rankings_[indicator.id];
        std::optional<int> latest;
        if (!publishes_municipalities(indicator)) {  // no ranking: the latest of any area
            rankings.resize(years_.size());
            for (const auto& [code, series] : by_area)
                for (std::size_t y = 0; y < years_.size(); ++y)
                    if (series[y].has_number() && (!latest || years_[y] > *latest))
                        latest = years_[y];
            latest_[indicator.id] = latest;
            continue;
        }
        for (std::size_t y = 0; y < years_.size(); ++y) {
            std::vector<std::pair<std::string, IndicatorValue>> values;
            bool any_number = value(indicator.id, country, years_[y]).has_number();
            for (const std::string& code : municipality_order) {
                values.emplace_back(code, by_area[code][y]);
                any_number = any_number || by_area[code][y].has_number();
            }
            std::vector<RankEntry> ranking = rank_areas(indicator, values);
            rank_ranges(indicator, ranking);
            rankings.push_back(std::move(ranking));
            if (any_number) latest = years_[y];
        }
        latest_[indicator.id] = latest;

        auto pooled = pooled_.find(indicator.id);
        if (pooled == pooled_.end()) continue;
        auto& pooled_rankings = pooled_rankings_[indicator.id];
        pooled_rankings.resize(years_.size());
        for (std::size_t y = 0; y < years_.size(); ++y) {
            std::vector<std::pair<std::string, IndicatorValue>> values;
            for (const std::string& code : municipality_order) {
                auto series = pooled->second.find(code);
                if (series != pooled->second.end() && series->second[y])
                    values.emplace_back(code, series->second[y]->value);
            }
            if (values.empty()) continue;
            pooled_rankings[y] = rank_areas(indicator, values);
            rank_ranges(indicator, pooled_rankings[y]);
        }
    }
}

// Population is a plain count of one measure; counties and the country sum it like any
// other count. Each area gets its latest year with a number.
void Figures::find_population(const SiteInput& site) {
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

bool Figures::protects_row(const std::string& measure, const std::string& code, int year) const {
    return protected_rows_.count({measure, code, year}) > 0;
}

std::vector<const AreaGroup*> Figures::groups_of(const std::string& municipality) const {
    std::vector<const AreaGroup*> out;
    for (const AreaGroup& group : groups_)
        if (std::find(group.members.begin(), group.members.end(), municipality) !=
            group.members.end())
            out.push_back(&group);
    return out;
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
    return std::any_of(years_.begin(), years_.end(),
                       [&](int year) { return value(indicator, area, year).in_data(); });
}

std::optional<int> Figures::latest_year(const std::string& indicator) const {
    auto it = latest_.find(indicator);
    return it == latest_.end() ? std::nullopt : it->second;
}

namespace {

using Rankings = std::map<std::string, std::vector<std::vector<RankEntry>>>;

const RankEntry* entry_of(const std::vector<RankEntry>& ranking, const std::string& area) {
    for (const RankEntry& entry : ranking)
        if (entry.area == area) return &entry;
    return nullptr;
}

}  // namespace

const std::vector<RankEntry>& Figures::ranking_in(const Rankings& rankings,
                                                  const std::string& indicator, int year) const {
    static const std::vector<RankEntry> none;
    auto it = rankings.find(indicator);
    auto y = year_index(year);
    if (it == rankings.end() || !y || *y >= it->second.size()) return none;
    return it->second[*y];
}

const std::vector<RankEntry>& Figures::ranking(const std::string& indicator, int year) const {
    return ranking_in(rankings_, indicator, year);
}

const RankEntry* Figures::rank_of(const std::string& indicator, const std::string& area,
                                  int year) const {
    return entry_of(ranking(indicator, year), area);
}

const std::vector<RankEntry>& Figures::pooled_ranking(const std::string& indicator,
                                                      int year) const {
    return ranking_in(pooled_rankings_, indicator, year);
}

const RankEntry* Figures::pooled_rank_of(const std::string& indicator, const std::string& area,
                                         int year) const {
    return entry_of(pooled_ranking(indicator, year), area);
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

const Figures::PooledValue* Figures::stand_in(const Indicator& indicator,
                                              const std::string& area, int year) const {
    const IndicatorValue& single = value(indicator.id, area, year);
    const bool hidden =
        single.status == ValueStatus::suppressed && single.suppression != Suppression::in_source;
    if (!hidden && rank_exclusion(indicator, single) != RankExclusion::small_denominator)
        return nullptr;
    const PooledValue* together = pooled(indicator.id, area, year);
    return together && together->value.has_number() ? together : nullptr;
}

}  // namespace kt
