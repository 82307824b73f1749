#include "input/registry_reader.h"

#include <catch2/catch.hpp>
#include <string>

#include "site_fixture.h"

using kt::AreaKind;
using kt::Diagnostics;
using kt::Registry;
using kt::test::diagnostics_text;
using kt::test::TempSite;

namespace {

const std::string kHeader = "kode,navn,type,overordnet\n";

Registry registry_from(const std::string& csv, Diagnostics& diagnostics) {
    TempSite site;
    site.write("data/omrader.csv", csv);
    return read_registry(site.root(), diagnostics);
}

// The one diagnostic whose message contains `text`, or nullptr.
const kt::Diagnostic* find_message(const Diagnostics& diagnostics, const std::string& text) {
    for (const kt::Diagnostic& d : diagnostics.all())
        if (d.message.find(text) != std::string::npos) return &d;
    return nullptr;
}

}  // namespace

TEST_CASE("read_registry reads a valid registry in file order", "[input][registry]") {
    Diagnostics diagnostics;
    const Registry registry = registry_from(kHeader +
                                                "0,Norge,land,\n"
                                                "34,Innlandet,fylke,0\n"
                                                "3435,Vågå,kommune,34\n"
                                                "03,Oslo,fylke,0\n"
                                                "0301,Oslo,kommune,03\n"
                                                "030101,Gamle Oslo,bydel,0301\n",
                                            diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(registry.areas().size() == 6);
    CHECK(registry.areas()[0].code == "0");
    CHECK(registry.areas()[2].code == "3435");
    CHECK(registry.areas()[5].code == "030101");

    CHECK(registry.country().code == "0");
    CHECK(registry.country().name == "Norge");
    CHECK(registry.country().parent.empty());

    const kt::Area* vaga = registry.find("3435");
    REQUIRE(vaga != nullptr);
    CHECK(vaga->name == "Vågå");
    CHECK(vaga->kind == AreaKind::municipality);
    CHECK(vaga->parent == "34");

    const kt::Area* district = registry.find("030101");
    REQUIRE(district != nullptr);
    CHECK(district->name == "Gamle Oslo");
    CHECK(district->kind == AreaKind::district);
    CHECK(district->parent == "0301");

    CHECK(registry.of_kind(AreaKind::county).size() == 2);
    CHECK(registry.of_kind(AreaKind::municipality).size() == 2);
    const auto innlandet = registry.children("34", AreaKind::municipality);
    REQUIRE(innlandet.size() == 1);
    CHECK(innlandet[0]->code == "3435");
}

TEST_CASE("read_registry reports a duplicate code and keeps the first", "[input][registry]") {
    Diagnostics diagnostics;
    const Registry registry = registry_from(kHeader +
                                                "0,Norge,land,\n"
                                                "34,Innlandet,fylke,0\n"
                                                "3435,Vågå,kommune,34\n"
                                                "3435,Sel,kommune,34\n",  // line 5
                                            diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    const kt::Diagnostic& d = diagnostics.all().front();
    CHECK(d.where.file == "data/omrader.csv");
    CHECK(d.where.line == 5);
    CHECK(d.where.column == 1);
    CHECK_THAT(d.message, Catch::Contains("duplicate") && Catch::Contains("'3435'"));
    CHECK(registry.areas().size() == 3);
    REQUIRE(registry.find("3435") != nullptr);
    CHECK(registry.find("3435")->name == "Vågå");
}

TEST_CASE("read_registry reports an unknown area type at its field", "[input][registry]") {
    Diagnostics diagnostics;
    registry_from(kHeader +
                      "0,Norge,land,\n"
                      "34,Innlandet,fylke,0\n"
                      "3435,Vågå,kommun,34\n",  // "3435,Vågå," is 10 characters
                  diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    const kt::Diagnostic& d = diagnostics.all().front();
    CHECK(d.where.line == 4);
    CHECK(d.where.column == 11);
    CHECK_THAT(d.message, Catch::Contains("unknown area type 'kommun'"));
}

TEST_CASE("read_registry reports an area without a name", "[input][registry]") {
    Diagnostics diagnostics;
    registry_from(kHeader + "0,Norge,land,\n34,,fylke,0\n", diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all().front().where.line == 3);
    CHECK(diagnostics.all().front().where.column == 1);
    CHECK_THAT(diagnostics.all().front().message, Catch::Contains("no name"));
}

TEST_CASE("read_registry reports a parent that does not exist", "[input][registry]") {
    Diagnostics diagnostics;
    registry_from(kHeader +
                      "0,Norge,land,\n"
                      "34,Innlandet,fylke,0\n"
                      "3435,Vågå,kommune,99\n",  // "3435,Vågå,kommune," is 18 characters
                  diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    const kt::Diagnostic& d = diagnostics.all().front();
    CHECK(d.where.line == 4);
    CHECK(d.where.column == 19);
    CHECK_THAT(d.message, Catch::Contains("parent '99'") && Catch::Contains("3435"));
}

TEST_CASE("read_registry reports a parent of the wrong kind", "[input][registry]") {
    Diagnostics diagnostics;
    registry_from(kHeader +
                      "0,Norge,land,\n"               // line 2
                      "03,Oslo,fylke,0\n"             // line 3
                      "0301,Oslo,kommune,03\n"        // line 4
                      "3435,Vågå,kommune,0\n"         // line 5: a municipality under the country
                      "030101,Gamle Oslo,bydel,03\n"  // line 6: a district under a county
                      "34,Innlandet,fylke,0301\n",    // line 7: a county under a municipality
                  diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 3);

    const kt::Diagnostic* municipality = find_message(diagnostics, "parent '0' ");
    REQUIRE(municipality != nullptr);
    CHECK(municipality->where.line == 5);
    CHECK(municipality->where.column == 19);
    CHECK_THAT(municipality->message, Catch::Contains("fylke"));

    const kt::Diagnostic* district = find_message(diagnostics, "parent '03'");
    REQUIRE(district != nullptr);
    CHECK(district->where.line == 6);
    CHECK(district->where.column == 25);  // "030101,Gamle Oslo,bydel," is 24 characters
    CHECK_THAT(district->message, Catch::Contains("kommune"));

    const kt::Diagnostic* county = find_message(diagnostics, "parent '0301'");
    REQUIRE(county != nullptr);
    CHECK(county->where.line == 7);
    CHECK(county->where.column == 20);  // "34,Innlandet,fylke," is 19 characters
    CHECK_THAT(county->message, Catch::Contains("land"));
}

TEST_CASE("read_registry requires exactly one country", "[input][registry]") {
    SECTION("none") {
        Diagnostics diagnostics;
        registry_from(kHeader + "34,Innlandet,fylke,\n3435,Vågå,kommune,34\n", diagnostics);
        INFO(diagnostics_text(diagnostics));
        const kt::Diagnostic* d = find_message(diagnostics, "exactly one");
        REQUIRE(d != nullptr);
        CHECK(d->where.file == "data/omrader.csv");
        CHECK_THAT(d->message, Catch::Contains("found 0"));
    }
    SECTION("two") {
        Diagnostics diagnostics;
        registry_from(kHeader + "0,Norge,land,\n1,Noreg,land,\n34,Innlandet,fylke,0\n",
                      diagnostics);
        INFO(diagnostics_text(diagnostics));
        REQUIRE(diagnostics.error_count() == 1);
        const kt::Diagnostic& d = diagnostics.all().front();
        CHECK(d.where.file == "data/omrader.csv");
        CHECK_THAT(d.message, Catch::Contains("exactly one") && Catch::Contains("found 2"));
    }
}

TEST_CASE("read_registry reports missing columns", "[input][registry]") {
    Diagnostics diagnostics;
    const Registry registry = registry_from("kode,navn,type\n0,Norge,land\n", diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all().front().where.line == 1);
    CHECK_THAT(diagnostics.all().front().message, Catch::Contains("'overordnet'"));
    CHECK(registry.areas().empty());
}

TEST_CASE("read_area_attributes attaches attributes and reports unknown areas",
          "[input][registry]") {
    TempSite site;
    site.write("data/omrader.csv", kHeader +
                                       "0,Norge,land,\n"
                                       "34,Innlandet,fylke,0\n"
                                       "3435,Vågå,kommune,34\n");
    site.write("data/egenskaper.csv",
               "kode,egenskap,verdi\n"
               "3435,sentralitet,5\n"
               "9999,sentralitet,3\n"  // line 3
               "3435,kostragruppe,2\n");
    Diagnostics diagnostics;
    Registry registry = read_registry(site.root(), diagnostics);
    read_area_attributes(site.root(), registry, diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(format_diagnostic(diagnostics.all().front()) ==
          "data/egenskaper.csv:3:1: error: unknown area code '9999'");
    const kt::Area* vaga = registry.find("3435");
    REQUIRE(vaga != nullptr);
    CHECK(vaga->attributes.size() == 2);
    CHECK(vaga->attributes.at("sentralitet") == "5");
    CHECK(vaga->attributes.at("kostragruppe") == "2");
}

TEST_CASE("read_area_attributes accepts a site without an attributes file", "[input][registry]") {
    TempSite site;
    site.write("data/omrader.csv", kHeader + "0,Norge,land,\n");
    Diagnostics diagnostics;
    Registry registry = read_registry(site.root(), diagnostics);
    read_area_attributes(site.root(), registry, diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    CHECK(registry.country().attributes.empty());
}

TEST_CASE("read_registry reads centres, and reports one that is no degree", "[input][registry]") {
    Diagnostics diagnostics;
    const Registry registry = registry_from(
        "kode,navn,type,overordnet,lengdegrad,breddegrad\n"
        "0,Norge,land,,,\n"
        "34,Innlandet,fylke,0,,\n"
        "3435,Vågå,kommune,34,8.9528,61.6735\n"
        "3436,Nord-Fron,kommune,34,9.5,x\n"
        "3437,Sel,kommune,34,190,61\n",
        diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(registry.find("3435")->centre);
    CHECK(registry.find("3435")->centre->longitude == 8.9528);
    CHECK(registry.find("3435")->centre->latitude == 61.6735);
    CHECK_FALSE(registry.find("34")->centre);
    CHECK_FALSE(registry.find("3436")->centre);
    REQUIRE(diagnostics.error_count() == 2);
    const kt::Diagnostic* latitude = find_message(diagnostics, "'x' is not a degree from -90 to 90");
    REQUIRE(latitude);
    CHECK(latitude->where.line == 5);
    CHECK(find_message(diagnostics, "'190' is not a degree from -180 to 180"));
}
