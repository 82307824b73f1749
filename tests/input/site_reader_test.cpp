#include "input/site_reader.h"

#include <catch2/catch.hpp>
#include <string>

#include "site_fixture.h"

using kt::AreaKind;
using kt::Diagnostics;
using kt::test::diagnostics_text;
using kt::test::TempSite;

#ifndef KOMMUNETALL_SOURCE_DIR
#error "KOMMUNETALL_SOURCE_DIR must name the repository (the demo site)"
#endif

TEST_CASE("read_site reads the repository's demo site without errors", "[input][site]") {
    Diagnostics diagnostics;
    const kt::SiteInput site = kt::read_site(KOMMUNETALL_SOURCE_DIR, diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE_FALSE(diagnostics.has_errors());

    // Today: 1 country + 15 counties + 357 municipalities (since 1.1.2024) + Oslo's 15
    // districts; the rest are codes that ended since 2017.
    std::size_t current = 0;
    for (const kt::Area& area : site.registry.areas()) current += area.is_current() ? 1 : 0;
    CHECK(current == 388);
    CHECK(site.registry.areas().size() > 800);
    CHECK(site.registry.changes().size() > 500);
    CHECK(site.registry.of_kind(AreaKind::country).size() == 1);
    CHECK(site.registry.of_kind(AreaKind::county).size() == 15);
    CHECK(site.registry.of_kind(AreaKind::municipality).size() == 357);
    CHECK(site.registry.of_kind(AreaKind::district).size() == 15);
    CHECK(site.registry.children("0301", AreaKind::district).size() == 15);

    const kt::Area* vaga = site.registry.find("3435");
    REQUIRE(vaga != nullptr);
    CHECK(vaga->name == "Vågå");
    CHECK(vaga->kind == AreaKind::municipality);
    CHECK(vaga->parent == "34");

    // The catalogue's published indicators (ids are URLs, so they must all be there).
    for (const std::string id :
         {"anmodning", "vedtak", "bosatte", "bosatte_andel_anmodning", "bosatte_per_1000",
          "enslige_mindreaarige", "intro_arbeid_utdanning_andel",
          "intro_arbeid_utdanning_menn_andel", "intro_arbeid_utdanning_kvinner_andel",
          "intro_deltakere", "intro_avsluttet", "norsk_start_3mnd_andel", "norsk_maalgruppe",
          "folketall", "innvandrere", "innvandrere_andel"}) {
        INFO("indicator " << id);
        CHECK(site.catalogue.indicator(id) != nullptr);
    }
    CHECK(site.catalogue.families.size() == 4);
    REQUIRE(site.catalogue.indicator("intro_arbeid_utdanning_andel") != nullptr);
    CHECK(site.catalogue.indicator("intro_arbeid_utdanning_andel")->computation ==
          kt::Computation::share);
    CHECK(site.catalogue.measure(site.config.population_measure) != nullptr);

    CHECK(site.observations.size() > 0);
    CHECK(site.content.size() > 0);
}

TEST_CASE("read_site checks content references against the registry and catalogue",
          "[input][site]") {
    TempSite site;
    site.write("site.yaml",
               "title: Test\ndata_updated: 2026-11-01\npopulation_measure: folketall\n");
    site.write("data/omrader.csv",
               "kode,navn,type,overordnet\n"
               "0,Norge,land,\n"
               "34,Innlandet,fylke,0\n"
               "3435,Vågå,kommune,34\n");
    site.write("data/katalog.yaml",
               "families:\n"
               "  - id: befolkning\n"
               "    title: Befolkning\n"
               "measures:\n"
               "  - id: folketall\n"
               "    title: Folketall\n"
               "    unit: innbyggere\n"
               "    source: SSB\n"
               "indicators: []\n");
    site.write("content/kommune/vaga.md",
               "---\ntitle: Vågå\nkommune: \"3435\"\ntema: befolkning\n---\n");
    site.write("content/kommune/fylke.md", "---\ntitle: Innlandet\nkommune: \"34\"\n---\n");
    site.write("content/tema/ukjent.md", "---\ntitle: Ukjent\ntema: skole\n---\n");
    Diagnostics diagnostics;
    const kt::SiteInput input = kt::read_site(site.root(), diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 2);
    CHECK(diagnostics.all()[0].where.file == "content/kommune/fylke.md");
    CHECK_THAT(diagnostics.all()[0].message, Catch::Contains("'kommune: 34'"));
    CHECK(diagnostics.all()[1].where.file == "content/tema/ukjent.md");
    CHECK_THAT(diagnostics.all()[1].message, Catch::Contains("'tema: skole'"));
    CHECK(input.content.size() == 3);
}

TEST_CASE("read_site checks the attributes that groupings and variables name", "[input][site]") {
    TempSite site;
    site.write("site.yaml",
               "title: Test\ndata_updated: 2026-11-01\npopulation_measure: folketall\n");
    site.write("data/omrader.csv",
               "kode,navn,type,overordnet\n"
               "0,Norge,land,\n"
               "34,Innlandet,fylke,0\n"
               "3435,Vågå,kommune,34\n"
               "3401,Kongsvinger,kommune,34\n"
               "3403,Hamar,kommune,34\n");
    site.write("data/egenskaper.csv",
               "kode,egenskap,verdi\n"
               "3435,sentralitet,5\n"
               "3401,sentralitet,4\n"
               "3403,sentralitet,3\n"
               "3435,kostragruppe,2\n"
               "3401,kostragruppe,11a\n"
               "3403,kostragruppe,K13\n"
               "34,landsdel,Østlandet\n");
    site.write("data/katalog.yaml",
               "families:\n"                      // 1
               "  - id: befolkning\n"             // 2
               "    title: Befolkning\n"          // 3
               "measures:\n"                      // 4
               "  - id: folketall\n"              // 5
               "    title: Folketall\n"           // 6
               "    unit: innbyggere\n"           // 7
               "    source: SSB\n"                // 8
               "indicators: []\n"                 // 9
               "groupings:\n"                     // 10
               "  - id: kostragruppe\n"           // 11: groups need not be numbers
               "    title: KOSTRA-gruppe\n"       // 12
               "    attribute: kostragruppe\n"    // 13
               "  - id: landsdel\n"               // 14: given for a county only
               "    title: Landsdel\n"            // 15
               "    attribute: landsdel\n"        // 16
               "similar:\n"                       // 17
               "  variables:\n"                   // 18
               "    - id: sentralitet\n"          // 19: a number everywhere
               "      label: Sentralitet\n"       // 20
               "      attribute: sentralitet\n"   // 21
               "    - id: kostra\n"               // 22: not a number for 3401 and 3403
               "      label: KOSTRA-gruppe\n"     // 23
               "      attribute: kostragruppe\n"  // 24
               "    - id: ukjent\n"               // 25: in no row of egenskaper.csv
               "      label: Skolegang\n"         // 26
               "      attribute: skolegang\n");   // 27
    Diagnostics diagnostics;
    kt::read_site(site.root(), diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 3);
    const auto check = [&](std::size_t i, int line, int column, const std::string& message) {
        const kt::Diagnostic& d = diagnostics.all()[i];
        CHECK(d.where.file == "data/katalog.yaml");
        CHECK(d.where.line == line);
        CHECK(d.where.column == column);
        CHECK(d.message == message);
    };
    check(0, 14, 5,
          "grouping 'landsdel': attribute 'landsdel' is not given for any municipality in "
          "data/egenskaper.csv");
    // Registry order: Kongsvinger is the first municipality with a value that is no number.
    check(1, 22, 7,
          "variable 'kostra': attribute 'kostragruppe' must be a number for every "
          "municipality, but is not for 2 (first 3401 Kongsvinger: '11a')");
    check(2, 25, 7,
          "variable 'ukjent': attribute 'skolegang' is not given for any municipality in "
          "data/egenskaper.csv");
}

TEST_CASE("read_site checks a covariate's attribute too", "[input][site]") {
    // Without data/egenskaper.csv no municipality has any attribute.
    TempSite site;
    site.write("site.yaml",
               "title: Test\ndata_updated: 2026-11-01\npopulation_measure: folketall\n");
    site.write("data/omrader.csv",
               "kode,navn,type,overordnet\n"
               "0,Norge,land,\n"
               "34,Innlandet,fylke,0\n"
               "3435,Vågå,kommune,34\n");
    site.write("data/katalog.yaml",
               "families:\n"                                         // 1
               "  - id: befolkning\n"                                // 2
               "    title: Befolkning\n"                             // 3
               "measures:\n"                                         // 4
               "  - id: folketall\n"                                 // 5
               "    title: Folketall\n"                              // 6
               "    unit: innbyggere\n"                              // 7
               "    source: SSB\n"                                   // 8
               "  - id: innvandrere\n"                               // 9
               "    title: Innvandrere\n"                            // 10
               "    unit: personer\n"                                // 11
               "    source: SSB\n"                                   // 12
               "indicators:\n"                                       // 13
               "  - id: innvandrere_andel\n"                         // 14
               "    family: befolkning\n"                            // 15
               "    title: Innvandrere i prosent\n"                  // 16
               "    short_definition: Andel innvandrere.\n"          // 17
               "    definition: Innvandrere delt på folketallet.\n"  // 18
               "    unit: prosent\n"                                 // 19
               "    computation: share\n"                            // 20
               "    numerator: innvandrere\n"                        // 21
               "    denominator: folketall\n"                        // 22
               "    source: SSB\n"                                   // 23
               "    cohort: 1. januar.\n"                            // 24
               "adjustments:\n"                                      // 25
               "  - indicator: innvandrere_andel\n"                  // 26
               "    covariates:\n"                                   // 27
               "      - id: sentralitet\n"                           // 28
               "        label: Sentralitet\n"                        // 29
               "        attribute: sentralitet\n");                  // 30
    Diagnostics diagnostics;
    kt::read_site(site.root(), diagnostics);
    kt::test::check_single_error(diagnostics, {"data/katalog.yaml", 28, 9},
                                 "variable 'sentralitet': attribute 'sentralitet' is not given "
                                 "for any municipality in data/egenskaper.csv");
}
