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

TEST_CASE("escape_html replaces what XML cannot hold", "[render][html_escape]") {
    CHECK(kt::escape_html("a\x01" "b\tc") == "a\uFFFD" "b\tc");
    CHECK(kt::escape_html("V\xEF\xBF\xBEg\xEF\xBF\xBF") == "V\uFFFDg\uFFFD");
    CHECK(kt::escape_html("\xEF\xBF\xBD \xEF\xBC\xA1") == "\xEF\xBF\xBD \xEF\xBC\xA1");  // U+FFFD, U+FF21 stay
}
