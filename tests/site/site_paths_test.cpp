#include "site/site_paths.h"

#include <catch2/catch.hpp>

TEST_CASE("pages live in folders named by code and slug", "[site][paths]") {
    kt::Area vaga{"3435", "Vågå", kt::AreaKind::municipality, "34", {}, "", ""};
    kt::Area innlandet{"34", "Innlandet", kt::AreaKind::county, "0", {}, "", ""};
    kt::Area norge{"0", "Norge", kt::AreaKind::country, "", {}, "", ""};
    kt::Area gamle_oslo{"030101", "Gamle Oslo", kt::AreaKind::district, "0301", {}, "", ""};
    CHECK(kt::area_dir(vaga) == "kommune/3435-vaga/");
    CHECK(kt::area_dir(innlandet) == "fylke/34-innlandet/");
    CHECK(kt::area_dir(norge) == "landet/");
    CHECK(kt::area_dir(gamle_oslo) == "bydel/030101-gamle-oslo/");
    CHECK(kt::indicator_dir("bosatte") == "indikator/bosatte/");
    CHECK(kt::family_dir("bosetting") == "tema/bosetting/");
    CHECK(kt::content_dir("om.md") == "om/");
    CHECK(kt::content_dir("veiledning/kilder.md") == "veiledning/kilder/");
    CHECK(kt::content_dir("_index.md") == "");
}

TEST_CASE("links are relative to the page's folder and name index.html", "[site][paths]") {
    CHECK(kt::root_prefix("") == "");
    CHECK(kt::root_prefix("om/") == "../");
    CHECK(kt::root_prefix("kommune/3435-vaga/") == "../../");
    CHECK(kt::page_link("", "kommune/3435-vaga/") == "kommune/3435-vaga/index.html");
    CHECK(kt::page_link("kommune/3435-vaga/", "fylke/34-innlandet/") ==
          "../../fylke/34-innlandet/index.html");
    CHECK(kt::page_link("kommune/3435-vaga/", "") == "../../index.html");
    CHECK(kt::file_link("indikator/bosatte/", "assets/style.css") == "../../assets/style.css");
}
