#pragma once
// A composite index over a set of indicators, in the two forms the documents use:
// quartile points 1-4 averaged (the NIBR municipal integration index) and grades 1-6 with 3.5
// at the national figure, weighted (Kommunebarometeret).
#include <optional>
#include <string>
#include <vector>

#include "model/catalogue.h"
#include "stats/ranking.h"
#include "stats/wilson_interval.h"

namespace kt {

// One area's figures, one per component in the order of the components, in display units
// (rounded as readers see them, so that equal figures score alike); nullopt = no figure
// (suppressed, missing, below the minimum denominator).
struct IndexInput {
    std::string area;
    std::vector<std::optional<double>> values;
};

struct IndexComponent {
    std::string indicator;
    bool higher_is_better = true;
    double weight = 1;          // relative; must be > 0
    double national_value = 0;  // the country's figure; used by grades only
};

// IndexMethod (model/catalogue.h), as computed here:
// - quartile_points: per component, among all areas with a figure: points 1-4 by quartile of
//   the mid-rank percentile in the better direction (quartiles_of in stats/quartile.h:
//   4 = best quarter, equal figures get equal points, a percentile exactly on 25/50/75 goes
//   to the upper quartile).
// - grades: per component, a grade 1-6, linear in the figure on each side of the national
//   value, 3.5 exactly at it; see GradeScale.

// The linear grade scale of one component. In the better direction:
//   the national value           -> 3.5
//   `best` and anything better   -> 6
//   `worst` and anything worse   -> 1
// with a straight line from 3.5 to 6 between national and best, and another from 3.5 to 1
// between national and worst (the two sides have their own slopes).
// best/worst are the figures at the 97.5th and 2.5th percentiles in the better direction
// (linear interpolation between sorted figures, as Excel's PERCENTILE.INC), so one extreme
// small municipality does not squeeze everybody else towards the middle. When that percentile
// does not lie beyond the national value (the country's figure can sit outside most
// municipalities' when the large ones dominate), the best (worst) figure itself is used; when
// no figure lies beyond the national value on a side, that anchor is the national value, and
// any figure past it would get 6 (1).
struct GradeScale {
    bool higher_is_better = true;
    double national = 0;
    double best = 0;
    double worst = 0;
};

// Share of figures trimmed at each end when choosing the grade anchors: 2.5 %.
inline constexpr double grade_anchor_tail = 0.025;

// The grade scale of a component from the figures of all areas that have one.
// Precondition: figures are finite.
GradeScale grade_scale(const IndexComponent& component, const std::vector<double>& figures);

// 1-6 on the scale (not rounded).
double grade_of(double figure, const GradeScale& scale);

struct IndexScore {
    std::string area;
    // Weighted mean of the area's component scores over the components it has figures for;
    // empty when it has fewer than components_required. Not rounded; ranks use 2 decimals.
    std::optional<double> score;
    int components_with_data = 0;
    int components_required = 0;  // the fewest with data that give a score
    std::optional<int> rank;  // 1 = best; ties on the score rounded to 2 decimals share (1,2,2,4)
    // The points (1-4) or grade (1-6) on each component, in component order; nullopt without a
    // figure. Filled for every area, excluded or not, so pages can show the breakdown.
    std::vector<std::optional<double>> component_scores;
    // The places the area could plausibly hold (index_rank_ranges); ranked areas only.
    std::optional<RankRange> plausible;
};

// Scores and ranks areas on the index. Only areas with figures for at least
// min_share_of_components of the components, counted and not weighted (0.6: 2 of 3, 3 of 5),
// and never fewer than one, get a score and a rank; the others none.
// Each component's points or grade scale come from all areas with a figure for it, including
// areas later left out of the index for having too few figures.
// Output: ranked areas by rank, then the unranked; ties and the unranked in input order.
// Preconditions: components not empty; each area has one value per component, all finite;
// weights > 0; 0 <= min_share_of_components <= 1.
std::vector<IndexScore> composite_index(IndexMethod method,
                                        const std::vector<IndexComponent>& components,
                                        const std::vector<IndexInput>& areas,
                                        double min_share_of_components);

// Sets IndexScore::plausible of the ranked scores: the places an area could hold when each of
// its figures moves within its 95 % interval. Its score then ranges from the weighted mean of
// its component scores at the worse ends of the intervals to that at the better ends, with
// everyone else's figures (and so the quartiles and grade scales) held as they are; the places
// follow from those ranges as an indicator's do (plausible_places in stats/rank_range.h).
// `areas` and `components` as given to composite_index; `intervals`: per area (as `areas`) and
// component, the figure's 95 % interval in display units, nullopt for a figure taken as exact.
void index_rank_ranges(IndexMethod method, const std::vector<IndexComponent>& components,
                       const std::vector<IndexInput>& areas,
                       const std::vector<std::vector<std::optional<Interval>>>& intervals,
                       std::vector<IndexScore>& scores);

}  // namespace kt
