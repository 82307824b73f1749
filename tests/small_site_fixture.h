#pragma once
// Small test sites: catalogue YAML with one family and measures and indicators with every key
// the reader requires, and a site read from a few files, so that a test states only what it
// is about.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "input/site_reader.h"
#include "site_fixture.h"

namespace kt::test {

// `folketall` (innbyggere) always comes first: the catalogue needs the population measure.
// Others are given as {id, unit}.
inline std::string measures_yaml(const std::vector<std::pair<std::string, std::string>>& measures) {
    std::string yaml =
        "families:\n  - id: tema\n    title: Tema\n    summary: Tema.\n"
        "measures:\n  - id: folketall\n    title: Folketall\n    unit: innbyggere\n"
        "    source: SSB\n";
    for (const auto& [id, unit] : measures)
        yaml +=
            "  - id: " + id + "\n    title: " + id + "\n    unit: " + unit + "\n    source: SSB\n";
    return yaml + "indicators:\n";
}

// An indicator of the family; `computation` share or count (then `denominator` is empty);
// `extra` adds keys, each as "    key: value\n".
inline std::string indicator_yaml(const std::string& id, const std::string& computation,
                                  const std::string& numerator, const std::string& denominator,
                                  const std::string& extra = "") {
    std::string yaml = "  - id: " + id + "\n    family: tema\n    title: " + id +
                       "\n    short_definition: " + id + ".\n    definition: " + id +
                       ".\n    unit: " + (computation == "count" ? "personer" : "prosent") +
                       "\n    computation: " + computation + "\n    numerator: " + numerator + "\n";
    if (!denominator.empty()) yaml += "    denominator: " + denominator + "\n";
    return yaml + "    source: SSB\n    cohort: Året.\n" + extra;
}

// The site made of `files` (path -> content: data/omrader.csv, data/katalog.yaml, …) and a
// site.yaml unless given; fails the test on any error.
inline SiteInput read_small_site(std::map<std::string, std::string> files) {
    files.emplace("site.yaml", "title: Test\ndata_updated: 2026-11-01\n");
    TempSite site;
    for (const auto& [path, content] : files) site.write(path, content);
    Diagnostics diagnostics;
    SiteInput input = read_site(site.root(), diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE_FALSE(diagnostics.has_errors());
    return input;
}

}  // namespace kt::test
