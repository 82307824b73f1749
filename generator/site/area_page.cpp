#include "site/area_page.h"

#include <algorithm>

#include "render/area_history_text.h"
#include "render/markdown.h"
#include "render/number_format.h"
#include "render/sentence.h"
#include "render/value_text.h"
#include "site/adjustment_view.h"
#include "site/area_bars.h"
#include "site/area_table.h"
#include "site/citation.h"
#include "site/corrections_page.h"
#include "site/download_forms.h"
#include "site/downloads.h"
#include "site/figure_reading.h"
#include "site/indicator_distribution.h"
#include "site/indicator_map.h"
#include "site/page_context.h"
#include "site/series_block.h"
#include "site/site_paths.h"
#include "site/survey_pages.h"
#include "site/value_cell.h"
#include "stats/quartile.h"

namespace kt {

namespace {

std::string code_label(const Words& words, AreaKind kind) {
    switch (kind) {
        case AreaKind::county:
            return words("area.county_number");
        case AreaKind::municipality:
            return words("area.municipality_number");
        case AreaKind::district:
            return words("area.district_number");
        case AreaKind::country:
            break;
    }
    return "";
}

// "Plass 40 av 227 rangerte kommuner (trolig mellom plass 12 og 98), beste fjerdedel", or
// for pooled years (`period`) "Samlet for 2021–2023: plass …".
std::string place_text(const Words& words, const std::string& period,
                       const std::vector<RankEntry>& ranking, const RankEntry& entry) {
    const auto ranked = std::count_if(ranking.begin(), ranking.end(),
                                      [](const RankEntry& e) { return e.rank.has_value(); });
    const bool uncertain = entry.plausible && entry.plausible->best != entry.plausible->worst;
    const std::string quartile = quartile_name(words, quartile_of(entry));
    return words("rank.place", {{"period", period.empty() ? "none" : period},
                                {"place", std::to_string(*entry.rank)},
                                {"ranked", std::to_string(ranked)},
                                {"uncertain", uncertain ? "yes" : "no"},
                                {"best", uncertain ? std::to_string(entry.plausible->best) : ""},
                                {"worst", uncertain ? std::to_string(entry.plausible->worst) : ""},
                                {"has_quartile", quartile.empty() ? "no" : "yes"},
                                {"quartile", quartile}});
}

std::string rank_text(const SiteData& data, const Indicator& indicator, const Area& area,
                      int year) {
    if (area.kind != AreaKind::municipality || !is_ranked(indicator)) return "";
    const RankEntry* entry = data.figures.rank_of(indicator.id, area.code, year);
    if (!entry) return "";
    const Words& words = data.words;
    if (entry->rank) return place_text(words, "", data.figures.ranking(indicator.id, year), *entry);
    std::string text =
        words("rank.not_ranked",
              {{"why", exclusion_text(words, entry->exclusion, indicator, entry->value)}});
    // Too few persons for one year: the years pooled have their own ranking.
    const Figures::PooledValue* pooled = data.figures.stand_in(indicator, area.code, year);
    const RankEntry* pooled_entry = data.figures.pooled_rank_of(indicator.id, area.code, year);
    if (pooled && pooled_entry && pooled_entry->rank)
        text += " " + place_text(words, period_text(*pooled),
                                 data.figures.pooled_ranking(indicator.id, year), *pooled_entry);
    return text;
}

// Distance to the goal, change, trend and the difference from the country: what the figure
// means, before any league position.
nlohmann::json readings(const SiteData& data, const Indicator& indicator, const Area& area,
                        int year) {
    nlohmann::json out = nlohmann::json::array();
    auto add = [&](const std::string& text) {
        if (!text.empty()) out.push_back(text);
    };
    const IndicatorValue& value = data.figures.value(indicator.id, area.code, year);
    add(pooled_text(data, indicator, area.code, year));
    const Words& words = data.words;
    add(goal_distance_text(words, indicator, value));
    const std::vector<int>& years = data.figures.years();
    if (auto it = std::find(years.begin(), years.end(), year); it != years.begin())
        add(change_text(words, indicator, value,
                        data.figures.value(indicator.id, area.code, *(it - 1)), *(it - 1)));
    if (auto trend = recent_trend(data.figures, indicator, area.code, year))
        add(trend_text(words, indicator, *trend));
    if (area.kind != AreaKind::country)
        if (auto difference = difference_from_country(
                indicator, value,
                data.figures.value(indicator.id, data.input.registry.country().code, year)))
            add(difference_label(words, *difference));
    return out;
}

nlohmann::json facts(const SiteData& data, const Area& area, const std::string& page_dir) {
    nlohmann::json out = nlohmann::json::array();
    auto add = [&](const std::string& label, const std::string& value, const std::string& href) {
        out.push_back({{"label", label}, {"value", value}, {"href", href}});
    };
    const Words& words = data.words;
    if (area.kind != AreaKind::country) add(code_label(words, area.kind), area.code, "");
    if (area.kind == AreaKind::municipality || area.kind == AreaKind::district) {
        const Area& parent = data.area(area.parent);
        add(words(parent.kind == AreaKind::county ? "area.county" : "area.municipality"),
            parent.name, page_link(page_dir, area_dir(parent)));
    }
    if (auto population = data.figures.population(area.code))
        add(words("area.population", {{"year", std::to_string(population->year)}}),
            format_number(population->value, 0), "");
    for (const AreaGroup* group : data.figures.groups_of(area.code))
        add(group->title, data.group_value_label(*group), page_link(page_dir, group_dir(*group)));
    return out;
}

// "2,1 %" with the note "Vågå: 19 av 905 i Innlandet.": an area's count as a part of a
// larger area's. None when either is not shown, or the total is 0.
std::optional<nlohmann::json> share_of_total_cell(const Words& words, const Indicator& indicator,
                                                  const IndicatorValue& part,
                                                  const IndicatorValue& total,
                                                  const std::string& part_name,
                                                  const std::string& total_name, int year) {
    if (!part.has_number() || !total.has_number() || total.value <= 0) return std::nullopt;
    return nlohmann::json{
        {"text", format_number(100 * part.value / total.value, 1) + "\u00A0%"},
        {"interval", ""},
        {"note", words("area.part_of_total", {{"part_name", part_name},
                                              {"part", format_value(indicator, part.value)},
                                              {"total", format_value(indicator, total.value)},
                                              {"total_name", total_name},
                                              {"title", indicator.title},
                                              {"year", std::to_string(year)}})},
        {"status", ""},
        {"partial", total.parts_missing > 0}};
}

// An indicator published for larger areas only (its `levels`), on a municipality's page: the
// latest figures of the areas it is compared with that have one (its county, the country),
// what the figure measures, and why the area's own is not there. No chart: the indicator's
// page has the series.
nlohmann::json larger_areas_figure(const SiteData& data, const Indicator& indicator,
                                   const std::vector<const Area*>& areas,
                                   const std::string& page_dir) {
    const auto year = data.figures.latest_year(indicator.id);
    if (!year) return nullptr;
    nlohmann::json figures = nlohmann::json::array();
    for (const Area* a : areas)
        if (publishes(indicator, a->kind))
            figures.push_back(
                {{"name", a->name},
                 {"cell", value_cell(data.words, indicator,
                                     data.figures.value(indicator.id, a->code, *year),
                                     data.input.config.suppression)},
                 {"last", false}});
    if (figures.empty()) return nullptr;
    figures.back()["last"] = true;
    return {{"compact", true},
            {"id", indicator.id},
            {"title", indicator.title},
            {"href", page_link(page_dir, indicator_dir(indicator.id))},
            {"year", std::to_string(*year)},
            {"figures", figures},
            // A percentage's figures carry their sign; other units are named once after them.
            {"unit", indicator.computation == Computation::share ||
                             indicator.computation == Computation::percent_of
                         ? ""
                         : indicator.unit},
            {"short_definition", indicator.short_definition},
            {"levels", levels_note(data.words, indicator)},
            {"cohort", indicator.cohort},
            {"goal", goal_line(data.words, indicator)},
            {"source", indicator.source}};
}

}  // namespace

nlohmann::json key_figures(const SiteData& data, const Area& area, const std::string& page_dir) {
    nlohmann::json cards = nlohmann::json::array();
    const Words& words = data.words;
    const SuppressionRule& rule = data.input.config.suppression;
    const std::vector<const Area*> areas = comparison_areas(data, area);
    for (const Indicator& indicator : data.input.catalogue.indicators) {
        // An area the data never cover for the indicator gets no card rather than "..".
        const auto year = data.key_figure_year(indicator, area);
        if (!year) continue;
        const IndicatorValue& value = data.figures.value(indicator.id, area.code, *year);
        nlohmann::json comparisons = nlohmann::json::array();
        if (indicator.computation == Computation::count) {
            // A count beside a county's or a group's total compares nothing (19 beside 3 605):
            // say what part of the county's and the country's total the area's count is.
            for (std::size_t i = 1; i < areas.size(); ++i)
                if (auto cell =
                        share_of_total_cell(words, indicator, value,
                                            data.figures.value(indicator.id, areas[i]->code, *year),
                                            area.name, areas[i]->name, *year))
                    comparisons.push_back(
                        {{"label", words("area.share_of", {{"area", areas[i]->name}})},
                         {"cell", *cell}});
        } else {
            for (std::size_t i = 1; i < areas.size(); ++i)
                comparisons.push_back(
                    {{"label", areas[i]->name},
                     {"cell",
                      value_cell(words, indicator,
                                 data.figures.value(indicator.id, areas[i]->code, *year), rule)}});
            for (const AreaGroup* group : data.figures.groups_of(area.code))
                comparisons.push_back(
                    {{"label", data.group_name(*group)},
                     {"cell",
                      value_cell(words, indicator,
                                 data.figures.value(indicator.id, group->key, *year), rule)}});
        }
        if (indicator.goal)
            comparisons.push_back(
                {{"label", goal_label(words, indicator)},
                 {"cell", {{"text", goal_text(indicator)}, {"note", ""}, {"status", "goal"}}}});
        // The series section with every year: on this page, or on the area's own page.
        const std::string series_page =
            area_dir(area) == page_dir ? "" : page_link(page_dir, area_dir(area));
        cards.push_back({
            {"id", indicator.id},
            {"series_href", series_page + "#" + indicator.id},
            {"title", indicator.title},
            {"href", page_link(page_dir, indicator_dir(indicator.id))},
            {"year", std::to_string(*year)},
            {"cell", value_cell(words, indicator, value, rule)},
            {"unit", indicator.unit},
            {"short_definition", indicator.short_definition},
            {"cohort", as_sentence(indicator.cohort)},
            {"source", as_sentence(indicator.source)},
            {"readings", readings(data, indicator, area, *year)},
            {"adjusted", adjusted_reading(data, indicator, area, page_dir)},
            {"comparisons", comparisons},
            {"rank_text", rank_text(data, indicator, area, *year)},
            {"distribution", area.kind == AreaKind::municipality
                                 ? distribution_figure(data, indicator, page_dir, &area)
                                 : nlohmann::json(nullptr)},
        });
    }
    return cards;
}

nlohmann::json area_page(const SiteData& data, const Area& area, std::vector<OutputFile>& files) {
    const std::string dir = area_dir(area);
    const Words& words = data.words;
    const std::string heading =
        area.kind == AreaKind::country ? words("area.whole_country") : area.name;

    std::vector<Crumb> crumbs{{words("page.front_page"), ""}};
    if (area.kind == AreaKind::municipality || area.kind == AreaKind::district) {
        const Area& parent = data.area(area.parent);
        if (area.kind == AreaKind::district && !data.is_only_member(parent)) {
            const Area& county = data.area(parent.parent);
            crumbs.push_back({county.name, area_dir(county)});
        }
        if (!data.is_only_member(area)) crumbs.push_back({parent.name, area_dir(parent)});
    }
    const std::string parent = area.parent.empty() ? "" : data.area(area.parent).name;
    const std::string subtitle =
        words("area.subtitle", {{"kind", kind_name(area.kind)}, {"parent", parent}});
    nlohmann::json ctx = page_context(
        data, dir, heading,
        words("area.description", {{"kind", kind_name(area.kind)}, {"area", heading}}), crumbs);

    nlohmann::json narrative = nullptr;
    if (auto it = data.narratives.find(area.code); it != data.narratives.end())
        narrative = {{"title", it->second->title},
                     {"html", markdown_to_html(data.markdown_of(*it->second), root_prefix(dir))}};

    const std::vector<const Area*> areas = comparison_areas(data, area);
    nlohmann::json families = nlohmann::json::array();
    for (const Family& family : data.input.catalogue.families) {
        nlohmann::json blocks = nlohmann::json::array();
        for (const Indicator* indicator : data.input.catalogue.indicators_in(family.id)) {
            if (!publishes(*indicator, area.kind)) {
                nlohmann::json block = larger_areas_figure(data, *indicator, areas, dir);
                if (!block.is_null()) blocks.push_back(std::move(block));
                continue;
            }
            nlohmann::json block =
                series_block(data, *indicator, areas, dir, indicator->id + ".svg", files);
            // The ranking of the area's members is drawn on its page even where the area has
            // no series of its own: its members' pages show the file.
            nlohmann::json bars = member_bars(data, *indicator, area, dir, files);
            if (block.is_null()) continue;
            block["bars"] = std::move(bars);
            const int latest = std::stoi(block["latest"]["year"].get<std::string>());
            block["parts"] = part_bars(data, *indicator, areas, latest, dir, files);
            block["citation"] = figure_citation(data, *indicator, area, latest);
            block["corrections"] = figure_corrections(data, *indicator, area, dir);
            blocks.push_back(std::move(block));
        }
        if (blocks.empty()) continue;
        families.push_back({{"id", family.id},
                            {"title", family.title},
                            {"href", page_link(dir, family_dir(family.id))},
                            {"indicators", blocks}});
    }

    nlohmann::json similar = nullptr;
    if (data.similar)
        if (auto it = data.similar->by_area.find(area.code);
            it != data.similar->by_area.end() && !it->second.empty()) {
            std::vector<AreaTableRow> rows{{area.name, area.code, dir, true}};
            for (const Neighbour& neighbour : it->second) {
                const Area& other = data.area(neighbour.area);
                rows.push_back({other.name + ", " + data.area(other.parent).name, other.code,
                                area_dir(other)});
            }
            std::string basis;
            for (const std::string& label : data.similar->variable_labels)
                basis += (basis.empty() ? "" : "; ") + label;
            similar =
                area_table(data, words("similar.title", {{"area", area.name}}), rows, dir, "ligner",
                           words("similar.lead",
                                 {{"count", std::to_string(it->second.size())}, {"basis", basis}}));
        }

    nlohmann::json children = nullptr;
    if (auto it = data.children.find(area.code); it != data.children.end())
        children = children_table(data, area, it->second, dir);

    ctx["area"] = {
        {"code", area.code},
        {"name", heading},
        {"kind", kind_name(area.kind)},
        {"subtitle", subtitle},
        {"facts", facts(data, area, dir)},
        {"history", origin_sentences(data.words, data.input.registry, area)},
        {"downloads", download_links(dir, area_download_path(area))},
        {"canonical_url", ctx["page"]["canonical_url"]},
    };
    ctx["narrative"] = narrative;
    ctx["key_figures"] = key_figures(data, area, dir);
    ctx["map"] = area.kind == AreaKind::municipality ? headline_map_figure(data, dir, &area)
                                                     : nlohmann::json(nullptr);
    ctx["families"] = families;
    ctx["children"] = children;
    ctx["similar"] = similar;
    ctx["survey"] = area_survey(data, area, dir);
    return ctx;
}

}  // namespace kt
