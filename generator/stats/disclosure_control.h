#pragma once
// The site's suppression rule applied to every computed figure: counts of persons that are
// too small, and whatever would give them away by subtraction from a published sum.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "model/catalogue.h"
#include "model/observation.h"
#include "model/site_config.h"
#include "stats/aggregation.h"
#include "stats/cell_keys.h"
#include "stats/secondary_suppression.h"

namespace kt {

// The cells a published figure shows: its numerator and, for a share or rate, its
// denominator. nullopt where the figure has no such number.
// (Four bytes a cell number: a site holds a few of these for every area, year and indicator.)
struct FigureCells {
    std::optional<std::uint32_t> numerator;
    std::optional<std::uint32_t> denominator;
};

// Collects every published figure as cells and every published sum as a relationship between
// cells, then decides which cells to hide.
//   Cells: a measure's own row for a code and year (shared by every indicator that uses it),
//   or a sum made for one figure.
//   Primary: a cell of a measure whose unit the rule protects, with a count from 1 to
//   min_count - 1, is hidden; so is a cell the source marked ":". Every cell of such a
//   measure the site hides shows one symbol, "confidential", whatever the reason.
//   Secondary: see hide_complements. A cell no shown figure uses (a numerator whose share is
//   too uncertain to show, say) is hidden from readers without being sensitive itself.
//   Relations: every published sum, a measure's rows and the rows of its declared `parts`
//   (men + women = all), a share's numerator as part of its denominator, and a measure no
//   larger than the one it is declared `within`. Where two or more parts of a breakdown have
//   no row on the site (a category published for counties only), only their sum enters, as
//   one unknown: the relation binds what is listed, not what is never shown.
// Usage: add every figure (add_figure), then the sums between figures (add_sum), then
// decide(), then ask suppression() per figure.
class DisclosureControl {
  public:
    DisclosureControl(const SuppressionRule& rule, const Catalogue& catalogue,
                      const ObservationTable& table);

    // The cells of a figure as area_figure or group_figure made it; a sum registers its own
    // cells and their relationship to the rows it adds. `shown`: the figure is published
    // unless a cell is hidden (it has a number and is not too uncertain to show). `listed`:
    // it has a row on the site, with its number or a symbol; false for an area of a kind the
    // indicator is not published for, whose rows only go into the sums.
    FigureCells add_figure(const Indicator& indicator, const AreaFigure& figure, int period,
                           bool shown, bool listed);
    // A pooled figure over years: the sum of the yearly figures of one area, with `value`
    // holding its numerator and denominator. Where it would give a hidden year away, the
    // pooled figure is hidden, not another year.
    // Pooled cells are shared by every indicator that pools the same measure for the area and
    // years, so a measure's parts relate the pooled figures as they do the yearly rows.
    FigureCells add_pooled_figure(const Indicator& indicator, const std::string& code,
                                  int first_year, int last_year, const IndicatorValue& value,
                                  const std::vector<FigureCells>& years, bool shown);
    // A relationship the published figures satisfy: total = sum of members, per part
    // (an official county total and its municipalities, a municipality and its districts).
    // Only members with a number are in a sum that was computed, so a member hidden in the
    // source without one is left out unless `official_total` says the total includes it.
    void add_sum(const FigureCells& total, const std::vector<FigureCells>& members,
                 bool official_total);

    // Runs secondary suppression; call once, after everything is added.
    struct Counts {
        int primary = 0;    // small counts hidden by the rule
        int secondary = 0;  // cells hidden so that no hidden count can be worked out
        // Hidden cells no choice of complements could protect (see protect_hidden_cells).
        int unprotected = 0;
    };
    // With a memory, groups of cells protected by an earlier build are not solved again.
    Counts decide(ProtectionMemory* memory = nullptr);

    // Why a figure with these cells is hidden (none if it is shown).
    Suppression suppression(const FigureCells& cells) const;
    // Why one of its cells is hidden (none if it is published; unpublished if only no shown
    // figure uses it).
    Suppression cell_suppression(std::optional<std::size_t> cell) const;
    // The number a cell holds (nullopt without one, as for a row that is "." in the source).
    std::optional<double> cell_number(std::optional<std::size_t> cell) const;

    // The measure rows (measure, code, period) whose numbers must not be derivable from
    // anything published: sensitive ones, those hidden in the source, and those hidden so that
    // a sensitive one cannot be subtracted out. After decide().
    std::set<std::tuple<std::string, std::string, int>> protected_rows() const;

  private:
    std::size_t row_cell(const std::string& measure, const std::string& code, int period);
    std::size_t new_cell(const std::string& measure, std::optional<double> value,
                         bool hidden_in_source);
    void mark_shown(const FigureCells& cells);
    void mark_in_row(const FigureCells& cells, const IndicatorValue& value);
    void add_breakdown(std::size_t total, const std::vector<std::string>& parts,
                       const std::string& code, int period);
    void mark_small_denominator(const FigureCells& cells, const IndicatorValue& value);
    void add_measure_parts();
    void add_sum_breakdowns();
    std::size_t unknown_sum(double value);
    void add_measures_within();
    bool is_protected(const std::string& measure) const;

    SuppressionRule rule_;
    const Catalogue& catalogue_;
    const ObservationTable& table_;
    DisclosureProblem problem_;
    std::vector<bool> shown_;           // some shown figure uses the cell
    std::vector<bool> in_row_;          // some figure's row names it, shown or with a symbol
    NameIds names_;  // measures and area codes
    NameListIds code_lists_;
    std::unordered_map<RowKey, std::size_t, CellKeyHash> row_cells_;
    std::unordered_map<SumKey, std::size_t, CellKeyHash> sum_cells_;
    std::unordered_map<PooledKey, std::size_t, CellKeyHash> pooled_cells_;
};

}  // namespace kt
