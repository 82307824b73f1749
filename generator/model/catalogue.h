#pragma once
// The indicator catalogue: what is measured, and how each published indicator is computed.
#include <optional>
#include <string>
#include <vector>

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
    // Measures whose values add up to this one (men + women = all); checked where all are given.
    std::vector<std::string> parts;
    // Largest possible value: 100 for a percentage, unless the catalogue says otherwise.
    std::optional<double> maximum;
    SourceLocation where;
};

enum class Computation {
    count,          // the value of one measure
    share,          // 100 * numerator / denominator, in percent: a part of a whole (<= 100 %)
    percent_of,     // 100 * numerator / denominator of another quantity; may exceed 100 %
    rate_per_1000,  // 1000 * numerator / denominator
};

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
    std::string goal_label;                // "Nasjonalt mål: 70 %"
    std::string source;
    std::string
        cohort;  // cohort and timing wording, e.g. "Avsluttet i år t, status i november t+1"
    double min_denominator = 0;  // below this a municipality is shown but not ranked
    bool key_figure = false;     // shown among the key figures on area pages
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

    const Family* family(const std::string& id) const;
    const Measure* measure(const std::string& id) const;
    const Indicator* indicator(const std::string& id) const;
    std::vector<const Indicator*> indicators_in(const std::string& family_id) const;
};

}  // namespace kt
