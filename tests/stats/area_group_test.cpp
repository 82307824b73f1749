#include "stats/area_group.h"

#include <catch2/catch.hpp>

namespace kt {
namespace {

Area municipality(std::string code, std::map<std::string, std::string> attributes) {
    Area a;
    a.code = std::move(code);
    a.name = a.code;
    a.kind = AreaKind::municipality;
    a.parent = "34";
    a.attributes = std::move(attributes);
    return a;
}

Registry make_registry() {
    Registry r;
    Area country;
    country.code = "0";
    country.kind = AreaKind::country;
    r.add(country);
    Area county;
    county.code = "34";
    county.kind = AreaKind::county;
    county.parent = "0";
    r.add(county);
    r.add(municipality("3401", {{"kostragruppe", "10"}}));
    r.add(municipality("3403", {{"kostragruppe", "2"}}));
    r.add(municipality("3405", {{"kostragruppe", "10"}}));
    r.add(municipality("3407", {}));  // no KOSTRA group in the data
    return r;
}

Grouping attribute_grouping() {
    Grouping g;
    g.id = "kostragruppe";
    g.title = "KOSTRA-gruppe";
    g.attribute = "kostragruppe";
    return g;
}

TEST_CASE("area_groups: one group per attribute value, numeric values in numeric order") {
    const auto groups = area_groups({attribute_grouping()}, make_registry(), {});
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].value == "2");  // before "10", although "10" < "2" as text
    CHECK(groups[0].members == std::vector<std::string>{"3403"});
    CHECK(groups[1].value == "10");
    CHECK(groups[1].members == std::vector<std::string>{"3401", "3405"});
    CHECK(groups[1].size_group == 0);
    CHECK(groups[1].key == "gruppe/kostragruppe/10");
}

TEST_CASE("area_groups: size groups by population, municipalities without one left out") {
    Grouping size;
    size.id = "storrelse";
    size.title = "Kommunestørrelse";
    size.size_groups = true;
    const auto groups =
        area_groups({size}, make_registry(), {{"3401", 1999}, {"3403", 2000}, {"3405", 60000}});
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].members == std::vector<std::string>{"3401"});
    CHECK(groups[0].size_group == 1);
    CHECK(groups[1].value == "2");
    CHECK(groups[1].members == std::vector<std::string>{"3403"});
    CHECK(groups[2].value == "6");
    CHECK(groups[2].size_group == 6);
}

TEST_CASE("area_groups: groupings keep catalogue order") {
    Grouping size;
    size.id = "storrelse";
    size.title = "Kommunestørrelse";
    size.size_groups = true;
    const auto groups = area_groups({size, attribute_grouping()}, make_registry(), {{"3407", 10}});
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].grouping == "storrelse");
    CHECK(groups[0].members == std::vector<std::string>{"3407"});
    CHECK(groups[1].grouping == "kostragruppe");
}

}  // namespace
}  // namespace kt

namespace kt {

TEST_CASE("area_groups: bands of a shown percentage, limits at the band's bottom") {
    Grouping share;
    share.id = "innvandrerandel";
    share.title = "Innvandrerandel";
    share.indicator = "innvandrere_andel";
    share.bands = {5, 10, 15};
    // 3401 at 10.0 belongs to 10-14.9 (a limit opens its band); 3405's figure is hidden, so
    // it is in no band; nobody is under 5 %, so that band has no group.
    BandFigures figures;
    figures.decimals = 1;
    figures.shown = {{"3401", 10.0}, {"3403", 9.9}, {"3407", 21.3}};
    const auto groups = area_groups({share}, make_registry(), {}, {{"innvandrerandel", figures}});
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].value == "2");
    CHECK(groups[0].members == std::vector<std::string>{"3403"});
    CHECK(groups[0].band_low == 5);
    CHECK(groups[0].band_high == 10);
    CHECK(groups[1].value == "3");
    CHECK(groups[1].members == std::vector<std::string>{"3401"});
    CHECK(groups[2].value == "4");
    CHECK(groups[2].members == std::vector<std::string>{"3407"});
    CHECK(groups[2].band_low == 15);
    CHECK_FALSE(groups[2].band_high.has_value());
    CHECK(groups[2].band_decimals == 1);
    CHECK(groups[2].key == "gruppe/innvandrerandel/4");
}

}  // namespace kt
