#include "stats/composite_index.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <functional>
#include <map>

#include "stats/quartile.h"
#include "stats/rank_range.h"
#include "stats/ranking.h"

namespace kt {

namespace {

// Percentile of sorted figures by linear interpolation between closest ranks
// (Hyndman-Fan type 7, Excel PERCENTILE.INC): position (n - 1) * p counted from 0.
double interpolated_percentile(const std::vector<double>& sorted, double p) {
    assert(!sorted.empty());
    const double position = (sorted.size() - 1) * p;
    const std::size_t below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

// Points or grades of every area on one component, in input order.
std::vector<std::optional<double>> component_scores(IndexMethod method,
                                                    const IndexComponent& component,
                                                    std::size_t column,
                                                    const std::vector<IndexInput>& areas) {
    std::vector<double> figures;
    for (const IndexInput& area : areas) {
        if (const auto& value = area.values[column]) figures.push_back(*value);
    }

    std::vector<double> scored;  // same order as `figures`
    if (method == IndexMethod::quartile_points) {
        for (int points : quartiles_of(figures, component.higher_is_better))
            scored.push_back(points);
    } else {
        const GradeScale scale = grade_scale(component, figures);
        for (double figure : figures) scored.push_back(grade_of(figure, scale));
    }

    std::vector<std::optional<double>> scores(areas.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        if (areas[i].values[column]) scores[i] = scored[next++];
    }
    return scores;
}

}  // namespace

GradeScale grade_scale(const IndexComponent& component, const std::vector<double>& figures) {
    GradeScale scale;
    scale.higher_is_better = component.higher_is_better;
    scale.national = component.national_value;
    scale.best = scale.worst = scale.national;
    if (figures.empty()) return scale;

    assert(std::all_of(figures.begin(), figures.end(), [](double f) { return std::isfinite(f); }));
    std::vector<double> sorted = figures;
    std::sort(sorted.begin(), sorted.end());
    const bool up = component.higher_is_better;
    const double best_trimmed =
        interpolated_percentile(sorted, up ? 1 - grade_anchor_tail : grade_anchor_tail);
    const double worst_trimmed =
        interpolated_percentile(sorted, up ? grade_anchor_tail : 1 - grade_anchor_tail);
    const double best_figure = up ? sorted.back() : sorted.front();
    const double worst_figure = up ? sorted.front() : sorted.back();
    auto better = [up](double a, double b) { return up ? a > b : a < b; };

    const double national = scale.national;
    if (better(best_trimmed, national)) {
        scale.best = best_trimmed;
    } else if (better(best_figure, national)) {
        scale.best = best_figure;
    }
    if (better(national, worst_trimmed)) {
        scale.worst = worst_trimmed;
    } else if (better(national, worst_figure)) {
        scale.worst = worst_figure;
    }
    return scale;
}

double grade_of(double figure, const GradeScale& scale) {
    const double sign = scale.higher_is_better ? 1 : -1;
    const double ahead = sign * (figure - scale.national);  // > 0: better than the country
    if (ahead > 0) {
        const double span = sign * (scale.best - scale.national);
        if (span <= 0) return 6;
        return std::min(6.0, 3.5 + 2.5 * ahead / span);
    }
    if (ahead < 0) {
        const double span = sign * (scale.national - scale.worst);
        if (span <= 0) return 1;
        return std::max(1.0, 3.5 + 2.5 * ahead / span);
    }
    return 3.5;
}

std::vector<IndexScore> composite_index(IndexMethod method,
                                        const std::vector<IndexComponent>& components,
                                        const std::vector<IndexInput>& areas,
                                        double min_share_of_components) {
    assert(!components.empty());
    assert(min_share_of_components >= 0 && min_share_of_components <= 1);
    assert(std::all_of(components.begin(), components.end(), [](const IndexComponent& c) {
        return std::isfinite(c.weight) && c.weight > 0;
    }));
    assert(std::all_of(areas.begin(), areas.end(),
                       [&](const IndexInput& a) { return a.values.size() == components.size(); }));

    const int total = static_cast<int>(components.size());
    // Smallest whole count reaching the share; the small margin keeps a product that should be
    // whole from rounding up (0.28 * 25 is 7.000000000000001 in binary, which must stay 7).
    const int required =
        std::max(1, static_cast<int>(std::ceil(min_share_of_components * total - 1e-9)));

    std::vector<IndexScore> scores(areas.size());
    for (std::size_t i = 0; i < areas.size(); ++i) {
        scores[i].area = areas[i].area;
        scores[i].component_scores.resize(components.size());
    }
    for (std::size_t c = 0; c < components.size(); ++c) {
        const auto column = component_scores(method, components[c], c, areas);
        for (std::size_t i = 0; i < areas.size(); ++i) scores[i].component_scores[c] = column[i];
    }

    std::vector<IndexScore> ranked, unranked;
    std::vector<double> shown;  // rounded scores of `ranked`, same order
    for (IndexScore& entry : scores) {
        double weighted = 0, weights = 0;
        for (std::size_t c = 0; c < components.size(); ++c) {
            if (!entry.component_scores[c]) continue;
            weighted += components[c].weight * *entry.component_scores[c];
            weights += components[c].weight;
            ++entry.components_with_data;
        }
        entry.components_required = required;
        if (entry.components_with_data < required) {
            unranked.push_back(std::move(entry));
            continue;
        }
        entry.score = weighted / weights;
        shown.push_back(round_to_decimals(*entry.score, 2));
        ranked.push_back(std::move(entry));
    }

    // Competition ranking on the rounded score, higher first: 1 + the number strictly above.
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const auto above = std::count_if(shown.begin(), shown.end(),
                                         [&](double other) { return other > shown[i]; });
        ranked[i].rank = static_cast<int>(above) + 1;
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const IndexScore& a, const IndexScore& b) { return *a.rank < *b.rank; });
    for (IndexScore& entry : unranked) ranked.push_back(std::move(entry));
    return ranked;
}

void index_rank_ranges(IndexMethod method, const std::vector<IndexComponent>& components,
                       const std::vector<IndexInput>& areas,
                       const std::vector<std::vector<std::optional<Interval>>>& intervals,
                       std::vector<IndexScore>& scores) {
    assert(intervals.size() == areas.size());
    // Per component: the score of a figure standing in for an area's own.
    std::vector<std::function<double(double own, double figure)>> score_if;
    for (std::size_t c = 0; c < components.size(); ++c) {
        std::vector<double> figures;
        for (const IndexInput& area : areas)
            if (area.values[c]) figures.push_back(*area.values[c]);
        if (method == IndexMethod::quartile_points) {
            score_if.emplace_back(
                [scale = QuartileScale(figures, components[c].higher_is_better)](
                    double own, double figure) { return scale.quartile_if(own, figure); });
        } else {
            score_if.emplace_back([scale = grade_scale(components[c], figures)](
                                      double, double figure) { return grade_of(figure, scale); });
        }
    }
    std::map<std::string, std::size_t> input_of;
    for (std::size_t a = 0; a < areas.size(); ++a) input_of[areas[a].area] = a;

    std::vector<IndexScore*> ranked;
    std::vector<Interval> ranges;
    for (IndexScore& score : scores) {
        if (!score.rank) continue;
        const std::size_t a = input_of.at(score.area);
        double low = 0, high = 0, weights = 0;
        for (std::size_t c = 0; c < components.size(); ++c) {
            const auto& own = areas[a].values[c];
            if (!own) continue;
            const Interval figure = intervals[a][c].value_or(Interval{*own, *own});
            // Scores rise or fall with the figure, so the ends of its interval bound them; the
            // figure as shown (rounded) may lie just outside an interval of a near-exact figure.
            const double at_low = score_if[c](*own, std::min(figure.low, *own));
            const double at_high = score_if[c](*own, std::max(figure.high, *own));
            low += components[c].weight * std::min(at_low, at_high);
            high += components[c].weight * std::max(at_low, at_high);
            weights += components[c].weight;
        }
        ranked.push_back(&score);
        ranges.push_back(Interval{low / weights, high / weights});
    }
    const std::vector<RankRange> places = plausible_places(ranges, true);
    for (std::size_t k = 0; k < ranked.size(); ++k) ranked[k]->plausible = places[k];
}

}  // namespace kt
