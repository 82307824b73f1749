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

TEST_CASE("read_site_config reports a key given twice at the second", "[input][site_config]") {
    // yaml-cpp keeps both entries and reads the first: the second must not be lost silently,
    // in a nested mapping too.
    Diagnostics diagnostics;
    config_from("title: T\n"
                "data_updated: 2026-11-01\n"
                "suppression: {min_count: 5, units: [personer], min_count: 3}\n"
                "title: U\n",
                diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 2);
    const kt::Diagnostic& nested = diagnostics.all()[0];
    CHECK(nested.where.line == 3);
    CHECK(nested.where.column == 48);  // the second "min_count"
    CHECK_THAT(nested.message, Catch::Contains("'min_count' is given twice"));
    const kt::Diagnostic& top = diagnostics.all()[1];
    CHECK(top.where.line == 4);
    CHECK(top.where.column == 1);
    CHECK_THAT(top.message, Catch::Contains("'title' is given twice") &&
                                Catch::Contains("first at line 1"));
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

TEST_CASE("read_site_config reads the suppression rule", "[input][site_config]") {
    Diagnostics diagnostics;
    const SiteConfig config = config_from(
        "title: T\ndata_updated: 2026-11-01\n"
        "suppression:\n"
        "  min_count: 3\n"
        "  min_denominator: 20\n"
        "  units: [personer, elever]\n"
        "  pooled_years: 4\n",
        diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    CHECK(config.suppression.min_count == 3);
    CHECK(config.suppression.min_denominator == 20);
    CHECK(config.suppression.units == std::vector<std::string>{"personer", "elever"});
    CHECK(config.suppression.pooled_years == 4);

    Diagnostics defaults;
    const SiteConfig plain = config_from("title: T\ndata_updated: 2026-11-01\n", defaults);
    CHECK(plain.suppression.min_count == 5);
    CHECK(plain.suppression.min_denominator == 10);
    CHECK(plain.suppression.units == std::vector<std::string>{"personer"});
    CHECK(plain.suppression.pooled_years == 3);
}

TEST_CASE("read_site_config reports misspelt keys and impossible suppression settings",
          "[input][site_config]") {
    Diagnostics diagnostics;
    config_from(
        "title: T\ndata_updated: 2026-11-01\nsupression: {}\n"
        "suppression:\n  min_cont: 3\n  pooled_years: 1\n",
        diagnostics);
    const std::string text = diagnostics_text(diagnostics);
    CHECK_THAT(text, Catch::Contains("site.yaml:3:1: error: unknown key 'supression'"));
    CHECK_THAT(text, Catch::Contains("unknown key 'min_cont'"));
    CHECK_THAT(
        text, Catch::Contains("site.yaml:6:17: error: pooled_years must be 0 (off) or at least 2"));
}
