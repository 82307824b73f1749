#include "input/catalogue_reader.h"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <set>
#include <string>
#include <vector>

#include "site_fixture.h"

#ifndef KOMMUNETALL_SOURCE_DIR
#error "KOMMUNETALL_SOURCE_DIR must name the repository (the demo site)"
#endif

using kt::AreaKind;
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

TEST_CASE("read_catalogue reads an average", "[input][catalogue]") {
    const std::string mean = replaced(
        replaced(replaced(kBosatte, "id: bosatte", "id: ventetid"), "computation: count",
                 "computation: mean"),
        "    numerator: bosatte\n", "    numerator: bosatte\n    denominator: folketall\n");
    Diagnostics diagnostics;
    const Catalogue catalogue = catalogue_from(kFamiliesAndMeasures + mean, diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(catalogue.indicators.size() == 1);
    CHECK(catalogue.indicators[0].computation == Computation::mean);
    CHECK(computation_keyword(Computation::mean) == "mean");
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

TEST_CASE("read_catalogue reads the kinds of area an indicator is published for",
          "[input][catalogue]") {
    // kBosatte's last line is 24: levels are on line 25, "    levels: [land, " 19 characters.
    SECTION("every kind unless given") {
        Diagnostics diagnostics;
        const Catalogue catalogue = catalogue_from(kFamiliesAndMeasures + kBosatte, diagnostics);
        REQUIRE(catalogue.indicators.size() == 1);
        CHECK(catalogue.indicators[0].levels.empty());
        CHECK(publishes_municipalities(catalogue.indicators[0]));
    }
    SECTION("the country and the counties") {
        Diagnostics diagnostics;
        const Catalogue catalogue =
            catalogue_from(kFamiliesAndMeasures + kBosatte + "    levels: [land, fylke]\n", diagnostics);
        INFO(diagnostics_text(diagnostics));
        CHECK(diagnostics.all().empty());
        REQUIRE(catalogue.indicators.size() == 1);
        CHECK(catalogue.indicators[0].levels ==
              std::vector<AreaKind>{AreaKind::country, AreaKind::county});
        CHECK_FALSE(publishes_municipalities(catalogue.indicators[0]));
        CHECK_FALSE(publishes(catalogue.indicators[0], AreaKind::district));
    }
    SECTION("an unknown kind, at the item") {
        Diagnostics diagnostics;
        catalogue_from(kFamiliesAndMeasures + kBosatte + "    levels: [land, fylk]\n", diagnostics);
        check_catalogue_error(diagnostics, 25, 20,
                              "unknown kind of area in 'levels' (expected land, fylke, kommune or "
                              "bydel)");
    }
    SECTION("a kind named twice") {
        Diagnostics diagnostics;
        catalogue_from(kFamiliesAndMeasures + kBosatte + "    levels: [land, land]\n", diagnostics);
        check_catalogue_error(diagnostics, 25, 20, "'land' is named twice in 'levels'");
    }
    SECTION("a gap: every larger kind of area is published too") {
        for (const std::string levels : {"[fylke]", "[land, kommune]", "[land, fylke, bydel]"}) {
            INFO(levels);
            Diagnostics diagnostics;
            catalogue_from(kFamiliesAndMeasures + kBosatte + "    levels: " + levels + "\n",
                           diagnostics);
            check_catalogue_error(diagnostics, 25, 13,
                                  "'levels' must run from land down without a gap: [land], "
                                  "[land, fylke] or [land, fylke, kommune] (each kind of area is "
                                  "published with every larger one)");
        }
    }
    SECTION("a misspelt key") {
        Diagnostics diagnostics;
        catalogue_from(kFamiliesAndMeasures + kBosatte + "    level: [land]\n", diagnostics);
        check_catalogue_error(diagnostics, 25, 5, "unknown key 'level'");
    }
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

TEST_CASE("read_catalogue reports a required key given as an empty string", "[input][catalogue]") {
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

// --- What a measure says about its data: periods, parts, maximum ---------------------------

namespace {

// A family on lines 1-3 and "measures:" on line 4, so the first measure starts on line 5.
const std::string kFamilyOnly =
    "families:\n"             // 1
    "  - id: bosetting\n"     // 2
    "    title: Bosetting\n"  // 3
    "measures:\n";            // 4

// A measure of four lines (id, title, unit, source), then `extra` (on the fifth line).
std::string measure_entry(const std::string& id, const std::string& extra = "",
                          const std::string& unit = "personer") {
    return "  - id: " + id + "\n    title: " + id + "\n    unit: " + unit + "\n    source: SSB\n" +
           extra;
}

Catalogue catalogue_with_measures(const std::string& measures, Diagnostics& diagnostics) {
    return catalogue_from(kFamilyOnly + measures + "indicators: []\n", diagnostics);
}

}  // namespace

TEST_CASE("read_catalogue reads a measure's periods, parts and maximum", "[input][catalogue]") {
    Diagnostics diagnostics;
    const Catalogue catalogue = catalogue_with_measures(
        measure_entry("avsluttet",
                      "    periods: 2015-2023\n"
                      "    parts: [avsluttet_menn, avsluttet_kvinner]\n") +
            measure_entry("avsluttet_menn", "    periods: 2015-\n") +
            measure_entry("avsluttet_kvinner", "    periods: 2019\n    maximum: 5000\n") +
            measure_entry("andel", "", "prosent") +
            measure_entry("andel_over_100", "    maximum: 250\n", "prosent") +
            // Parts as a block list, written before the measures they name.
            measure_entry("arbeid",
                          "    parts:\n"
                          "      - arbeid_menn\n"
                          "      - arbeid_kvinner\n") +
            measure_entry("arbeid_menn") + measure_entry("arbeid_kvinner"),
        diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(catalogue.measures.size() == 8);

    const kt::Measure& total = catalogue.measures[0];
    CHECK(total.first_period == 2015);
    CHECK(total.last_period == 2023);
    CHECK(total.breakdowns ==
          std::vector<std::vector<std::string>>{{"avsluttet_menn", "avsluttet_kvinner"}});
    CHECK_FALSE(total.maximum.has_value());  // persons have no largest possible value

    const kt::Measure& open_ended = catalogue.measures[1];
    CHECK(open_ended.first_period == 2015);
    CHECK_FALSE(open_ended.last_period.has_value());
    CHECK(open_ended.breakdowns.empty());

    const kt::Measure& one_year = catalogue.measures[2];
    CHECK(one_year.first_period == 2019);
    CHECK(one_year.last_period == 2019);
    CHECK(one_year.maximum == 5000.0);

    const kt::Measure& percentage = catalogue.measures[3];
    CHECK_FALSE(percentage.first_period.has_value());
    CHECK_FALSE(percentage.last_period.has_value());
    CHECK(percentage.maximum == 100.0);
    CHECK(catalogue.measures[4].maximum == 250.0);

    CHECK(catalogue.measures[5].breakdowns ==
          std::vector<std::vector<std::string>>{{"arbeid_menn", "arbeid_kvinner"}});
}

TEST_CASE("read_catalogue reports periods that are not a year range at the value",
          "[input][catalogue]") {
    // "    periods: " is 13 characters, so the value starts in column 14 of line 9.
    for (const std::string text : {"2015–2023", "2023-2015", "15-23", "2015-2023-2024",
                                   "2015 - 2023", "-2023", "fra 2015", "1850-1900"}) {
        INFO("periods: " << text);
        Diagnostics diagnostics;
        catalogue_with_measures(measure_entry("bosatte", "    periods: " + text + "\n"),
                                diagnostics);
        check_catalogue_error(diagnostics, 9, 14,
                              "'periods' must be a year or a range of years such as 2015-2023 "
                              "(2015- when open-ended), not '" +
                                  text + "'");
    }
    SECTION("a list") {
        Diagnostics diagnostics;
        catalogue_with_measures(measure_entry("bosatte", "    periods: [2015, 2023]\n"),
                                diagnostics);
        check_catalogue_error(diagnostics, 9, 14, "'periods' must be a single value");
    }
}

TEST_CASE("read_catalogue reports parts that are not other measures at the item",
          "[input][catalogue]") {
    // "    parts: [" is 12 characters: the first item is in column 13, the second in 16.
    SECTION("an unknown measure") {
        Diagnostics diagnostics;
        catalogue_with_measures(measure_entry("a", "    parts: [b, c]\n") + measure_entry("b"),
                                diagnostics);
        check_catalogue_error(diagnostics, 9, 16, "unknown measure 'c' in the parts of 'a'");
    }
    SECTION("the measure itself") {
        Diagnostics diagnostics;
        catalogue_with_measures(measure_entry("a", "    parts: [b, a]\n") + measure_entry("b"),
                                diagnostics);
        check_catalogue_error(diagnostics, 9, 16, "measure 'a' cannot be a part of itself");
    }
    SECTION("a part named twice") {
        Diagnostics diagnostics;
        catalogue_with_measures(measure_entry("a", "    parts: [b, b]\n") + measure_entry("b"),
                                diagnostics);
        check_catalogue_error(diagnostics, 9, 16, "'b' is named twice in the parts of 'a'");
    }
    SECTION("an item that is not an id") {
        Diagnostics diagnostics;
        catalogue_with_measures(measure_entry("a", "    parts: [b, [c, d]]\n") + measure_entry("b"),
                                diagnostics);
        check_catalogue_error(diagnostics, 9, 16, "each item in 'parts' must be a measure id");
    }
    SECTION("an item in a block list") {
        Diagnostics diagnostics;
        catalogue_with_measures(measure_entry("a",
                                              "    parts:\n"       // 9
                                              "      - b\n"        // 10
                                              "      - ukjent\n")  // 11: item in column 9
                                    + measure_entry("b"),
                                diagnostics);
        check_catalogue_error(diagnostics, 11, 9, "unknown measure 'ukjent' in the parts of 'a'");
    }
}

TEST_CASE("read_catalogue reads several breakdowns of one measure", "[input][catalogue]") {
    Diagnostics diagnostics;
    const Catalogue catalogue = catalogue_with_measures(
        measure_entry("a", "    parts:\n      - [b, c]\n      - [d, e, f]\n") + measure_entry("b") +
            measure_entry("c") + measure_entry("d") + measure_entry("e") + measure_entry("f"),
        diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    CHECK(catalogue.measures[0].breakdowns ==
          std::vector<std::vector<std::string>>{{"b", "c"}, {"d", "e", "f"}});
}

TEST_CASE("read_catalogue reports a breakdown given twice at the second", "[input][catalogue]") {
    Diagnostics diagnostics;
    const Catalogue catalogue = catalogue_with_measures(
        measure_entry("a", "    parts:\n      - [b, c]\n      - [c, b]\n") + measure_entry("b") +
            measure_entry("c"),
        diagnostics);
    // "      - [" is 9 characters: the second breakdown's first item is line 11, column 10.
    check_catalogue_error(diagnostics, 11, 10, "this breakdown of 'a' repeats breakdown 1");
    CHECK(catalogue.measures[0].breakdowns == std::vector<std::vector<std::string>>{{"b", "c"}});
}

TEST_CASE("read_catalogue reports an unknown part of a second breakdown at the item",
          "[input][catalogue]") {
    // "      - [b, " is 12 characters: the unknown id is in column 13 of line 11.
    Diagnostics diagnostics;
    catalogue_with_measures(
        measure_entry("a", "    parts:\n      - [b, c]\n      - [b, x]\n") + measure_entry("b") +
            measure_entry("c"),
        diagnostics);
    check_catalogue_error(diagnostics, 11, 13, "unknown measure 'x' in the parts of 'a'");
}

TEST_CASE("read_catalogue reports parts that are not a list of two or more at the value",
          "[input][catalogue]") {
    // "    parts: " is 11 characters: the value starts in column 12 of line 9.
    for (const std::string value : {"b", "[b]", "[]", "{b: 1, c: 2}"}) {
        INFO("parts: " << value);
        Diagnostics diagnostics;
        catalogue_with_measures(
            measure_entry("a", "    parts: " + value + "\n") + measure_entry("b"), diagnostics);
        check_catalogue_error(diagnostics, 9, 12,
                              "'parts' must be a list of at least two measure ids");
    }
}

TEST_CASE("read_catalogue reports parts that lead back to the total", "[input][catalogue]") {
    SECTION("two measures") {
        // a (lines 5-9) has b among its parts; b (lines 10-14) has a, in column 13 of line 14.
        Diagnostics diagnostics;
        catalogue_with_measures(measure_entry("a", "    parts: [b, c]\n") +
                                    measure_entry("b", "    parts: [a, c]\n") + measure_entry("c"),
                                diagnostics);
        check_catalogue_error(diagnostics, 14, 13, "parts make a cycle: a -> b -> a");
    }
    SECTION("three measures, found from the first") {
        // a -> b -> c -> a; c (lines 15-19) names a in column 16 of line 19.
        Diagnostics diagnostics;
        catalogue_with_measures(measure_entry("a", "    parts: [b, d]\n") +
                                    measure_entry("b", "    parts: [c, d]\n") +
                                    measure_entry("c", "    parts: [d, a]\n") + measure_entry("d"),
                                diagnostics);
        check_catalogue_error(diagnostics, 19, 16, "parts make a cycle: a -> b -> c -> a");
    }
    SECTION("a measure that is a part of two totals is no cycle") {
        Diagnostics diagnostics;
        const Catalogue catalogue = catalogue_with_measures(
            measure_entry("a", "    parts: [b, c]\n") + measure_entry("b", "    parts: [c, d]\n") +
                measure_entry("c") + measure_entry("d"),
            diagnostics);
        INFO(diagnostics_text(diagnostics));
        CHECK(diagnostics.all().empty());
        CHECK(catalogue.measures[1].breakdowns.at(0).size() == 2);
    }
}

TEST_CASE("read_catalogue reports a maximum that is not a positive number at the value",
          "[input][catalogue]") {
    // "    maximum: " is 13 characters: the value starts in column 14 of line 9.
    SECTION("not a number") {
        Diagnostics diagnostics;
        catalogue_with_measures(measure_entry("andel", "    maximum: hundre\n", "prosent"),
                                diagnostics);
        check_catalogue_error(diagnostics, 9, 14, "'maximum' must be a number, not 'hundre'");
    }
    SECTION("zero") {
        Diagnostics diagnostics;
        catalogue_with_measures(measure_entry("bosatte", "    maximum: 0\n"), diagnostics);
        check_catalogue_error(diagnostics, 9, 14, "'maximum' must be greater than 0");
    }
}

TEST_CASE("read_catalogue reports a misspelt measure key at the key", "[input][catalogue]") {
    Diagnostics diagnostics;
    const Catalogue catalogue = catalogue_with_measures(
        measure_entry("a", "    part: [b, c]\n") + measure_entry("b") + measure_entry("c"),
        diagnostics);
    check_catalogue_error(diagnostics, 9, 5, "unknown key 'part'");
    REQUIRE(catalogue.measures.size() == 3);
    CHECK(catalogue.measures[0].breakdowns.empty());
}

TEST_CASE("read_catalogue reads the demo catalogue's periods and parts", "[input][catalogue]") {
    // The demo data (data/observasjoner/README.md): population 2015-2024, requests and
    // decisions 2015-2024 (2024 the coming year), the rest 2015-2023; the introduction
    // programme's totals are men + women and, a year later, by status.
    Diagnostics diagnostics;
    const Catalogue catalogue = kt::read_catalogue(KOMMUNETALL_SOURCE_DIR, diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    const std::set<std::string> requests{"anmodning", "anmodning_opprinnelig", "vedtak"};
    for (const kt::Measure& m : catalogue.measures) {
        INFO("measure " << m.id);
        CHECK(m.first_period == 2015);
        // The population measures are those from SSB.
        CHECK(m.last_period == (m.source == "SSB" || requests.contains(m.id) ? 2024 : 2023));
        // The one percentage among the demo measures gets the maximum of its unit.
        if (m.unit == "prosent") {
            CHECK(m.maximum == 100);
        } else {
            CHECK_FALSE(m.maximum.has_value());
        }
    }
    using Breakdowns = std::vector<std::vector<std::string>>;
    REQUIRE(catalogue.measure("intro_avsluttet") != nullptr);
    CHECK(catalogue.measure("intro_avsluttet")->breakdowns ==
          Breakdowns{{"intro_avsluttet_menn", "intro_avsluttet_kvinner"},
                     {"intro_arbeid_utdanning", "intro_ledig_tiltak", "intro_annen_status"}});
    REQUIRE(catalogue.measure("innvandrere") != nullptr);
    REQUIRE(catalogue.measure("innvandrere")->breakdowns.size() == 1);
    CHECK(catalogue.measure("innvandrere")->breakdowns[0].size() == 5);
    REQUIRE(catalogue.measure("intro_arbeid_utdanning") != nullptr);
    CHECK(catalogue.measure("intro_arbeid_utdanning")->breakdowns ==
          Breakdowns{{"intro_arbeid_utdanning_menn", "intro_arbeid_utdanning_kvinner"},
                     {"intro_sysselsatt", "intro_kun_utdanning"}});
    REQUIRE(catalogue.measure("bosatte") != nullptr);
    CHECK(catalogue.measure("bosatte")->breakdowns.size() == 2);
}

TEST_CASE("read_catalogue reads the demo catalogue's comparison sections", "[input][catalogue]") {
    Diagnostics diagnostics;
    const Catalogue catalogue = kt::read_catalogue(KOMMUNETALL_SOURCE_DIR, diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());

    // Size groups, centrality class and KOSTRA groups (data/egenskaper.csv).
    REQUIRE(catalogue.groupings.size() == 4);
    CHECK(catalogue.groupings[0].id == "storrelse");
    CHECK(catalogue.groupings[0].size_groups);
    CHECK(catalogue.groupings[1].id == "sentralitet");
    CHECK(catalogue.groupings[1].attribute == "sentralitet");
    CHECK(catalogue.groupings[2].id == "kostragruppe");
    CHECK(catalogue.groupings[2].attribute == "kostragruppe");
    CHECK(catalogue.groupings[3].id == "innvandrerandel");
    CHECK(catalogue.groupings[3].indicator == "innvandrere_andel");
    CHECK(catalogue.groupings[3].bands == std::vector<double>{5, 10, 15});

    // The key outcome adjusted for who finished the programme and local unemployment.
    REQUIRE(catalogue.adjustments.size() == 1);
    const kt::Adjustment& adjustment = catalogue.adjustments[0];
    CHECK(adjustment.indicator == "intro_arbeid_utdanning_andel");
    REQUIRE(adjustment.covariates.size() == 4);
    const std::vector<std::string> numerators{"intro_avsluttet_35_aar_plus",
                                              "intro_avsluttet_spor1", "intro_avsluttet_spor3"};
    for (std::size_t i = 0; i < numerators.size(); ++i) {
        const kt::Variable& v = adjustment.covariates[i];
        INFO("covariate " << v.id);
        CHECK(v.source == kt::Variable::Source::share_of);
        CHECK(v.numerator == numerators[i]);
        CHECK(v.denominator == "intro_avsluttet");
        CHECK_FALSE(v.log);
    }
    const kt::Variable& unemployment = adjustment.covariates[3];
    CHECK(unemployment.id == "ledighet");
    CHECK(unemployment.source == kt::Variable::Source::measure);
    CHECK(unemployment.measure == "arbeidsledighet");
    CHECK(unemployment.log);

    REQUIRE(catalogue.similarity.has_value());
    CHECK(catalogue.similarity->count == 5);
    REQUIRE(catalogue.similarity->variables.size() == 4);
    CHECK(catalogue.similarity->variables[0].measure == "folketall");
    CHECK(catalogue.similarity->variables[0].log);
    CHECK(catalogue.similarity->variables[1].source == kt::Variable::Source::attribute);
    CHECK(catalogue.similarity->variables[1].attribute == "sentralitet");
    CHECK(catalogue.similarity->variables[2].numerator == "innvandrere");
    CHECK(catalogue.similarity->variables[2].denominator == "folketall");
    CHECK(catalogue.similarity->variables[3].numerator == "bosatte");
    CHECK(catalogue.similarity->variables[3].denominator == "folketall");

    // The same components in both forms; the grades count the key outcome double.
    REQUIRE(catalogue.indexes.size() == 2);
    const kt::CompositeIndexSpec& points = catalogue.indexes[0];
    const kt::CompositeIndexSpec& grades = catalogue.indexes[1];
    CHECK(points.id == "integreringsindeks");
    CHECK(points.method == kt::IndexMethod::quartile_points);
    CHECK(grades.id == "integreringskarakter");
    CHECK(grades.method == kt::IndexMethod::grades);
    for (const kt::CompositeIndexSpec* index : {&points, &grades}) {
        INFO("index " << index->id);
        CHECK(index->min_share == 0.6);
        CHECK_FALSE(index->description.empty());
        // Five targets IMDi reports on, from the programme and from Norwegian training.
        REQUIRE(index->components.size() == 5);
        CHECK(index->components[0].indicator == "intro_arbeid_utdanning_andel");
        CHECK(index->components[3].indicator == "norsk_start_3mnd_andel");
        for (std::size_t c = 1; c < 5; ++c) CHECK(index->components[c].weight == 1.0);
    }
    CHECK(points.components[0].weight == 1.0);
    CHECK(grades.components[0].weight == 2.0);
}

namespace kt {

TEST_CASE("read_catalogue reports a 'within' that names no other measure at its value",
          "[input][catalogue]") {
    // "    within: " is 12 characters: the value is in column 13 of line 9.
    SECTION("an unknown measure") {
        Diagnostics diagnostics;
        catalogue_with_measures(measure_entry("a", "    within: b\n"), diagnostics);
        check_catalogue_error(diagnostics, 9, 13, "unknown measure 'b' in 'within' of 'a'");
    }
    SECTION("the measure itself") {
        Diagnostics diagnostics;
        catalogue_with_measures(measure_entry("a", "    within: a\n"), diagnostics);
        check_catalogue_error(diagnostics, 9, 13, "measure 'a' cannot be within itself");
    }
    SECTION("another measure") {
        Diagnostics diagnostics;
        const Catalogue catalogue = catalogue_with_measures(
            measure_entry("a", "    within: b\n") + measure_entry("b"), diagnostics);
        CHECK_FALSE(diagnostics.has_errors());
        CHECK(catalogue.measure("a")->within == "b");
    }
}

}  // namespace kt
