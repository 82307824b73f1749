#pragma once
// Every indicator for every area and year, computed once before any page is rendered, with
// the site's suppression rule applied (so no page can show a hidden number), pooled figures
// for small municipalities, and the municipality rankings per indicator and year.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "model/protection_memory.h"
#include "model/site_input.h"
#include "stats/area_group.h"
#include "stats/disclosure_control.h"
#include "stats/indicator_value.h"
#include "stats/ranking.h"

namespace kt {

class Figures {
  public:
    // `municipality_order` is the order ties and unranked areas keep (alphabetical).
    // `memory` keeps secondary suppression's results between builds (may be null).
    Figures(const SiteInput& site, const std::vector<std::string>& municipality_order,
            ProtectionMemory* memory = nullptr);

    const std::vector<int>& years() const { return years_; }
    // `area` is a registry code or an AreaGroup::key.
    const IndicatorValue& value(const std::string& indicator, const std::string& area,
                                int year) const;
    // Whether the data have anything for the area on the indicator, in any year (a number,
    // a symbol such as ":", or figures for its predecessors that a split makes incomparable),
    // as opposed to no rows at all.
    bool covers(const std::string& indicator, const std::string& area) const;
    // Latest year in which the country, or any municipality, has a number.
    std::optional<int> latest_year(const std::string& indicator) const;
    // Municipalities ranked on the indicator in the year (empty if the year is unknown).
    const std::vector<RankEntry>& ranking(const std::string& indicator, int year) const;
    const RankEntry* rank_of(const std::string& indicator, const std::string& area, int year) const;
    // A share or rate over `pooled_years()` years together, for municipalities too small for
    // one year's figure to be shown or trusted. The periods end at the indicator's last year
    // and do not overlap (2021-2023, 2018-2020, …).
    struct PooledValue {
        IndicatorValue value;
        int first_year = 0;
        int last_year = 0;
    };
    // The pooled figure ending in the year (nullptr unless a period ends in that year and every
    // year of it has a number).
    const PooledValue* pooled(const std::string& indicator, const std::string& area,
                              int year) const;
    int pooled_years() const { return pooled_years_; }
    // The pooled figure that stands in for a municipality's own figure of the year where that
    // is hidden (not in the source already) or rests on fewer persons than the indicator ranks
    // (min_denominator), and the pooled figure itself is shown; nullptr otherwise.
    const PooledValue* stand_in(const Indicator& indicator, const std::string& area,
                                int year) const;
    // Municipalities ranked on their pooled figures for the period ending in the year, as
    // ranking() does for one year (empty unless some municipality has a pooled figure then).
    const std::vector<RankEntry>& pooled_ranking(const std::string& indicator, int year) const;
    const RankEntry* pooled_rank_of(const std::string& indicator, const std::string& area,
                                    int year) const;

    struct Population {
        double value = 0;
        int year = 0;
    };
    // Latest complete population figure of an area, if the data has one.
    std::optional<Population> population(const std::string& area) const;

    // Whether the site protects a measure's row for the code and year (see
    // DisclosureControl::protected_rows): nothing published may be computed from it.
    bool protects_row(const std::string& measure, const std::string& code, int year) const;

    // How many published cells the suppression hid, as small counts and as complements.
    const DisclosureControl::Counts& suppression_counts() const { return suppression_counts_; }

    // The catalogue's groups of municipalities, with figures under their keys.
    const std::vector<AreaGroup>& groups() const { return groups_; }
    // The groups a municipality belongs to, in catalogue order.
    std::vector<const AreaGroup*> groups_of(const std::string& municipality) const;

  private:
    // indicator -> area -> the cells each year's figure shows, kept until suppression is
    // decided.
    using CellMap = std::map<std::string, std::map<std::string, std::vector<FigureCells>>>;

    void compute_figures(const SiteInput& site, DisclosureControl& control, CellMap& cells);
    std::size_t last_year_with_number(const std::string& indicator) const;
    void compute_pooled(const SiteInput& site, DisclosureControl& control, const CellMap& cells,
                        CellMap& pooled_cells);
    void hide_figures(const SuppressionRule& rule, const Catalogue& catalogue,
                      const DisclosureControl& control, const CellMap& cells,
                      const CellMap& pooled_cells);
    void rank_figures(const SiteInput& site, const std::vector<std::string>& municipality_order);
    void find_population(const SiteInput& site);
    void withhold_unpublished_levels(const SiteInput& site);
    void compute_group_figures(const SiteInput& site);
    std::optional<std::size_t> year_index(int year) const;
    const std::vector<RankEntry>& ranking_in(
        const std::map<std::string, std::vector<std::vector<RankEntry>>>& rankings,
        const std::string& indicator, int year) const;

    std::vector<int> years_;
    // indicator -> area -> one value per year in years_
    std::map<std::string, std::map<std::string, std::vector<IndicatorValue>>> values_;
    std::map<std::string, std::vector<std::vector<RankEntry>>> rankings_;         // per year index
    std::map<std::string, std::vector<std::vector<RankEntry>>> pooled_rankings_;  // by end year
    std::map<std::string, std::optional<int>> latest_;
    std::map<std::string, Population> population_;
    std::vector<AreaGroup> groups_;
    std::set<std::tuple<std::string, std::string, int>> protected_rows_;
    DisclosureControl::Counts suppression_counts_;
    // indicator -> municipality -> one pooled figure per year in years_ (ending that year)
    std::map<std::string, std::map<std::string, std::vector<std::optional<PooledValue>>>> pooled_;
    int pooled_years_ = 0;
};

}  // namespace kt
