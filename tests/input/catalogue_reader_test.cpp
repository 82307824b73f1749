#include "input/catalogue_reader.h"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

#include "site_fixture.h"

using kt::Catalogue;
using kt::Computation;
using kt::Diagnostics;
using kt::test::check_single_error;
using kt::test::diagnostics_text;
using kt::test::TempSite;

namespace {

// Families and measures on lines 1-13; "indicators:" on line 14, so the first indicator
// starts on line 15.
const std::string kFamiliesAndMeasures =
    "families:\n"                       // 1
    "  - id: bosetting\n"               // 2
    "    title: Bosetting\n"            // 3
    "    summary: Om bosetting.\n"      // 4
    "measures:\n"                       // 5
    "  - id: bosatte\n"                 // 6
    "    title: Bosatte flyktninger\n"  // 7
    "    unit: personer\n"              // 8
    "    source: IMDi\n"                // 9
    "  - id: folketall\n"               // 10
    "    title: Folketall\n"            // 11
    "    unit: innbyggere\n"            // 12
    "    source: SSB\n"                 // 13
    "indicators:\n";                    // 14

// A valid count indicator, ten lines; first at line 15 (lines 15-24).
const std::string kBosatte =
    "  - id: bosatte\n"                                                        // +0
    "    family: bosetting\n"                                                  // +1
    "    title: Bosatte flyktninger\n"                                         // +2
    "    short_definition: Antall bosatte flyktninger.\n"                      // +3
    "    definition: Antall flyktninger bosatt i kommunen i løpet av året.\n"  // +4
    "    unit: personer\n"                                                     // +5
    "    computation: count\n"                                                 // +6
    "    numerator: bosatte\n"                                                 // +7
    "    source: IMDi\n"                                                       // +8
    "    cohort: Kalenderåret.\n";                                             // +9

// `text` with its only occurrence of `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    if (at == std::string::npos || text.find(from, at + 1) != std::string::npos)
        throw std::logic_error("test fixture: '" + from + "' must occur once");
    return text.replace(at, from.size(), to);
}

Catalogue catalogue_from(const std::string& yaml, Diagnostics& diagnostics) {
    TempSite site;
    site.write("data/katalog.yaml", yaml);
    return read_catalogue(site.root(), diagnostics);
}

void check_catalogue_error(const Diagnostics& diagnostics, int line, int column,
                           const std::string& message_part) {
    check_single_error(diagnostics, {"data/katalog.yaml", line, column}, message_part);
}

}  // namespace

TEST_CASE("read_catalogue reads families, measures and indicators", "[input][catalogue]") {
    const std::string rate =
        "  - id: bosatte_per_1000\n"                             // 25
        "    family: bosetting\n"                                // 26
        "    title: Bosatte per 1 000 innbyggere\n"              // 27
        "    short_definition: Bosatte per 1 000 innbyggere.\n"  // 28
        "    definition: Bosatte flyktninger delt på folketallet, ganger 1 000.\n"
        "    unit: per 1 000 innbyggere\n"  // 30
        "    computation: rate_per_1000\n"  // 31
        "    numerator: bosatte\n"          // 32
        "    denominator: folketall\n"      // 33
        "    decimals: 1\n"                 // 34
        "    higher_is_better: true\n"      // 35
        "    goal: 2.5\n"                   // 36
        "    goal_label: \"Mål: 2,5\"\n"    // 37
        "    source: IMDi og SSB\n"         // 38
        "    cohort: Kalenderåret.\n"       // 39
        "    min_denominator: 500\n"        // 40
        "    key_figure: true\n";           // 41
    Diagnostics diagnostics;
    const Catalogue catalogue = catalogue_from(kFamiliesAndMeasures + kBosatte + rate, diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());

    REQUIRE(catalogue.families.size() == 1);
    const kt::Family& family = catalogue.families[0];
    CHECK(family.id == "bosetting");
    CHECK(family.title == "Bosetting");
    CHECK(family.summary == "Om bosetting.");
    CHECK(family.where.file == "data/katalog.yaml");
    CHECK(family.where.line == 2);
    CHECK(family.where.column == 5);

    REQUIRE(catalogue.measures.size() == 2);
    CHECK(catalogue.measures[0].id == "bosatte");
    CHECK(catalogue.measures[0].title == "Bosatte flyktninger");
    CHECK(catalogue.measures[0].unit == "personer");
    CHECK(catalogue.measures[0].source == "IMDi");
    CHECK(catalogue.measures[1].id == "folketall");
    CHECK(catalogue.measures[1].where.line == 10);

    REQUIRE(catalogue.indicators.size() == 2);
    const kt::Indicator& count = catalogue.indicators[0];
    CHECK(count.id == "bosatte");
    CHECK(count.family == "bosetting");
    CHECK(count.title == "Bosatte flyktninger");
    CHECK(count.short_definition == "Antall bosatte flyktninger.");
    CHECK(count.definition == "Antall flyktninger bosatt i kommunen i løpet av året.");
    CHECK(count.unit == "personer");
    CHECK(count.computation == Computation::count);
    CHECK(count.numerator == "bosatte");
    CHECK(count.denominator.empty());
    CHECK(count.decimals == 0);
    CHECK_FALSE(count.higher_is_better.has_value());
    CHECK_FALSE(count.goal.has_value());
    CHECK(count.source == "IMDi");
    CHECK(count.cohort == "Kalenderåret.");
    CHECK(count.min_denominator == 0.0);
    CHECK_FALSE(count.key_figure);
    CHECK(count.where.line == 15);
    CHECK(count.where.column == 5);

    const kt::Indicator& per_1000 = catalogue.indicators[1];
    CHECK(per_1000.id == "bosatte_per_1000");
    CHECK(per_1000.computation == Computation::rate_per_1000);
    CHECK(per_1000.numerator == "bosatte");
    CHECK(per_1000.denominator == "folketall");
    CHECK(per_1000.decimals == 1);
    CHECK(per_1000.higher_is_better == true);
    CHECK(per_1000.goal == 2.5);
    CHECK(per_1000.goal_label == "Mål: 2,5");
    CHECK(per_1000.min_denominator == 500.0);
    CHECK(per_1000.key_figure);
    CHECK(per_1000.where.line == 25);

    CHECK(catalogue.indicators_in("bosetting").size() == 2);
    CHECK(catalogue.indicator("bosatte_per_1000") == &per_1000);
}

TEST_CASE("read_catalogue reads a share indicator", "[input][catalogue]") {
    const std::string share = replaced(
        replaced(replaced(kBosatte, "id: bosatte", "id: bosatte_andel"), "computation: count",
                 "computation: share"),
        "    numerator: bosatte\n", "    numerator: bosatte\n    denominator: folketall\n");
    Diagnostics diagnostics;
    const Catalogue catalogue = catalogue_from(kFamiliesAndMeasures + share, diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(catalogue.indicators.size() == 1);
    CHECK(catalogue.indicators[0].computation == Computation::share);
    CHECK(catalogue.indicators[0].denominator == "folketall");
}

TEST_CASE("read_catalogue reports a YAML syntax error at its line", "[input][catalogue]") {
    // '@' is reserved in YAML and cannot start a key: line 6, column 5.
    Diagnostics diagnostics;
    const Catalogue catalogue = catalogue_from(
        "families:\n"
        "  - id: bosetting\n"
        "    title: Bosetting\n"
        "measures:\n"
        "  - id: bosatte\n"
        "    @title: x\n",
        diagnostics);
    check_catalogue_error(diagnostics, 6, 5, "YAML");
    CHECK(catalogue.families.empty());
    CHECK(catalogue.indicators.empty());
}

TEST_CASE("read_catalogue reports a missing required key at the entry", "[input][catalogue]") {
    Diagnostics diagnostics;
    catalogue_from(
        kFamiliesAndMeasures + replaced(kBosatte, "    title: Bosatte flyktninger\n", ""),
        diagnostics);
    check_catalogue_error(diagnostics, 15, 5, "missing required key 'title'");
}

TEST_CASE("read_catalogue reports a missing top-level list", "[input][catalogue]") {
    Diagnostics diagnostics;
    catalogue_from(kFamiliesAndMeasures.substr(0, kFamiliesAndMeasures.find("indicators:")),
                   diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    CHECK_THAT(diagnostics.all().front().message, Catch::Contains("'indicators'"));
}

TEST_CASE("read_catalogue reports an unknown family at its value", "[input][catalogue]") {
    Diagnostics diagnostics;
    catalogue_from(
        kFamiliesAndMeasures + replaced(kBosatte, "family: bosetting", "family: bosettin"),
        diagnostics);
    check_catalogue_error(diagnostics, 16, 13, "unknown family 'bosettin'");
}

TEST_CASE("read_catalogue reports an unknown measure at its value", "[input][catalogue]") {
    SECTION("numerator") {
        Diagnostics diagnostics;
        catalogue_from(
            kFamiliesAndMeasures + replaced(kBosatte, "numerator: bosatte", "numerator: bosat"),
            diagnostics);
        check_catalogue_error(diagnostics, 22, 16, "unknown measure 'bosat'");
    }
    SECTION("denominator") {
        const std::string share =
            replaced(replaced(kBosatte, "computation: count", "computation: share"),
                     "    numerator: bosatte\n",
                     "    numerator: bosatte\n    denominator: folk\n");  // line 23
        Diagnostics diagnostics;
        catalogue_from(kFamiliesAndMeasures + share, diagnostics);
        check_catalogue_error(diagnostics, 23, 18, "unknown measure 'folk'");
    }
}

TEST_CASE("read_catalogue reports a share without a denominator", "[input][catalogue]") {
    Diagnostics diagnostics;
    catalogue_from(
        kFamiliesAndMeasures + replaced(kBosatte, "computation: count", "computation: share"),
        diagnostics);
    check_catalogue_error(diagnostics, 15, 5, "needs a denominator");
}

TEST_CASE("read_catalogue reports a count with a denominator", "[input][catalogue]") {
    Diagnostics diagnostics;
    catalogue_from(kFamiliesAndMeasures + kBosatte + "    denominator: folketall\n",  // line 25
                   diagnostics);
    check_catalogue_error(diagnostics, 25, 18, "a count has no denominator");
}

TEST_CASE("read_catalogue reports an unknown computation at its value", "[input][catalogue]") {
    Diagnostics diagnostics;
    catalogue_from(
        kFamiliesAndMeasures + replaced(kBosatte, "computation: count", "computation: ratio"),
        diagnostics);
    check_catalogue_error(diagnostics, 21, 18, "unknown computation 'ratio'");
}

TEST_CASE("read_catalogue reports an unknown computation only once, even with a denominator",
          "[input][catalogue]") {
    // The reader falls back to `count` for the unknown computation and then also reports
    // "a count has no denominator", a count the user never asked for.
    const std::string ratio = replaced(
        replaced(kBosatte, "computation: count", "computation: ratio"), "    numerator: bosatte\n",
        "    numerator: bosatte\n    denominator: folketall\n");
    Diagnostics diagnostics;
    catalogue_from(kFamiliesAndMeasures + ratio, diagnostics);
    check_catalogue_error(diagnostics, 21, 18, "unknown computation 'ratio'");
}

TEST_CASE("read_catalogue reports duplicate ids at the second entry", "[input][catalogue]") {
    SECTION("indicator") {
        Diagnostics diagnostics;
        catalogue_from(kFamiliesAndMeasures + kBosatte + kBosatte, diagnostics);
        check_catalogue_error(diagnostics, 25, 5, "duplicate indicator id 'bosatte'");
    }
    SECTION("measure") {
        const std::string measures = replaced(kFamiliesAndMeasures, "id: folketall", "id: bosatte");
        Diagnostics diagnostics;
        catalogue_from(measures + kBosatte, diagnostics);
        check_catalogue_error(diagnostics, 10, 5, "duplicate measure id 'bosatte'");
    }
}

TEST_CASE("read_catalogue reports ids with characters outside a-z, 0-9 and _",
          "[input][catalogue]") {
    for (const std::string id : {"Bosatte", "bosatte-andel", "bosatte andel", "bosatte_æ"}) {
        INFO("id '" << id << "'");
        Diagnostics diagnostics;
        catalogue_from(kFamiliesAndMeasures + replaced(kBosatte, "id: bosatte", "id: " + id),
                       diagnostics);
        check_catalogue_error(diagnostics, 15, 5, "indicator id '" + id + "' may use only");
    }
}

TEST_CASE("read_catalogue reports a wrongly typed optional value", "[input][catalogue]") {
    Diagnostics diagnostics;
    catalogue_from(kFamiliesAndMeasures + kBosatte +
                       "    decimals: 1.5\n"    // line 25
                       "    key_figure: ja\n",  // line 26
                   diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 2);
    CHECK(diagnostics.all()[0].where.line == 25);
    CHECK_THAT(diagnostics.all()[0].message, Catch::Contains("decimals"));
    CHECK(diagnostics.all()[1].where.line == 26);
    CHECK_THAT(diagnostics.all()[1].message, Catch::Contains("'ja'"));
}

TEST_CASE("read_catalogue reports a required key given as an empty string",
          "[input][catalogue]") {
    // `title: ""` is as good as no title, but the reader only reports keys that are absent
    // or null, so an indicator with an empty title passes without a diagnostic.
    Diagnostics diagnostics;
    catalogue_from(
        kFamiliesAndMeasures + replaced(kBosatte, "title: Bosatte flyktninger", "title: \"\""),
        diagnostics);
    INFO(diagnostics_text(diagnostics));
    // Where it points (the entry or the empty value) is the fix's choice.
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all().front().where.file == "data/katalog.yaml");
    CHECK_THAT(diagnostics.all().front().message, Catch::Contains("'title'"));
}

TEST_CASE("read_catalogue reports a catalogue that is not a mapping instead of throwing",
          "[input][catalogue]") {
    // A file holding a single scalar: yaml-cpp's operator[] throws YAML::BadSubscript on
    // a scalar node, and read_catalogue looks up "families" without checking IsMap().
    Diagnostics diagnostics;
    CHECK_NOTHROW(catalogue_from("families\n", diagnostics));
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.error_count() >= 1);
}
