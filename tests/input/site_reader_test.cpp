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
