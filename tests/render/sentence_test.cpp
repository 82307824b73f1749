#include "render/sentence.h"

#include <catch2/catch.hpp>

TEST_CASE("texts end as one sentence", "[render][sentence]") {
    CHECK(kt::as_sentence("IMDi") == "IMDi.");
    CHECK(kt::as_sentence("Beregnet her.") == "Beregnet her.");
    CHECK(kt::as_sentence("Hva nå? ") == "Hva nå?");
    CHECK(kt::as_sentence("") == "");
}
