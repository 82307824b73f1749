#include "render/markdown.h"

#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

using Catch::Matchers::Contains;
using kt::markdown_to_html;

TEST_CASE("markdown_to_html renders paragraphs and Norwegian letters", "[render][markdown]") {
    CHECK(markdown_to_html("Bosatte i **Vågå** og Bærum, ØÆÅ.") ==
          "<p>Bosatte i <strong>Vågå</strong> og Bærum, ØÆÅ.</p>\n");
    CHECK(markdown_to_html("") == "");
}

TEST_CASE("markdown_to_html renders links", "[render][markdown]") {
    CHECK(markdown_to_html("Kilde: [IMDi](https://www.imdi.no/tall)") ==
          "<p>Kilde: <a href=\"https://www.imdi.no/tall\">IMDi</a></p>\n");
}

TEST_CASE("markdown_to_html renders GFM tables", "[render][markdown]") {
    const std::string html = markdown_to_html(
        "| År | Bosatte |\n"
        "|----|--------:|\n"
        "| 2019 | 4 822 |\n");
    CHECK(html ==
          "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Tabell\">"
          "<table>\n<thead>\n<tr>\n<th>År</th>\n<th align=\"right\">Bosatte</th>\n</tr>\n"
          "</thead>\n<tbody>\n<tr>\n<td>2019</td>\n<td align=\"right\">4 822</td>\n</tr>\n"
          "</tbody>\n</table></div>\n");
}

TEST_CASE("markdown_to_html renders strikethrough, autolinks and task lists",
          "[render][markdown]") {
    CHECK(markdown_to_html("~~gammel~~ ny") == "<p><del>gammel</del> ny</p>\n");
    CHECK(markdown_to_html("Se www.ssb.no") ==
          "<p>Se <a href=\"http://www.ssb.no\">www.ssb.no</a></p>\n");
    CHECK_THAT(markdown_to_html("- [x] ferdig\n- [ ] ikke ferdig\n"),
               Contains("type=\"checkbox\""));
}

TEST_CASE("markdown_to_html renders footnotes", "[render][markdown]") {
    const std::string html = markdown_to_html("Tallet[^1].\n\n[^1]: SSB, tabell 1.\n");
    CHECK_THAT(html, Contains("class=\"footnotes\""));
    CHECK_THAT(html, Contains("SSB, tabell 1."));
}

TEST_CASE("markdown_to_html drops raw HTML", "[render][markdown]") {
    const std::string block = markdown_to_html("<script>alert(1)</script>\n\nTekst");
    CHECK_THAT(block, !Contains("<script"));
    CHECK_THAT(block, Contains("<p>Tekst</p>"));
    const std::string inline_html = markdown_to_html("a <script>alert(1)</script> b");
    CHECK_THAT(inline_html, !Contains("<script"));
    CHECK_THAT(markdown_to_html("[x](javascript:alert(1))"), !Contains("javascript:"));
}

TEST_CASE("markdown_to_html does not use smart punctuation", "[render][markdown]") {
    CHECK(markdown_to_html("\"sitat\" -- og...") == "<p>&quot;sitat&quot; -- og...</p>\n");
}

TEST_CASE("markdown_to_html gives the same output from several threads", "[render][markdown]") {
    const std::string input =
        "~~a~~ and www.imdi.no\n\n| a | b |\n|---|---|\n| ~~c~~ | d |\n\n- [x] e\n";
    const std::string expected = markdown_to_html(input);
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < mismatches.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 200; ++i) {
                if (markdown_to_html(input) != expected) ++mismatches[t];
            }
        });
    }
    for (auto& thread : threads) thread.join();
    for (const int m : mismatches) CHECK(m == 0);
    CHECK_THAT(expected, Contains("<del>c</del>"));
}

TEST_CASE("links from the site root become relative links to index.html", "[render][markdown]") {
    const std::string html = kt::markdown_to_html(
        "[m](/metode/) [k](/kommune/3435-vaga/#bosatte) [e](https://ssb.no/) "
        "[r](om/) ![b](/assets/kart.png)",
        "../../");
    CHECK(html.find("href=\"../../metode/index.html\"") != std::string::npos);
    CHECK(html.find("href=\"../../kommune/3435-vaga/index.html#bosatte\"") != std::string::npos);
    CHECK(html.find("href=\"https://ssb.no/\"") != std::string::npos);
    CHECK(html.find("href=\"om/\"") != std::string::npos);
    CHECK(html.find("src=\"../../assets/kart.png\"") != std::string::npos);
    CHECK(kt::markdown_to_html("[f](/)", "").find("href=\"index.html\"") != std::string::npos);
}
