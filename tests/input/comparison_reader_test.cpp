#include "input/comparison_reader.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

#include "input/catalogue_reader.h"
#include "site_fixture.h"

#ifndef KOMMUNETALL_SOURCE_DIR
#error "KOMMUNETALL_SOURCE_DIR must name the repository (the demo site)"
#endif

using kt::Catalogue;
using kt::Diagnostics;
using kt::IndexMethod;
using kt::Variable;
using kt::test::check_single_error;
using kt::test::diagnostics_text;
using kt::test::TempSite;

namespace {

// A family, four measures and three indicators on lines 1-54, so the comparison sections
// start on line 55. arbeid_andel is a share with higher_is_better: true, avsluttet a count
// with no better direction, ledighet a count where lower is better.
const std::string kBase =
    "families:\n"                                              // 1
    "  - id: intro\n"                                          // 2
    "    title: Introduksjonsprogrammet\n"                     // 3
    "measures:\n"                                              // 4
    "  - id: avsluttet\n"                                      // 5
    "    title: Avsluttet\n"                                   // 6
    "    unit: personer\n"                                     // 7
    "    source: SSB\n"                                        // 8
    "  - id: arbeid\n"                                         // 9
    "    title: I arbeid eller utdanning\n"                    // 10
    "    unit: personer\n"                                     // 11
    "    source: SSB\n"                                        // 12
    "  - id: kvinner\n"                                        // 13
    "    title: Kvinner som avsluttet\n"                       // 14
    "    unit: personer\n"                                     // 15
    "    source: SSB\n"                                        // 16
    "  - id: ledighet\n"                                       // 17
    "    title: Arbeidsledighet\n"                             // 18
    "    unit: prosent\n"                                      // 19
    "    source: NAV\n"                                        // 20
    "indicators:\n"                                            // 21
    "  - id: arbeid_andel\n"                                   // 22
    "    family: intro\n"                                      // 23
    "    title: I arbeid eller utdanning\n"                    // 24
    "    short_definition: Andel i arbeid eller utdanning.\n"  // 25
    "    definition: Andel i arbeid eller utdanning.\n"        // 26
    "    unit: prosent\n"                                      // 27
    "    computation: share\n"                                 // 28
    "    numerator: arbeid\n"                                  // 29
    "    denominator: avsluttet\n"                             // 30
    "    higher_is_better: true\n"                             // 31
    "    source: SSB\n"                                        // 32
    "    cohort: Avgangsåret.\n"                               // 33
    "  - id: avsluttet\n"                                      // 34
    "    family: intro\n"                                      // 35
    "    title: Avsluttet\n"                                   // 36
    "    short_definition: Antall som avsluttet.\n"            // 37
    "    definition: Antall som avsluttet programmet.\n"       // 38
    "    unit: personer\n"                                     // 39
    "    computation: count\n"                                 // 40
    "    numerator: avsluttet\n"                               // 41
    "    source: SSB\n"                                        // 42
    "    cohort: Avgangsåret.\n"                               // 43
    "  - id: ledighet\n"                                       // 44
    "    family: intro\n"                                      // 45
    "    title: Arbeidsledighet\n"                             // 46
    "    short_definition: Registrert ledighet.\n"             // 47
    "    definition: Registrert ledighet i prosent.\n"         // 48
    "    unit: prosent\n"                                      // 49
    "    computation: count\n"                                 // 50
    "    numerator: ledighet\n"                                // 51
    "    higher_is_better: false\n"                            // 52
    "    source: NAV\n"                                        // 53
    "    cohort: Årsgjennomsnitt.\n";                          // 54

Catalogue catalogue_with(const std::string& sections, Diagnostics& diagnostics) {
    TempSite site;
    site.write("data/katalog.yaml", kBase + sections);
    return kt::read_catalogue(site.root(), diagnostics);
}

// Exactly one error, at line:column of data/katalog.yaml, containing `message`.
void check_error(const std::string& sections, int line, int column, const std::string& message) {
    Diagnostics diagnostics;
    catalogue_with(sections, diagnostics);
    check_single_error(diagnostics, {"data/katalog.yaml", line, column}, message);
}

// `text` with its only occurrence of `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    if (at == std::string::npos || text.find(from, at + 1) != std::string::npos)
        throw std::logic_error("test fixture: '" + from + "' must occur once");
    return text.replace(at, from.size(), to);
}

// A grouping on lines 55-57 (the entry starts in column 5 of line 56); `rest` from line 58.
std::string grouping(const std::string& rest) {
    return "groupings:\n"      // 55
           "  - id: a\n"       // 56
           "    title: A\n" +  // 57
           rest;
}

// One variable of `similar` on lines 55-58 (the entry starts in column 7 of line 57);
// `rest` (its source) from line 59.
std::string similar_variable(const std::string& rest) {
    return "similar:\n"          // 55
           "  variables:\n"      // 56
           "    - id: v\n"       // 57
           "      label: V\n" +  // 58
           rest;
}

// An adjustment of `indicator` (line 56, value in column 16) with one covariate on lines
// 58-60, then `rest` from line 61.
std::string adjustment(const std::string& indicator, const std::string& rest = "") {
    return "adjustments:\n"  // 55
           "  - indicator: " +
           indicator +
           "\n"                                        // 56
           "    covariates:\n"                         // 57
           "      - id: kvinner\n"                     // 58
           "        label: Andel kvinner\n"            // 59
           "        share_of: [kvinner, avsluttet]\n"  // 60
           + rest;
}

// An index on lines 55-59 (entry in column 5 of line 56), then `middle` from line 60, then
// "    components:" and `components`.
std::string index_with(const std::string& middle, const std::string& components) {
    return "indexes:\n"                       // 55
           "  - id: indeks\n"                 // 56
           "    title: Indeks\n"              // 57
           "    description: Poeng.\n"        // 58
           "    method: quartile_points\n" +  // 59
           middle +
           "    components:\n" + components;
}

const std::string kOneComponent = "      - indicator: arbeid_andel\n";

}  // namespace

TEST_CASE("the comparison fixture starts its sections on line 55", "[input][comparison]") {
    CHECK(std::count(kBase.begin(), kBase.end(), '\n') == 54);
    Diagnostics diagnostics;
    const Catalogue catalogue = catalogue_with("", diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    CHECK(catalogue.indicators.size() == 3);
    // All four sections are optional.
    CHECK(catalogue.groupings.empty());
    CHECK(catalogue.adjustments.empty());
    CHECK_FALSE(catalogue.similarity.has_value());
    CHECK(catalogue.indexes.empty());
}

TEST_CASE("read_catalogue reads groupings, adjustments, similar and indexes",
          "[input][comparison]") {
    const std::string sections =
        "groupings:\n"                              // 55
        "  - id: storrelse\n"                       // 56
        "    title: Kommunestørrelse\n"             // 57
        "    size_groups: true\n"                   // 58
        "  - id: sentralitet\n"                     // 59
        "    title: Sentralitet\n"                  // 60
        "    attribute: sentralitet\n"              // 61
        "    size_groups: false\n"                  // 62
        "adjustments:\n"                            // 63
        "  - indicator: arbeid_andel\n"             // 64
        "    covariates:\n"                         // 65
        "      - id: kvinner\n"                     // 66
        "        label: Andel kvinner\n"            // 67
        "        share_of: [kvinner, avsluttet]\n"  // 68
        "      - id: ledighet\n"                    // 69
        "        label: Ledighet (logaritme)\n"     // 70
        "        measure: ledighet\n"               // 71
        "        log: true\n"                       // 72
        "      - id: sentralitet\n"                 // 73
        "        label: Sentralitet\n"              // 74
        "        attribute: sentralitet\n"          // 75
        "similar:\n"                                // 76
        "  count: 3\n"                              // 77
        "  variables:\n"                            // 78
        "    - id: avsluttet\n"                     // 79
        "      label: Avsluttet\n"                  // 80
        "      measure: avsluttet\n"                // 81
        "      log: false\n"                        // 82
        "indexes:\n"                                // 83
        "  - id: indeks\n"                          // 84
        "    title: Indeks\n"                       // 85
        "    description: Poeng etter kvartil.\n"   // 86
        "    method: quartile_points\n"             // 87
        "    components:\n"                         // 88
        "      - indicator: arbeid_andel\n"         // 89
        "      - indicator: ledighet\n"             // 90
        "  - id: karakter\n"                        // 91
        "    title: Karakter\n"                     // 92
        "    description: Karakter fra 1 til 6.\n"  // 93
        "    method: grades\n"                      // 94
        "    min_share: 1\n"                        // 95
        "    components:\n"                         // 96
        "      - indicator: arbeid_andel\n"         // 97
        "        weight: 2\n"                       // 98
        "      - indicator: ledighet\n"             // 99
        "        weight: 0.5\n";                    // 100
    Diagnostics diagnostics;
    const Catalogue catalogue = catalogue_with(sections, diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());

    REQUIRE(catalogue.groupings.size() == 2);
    CHECK(catalogue.groupings[0].id == "storrelse");
    CHECK(catalogue.groupings[0].title == "Kommunestørrelse");
    CHECK(catalogue.groupings[0].size_groups);
    CHECK(catalogue.groupings[0].attribute.empty());
    CHECK(catalogue.groupings[0].where.file == "data/katalog.yaml");
    CHECK(catalogue.groupings[0].where.line == 56);
    CHECK(catalogue.groupings[0].where.column == 5);
    CHECK(catalogue.groupings[1].id == "sentralitet");
    CHECK_FALSE(catalogue.groupings[1].size_groups);
    CHECK(catalogue.groupings[1].attribute == "sentralitet");
    CHECK(catalogue.groupings[1].where.line == 59);

    REQUIRE(catalogue.adjustments.size() == 1);
    const kt::Adjustment& adjusted = catalogue.adjustments[0];
    CHECK(adjusted.indicator == "arbeid_andel");
    CHECK(adjusted.where.line == 64);
    CHECK(adjusted.where.column == 5);
    REQUIRE(adjusted.covariates.size() == 3);
    const Variable& women = adjusted.covariates[0];
    CHECK(women.id == "kvinner");
    CHECK(women.label == "Andel kvinner");
    CHECK(women.source == Variable::Source::share_of);
    CHECK(women.numerator == "kvinner");
    CHECK(women.denominator == "avsluttet");
    CHECK(women.measure.empty());
    CHECK(women.attribute.empty());
    CHECK_FALSE(women.log);
    CHECK(women.where.line == 66);
    CHECK(women.where.column == 9);
    const Variable& unemployment = adjusted.covariates[1];
    CHECK(unemployment.source == Variable::Source::measure);
    CHECK(unemployment.measure == "ledighet");
    CHECK(unemployment.numerator.empty());
    CHECK(unemployment.log);
    const Variable& centrality = adjusted.covariates[2];
    CHECK(centrality.source == Variable::Source::attribute);
    CHECK(centrality.attribute == "sentralitet");
    CHECK(centrality.where.line == 73);

    REQUIRE(catalogue.similarity.has_value());
    CHECK(catalogue.similarity->count == 3);
    CHECK(catalogue.similarity->where.line == 77);
    CHECK(catalogue.similarity->where.column == 3);
    REQUIRE(catalogue.similarity->variables.size() == 1);
    CHECK(catalogue.similarity->variables[0].id == "avsluttet");
    CHECK(catalogue.similarity->variables[0].source == Variable::Source::measure);
    CHECK(catalogue.similarity->variables[0].measure == "avsluttet");
    CHECK_FALSE(catalogue.similarity->variables[0].log);
    CHECK(catalogue.similarity->variables[0].where.line == 79);
    CHECK(catalogue.similarity->variables[0].where.column == 7);

    REQUIRE(catalogue.indexes.size() == 2);
    const kt::CompositeIndexSpec& points = catalogue.indexes[0];
    CHECK(points.id == "indeks");
    CHECK(points.title == "Indeks");
    CHECK(points.description == "Poeng etter kvartil.");
    CHECK(points.method == IndexMethod::quartile_points);
    CHECK(points.min_share == 0.6);  // the default
    CHECK(points.where.line == 84);
    CHECK(points.where.column == 5);
    REQUIRE(points.components.size() == 2);
    CHECK(points.components[0].indicator == "arbeid_andel");
    CHECK(points.components[0].weight == 1.0);
    // Lower is better is a direction too.
    CHECK(points.components[1].indicator == "ledighet");
    const kt::CompositeIndexSpec& grades = catalogue.indexes[1];
    CHECK(grades.method == IndexMethod::grades);
    CHECK(grades.min_share == 1.0);
    REQUIRE(grades.components.size() == 2);
    CHECK(grades.components[0].weight == 2.0);
    CHECK(grades.components[1].weight == 0.5);
    CHECK(grades.where.line == 91);
}

TEST_CASE("read_catalogue defaults similar.count to 5", "[input][comparison]") {
    Diagnostics diagnostics;
    const Catalogue catalogue =
        catalogue_with(similar_variable("      measure: avsluttet\n"), diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(catalogue.similarity.has_value());
    CHECK(catalogue.similarity->count == 5);
    CHECK(catalogue.similarity->where.line == 56);
}

TEST_CASE("read_catalogue reports a misspelt top-level key", "[input][comparison]") {
    // Every section below indicators is optional: a misspelt one must not vanish silently.
    check_error("grupperinger:\n  - id: a\n", 55, 1,
                "unknown key 'grupperinger' (known: families, measures, indicators, groupings, "
                "adjustments, similar, indexes)");
    check_error("similarity:\n  count: 5\n", 55, 1, "unknown key 'similarity'");
}

TEST_CASE("read_catalogue reports misspelt keys in the comparison sections",
          "[input][comparison]") {
    SECTION("grouping") {
        check_error(grouping("    size_groups: true\n"
                             "    atribute: b\n"),  // 59
                    59, 5,
                    "unknown key 'atribute' (known: id, title, description, attribute, "
                    "size_groups, indicator, bands)");
    }
    SECTION("variable") {
        check_error(similar_variable("      measure: avsluttet\n"
                                     "      logg: true\n"),  // 60
                    60, 7,
                    "unknown key 'logg' (known: id, label, share_of, measure, attribute, log)");
    }
    SECTION("adjustment") {
        check_error(adjustment("arbeid_andel", "    modell: ols\n"), 61, 5,
                    "unknown key 'modell' (known: indicator, covariates)");
    }
    SECTION("similar") {
        check_error(
            "similar:\n"        // 55
            "  antall: 3\n"     // 56
            "  variables:\n"    // 57
            "    - id: v\n"     // 58
            "      label: V\n"  // 59
            "      measure: avsluttet\n",
            56, 3, "unknown key 'antall' (known: count, variables)");
    }
    SECTION("index") {
        check_error(index_with("    minimum: 0.6\n", kOneComponent), 60, 5,
                    "unknown key 'minimum' (known: id, title, description, method, min_share, "
                    "components)");
    }
    SECTION("index component") {
        // components on 60, the component on 61, its misspelt key on 62.
        check_error(index_with("", kOneComponent + "        vekt: 2\n"), 62, 9,
                    "unknown key 'vekt' (known: indicator, weight)");
    }
}

TEST_CASE("read_catalogue reports a grouping without exactly one of attribute, size_groups and "
          "indicator",
          "[input][comparison]") {
    const std::string not_one =
        "grouping 'a' needs exactly one of 'attribute' (an attribute in data/egenskaper.csv), "
        "'size_groups: true' or 'indicator' with 'bands'";
    check_error(grouping(""), 56, 5, not_one);
    check_error(grouping("    size_groups: false\n"), 56, 5, not_one);
    check_error(grouping("    attribute: sentralitet\n    size_groups: true\n"), 56, 5, not_one);
    check_error(grouping("    attribute: sentralitet\n    indicator: arbeid_andel\n"
                         "    bands: [50]\n"),
                56, 5, not_one);
}

TEST_CASE("read_catalogue reads and checks a grouping by bands of a percentage",
          "[input][comparison]") {
    SECTION("read") {
        Diagnostics diagnostics;
        const Catalogue catalogue = catalogue_with(
            grouping("    indicator: arbeid_andel\n    bands: [50, 60, 72.5]\n"), diagnostics);
        INFO(diagnostics_text(diagnostics));
        CHECK(diagnostics.all().empty());
        REQUIRE(catalogue.groupings.size() == 1);
        CHECK(catalogue.groupings[0].indicator == "arbeid_andel");
        CHECK(catalogue.groupings[0].bands == std::vector<double>{50, 60, 72.5});
    }
    // "    bands: [50, " is 16 characters: the second band is in column 17 of line 59.
    SECTION("bands that do not increase") {
        check_error(grouping("    indicator: arbeid_andel\n    bands: [50, 50]\n"), 59, 17,
                    "'bands' must increase: 50 after 50");
    }
    SECTION("a band that is no number") {
        check_error(grouping("    indicator: arbeid_andel\n    bands: [50, mye]\n"), 59, 17,
                    "each of 'bands' must be a number");
    }
    SECTION("no bands") {
        check_error(grouping("    indicator: arbeid_andel\n"), 56, 5,
                    "a grouping by 'indicator' needs 'bands', a list of increasing numbers such "
                    "as [5, 10, 15]");
    }
    SECTION("bands without an indicator") {
        check_error(grouping("    attribute: sentralitet\n    bands: [1, 2]\n"), 59, 12,
                    "'bands' belong to a grouping by 'indicator'");
    }
    SECTION("an indicator that is no percentage") {
        // "    indicator: " is 15 characters: the id is in column 16 of line 58.
        check_error(grouping("    indicator: avsluttet\n    bands: [5]\n"), 58, 16,
                    "indicator 'avsluttet' is computed as count; bands need a percentage (share "
                    "or percent_of)");
    }
}

TEST_CASE("read_catalogue reports duplicate and malformed ids in the comparison sections",
          "[input][comparison]") {
    SECTION("grouping") {
        check_error(grouping("    size_groups: true\n"  // 58
                             "  - id: a\n"              // 59
                             "    title: B\n"
                             "    size_groups: true\n"),
                    59, 5, "duplicate grouping id 'a'");
        check_error(replaced(grouping("    size_groups: true\n"), "id: a", "id: KOSTRA-gruppe"), 56,
                    5, "grouping id 'KOSTRA-gruppe' may use only a-z, 0-9 and _");
    }
    SECTION("index") {
        check_error(index_with("", kOneComponent) +
                        "  - id: indeks\n"  // 62
                        "    title: Indeks 2\n"
                        "    description: Karakter.\n"
                        "    method: grades\n"
                        "    components:\n" +
                        kOneComponent,
                    62, 5, "duplicate index id 'indeks'");
    }
    SECTION("variable in similar") {
        check_error(similar_variable("      measure: avsluttet\n"  // 59
                                     "    - id: v\n"               // 60
                                     "      label: V2\n"
                                     "      measure: ledighet\n"),
                    60, 7, "duplicate variable id 'v'");
    }
    SECTION("covariate") {
        check_error(adjustment("arbeid_andel",
                               "      - id: kvinner\n"  // 61
                               "        label: Igjen\n"
                               "        measure: ledighet\n"),
                    61, 9, "duplicate covariate id 'kvinner'");
    }
}

TEST_CASE("read_catalogue reports a variable without exactly one source", "[input][comparison]") {
    check_error(similar_variable(""), 57, 7,
                "variable 'v' needs one of share_of, measure or attribute");
    check_error(similar_variable("      measure: avsluttet\n      attribute: sentralitet\n"), 57, 7,
                "variable 'v' has measure and attribute; give only one of share_of, measure and "
                "attribute");
    check_error(similar_variable("      share_of: [kvinner, avsluttet]\n"
                                 "      measure: avsluttet\n"
                                 "      attribute: sentralitet\n"),
                57, 7, "variable 'v' has share_of, measure and attribute; give only one");
}

TEST_CASE("read_catalogue reports share_of that is not two measure ids at the value",
          "[input][comparison]") {
    // "      share_of: " is 16 characters: the value starts in column 17 of line 59.
    for (const std::string value : {"[kvinner]", "[kvinner, avsluttet, arbeid]", "kvinner", "[]",
                                    "[kvinner, [avsluttet]]", "{kvinner: avsluttet}"}) {
        INFO("share_of: " << value);
        check_error(similar_variable("      share_of: " + value + "\n"), 59, 17,
                    "'share_of' must be a list of exactly two measure ids, [numerator, "
                    "denominator]");
    }
}

TEST_CASE("read_catalogue reports unknown measures in variables at the id", "[input][comparison]") {
    // "      share_of: [" is 17 characters: the first id is in column 18, the second in 27.
    check_error(similar_variable("      share_of: [kvinne, avsluttet]\n"), 59, 18,
                "unknown measure 'kvinne'");
    check_error(similar_variable("      share_of: [kvinner, avslutet]\n"), 59, 27,
                "unknown measure 'avslutet'");
    // "      measure: " is 15 characters.
    check_error(similar_variable("      measure: ledig\n"), 59, 16, "unknown measure 'ledig'");
    // An indicator id is not a measure id.
    check_error(similar_variable("      measure: arbeid_andel\n"), 59, 16,
                "unknown measure 'arbeid_andel'");
}

TEST_CASE("read_catalogue reports a variable's log that is not true or false",
          "[input][comparison]") {
    check_error(similar_variable("      measure: avsluttet\n      log: ja\n"), 60, 12,
                "'log' must be true or false, not 'ja'");
}

TEST_CASE("read_catalogue reports a variable without a label", "[input][comparison]") {
    check_error(
        "similar:\n"                   // 55
        "  variables:\n"               // 56
        "    - id: v\n"                // 57
        "      measure: avsluttet\n",  // 58
        57, 7, "missing required key 'label'");
}

TEST_CASE("read_catalogue reports similar.count below 1 or not whole", "[input][comparison]") {
    // "  count: " is 9 characters: the value starts in column 10 of line 56.
    const auto with_count = [](const std::string& count) {
        return "similar:\n"  // 55
               "  count: " +
               count +
               "\n"                // 56
               "  variables:\n"    // 57
               "    - id: v\n"     // 58
               "      label: V\n"  // 59
               "      measure: avsluttet\n";
    };
    check_error(with_count("0"), 56, 10, "'count' must be at least 1");
    check_error(with_count("-3"), 56, 10, "'count' must be at least 1");
    check_error(with_count("2.5"), 56, 10, "'count' must be a whole number");
    Diagnostics diagnostics;
    const Catalogue catalogue = catalogue_with(with_count("1"), diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(catalogue.similarity.has_value());
    CHECK(catalogue.similarity->count == 1);
}

TEST_CASE("read_catalogue reports similar without a list of variables", "[input][comparison]") {
    check_error("similar: [folketall]\n", 55, 10,
                "'similar' must be a mapping with count and variables");
    check_error("similar:\n  count: 3\n", 56, 3, "missing required key 'variables'");
    // "  variables: " is 13 characters.
    check_error("similar:\n  variables: []\n", 56, 14,
                "'variables' must be a non-empty list of variables");
    check_error("similar:\n  variables:\n    - folketall\n", 57, 7,
                "each item in 'variables' must be a mapping");
}

TEST_CASE("read_catalogue reports an adjustment's indicator that is unknown or not a share",
          "[input][comparison]") {
    // "  - indicator: " is 15 characters: the value starts in column 16 of line 56.
    check_error(adjustment("arbeid_andle"), 56, 16, "unknown indicator 'arbeid_andle'");
    check_error(adjustment("avsluttet"), 56, 16,
                "indicator 'avsluttet' is computed as count; an adjustment needs an indicator "
                "computed as share");
    // The second adjustment of the same indicator, on line 61.
    check_error(adjustment("arbeid_andel", adjustment("arbeid_andel").substr(13)), 61, 16,
                "indicator 'arbeid_andel' already has an adjustment");
}

TEST_CASE("read_catalogue reports an adjustment without indicator or covariates",
          "[input][comparison]") {
    check_error(
        "adjustments:\n"
        "  - covariates:\n"  // 56
        "      - id: kvinner\n"
        "        label: Andel kvinner\n"
        "        share_of: [kvinner, avsluttet]\n",
        56, 5, "missing required key 'indicator'");
    check_error("adjustments:\n  - indicator: arbeid_andel\n", 56, 5,
                "missing required key 'covariates'");
    // "    covariates: " is 16 characters.
    check_error("adjustments:\n  - indicator: arbeid_andel\n    covariates: kvinner\n", 57, 17,
                "'covariates' must be a non-empty list of covariates");
    check_error("adjustments:\n  - indicator: arbeid_andel\n    covariates:\n      - kvinner\n", 58,
                9, "each item in 'covariates' must be a mapping");
}

TEST_CASE("read_catalogue reports top-level comparison sections that are not lists",
          "[input][comparison]") {
    // "groupings: " is 11 characters, "adjustments: " 13, "indexes: " 9.
    check_error("groupings: storrelse\n", 55, 12, "'groupings' must be a list of groupings");
    check_error("adjustments: {indicator: arbeid_andel}\n", 55, 14,
                "'adjustments' must be a list of adjustments");
    check_error("indexes: indeks\n", 55, 10, "'indexes' must be a list of indexes");
    check_error("groupings:\n  - storrelse\n", 56, 5, "each item in 'groupings' must be a mapping");
    // An empty section is allowed.
    Diagnostics diagnostics;
    catalogue_with("groupings: []\nadjustments: []\nindexes: []\n", diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
}

TEST_CASE("read_catalogue reports an index method that is unknown or missing",
          "[input][comparison]") {
    // "    method: " is 12 characters.
    check_error(replaced(index_with("", kOneComponent), "quartile_points", "kvartil"), 59, 13,
                "unknown method 'kvartil' (expected quartile_points or grades)");
    check_error(replaced(index_with("", kOneComponent), "    method: quartile_points\n", ""), 56, 5,
                "missing required key 'method'");
}

TEST_CASE("read_catalogue reports an index without title or description", "[input][comparison]") {
    check_error(replaced(index_with("", kOneComponent), "    description: Poeng.\n", ""), 56, 5,
                "missing required key 'description'");
    check_error(replaced(index_with("", kOneComponent), "    title: Indeks\n", ""), 56, 5,
                "missing required key 'title'");
}

TEST_CASE("read_catalogue reports min_share outside 0 to 1 at the value", "[input][comparison]") {
    // "    min_share: " is 15 characters: the value starts in column 16 of line 60.
    for (const std::string value : {"0", "-0.5", "1.5", "60"}) {
        INFO("min_share: " << value);
        check_error(index_with("    min_share: " + value + "\n", kOneComponent), 60, 16,
                    "'min_share' must be greater than 0 and at most 1");
    }
    check_error(index_with("    min_share: 60 %\n", kOneComponent), 60, 16,
                "'min_share' must be a number, not '60 %'");
}

TEST_CASE("read_catalogue reports index components that cannot be scored", "[input][comparison]") {
    // "      - indicator: " is 19 characters: the id starts in column 20 of line 61.
    check_error(index_with("", "      - indicator: avsluttet\n"), 61, 20,
                "indicator 'avsluttet' has no better direction (higher_is_better), so it cannot "
                "be scored in an index");
    check_error(index_with("", "      - indicator: arbeid\n"), 61, 20,
                "unknown indicator 'arbeid'");
    check_error(index_with("", kOneComponent + kOneComponent), 62, 20,
                "indicator 'arbeid_andel' is named twice in the components of 'indeks'");
    // The last indicator (ledighet) published for the counties and the country only: the
    // indexes start a line later.
    check_error("    levels: [land, fylke]\n" + index_with("", "      - indicator: ledighet\n"), 62,
                20,
                "indicator 'ledighet' is not published for municipalities (its 'levels'), so "
                "municipalities cannot be compared on it");
}

TEST_CASE("read_catalogue reports an index component weight that is not above 0",
          "[input][comparison]") {
    // "        weight: " is 16 characters: the value starts in column 17 of line 62.
    for (const std::string value : {"0", "-1"}) {
        INFO("weight: " << value);
        check_error(index_with("", kOneComponent + "        weight: " + value + "\n"), 62, 17,
                    "'weight' must be greater than 0");
    }
}

TEST_CASE("read_catalogue reports an index without components", "[input][comparison]") {
    // "    components: " is 16 characters.
    check_error(replaced(index_with("", ""), "    components:\n", "    components: []\n"), 60, 17,
                "'components' must be a non-empty list of components");
    check_error(replaced(index_with("", ""), "    components:\n", ""), 56, 5,
                "missing required key 'components'");
    check_error(index_with("", "      - arbeid_andel\n"), 61, 9,
                "each item in 'components' must be a mapping");
}
