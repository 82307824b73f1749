#include "site/search_index.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "input/site_reader.h"
#include "site/site_data.h"
#include "site_fixture.h"

using kt::Diagnostics;
using kt::test::diagnostics_text;
using kt::test::TempSite;

#define NBSP "\u00A0"

namespace {

// A small site after the 2020 and 2024 reforms in the east: Moss 3103 is Moss 0104 and Rygge
// 0136 (merged into Moss 3002 in 2020, renumbered in 2024); Bærum only changed numbers; the
// county Østfold 31 is part of Viken 30, which was Østfold 01 and Akershus 02 (merged in 2020)
// and split into Østfold 31 and Akershus 32 in 2024. Figures for 2024 only.
void write_site(const TempSite& site) {
    site.write("site.yaml",
               "title: Test\ndata_updated: 2026-11-01\npopulation_measure: folketall\n");
    site.write("data/omrader.csv",
               "kode,navn,type,overordnet,fra,til\n"
               "0,Norge,land,,,\n"
               "31,Østfold,fylke,0,2024-01-01,\n"
               "32,Akershus,fylke,0,2024-01-01,\n"
               "3101,Halden,kommune,31,,\n"
               "3103,Moss,kommune,31,2024-01-01,\n"
               "3105,Sarpsborg,kommune,31,,\n"
               "3201,Bærum,kommune,32,2024-01-01,\n"
               "01,Østfold,fylke,0,,2019-12-31\n"
               "02,Akershus,fylke,0,,2019-12-31\n"
               "30,Viken,fylke,0,2020-01-01,2023-12-31\n"
               "0104,Moss,kommune,01,,2019-12-31\n"
               "0136,Rygge,kommune,01,,2019-12-31\n"
               "0219,Bærum,kommune,02,,2019-12-31\n"
               "3002,Moss,kommune,30,2020-01-01,2023-12-31\n"
               "3024,Bærum,kommune,30,2020-01-01,2023-12-31\n");
    site.write("data/endringer.csv",
               "dato,endring,fra,til\n"
               "2020-01-01,sammenslåing,01,30\n"
               "2020-01-01,sammenslåing,02,30\n"
               "2020-01-01,sammenslåing,0104,3002\n"
               "2020-01-01,sammenslåing,0136,3002\n"
               "2020-01-01,nytt nummer,0219,3024\n"
               "2024-01-01,deling,30,31\n"
               "2024-01-01,deling,30,32\n"
               "2024-01-01,nytt nummer,3002,3103\n"
               "2024-01-01,nytt nummer,3024,3201\n");
    site.write("data/katalog.yaml",
               "families:\n"
               "  - id: bosetting\n"
               "    title: Bosetting\n"
               "measures:\n"
               "  - id: folketall\n"
               "    title: Folketall\n"
               "    unit: innbyggere\n"
               "    source: SSB\n"
               "  - id: bosatte\n"
               "    title: Bosatte flyktninger\n"
               "    unit: personer\n"
               "    source: IMDi\n"
               "  - id: avsluttet\n"
               "    title: Avsluttet introduksjonsprogrammet\n"
               "    unit: personer\n"
               "    source: SSB\n"
               "  - id: arbeid\n"
               "    title: I arbeid eller utdanning\n"
               "    unit: personer\n"
               "    source: SSB\n"
               "indicators:\n"
               "  - id: bosatte\n"
               "    family: bosetting\n"
               "    title: Bosatte flyktninger\n"
               "    short_definition: Bosatte i året.\n"
               "    definition: Bosatte i året.\n"
               "    unit: personer\n"
               "    computation: count\n"
               "    numerator: bosatte\n"
               "    source: IMDi\n"
               "    cohort: Kalenderåret.\n"
               "    key_figure: true\n"
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
               "    source: SSB\n"
               "    cohort: Avsluttet i året.\n"
               "    key_figure: true\n"
               "  - id: avsluttet\n"
               "    family: bosetting\n"
               "    title: Avsluttet\n"
               "    short_definition: Avsluttet i året.\n"
               "    definition: Avsluttet i året.\n"
               "    unit: personer\n"
               "    computation: count\n"
               "    numerator: avsluttet\n"
               "    source: SSB\n"
               "    cohort: Avsluttet i året.\n");
    // Moss: 3 settled (below the default minimum of 5 persons) and 3 of 7 in work (42,9 %,
    // a count below 5 on a denominator below 10): both hidden.
    site.write("data/observasjoner/tall.csv",
               "område,periode,mål,verdi\n"
               "3101,2024,bosatte,40\n"
               "3101,2024,avsluttet,30\n"
               "3101,2024,arbeid,18\n"
               "3103,2024,bosatte,3\n"
               "3103,2024,avsluttet,7\n"
               "3103,2024,arbeid,3\n"
               "3105,2024,bosatte,50\n"
               "3105,2024,avsluttet,50\n"
               "3105,2024,arbeid,35\n"
               "3201,2024,bosatte,120\n"
               "3201,2024,avsluttet,60\n"
               "3201,2024,arbeid,40\n");
}

struct BuiltIndex {
    std::string text;
    nlohmann::json json;
};

BuiltIndex build_index(const TempSite& site) {
    Diagnostics diagnostics;
    const kt::SiteInput input = kt::read_site(site.root(), diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE_FALSE(diagnostics.has_errors());
    const kt::SiteStatistics statistics(input, diagnostics);
    const kt::SiteData data(input, statistics, kt::test::demo_words());
    BuiltIndex built;
    built.text = kt::search_index_json(data);
    built.json = nlohmann::json::parse(built.text);
    return built;
}

const nlohmann::json& entry(const nlohmann::json& index, const std::string& code) {
    for (const nlohmann::json& area : index.at("områder"))
        if (area.at("kode") == code) return area;
    FAIL("no entry for " << code);
    throw;  // not reached
}

const nlohmann::json& key_figure(const nlohmann::json& area, const std::string& indicator) {
    for (const nlohmann::json& figure : area.at("nøkkeltall"))
        if (figure.at("indikator") == indicator) return figure;
    FAIL("no key figure " << indicator << " for " << area.at("kode"));
    throw;  // not reached
}

}  // namespace

TEST_CASE("search index lists every area that has a page, with its URL and parent",
          "[site][search_index]") {
    TempSite site;
    write_site(site);
    const nlohmann::json index = build_index(site).json;

    // The country, 2 counties and 4 municipalities are current; old codes only forward.
    std::vector<std::string> codes;
    for (const nlohmann::json& area : index.at("områder")) codes.push_back(area.at("kode"));
    CHECK(codes == std::vector<std::string>{"0", "31", "32", "3101", "3103", "3105", "3201"});

    const nlohmann::json& moss = entry(index, "3103");
    CHECK(moss.at("navn") == "Moss");
    CHECK(moss.at("type") == "kommune");
    CHECK(moss.at("fylke") == "Østfold");
    CHECK(moss.at("url") == "kommune/3103-moss/index.html");
    CHECK_FALSE(moss.contains("kommune"));

    const nlohmann::json& country = entry(index, "0");
    CHECK(country.at("type") == "land");
    CHECK(country.at("url") == "landet/index.html");
    CHECK_FALSE(country.contains("fylke"));
    const nlohmann::json& county = entry(index, "31");
    CHECK(county.at("type") == "fylke");
    CHECK(county.at("url") == "fylke/31-ostfold/index.html");

    // Every indicator, with the page's link and title, and whether it is a key figure.
    CHECK(index.at("indikatorer").size() == 3);
    CHECK(index.at("indikatorer").at("bosatte") ==
          nlohmann::json{{"tittel", "Bosatte flyktninger"},
                         {"enhet", "personer"},
                         {"nøkkeltall", true},
                         {"url", "indikator/bosatte/index.html"}});
    CHECK(index.at("indikatorer").at("avsluttet").at("nøkkeltall") == false);
    // Every theme.
    REQUIRE(index.at("tema").size() == 1);
    CHECK(index.at("tema").front().at("url") == "tema/bosetting/index.html");
    CHECK(index.at("tema").front().at("tittel") == "Bosetting");
}

TEST_CASE("search index as a script sets one global to the same index",
          "[site][search_index]") {
    TempSite site;
    write_site(site);
    const BuiltIndex built = build_index(site);
    const std::string script = kt::search_index_script(built.text);
    const std::string prefix = "window.kommunetallSok = ";
    REQUIRE(script.rfind(prefix, 0) == 0);
    REQUIRE(script.size() > prefix.size() + 2);
    CHECK(script.substr(script.size() - 2) == ";\n");
    CHECK(nlohmann::json::parse(script.substr(prefix.size(), script.size() - prefix.size() - 2)) ==
          built.json);
}

TEST_CASE("search index finds a merged municipality by its old names and codes",
          "[site][search_index]") {
    TempSite site;
    write_site(site);
    const nlohmann::json index = build_index(site).json;

    // Moss 3103 <- Moss 3002 (new number) <- Moss 0104 and Rygge 0136 (merger), sorted by code.
    CHECK(entry(index, "3103").at("tidligere") ==
          nlohmann::json::parse(R"([{"kode": "0104", "navn": "Moss", "delvis": false},
                                    {"kode": "0136", "navn": "Rygge", "delvis": false},
                                    {"kode": "3002", "navn": "Moss", "delvis": false}])"));
    CHECK(entry(index, "3201").at("tidligere") ==
          nlohmann::json::parse(R"([{"kode": "0219", "navn": "Bærum", "delvis": false},
                                    {"kode": "3024", "navn": "Bærum", "delvis": false}])"));
    // Østfold 31 is part of Viken; Viken's own predecessors (Akershus among them) are not
    // followed through the split, since they may have gone to the other part.
    CHECK(entry(index, "31").at("tidligere") ==
          nlohmann::json::parse(R"([{"kode": "30", "navn": "Viken", "delvis": true}])"));
    CHECK(entry(index, "3105").at("tidligere").empty());
}

TEST_CASE("search index shows key figures as pages do, hidden ones without a number",
          "[site][search_index]") {
    TempSite site;
    write_site(site);
    const nlohmann::json index = build_index(site).json;

    // Bærum: 120 settled; 40 of 60 in work = 66,666… % -> 66,7 %.
    const nlohmann::json& baerum = entry(index, "3201");
    CHECK(key_figure(baerum, "bosatte") ==
          nlohmann::json{
              {"indikator", "bosatte"}, {"år", 2024}, {"tekst", "120"}, {"status", "present"}});
    CHECK(key_figure(baerum, "arbeid_andel") == nlohmann::json{{"indikator", "arbeid_andel"},
                                                               {"år", 2024},
                                                               {"tekst", "66,7" NBSP "%"},
                                                               {"status", "present"}});
    CHECK(baerum.at("nøkkeltall").size() == 2);  // not "avsluttet", which is no key figure

    // Moss: 3 settled and 3 of 7 (42,857… %) are both below the suppression rule.
    const nlohmann::json& moss = entry(index, "3103");
    CHECK(key_figure(moss, "bosatte") ==
          nlohmann::json{
              {"indikator", "bosatte"}, {"år", 2024}, {"tekst", ":"}, {"status", "suppressed"}});
    CHECK(key_figure(moss, "arbeid_andel") == nlohmann::json{{"indikator", "arbeid_andel"},
                                                             {"år", 2024},
                                                             {"tekst", ":"},
                                                             {"status", "suppressed"}});
    // Nothing else in Moss's entry carries its numbers: no "42,9"/"42.9", no 3 or 7 outside
    // the codes and the year.
    const std::string moss_text = moss.dump();
    CHECK(moss_text.find("42") == std::string::npos);
    for (const nlohmann::json& figure : moss.at("nøkkeltall")) {
        CHECK(figure.size() == 4);
        for (const auto& [key, value] : figure.items())
            if (key != "år") CHECK(value.is_string());
    }

    // Throughout the index: a figure that is not shown as a number has no digit in its text.
    for (const nlohmann::json& area : index.at("områder"))
        for (const nlohmann::json& figure : area.at("nøkkeltall")) {
            if (figure.at("status") == "present") continue;
            INFO(area.at("kode") << " " << figure.dump());
            const std::string text = figure.at("tekst");
            CHECK(text.find_first_of("0123456789") == std::string::npos);
        }
}

TEST_CASE("search index is byte-identical across builds", "[site][search_index]") {
    TempSite site;
    write_site(site);
    const BuiltIndex first = build_index(site);
    const BuiltIndex second = build_index(site);
    CHECK(first.text == second.text);
    // One line of compact JSON with its keys in order.
    CHECK(first.text.back() == '\n');
    CHECK(first.text.find('\n') == first.text.size() - 1);
    CHECK(first.text.rfind("{\"indikatorer\":{\"arbeid_andel\":{\"enhet\":\"prosent\",", 0) == 0);
}
