#include "input/site_config_reader.h"

#include <catch2/catch.hpp>
#include <string>

#include "site_fixture.h"

using kt::Diagnostics;
using kt::SiteConfig;
using kt::test::diagnostics_text;
using kt::test::TempSite;

namespace {

SiteConfig config_from(const std::string& yaml, Diagnostics& diagnostics) {
    TempSite site;
    site.write("site.yaml", yaml);
    return read_site_config(site.root(), diagnostics);
}

}  // namespace

TEST_CASE("read_site_config reads every key", "[input][site_config]") {
    Diagnostics diagnostics;
    const SiteConfig config = config_from(
        "title: Kommunetall\n"
        "description: Tall om bosetting.\n"
        "base_url: https://kommunetall.example.no\n"
        "publisher: IMDi\n"
        "demo: true\n"
        "data_updated: 2026-11-01\n"
        "first_year: 2015\n"
        "population_measure: innbyggere\n",
        diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    CHECK(config.title == "Kommunetall");
    CHECK(config.description == "Tall om bosetting.");
    CHECK(config.base_url == "https://kommunetall.example.no/");  // a final slash is added
    CHECK(config.publisher == "IMDi");
    CHECK(config.demo);
    CHECK(config.data_updated == "2026-11-01");
    CHECK(config.first_year == 2015);
    CHECK(config.population_measure == "innbyggere");
}

TEST_CASE("read_site_config keeps the defaults of optional keys", "[input][site_config]") {
    Diagnostics diagnostics;
    const SiteConfig config = config_from("title: T\ndata_updated: 2026-11-01\n", diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    CHECK_FALSE(config.demo);
    CHECK(config.base_url.empty());
    CHECK(config.first_year == 0);
    CHECK(config.population_measure == "folketall");
}

TEST_CASE("read_site_config reports a date not written YYYY-MM-DD at its value",
          "[input][site_config]") {
    Diagnostics diagnostics;
    config_from("title: T\ndata_updated: 1.11.2026\n", diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    const kt::Diagnostic& d = diagnostics.all().front();
    CHECK(d.where.file == "site.yaml");
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 15);  // "data_updated: " is 14 characters
    CHECK_THAT(d.message, Catch::Contains("YYYY-MM-DD"));
}

TEST_CASE("read_site_config reports missing required keys", "[input][site_config]") {
    Diagnostics diagnostics;
    config_from("description: x\n", diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 2);
    CHECK_THAT(diagnostics.all()[0].message, Catch::Contains("'title'"));
    CHECK_THAT(diagnostics.all()[1].message, Catch::Contains("'data_updated'"));
}

TEST_CASE("read_site_config reports a file that is not a mapping", "[input][site_config]") {
    Diagnostics diagnostics;
    config_from("- title: T\n", diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all().front().where.file == "site.yaml");
    CHECK(diagnostics.all().front().where.line == 1);
}

TEST_CASE("read_site_config reports a missing site.yaml", "[input][site_config]") {
    TempSite site;
    Diagnostics diagnostics;
    read_site_config(site.root(), diagnostics);
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all().front().where.file == "site.yaml");
}
