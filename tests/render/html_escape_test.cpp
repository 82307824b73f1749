#include "render/html_escape.h"

#include <catch2/catch.hpp>

using kt::escape_html;

TEST_CASE("escape_html escapes the five special characters", "[render][html_escape]") {
    CHECK(escape_html("&") == "&amp;");
    CHECK(escape_html("<") == "&lt;");
    CHECK(escape_html(">") == "&gt;");
    CHECK(escape_html("\"") == "&quot;");
    CHECK(escape_html("'") == "&#39;");
    CHECK(escape_html("<a href=\"x\">Tom & Jerry's</a>") ==
          "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
}

TEST_CASE("escape_html leaves other text alone", "[render][html_escape]") {
    CHECK(escape_html("") == "");
    CHECK(escape_html("Vågå, Bærum og Hamarøy: 63,4\u00A0%") ==
          "Vågå, Bærum og Hamarøy: 63,4\u00A0%");
    CHECK(escape_html("&amp;") == "&amp;amp;");  // escapes again: input is text, not HTML
}
