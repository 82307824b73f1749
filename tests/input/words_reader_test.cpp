#include "input/words_reader.h"

#include <catch2/catch.hpp>

#include "site_fixture.h"

namespace kt {

namespace {

using test::TempSite;

// The demo site's language file, as text, to start a broken one from.
std::string demo_words_text() {
    return test::read_file(std::filesystem::path(KOMMUNETALL_SOURCE_DIR) / kWordsFile);
}

// `text` with its first `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// The line (1-based) where `needle` first appears in `text`.
int line_of(const std::string& text, const std::string& needle) {
    const std::size_t at = text.find(needle);
    REQUIRE(at != std::string::npos);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
}

Diagnostics read(const std::string& text) {
    TempSite site;
    site.write(kWordsFile, text);
    Diagnostics diagnostics;
    read_words(site.root(), diagnostics);
    return diagnostics;
}

}  // namespace

TEST_CASE("the demo site's language file defines every word, and only those", "[input][words]") {
    Diagnostics diagnostics;
    const Words words = read_words(KOMMUNETALL_SOURCE_DIR, diagnostics);
    INFO(test::diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    CHECK(words.patterns().size() == word_keys().size());
}

TEST_CASE("words fill in their values and choose by them", "[input][words]") {
    const Words& words = test::demo_words();
    CHECK(words("figure.up", {{"difference", "2,5 prosentpoeng"}, {"year", "2022"}}) ==
          "Opp 2,5 prosentpoeng fra 2022");
    CHECK(words("group.municipality_count", {{"count", 1.0}, {"count_text", "1"}}) == "1 kommune");
    CHECK(words("group.municipality_count", {{"count", 0.0}, {"count_text", "0"}}) == "0 kommuner");
    CHECK(words("index.too_few_figures", {{"with_data", 1.0}, {"total", 3.0}, {"required", "2"}}) ==
          "Tall for bare 1 av 3 indikatorer (minst 2 kreves)");
    CHECK(words("index.too_few_figures", {{"with_data", 0.0}, {"total", 5.0}, {"required", "3"}}) ==
          "Ingen tall for de 5 indikatorene");
    CHECK(words("index.too_few_figures", {{"with_data", 0.0}, {"total", 1.0}, {"required", "1"}}) ==
          "Ingen tall for indikatoren");
    CHECK(words("history.in_use", {{"has_from", "no"}, {"from", ""}, {"to", "31.12.2019"}}) ==
          "I bruk til 31.12.2019.");
    // The size groups: U+00A0 between the thousands, U+2013 between the bounds.
    auto size_label = [&](int group) {
        return words("group.value_label",
                     {{"size_group", static_cast<double>(group)}, {"value", ""}});
    };
    CHECK(size_label(1) == "Under 2\u00A0000 innbyggere");
    CHECK(size_label(2) == "2\u00A0000\u20134\u00A0999 innbyggere");
    CHECK(size_label(5) == "20\u00A0000\u201349\u00A0999 innbyggere");
    CHECK(size_label(6) == "50\u00A0000 innbyggere og over");
    CHECK(
        words("group.name", {{"size_group", 1.0}, {"title", "Kommunestørrelse"}, {"value", "1"}}) ==
        "Kommuner med under 2\u00A0000 innbyggere");
    CHECK(words("group.name", {{"size_group", 0.0}, {"title", "KOSTRA-gruppe"}, {"value", "13"}}) ==
          "KOSTRA-gruppe 13");
    CHECK(words("group.value_label", {{"size_group", 0.0}, {"value", "13"}}) == "13");
    CHECK_THROWS_AS(words("no.such_word"), std::logic_error);
}

TEST_CASE("a broken language file is an error at its line and column", "[input][words]") {
    const std::string demo = demo_words_text();
    SECTION("a missing file") {
        TempSite site;
        Diagnostics diagnostics;
        read_words(site.root(), diagnostics);
        test::check_single_error(diagnostics, {kWordsFile, 0, 0}, "language file is missing");
    }
    SECTION("a missing word") {
        const std::string text = replaced(demo, "  not_found: \"Siden finnes ikke\"\n", "");
        test::check_single_error(read(text), {kWordsFile, 0, 0},
                                 "the word 'page.not_found' is missing");
    }
    SECTION("a misspelt word") {
        const std::string text = replaced(demo, "not_found:", "not_fuond:");
        const Diagnostics diagnostics = read(text);
        INFO(test::diagnostics_text(diagnostics));
        CHECK(diagnostics.error_count() == 2);  // missing, and unknown where it is
        CHECK_THAT(test::diagnostics_text(diagnostics),
                   Catch::Contains(std::string(kWordsFile) + ":" +
                                   std::to_string(line_of(text, "not_fuond")) +
                                   ":3: error: " + "the program uses no word 'page.not_fuond'"));
    }
    SECTION("two workbook sheets Excel cannot tell apart, and a name it reserves") {
        const std::string text = replaced(demo, "sheet_definitions: \"Definisjoner\"",
                                          "sheet_definitions: \"tall\"");
        test::check_single_error(read(text), {kWordsFile, line_of(text, "\"tall\""), 22},
                                 "'download.sheet_definitions' names the same sheet as "
                                 "'download.sheet_figures' (Excel ignores case)");
        const std::string reserved = replaced(demo, "sheet_columns: \"Kolonner\"",
                                              "sheet_columns: \"HISTORY\"");
        test::check_single_error(read(reserved), {kWordsFile, line_of(reserved, "HISTORY"), 18},
                                 "is not a name Excel allows for a sheet");
    }
    SECTION("a value the program does not give") {
        const std::string text = replaced(demo, "Uendret fra {year}", "Uendret fra {år}");
        test::check_single_error(
            read(text), {kWordsFile, line_of(text, "Uendret"), 14},
            "names {år}, which the program does not give it (it gives {year})");
    }
    SECTION("a text chosen by as a number, and a number as a text") {
        std::string text = replaced(demo, "Uendret fra {year}", "Uendret fra {year, number}");
        test::check_single_error(read(text), {kWordsFile, line_of(text, "Uendret"), 14},
                                 "formats {year} as a number, but it is a text");
        text = replaced(demo, "{count, plural,", "{count, select,");
        test::check_single_error(read(text), {kWordsFile, line_of(text, "{count, select"), 23},
                                 "chooses by {count} with select, but it is a number");
    }
    SECTION("a pattern that does not parse") {
        const std::string text = replaced(demo, "Uendret fra {year}", "Uendret fra {year");
        test::check_single_error(read(text), {kWordsFile, line_of(text, "Uendret"), 14},
                                 "does not parse as a message pattern");
    }
    SECTION("a pattern ICU parses but cannot use") {
        const std::string text =
            replaced(demo, "{quartile, plural,", "{quartile, number, ::foo} {quartile, plural,");
        test::check_single_error(read(text), {kWordsFile, line_of(text, "::foo"), 13},
                                 "cannot be used as a message pattern");
    }
    SECTION("braces nested thousands deep") {
        std::string deep;
        for (int i = 0; i < 5000; ++i) deep += "{period, select, none {";
        deep += "x";
        for (int i = 0; i < 5000; ++i) deep += "} other {y}}";
        const std::string text =
            replaced(demo, "\"Samlet for {period}: {value}\"", "\"" + deep + "\"");
        const Diagnostics diagnostics = read(text);
        INFO(test::diagnostics_text(diagnostics));
        CHECK_THAT(test::diagnostics_text(diagnostics),
                   Catch::Contains("'figure.pooled' is longer than"));
    }
    SECTION("a word defined twice") {
        const std::string text = demo + "figure:\n  up: \"Opp\"\n";
        const Diagnostics diagnostics = read(text);
        INFO(test::diagnostics_text(diagnostics));
        CHECK(diagnostics.error_count() == 1);
        CHECK_THAT(test::diagnostics_text(diagnostics),
                   Catch::Contains("'figure' is given twice"));
    }
    SECTION("a word defined twice, once with a dotted key") {
        const std::string text = demo + "figure.up: \"Opp\"\n";
        const Diagnostics diagnostics = read(text);
        INFO(test::diagnostics_text(diagnostics));
        CHECK(diagnostics.error_count() == 1);
        CHECK_THAT(test::diagnostics_text(diagnostics),
                   Catch::Contains("'figure.up' is defined twice"));
    }
    SECTION("an alias that refers to itself, and aliases that multiply") {
        Diagnostics diagnostics = read(demo + "loop: &a\n  x: *a\n");
        CHECK_THAT(test::diagnostics_text(diagnostics), Catch::Contains("nested more than"));
        std::string laughs =
            demo + "l0: &l0 {a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x, i: x, j: x}\n";
        for (int level = 1; level <= 6; ++level)
            laughs += "l" + std::to_string(level) + ": &l" + std::to_string(level) + " {a: *l" +
                      std::to_string(level - 1) + ", b: *l" + std::to_string(level - 1) +
                      ", c: *l" + std::to_string(level - 1) + ", d: *l" +
                      std::to_string(level - 1) + "}\n";
        diagnostics = read(laughs);
        CHECK_THAT(test::diagnostics_text(diagnostics), Catch::Contains("more than 10000 words"));
    }
    SECTION("a second document") {
        const Diagnostics diagnostics = read(demo + "---\nzz: x\n");
        CHECK_THAT(test::diagnostics_text(diagnostics),
                   Catch::Contains("more than one YAML document"));
    }
    SECTION("a word without a text, at its key") {
        const std::string text = replaced(demo, "  nil: \"Null.\"", "  nil:");
        test::check_single_error(read(text), {kWordsFile, line_of(text, "  nil:"), 3},
                                 "'value.nil' must be a text");
    }
    SECTION("not a mapping") {
        test::check_single_error(read("- a\n- b\n"), {kWordsFile, 1, 1},
                                 "must be a mapping of words");
    }
    SECTION("a word that is a list") {
        const std::string text =
            replaced(demo, "not_found: \"Siden finnes ikke\"", "not_found: [Siden, finnes]");
        const Diagnostics diagnostics = read(text);
        INFO(test::diagnostics_text(diagnostics));
        CHECK_THAT(test::diagnostics_text(diagnostics),
                   Catch::Contains("'page.not_found' must be a text"));
    }
}

}  // namespace kt
