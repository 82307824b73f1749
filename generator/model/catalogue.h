#pragma once
// The indicator catalogue: what is measured, and how each published indicator is computed.
#include <optional>
#include <string>
#include <vector>

#include "model/area.h"
#include "model/diagnostics.h"

namespace kt {

// A raw quantity as it arrives in data files (e.g. "bosatte": persons settled).
struct Measure {
    std::string id;
    std::string title;
    std::string unit;    // "personer", "innbyggere", ...
    std::string source;  // e.g. "IMDi"
    // The years the catalogue publishes; a data row for another year is an error.
    std::optional<int> first_period;
    std::optional<int> last_period;  // nullopt: open-ended
    // Breakdowns: each a list of measures whose values add up to this one (men + women = all;
    // work + education + other = all who finished); checked where all are given.
    std::vector<std::vector<std::string>> breakdowns;
    // A measure whose persons include every person counted here (those who finished the
    // programme during the year were participants that year): this one is never larger.
    // Readers who know it can bound a hidden count, so disclosure control uses it too.
    std::string within;
    SourceLocation within_where;
    // Largest possible value: 100 for a percentage, unless the catalogue says otherwise.
    std::optional<double> maximum;
    // The source's release calendar: figures from this year on are provisional (its final
    // figures are not out yet), and the date its next figures are due ("2027-03-01").
    std::optional<int> provisional_from;
    std::string next_update;
    SourceLocation where;
};

enum class Computation {
    count,          // the value of one measure
    share,          // 100 * numerator / denominator, in percent: a part of a whole (<= 100 %)
    percent_of,     // 100 * numerator / denominator of another quantity; may exceed 100 %
    rate_per_1000,  // 1000 * numerator / denominator
    mean,           // numerator / denominator: an average, such as months waited per person
};

// The catalogue's keyword for a computation: "count", "share", "percent_of", "rate_per_1000",
// "mean".
std::string computation_keyword(Computation computation);

// A published figure, computed from one or two measures.
struct Indicator {
    std::string id;      // stable, used in URLs: /indikator/<id>/
    std::string family;  // family id
    std::string title;   // "Bosatte flyktninger"
    std::string short_definition;
    std::string definition;  // full definition for journalists
    std::string unit;  // label for the value, e.g. "personer", "prosent", "per 1 000 innbyggere"
    Computation computation = Computation::count;
    std::string numerator;    // measure id (the measure itself for a count)
    std::string denominator;  // measure id; empty for a count
    int decimals = 0;
    std::optional<bool> higher_is_better;  // empty: neither direction is better
    std::optional<double> goal;            // national goal, in the indicator's unit
    std::string goal_label;  // "Nasjonalt mål"; empty: the site's word figure.goal
    std::string source;
    std::string
        cohort;  // cohort and timing wording, e.g. "Avsluttet i år t, status i november t+1"
    double min_denominator = 0;  // below this a municipality is shown but not ranked
    bool key_figure = false;     // shown among the key figures on area pages
    // The kinds of area the figure is published for; empty: every kind. A figure for the
    // county and the country only (a share whose municipal counts would be mostly small) is
    // still computed from the municipalities' rows, which stay unpublished.
    std::vector<AreaKind> levels;
    SourceLocation where;
};

// Whether the indicator's figure is published for areas of this kind.
bool publishes(const Indicator& indicator, AreaKind kind);
// Whether it is published for municipalities: ranked, mapped, compared and in indexes.
bool publishes_municipalities(const Indicator& indicator);

// A municipality-level quantity used to compare areas fairly: the share one measure makes of
// another (women among those who finished the programme), a measure's value (unemployment),
// or a numeric attribute from data/egenskaper.csv (centrality).
struct Variable {
    enum class Source { share_of, measure, attribute };
    std::string id;
    std::string label;  // for readers: "Andel kvinner blant dem som avsluttet"
    Source source = Source::measure;
    std::string numerator;  // share_of: numerator / denominator, both measure ids
    std::string denominator;
    std::string measure;    // measure: its value
    std::string attribute;  // attribute: its value, which must be a number
    bool log = false;       // use the natural logarithm (unemployment in percent, population)
    SourceLocation where;
};

// A regression-adjusted result: a share indicator's figure against the figure expected from
// the covariates (who the participants are, local conditions), by weighted least squares over
// the municipalities.
struct Adjustment {
    std::string indicator;
    std::vector<Variable> covariates;
    SourceLocation where;
};

// The municipalities most like each one, on standardized variables.
struct Similarity {
    int count = 5;
    std::vector<Variable> variables;
    SourceLocation where;
};

// How a composite index scores each component indicator.
enum class IndexMethod {
    quartile_points,  // 1-4 by quartile, averaged (the NIBR index)
    grades,           // 1-6 with 3.5 at the national figure, weighted (Kommunebarometeret)
};

struct IndexComponentSpec {
    std::string indicator;  // must have a better direction (higher_is_better)
    double weight = 1;
};

struct CompositeIndexSpec {
    std::string id;  // used in URLs: /indeks/<id>/
    std::string title;
    std::string description;
    IndexMethod method = IndexMethod::quartile_points;
    std::vector<IndexComponentSpec> components;
    // A municipality is scored only with figures for at least this share of the components.
    double min_share = 0.6;
    SourceLocation where;
};

// Municipalities grouped by an attribute from data/egenskaper.csv, or by SSB's size groups.
struct Grouping {
    std::string id;           // used in URLs: /gruppe/<id>/<value>/
    std::string title;        // "KOSTRA-gruppe"
    std::string description;  // for readers, optional: what the groups are and who made them
    std::string attribute;    // empty for size groups
    bool size_groups = false;
    // Bands of a percentage indicator's published municipal figure in its latest year:
    // `bands: [5, 10, 15]` makes under 5 %, 5 to under 10 %, 10 to under 15 % and 15 % and
    // over. A municipality whose figure is not published is in no band.
    std::string indicator;
    std::vector<double> bands;
    SourceLocation where;
};

struct Family {
    std::string id;     // "bosetting"
    std::string title;  // "Bosetting"
    std::string summary;
    SourceLocation where;
};

struct Catalogue {
    std::vector<Family> families;
    std::vector<Measure> measures;
    std::vector<Indicator> indicators;
    std::vector<Grouping> groupings;
    std::vector<Adjustment> adjustments;
    std::optional<Similarity> similarity;
    std::vector<CompositeIndexSpec> indexes;

    const Family* family(const std::string& id) const;
    const Measure* measure(const std::string& id) const;
    const Indicator* indicator(const std::string& id) const;
    std::vector<const Indicator*> indicators_in(const std::string& family_id) const;
};

// When the indicator's figures are next updated: the earliest next_update of its measures
// ("" when none says).
std::string next_update(const Catalogue& catalogue, const Indicator& indicator);
// The earliest year from which its measures' figures are provisional (nullopt: none are).
std::optional<int> provisional_from(const Catalogue& catalogue, const Indicator& indicator);

}  // namespace kt
