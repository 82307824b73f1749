#include "site/page_notes.h"

#include <catch2/catch.hpp>

using kt::gather_notes;

TEST_CASE("each note is written once per page and every cell with it links to it",
          "[site][notes]") {
    nlohmann::json page = {
        {"key", {{"cell", {{"text", ":"}, {"status", "suppressed"}, {"note", "Skjult."}}}}},
        {"rows",
         {{{"cells",
            {{{"text", "58 %*"}, {"status", ""}, {"note", "Summen mangler 1."}},
             {{"text", "12"}, {"status", ""}, {"note", ""}},
             {{"text", ":"}, {"status", "suppressed"}, {"note", "Skjult."}}}}}}},
        // Not a cell: a note without a status is the page's own text.
        {"ranking", {{"note", "Rangeringen …"}}},
    };
    gather_notes(page);
    REQUIRE(page["has_notes"] == true);
    REQUIRE(page["notes"].size() == 2);
    CHECK(page["notes"][0] == nlohmann::json{{"id", "merknad-1"}, {"text", "Skjult."}});
    CHECK(page["notes"][1] ==
          nlohmann::json{{"id", "merknad-2"}, {"text", "Summen mangler 1."}});
    const nlohmann::json& cells = page["rows"][0]["cells"];
    CHECK(page["key"]["cell"]["note_id"] == "merknad-1");
    CHECK(cells[0]["note_id"] == "merknad-2");
    CHECK_FALSE(cells[1].contains("note_id"));
    CHECK(cells[2]["note_id"] == "merknad-1");
    CHECK(cells[2]["note_number"] == "1");  // shown beside the figure, as the list numbers it
    CHECK_FALSE(page["ranking"].contains("note_id"));
}

TEST_CASE("a page without notes says so", "[site][notes]") {
    nlohmann::json page = {{"cell", {{"text", "12"}, {"status", ""}, {"note", ""}}}};
    gather_notes(page);
    CHECK(page["has_notes"] == false);
    CHECK(page["notes"].empty());
}

TEST_CASE("notes are listed with their numbers in numeric order", "[site][notes]") {
    nlohmann::json page = nlohmann::json::array();
    for (const char* note : {"Mangler 11 av 56.", "Mangler 2 av 351.", "Mangler 1 av 46."})
        page.push_back({{"text", "1*"}, {"status", ""}, {"note", note}});
    nlohmann::json whole = {{"cells", page}};
    gather_notes(whole);
    std::vector<std::string> texts;
    for (const auto& note : whole["notes"]) texts.push_back(note["text"]);
    CHECK(texts == std::vector<std::string>{"Mangler 1 av 46.", "Mangler 2 av 351.",
                                            "Mangler 11 av 56."});
}
