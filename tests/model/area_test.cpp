#include "model/area.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

TEST_CASE("name_parts splits an official name into its languages", "[model][area]") {
    using Parts = std::vector<std::string>;
    CHECK(kt::name_parts("Vågå") == Parts{"Vågå"});
    CHECK(kt::name_parts("Guovdageaidnu - Kautokeino") == Parts{"Guovdageaidnu", "Kautokeino"});
    CHECK(kt::name_parts("Finnmark - Finnmárku - Finmarkku") ==
          Parts{"Finnmark", "Finnmárku", "Finmarkku"});
    // A hyphen inside a name is no separator; only " - " is.
    CHECK(kt::name_parts("Nord-Odal") == Parts{"Nord-Odal"});
    CHECK(kt::name_parts("Porsanger - Porsáŋgu - Porsanki") ==
          Parts{"Porsanger", "Porsáŋgu", "Porsanki"});
    CHECK(kt::name_parts("") == Parts{});
    CHECK(kt::name_parts(" - A - ") == Parts{"A"});
}
