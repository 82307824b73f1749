#include "stats/index_table.h"

#include "stats/rank_range.h"
#include "stats/ranking.h"

namespace kt {

namespace {

// The index over the components' years shifted back by `years_back`; nullopt when a
// component has no figures that year.
std::optional<std::vector<IndexScore>> scores_in(const IndexTable& table, const Figures& figures,
                                                 const std::vector<std::string>& municipalities,
                                                 const std::string& country, int years_back,
                                                 std::vector<IndexInput>* inputs_out) {
    const CompositeIndexSpec& spec = *table.spec;
    std::vector<IndexComponent> components;
    for (std::size_t c = 0; c < spec.components.size(); ++c) {
        const Indicator& indicator = *table.indicators[c];
        const IndicatorValue& national =
            figures.value(indicator.id, country, table.years[c] - years_back);
        if (!national.has_number()) return std::nullopt;  // grades need the country's figure
        components.push_back({indicator.id, indicator.higher_is_better.value_or(true),
                              spec.components[c].weight,
                              round_to_decimals(national.value, indicator.decimals)});
    }
    std::vector<IndexInput> inputs;
    std::vector<std::vector<std::optional<Interval>>> intervals;
    for (const std::string& code : municipalities) {
        IndexInput input{code, {}};
        std::vector<std::optional<Interval>>& interval = intervals.emplace_back();
        for (std::size_t c = 0; c < spec.components.size(); ++c) {
            const Indicator& indicator = *table.indicators[c];
            const RankEntry* entry =
                figures.rank_of(indicator.id, code, table.years[c] - years_back);
            input.values.push_back(entry && entry->rank
                                       ? std::optional<double>(round_to_decimals(
                                             entry->value.value, indicator.decimals))
                                       : std::nullopt);
            interval.push_back(entry && entry->rank ? figure_interval(indicator, entry->value)
                                                    : std::nullopt);
        }
        inputs.push_back(std::move(input));
    }
    std::vector<IndexScore> scores =
        composite_index(spec.method, components, inputs, spec.min_share);
    index_rank_ranges(spec.method, components, inputs, intervals, scores);
    if (inputs_out) *inputs_out = std::move(inputs);
    return scores;
}

}  // namespace

IndexTable index_table(const CompositeIndexSpec& spec, const Catalogue& catalogue,
                       const Figures& figures, const std::vector<std::string>& municipalities,
                       const std::string& country) {
    IndexTable table;
    table.spec = &spec;
    for (const IndexComponentSpec& component : spec.components) {
        const Indicator* indicator = catalogue.indicator(component.indicator);
        const auto year = indicator ? figures.latest_year(indicator->id) : std::nullopt;
        if (!indicator || !year) return table;
        table.indicators.push_back(indicator);
        table.years.push_back(*year);
        const IndicatorValue& national = figures.value(indicator->id, country, *year);
        table.national.push_back(national.has_number() ? std::optional<double>(round_to_decimals(
                                                             national.value, indicator->decimals))
                                                       : std::nullopt);
    }
    std::vector<IndexInput> inputs;
    auto scores = scores_in(table, figures, municipalities, country, 0, &inputs);
    if (!scores) return table;
    table.scores = std::move(*scores);
    for (IndexInput& input : inputs) table.figures[input.area] = std::move(input.values);
    if (auto previous = scores_in(table, figures, municipalities, country, 1, nullptr))
        for (const IndexScore& score : *previous)
            if (score.score) table.previous_score[score.area] = *score.score;
    return table;
}

}  // namespace kt
