#include "site/live_figures.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "input/site_reader.h"
#include "site/site_data.h"
#include "site_fixture.h"

using kt::Diagnostics;
using kt::test::check_single_error;
using kt::test::diagnostics_text;
using kt::test::TempSite;

#define NBSP "\u00A0"

namespace {

// Østfold with three municipalities, two years. Moss settled 3 in 2024, a count the site hides,
// and with it Sarpsborg's 50 (else the county's sum would give Moss's away).
void write_site(const TempSite& site) {
    site.write("site.yaml",
               "title: Test\ndata_updated: 2026-11-01\npopulation_measure: folketall\n");
    site.write("data/omrader.csv",
               "kode,navn,type,overordnet,fra,til\n"
               "0,Norge,land,,,\n"
               "31,Østfold,fylke,0,,\n"
               "3101,Halden,kommune,31,,\n"
               "3103,Moss,kommune,31,,\n"
               "3105,Sarpsborg,kommune,31,2020-01-01,\n"
               "3104,Tune,kommune,31,,2019-12-31\n");
    site.write("data/endringer.csv", "dato,endring,fra,til\n2020-01-01,sammenslåing,3104,3105\n");
    site.write("data/katalog.yaml",
               "families:\n"
               "  - id: bosetting\n"
               "    title: Bosetting\n"
               "measures:\n"
               "  - {id: folketall, title: Folketall, unit: innbyggere, source: SSB}\n"
               "  - {id: bosatte, title: Bosatte, unit: personer, source: IMDi}\n"
               "  - {id: avsluttet, title: Avsluttet, unit: personer, source: SSB}\n"
               "  - {id: arbeid, title: I arbeid, unit: personer, source: SSB}\n"
               "indicators:\n"
               "  - id: bosatte\n"
               "    family: bosetting\n"
               "    title: Bosatte flyktninger\n"
               "    short_definition: Bosatte i året.\n"
               "    definition: Bosatte i året.\n"
               "    unit: personer\n"
               "    computation: count\n"
               "    numerator: bosatte\n"
               "    source: IMDi.\n"
               "    cohort: Kalenderåret.\n"
               "  - id: arbeid_andel\n"
               "    family: bosetting\n"
               "    title: I arbeid eller utdanning\n"
               "    short_definition: Andel i arbeid eller utdanning.\n"
               "    definition: Andel i arbeid eller utdanning.\n"
               "    unit: prosent\n"
               "    computation: share\n"
               "    numerator: arbeid\n"
               "    denominator: avsluttet\n"
               "    decimals: 1\n"
               "    goal: 70\n"
               "    higher_is_better: true\n"
               "    source: SSB\n"
               "    cohort: Avsluttet i året.\n");
    site.write("data/observasjoner/tall.csv",
               "område,periode,mål,verdi\n"
               "3101,2023,bosatte,60\n"
               "3101,2024,bosatte,60\n"
               "3101,2023,avsluttet,20\n"
               "3101,2024,avsluttet,30\n"
               "3101,2023,arbeid,10\n"
               "3101,2024,arbeid,18\n"
               "3103,2023,bosatte,12\n"
               "3103,2024,bosatte,3\n"
               "3103,2023,avsluttet,40\n"
               "3103,2024,avsluttet,40\n"
               "3103,2023,arbeid,20\n"
               "3103,2024,arbeid,30\n"
               "3105,2023,bosatte,30\n"
               "3105,2024,bosatte,50\n"
               "3105,2023,avsluttet,50\n"
               "3105,2024,avsluttet,50\n"
               "3105,2023,arbeid,35\n"
               "3105,2024,arbeid,35\n");
}

// The site read and computed once, for every test case.
struct Built {
    TempSite site;
    kt::SiteInput input;
    std::unique_ptr<kt::SiteStatistics> statistics;
    std::unique_ptr<kt::SiteData> data;
};

const Built& built() {
    static const std::unique_ptr<Built> once = [] {
        auto b = std::make_unique<Built>();
        write_site(b->site);
        Diagnostics diagnostics;
        b->input = kt::read_site(b->site.root(), diagnostics);
        INFO(diagnostics_text(diagnostics));
        REQUIRE_FALSE(diagnostics.has_errors());
        b->statistics = std::make_unique<kt::SiteStatistics>(b->input, diagnostics);
        REQUIRE_FALSE(diagnostics.has_errors());
        b->data = std::make_unique<kt::SiteData>(b->input, *b->statistics, kt::test::demo_words());
        return b;
    }();
    return *once;
}

kt::ContentPage page(const std::string& markdown) {
    kt::ContentPage p;
    p.path = "tema/bosetting.md";
    p.where = {"content/tema/bosetting.md", 1, 1};
    p.body_line = 5;
    p.markdown = markdown;
    return p;
}

// The Markdown with its shortcodes filled in; no error may be reported.
std::string expand(const std::string& markdown) {
    Diagnostics diagnostics;
    const std::string out = kt::expand_live_figures(*built().data, page(markdown), diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    return out;
}

// The one error a shortcode gives, at line 5 (the body's first) and `column`.
void refused(const std::string& markdown, int column, const std::string& message_part) {
    Diagnostics diagnostics;
    const std::string out = kt::expand_live_figures(*built().data, page(markdown), diagnostics);
    check_single_error(diagnostics, {"content/tema/bosetting.md", 5, column}, message_part);
    CHECK(out.find("{{") == std::string::npos);  // never published as written
}

}  // namespace

TEST_CASE("live figures: a figure as the pages show it, linked to where it stands",
          "[site][live_figures]") {
    CHECK(expand("Halden bosatte {{ tall bosatte 3101 2024 }}.") ==
          "Halden bosatte [60](/kommune/3101-halden/#bosatte).");
    // The latest year when none or "siste" is given; spaces inside the braces are free.
    CHECK(expand("{{tall bosatte 3101}} {{ tall bosatte 3101 siste }}") ==
          "[60](/kommune/3101-halden/#bosatte) [60](/kommune/3101-halden/#bosatte)");
    // The country's figure, a sum of its municipalities; "landet" names the country too.
    CHECK(expand("{{ landet bosatte 2023 }}") == "[102](/landet/#bosatte)");
    CHECK(expand("{{ tall bosatte landet 2023 }}") == "[102](/landet/#bosatte)");
    // A share with its decimals and, when asked for, its interval.
    CHECK(expand("{{ tall arbeid_andel 3101 2024 }}") ==
          "[60,0" NBSP "%](/kommune/3101-halden/#arbeid_andel)");
    CHECK(expand("{{ tall arbeid_andel 3101 2024 ki=ja }}").find("KI") != std::string::npos);
    CHECK(expand("{{ år bosatte }}") == "2024");
    CHECK(expand("{{ mål arbeid_andel }}") == "[70,0" NBSP "%](/indikator/arbeid_andel/)");
}

TEST_CASE("live figures: a change in words that cannot contradict the figures",
          "[site][live_figures]") {
    CHECK(expand("{{ endring bosatte landet 2023 2024 }}") == "opp 11 personer");
    CHECK(expand("{{ endring bosatte 3101 2023 2024 }}") == "uendret");
    // As readers would subtract the figures shown: 60,0 % - 50,0 %.
    CHECK(expand("{{ endring arbeid_andel 3101 2023 siste }}") == "opp 10,0 prosentpoeng");
    CHECK(expand("{{ endring arbeid_andel 3103 2023 2024 }}") == "opp 25,0 prosentpoeng");
}

TEST_CASE("live figures: a table of the area's years with sources and notes",
          "[site][live_figures]") {
    const std::string table = expand("{{ tabell 31 bosatte arbeid_andel }}");
    CHECK(table.find("| År | [Bosatte flyktninger](/fylke/31-ostfold/#bosatte) | "
                     "[I arbeid eller utdanning](/fylke/31-ostfold/#arbeid_andel) |") !=
          std::string::npos);
    CHECK(table.find("| 2023 | 102 | 59,1" NBSP "% |") != std::string::npos);
    CHECK(table.find("| 2024 | 113 | 69,2" NBSP "% |") != std::string::npos);
    // Each source once, without a doubled full stop.
    CHECK(table.find("*Østfold. Kilde: IMDi; SSB.*") != std::string::npos);
    const std::string chart = expand("{{ diagram bosatte 3101 }}");
    CHECK(chart == "![Bosatte flyktninger, Halden. Bosatte i året.](/kommune/3101-halden/bosatte.svg)");
}

TEST_CASE("live figures: a hidden figure is an error, or its symbol when asked for",
          "[site][live_figures]") {
    refused("{{ tall bosatte 3103 2024 }}", 1, "is not shown (:");
    const std::string shown = expand("Moss: {{ tall bosatte 3103 2024 vis=tegn }}");
    CHECK(shown.rfind("Moss: [:](/kommune/3103-moss/#bosatte) (", 0) == 0);
    refused("{{ endring bosatte 3105 2023 2024 }}", 1, "so no change can be given");
}

TEST_CASE("live figures: every mistake is an error at its line and column",
          "[site][live_figures]") {
    refused("Så {{ talll bosatte 3101 }}", 4, "unknown shortcode 'talll'");
    refused("{{ tall bosate 3101 }}", 1, "unknown indicator 'bosate'");
    refused("{{ tall bosatte 9999 }}", 1, "unknown area '9999'");
    refused("{{ tall bosatte 3104 2023 }}", 1, "no longer in use");
    refused("{{ tall bosatte 3101 2019 }}", 1, "2019 is not a year of the data (2023–2024)");
    refused("{{ tall bosatte 3101 i_fjor }}", 1, "'i_fjor' is no year");
    refused("{{ tall bosatte }}", 1, "write 'tall INDIKATOR OMRÅDE [ÅR]'");
    refused("{{ tall bosatte 3101 vis=alt }}", 1, "unknown option 'vis=alt'");
    refused("{{ endring bosatte 3101 2024 2023 }}", 1, "from an earlier year to a later one");
    refused("{{ rang arbeid_andel 31 }}", 1, "only municipalities are ranked");
    refused("{{ rang bosatte 3101 }}", 1, "ranks no municipality");
    refused("{{ mål bosatte }}", 1, "has no goal");
    refused("{{ tabell 31 }}", 1, "at least one indicator");
    refused("{{ }}", 1, "empty shortcode");
    Diagnostics diagnostics;
    kt::expand_live_figures(*built().data, page("a\nb {{ tall bosatte 3101"), diagnostics);
    check_single_error(diagnostics, {"content/tema/bosetting.md", 6, 3}, "without '}}'");
}

TEST_CASE("live figures: code shows a shortcode as written", "[site][live_figures]") {
    const std::string code = "Skriv `{{ tall bosatte 3101 }}`.\n\n```\n{{ tall x y }}\n```\n";
    CHECK(expand(code) == code);
    CHECK(expand("``{{ a }}`` og {{ år bosatte }}") == "``{{ a }}`` og 2024");
    // Fences as CommonMark reads them: a ``` line inside a ~~~ block closes nothing, and a
    // line that starts with a code span opens no block.
    const std::string tilde = "~~~\n```\n{{ tall x y }}\n~~~\n\n{{ år bosatte }}\n";
    CHECK(expand(tilde) == "~~~\n```\n{{ tall x y }}\n~~~\n\n2024\n");
    CHECK(expand("```js``` er kode.\n\n{{ år bosatte }}") == "```js``` er kode.\n\n2024");
    // An indented code block, and a code span over a line break.
    CHECK(expand("Tekst.\n\n    {{ tall x y }}\n\n{{ år bosatte }}") ==
          "Tekst.\n\n    {{ tall x y }}\n\n2024");
    CHECK(expand("Et `kodestykke\n{{ tall x y }}` og {{ år bosatte }}") ==
          "Et `kodestykke\n{{ tall x y }}` og 2024");
    // An escaped brace is text.
    CHECK(expand("\\{{ år bosatte }}") == "\\{{ år bosatte }}");
}

TEST_CASE("live figures: a figure is a link, so never inside another", "[site][live_figures]") {
    refused("[se {{ tall bosatte 3101 }} her](/om/)", 5, "in a link's text");
    refused("[her](/om/{{ år bosatte }})", 11, "in a link's address");
    refused("<https://x.no/{{ år bosatte }}>", 15, "in an autolink");
    refused("[ref]: {{ år bosatte }}", 8, "in a link reference definition");
    CHECK(expand("[Halden](/kommune/3101-halden/) bosatte {{ tall bosatte 3101 2024 }}.") ==
          "[Halden](/kommune/3101-halden/) bosatte [60](/kommune/3101-halden/#bosatte).");
}

TEST_CASE("live figures: a table stands alone, and numbers only the notes of rows it shows",
          "[site][live_figures]") {
    refused("Se {{ tabell 31 bosatte }}", 4, "a table stands alone on its line");
    // 2023 and 2024 have figures; Moss's 2024 is hidden, with one note.
    const std::string table = expand("{{ tabell 3103 bosatte }}");
    CHECK(table.find("| 2024 | : ¹ |") != std::string::npos);
    CHECK(table.find("²") == std::string::npos);
    refused("{{ tall bosatte 3101 ki=ja }}", 1, "no share, so it has no interval");
    Diagnostics diagnostics;
    kt::ContentPage titled = page("Tekst.");
    titled.title = "Bosatte {{ år bosatte }}";
    kt::expand_live_figures(*built().data, titled, diagnostics);
    check_single_error(diagnostics, {"content/tema/bosetting.md", 1, 1}, "not in the front matter");
}
