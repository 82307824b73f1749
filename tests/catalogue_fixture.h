#pragma once
// Catalogue YAML for small test sites: one family and measures and indicators with every key
// the reader requires, so that a test states only what it is about.
#include <string>
#include <utility>
#include <vector>

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

}  // namespace kt::test
