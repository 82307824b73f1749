#pragma once
// What page planning shares, read-only, across all page builders: the read site, its
// statistics (the compute stage's), and how the pages are arranged.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/collation.h"
#include "model/site_input.h"
#include "model/words.h"
#include "site/corrections.h"
#include "site/shown_figures.h"
#include "stats/site_statistics.h"

namespace kt {

struct SiteData {
    const SiteInput& input;
    const SiteStatistics& statistics;
    const Words& words;  // the words pages put around the figures (templates/words.yaml)
    // The statistics' parts, named as pages use them.
    const std::vector<const Area*>& municipalities;  // Norwegian alphabetical order
    const Figures& figures;
    const std::vector<AdjustmentResult>& adjustments;
    const std::optional<SimilarAreas>& similar;
    const std::vector<IndexTable>& indexes;
    NorwegianCollator collator;
    std::vector<const Area*> counties;                         // by code
    std::map<std::string, std::vector<const Area*>> children;  // area code -> members, sorted
    const ContentPage* front_page = nullptr;                   // content/_index.md
    std::map<std::string, const ContentPage*> narratives;      // area code -> page
    std::map<std::string, const ContentPage*> family_pages;    // family id -> page
    std::vector<const ContentPage*> plain_pages;               // om.md, metode.md, ...
    // The plain page that also shows the fitted models and the indexes' rules (front matter
    // "beregninger: true"), which figures link to; nullptr if none.
    const ContentPage* method_page = nullptr;
    // Each share's and rate's municipal figures as shown, for maps and distributions.
    std::map<std::string, ShownFigures> shown;
    // Each content page's Markdown with its live figures filled in (expand_live_figures), by
    // the page's path; see markdown_of.
    std::map<std::string, std::string> expanded_markdown;
    // What changed in figures published before (site/corrections.h); empty without a
    // previous build.
    Corrections corrections;

    SiteData(const SiteInput& site, const SiteStatistics& statistics, const Words& words);

    const Area& area(const std::string& code) const { return *input.registry.find(code); }
    // The page's Markdown as published: with its live figures filled in where they have been.
    const std::string& markdown_of(const ContentPage& page) const;
    // The year an area's key figure for the indicator shows: the indicator's latest year,
    // unless the indicator is no key figure or the data never cover the area (Oslo's
    // districts have only settlement figures).
    std::optional<int> key_figure_year(const Indicator& indicator, const Area& area) const;
    // A group's name for readers ("KOSTRA-gruppe 13", "Kommuner med 2 000–4 999 innbyggere"),
    // and its value beside the grouping's title ("13", "2 000–4 999 innbyggere").
    std::string group_name(const AreaGroup& group) const;
    std::string group_value_label(const AreaGroup& group) const;
    // True when the area's parent has no other member (Oslo is both a municipality and its
    // county's only one): the parent's figures are the area's own, so pages skip it.
    bool is_only_member(const Area& area) const;
    // The name a reader can tell apart among all municipalities: "Herøy (Nordland)" where
    // two share a name, else the name alone.
    std::string distinct_name(const Area& area) const;

  private:
    std::set<std::string> shared_names_;  // names two or more municipalities of today carry
};

}  // namespace kt
