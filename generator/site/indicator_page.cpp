#include "site/indicator_page.h"

#include "render/number_format.h"
#include "render/value_text.h"
#include "site/adjustment_view.h"
#include "site/download_forms.h"
#include "site/downloads.h"
#include "site/figure_reading.h"
#include "site/indicator_distribution.h"
#include "site/indicator_map.h"
#include "site/page_context.h"
#include "site/series_block.h"
#include "site/site_paths.h"
#include "site/sparklines.h"
#include "site/value_cell.h"
#include "stats/quartile.h"

namespace kt {

namespace {

std::string measure_title(const Catalogue& catalogue, const std::string& id) {
    const Measure* m = catalogue.measure(id);
    return m ? m->title : id;
}

nlohmann::json counts(const Indicator& indicator, const IndicatorValue& v) {
    const bool ratio = indicator.computation != Computation::count;
    return {{"numerator", v.has_number() && ratio ? format_number(v.numerator, 0) : ""},
            {"denominator", v.has_number() && ratio ? format_number(v.denominator, 0) : ""}};
}

// The columns a ranking on one year and one on pooled years share.
nlohmann::json ranking_row(const SiteData& data, const Indicator& indicator, const RankEntry& entry,
                           const std::string& dir) {
    const Area& area = data.area(entry.area);
    nlohmann::json row = {
        {"rank", entry.rank ? std::to_string(*entry.rank) : ""},
        {"plausible", plausible_places_text(entry.plausible)},
        {"name", area.name},
        {"href", page_link(dir, area_dir(area))},
        {"county", data.area(area.parent).name},
        {"cell", value_cell(data.words, indicator, entry.value, data.input.config.suppression)},
        {"reason", exclusion_text(data.words, entry.exclusion, indicator, entry.value)},
        {"goal_distance", signed_difference(indicator, entry.value, indicator.goal)},
    };
    row.update(counts(indicator, entry.value));
    return row;
}

// The municipalities ranked on the years pooled up to `year` (Figures::pooled_ranking), for
// those too small to rank on one year; null without pooled figures.
nlohmann::json pooled_ranking_block(const SiteData& data, const Indicator& indicator, int year,
                                    const std::string& dir) {
    const std::vector<RankEntry>& entries = data.figures.pooled_ranking(indicator.id, year);
    if (entries.empty() || !is_ranked(indicator)) return nullptr;
    const Figures::PooledValue* period =
        data.figures.pooled(indicator.id, entries.front().area, year);
    nlohmann::json rows = nlohmann::json::array();
    std::vector<std::optional<RankRange>> top_ten;
    int ranked = 0;
    for (const RankEntry& entry : entries) {
        rows.push_back(ranking_row(data, indicator, entry, dir));
        ranked += entry.rank ? 1 : 0;
        if (entry.rank && *entry.rank <= 10) top_ten.push_back(entry.plausible);
    }
    const std::string years = period_text(*period);
    const Words& words = data.words;
    const std::string note =
        words("ranking.pooled_note", {{"period", years}, {"ranked", std::to_string(ranked)}}) +
        " " + plausible_places_note(words, top_ten, ranked);
    return {{"period", years}, {"note", note}, {"rows", rows}};
}

}  // namespace

std::string computation_text(const Words& words, const Catalogue& catalogue,
                             const Indicator& indicator) {
    const char* kind = "";
    switch (indicator.computation) {
        case Computation::count:
            kind = "count";
            break;
        case Computation::share:
            kind = "share";
            break;
        case Computation::percent_of:
            kind = "percent_of";
            break;
        case Computation::rate_per_1000:
            kind = "rate_per_1000";
            break;
        case Computation::mean:
            kind = "mean";
            break;
    }
    return words("indicator.computation",
                 {{"kind", kind},
                  {"numerator", measure_title(catalogue, indicator.numerator)},
                  {"denominator", indicator.computation == Computation::count
                                      ? ""
                                      : measure_title(catalogue, indicator.denominator)}});
}

nlohmann::json indicator_page(const SiteData& data, const Indicator& indicator,
                              std::vector<OutputFile>& files) {
    const std::string dir = indicator_dir(indicator.id);
    const Family* family = data.input.catalogue.family(indicator.family);
    const Words& words = data.words;
    const SuppressionRule& rule = data.input.config.suppression;
    std::vector<Crumb> crumbs{{words("page.front_page"), ""}};
    if (family) crumbs.push_back({family->title, family_dir(family->id)});
    nlohmann::json ctx =
        page_context(data, dir, indicator.title, indicator.short_definition, crumbs);

    const Area& country = data.input.registry.country();
    auto year = data.figures.latest_year(indicator.id);
    const bool ratio = indicator.computation != Computation::count;

    nlohmann::json counties = nlohmann::json::array();
    nlohmann::json ranking = nlohmann::json::array();
    std::size_t ranked = 0, unranked = 0;
    if (year) {
        for (const Area* county : data.counties) {
            const IndicatorValue& v = data.figures.value(indicator.id, county->code, *year);
            nlohmann::json row = {{"name", county->name},
                                  {"href", page_link(dir, area_dir(*county))},
                                  {"cell", value_cell(words, indicator, v, rule)}};
            row.update(counts(indicator, v));
            counties.push_back(row);
        }
        const IndicatorValue& national_value =
            data.figures.value(indicator.id, country.code, *year);
        const std::vector<RankEntry>& entries = data.figures.ranking(indicator.id, *year);
        std::vector<std::string> codes;
        for (const RankEntry& entry : entries) codes.push_back(entry.area);
        const SparkScale scale = spark_scale(data, indicator, codes);
        for (const RankEntry& entry : entries) {
            const Area& area = data.area(entry.area);
            const IndicatorValue& previous = data.figures.value(indicator.id, area.code, *year - 1);
            nlohmann::json row = ranking_row(data, indicator, entry, dir);
            row["spark"] = sparkline(data, indicator, area.code, scale);
            row["quartile"] = quartile_name(words, quartile_of(entry));
            row["versus_country"] =
                versus_country_text(words, indicator, entry.value, national_value);
            row["change"] = signed_difference(
                indicator, entry.value,
                previous.has_number() ? std::optional<double>(previous.value) : std::nullopt);
            // Too few persons this year: point to the place on the years pooled.
            const Figures::PooledValue* pooled =
                entry.rank ? nullptr : data.figures.stand_in(indicator, area.code, *year);
            const RankEntry* pooled_entry =
                pooled ? data.figures.pooled_rank_of(indicator.id, area.code, *year) : nullptr;
            if (pooled_entry && pooled_entry->rank)
                row["reason"] = row["reason"].get<std::string>() + " " +
                                words("ranking.pooled_place",
                                      {{"period", period_text(*pooled)},
                                       {"value", format_value(indicator, pooled->value.value)},
                                       {"place", std::to_string(*pooled_entry->rank)}});
            ranking.push_back(row);
            (entry.rank ? ranked : unranked) += 1;
        }
    }
    const IndicatorValue national =
        year ? data.figures.value(indicator.id, country.code, *year) : IndicatorValue{};
    nlohmann::json national_row = {{"cell", value_cell(words, indicator, national, rule)}};
    national_row.update(counts(indicator, national));

    std::string ranking_note;
    if (!is_ranked(indicator)) {
        ranking_note = words("ranking.unranked_note");
    } else {
        ranking_note = words("ranking.note",
                             {{"ranked", std::to_string(ranked)},
                              {"higher_is_better", *indicator.higher_is_better ? "yes" : "no"}});
    }
    if (is_ranked(indicator) && year) {
        std::vector<std::optional<RankRange>> top_ten;
        for (const RankEntry& entry : data.figures.ranking(indicator.id, *year))
            if (entry.rank && *entry.rank <= 10) top_ten.push_back(entry.plausible);
        ranking_note += " " + plausible_places_note(words, top_ten, static_cast<int>(ranked));
    }
    if (is_ranked(indicator) && unranked > 0)
        ranking_note +=
            " " + words("ranking.unranked_count", {{"unranked", std::to_string(unranked)}});
    if (is_ranked(indicator) && ratio && indicator.min_denominator > 0)
        ranking_note +=
            " " + words("ranking.min_denominator",
                        {{"min_denominator", format_number(indicator.min_denominator, 0)}});

    const std::optional<int> provisional = provisional_from(data.input.catalogue, indicator);
    ctx["indicator"] = {
        {"id", indicator.id},
        {"title", indicator.title},
        {"short_definition", indicator.short_definition},
        {"definition", indicator.definition},
        {"unit", indicator.unit},
        {"computation", computation_text(words, data.input.catalogue, indicator)},
        {"cohort", indicator.cohort},
        {"source", indicator.source},
        {"next_update", format_date(next_update(data.input.catalogue, indicator))},
        {"provisional_from", provisional ? std::to_string(*provisional) : ""},
        {"goal", goal_line(words, indicator)},
        {"family_title", family ? family->title : ""},
        {"family_href", family ? page_link(dir, family_dir(family->id)) : ""},
        {"downloads", download_links(dir, indicator_download_path(indicator))},
        {"year", year ? std::to_string(*year) : ""},
        {"is_ratio", ratio},
        {"is_share", indicator.computation == Computation::share},
        {"is_ranked", is_ranked(indicator)},
        {"previous_year", year ? std::to_string(*year - 1) : ""},
        {"difference_unit", difference_unit(words, indicator)},
        {"has_goal", indicator.goal.has_value()},
        {"numerator_title", measure_title(data.input.catalogue, indicator.numerator)},
        {"denominator_title",
         ratio ? measure_title(data.input.catalogue, indicator.denominator) : ""},
        {"canonical_url", ctx["page"]["canonical_url"]},
        {"has_maps", has_indicator_map(data, indicator) || has_indicator_tile_map(data, indicator)},
        {"per_municipality", publishes_municipalities(indicator)},
        {"levels", levels_note(words, indicator)},
    };
    ctx["series"] = series_block(data, indicator, {&country}, dir, "utvikling.svg", files);
    ctx["national"] = national_row;
    ctx["counties"] = counties;
    ctx["ranking"] = ranking;
    ctx["ranking_note"] = ranking_note;
    ctx["pooled_ranking"] =
        year ? pooled_ranking_block(data, indicator, *year, dir) : nlohmann::json(nullptr);
    ctx["map"] = indicator_map_figure(data, indicator, dir);
    ctx["tile_map"] = indicator_tile_map_figure(data, indicator, dir);
    ctx["distribution"] = distribution_figure(data, indicator, dir);
    ctx["scatter"] = adjustment_scatter_figure(data, indicator, dir);
    ctx["has_data"] = year.has_value();
    return ctx;
}

}  // namespace kt
