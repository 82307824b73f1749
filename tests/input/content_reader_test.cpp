#include "input/content_reader.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "site_fixture.h"

using kt::ContentPage;
using kt::Diagnostics;
using kt::parse_content_page;
using kt::test::check_single_error;
using kt::test::diagnostics_text;
using kt::test::TempSite;

TEST_CASE("parse_content_page splits front matter from the body", "[input][content]") {
    const std::string text =
        "---\n"                         // 1
        "title: Om kommunetall\n"       // 2
        "description: Kort om sida.\n"  // 3
        "weight: 2\n"                   // 4
        "kommune: \"0301\"\n"           // 5
        "beregninger: true\n"           // 6
        "---\n"                         // 7
        "# Om\n"                        // 8
        "\n"                            // 9
        "Tekst.\n";                     // 10
    Diagnostics diagnostics;
    const auto page = parse_content_page("content/om.md", text, diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(page.has_value());
    CHECK(page->path == "content/om.md");
    CHECK(page->title == "Om kommunetall");
    CHECK(page->description == "Kort om sida.");
    // Every other key is kept as the text it was written as, leading zeros included.
    const std::map<std::string, std::string> params{
        {"weight", "2"}, {"kommune", "0301"}, {"beregninger", "true"}};
    CHECK(page->params == params);
    CHECK(page->markdown == "# Om\n\nTekst.\n");
    CHECK(page->body_line == 8);
    CHECK(page->where.file == "content/om.md");
}

TEST_CASE("parse_content_page reports a key no page kind has", "[input][content]") {
    Diagnostics diagnostics;
    const auto page = parse_content_page(
        "content/om.md", "---\ntitle: Om\nberegningar: true\nslug: om\n---\nTekst.\n", diagnostics);
    REQUIRE(diagnostics.all().size() == 2);
    CHECK(format_diagnostic(diagnostics.all()[0]) ==
          "content/om.md:3:1: error: unknown key 'beregningar' (known: title, description, "
          "weight, område, kommune, tema, beregninger)");
    CHECK(diagnostics.all()[1].where.line == 4);
}

TEST_CASE("parse_content_page accepts an empty body after the closing line", "[input][content]") {
    Diagnostics diagnostics;
    const auto page = parse_content_page("content/a.md", "---\ntitle: A\n---", diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(page.has_value());
    CHECK(page->title == "A");
    CHECK(page->markdown.empty());
    CHECK(page->params.empty());
}

TEST_CASE("parse_content_page reports a missing front matter", "[input][content]") {
    Diagnostics diagnostics;
    const auto page = parse_content_page("content/om.md", "# Om\n\ntitle: Om\n", diagnostics);
    CHECK_FALSE(page.has_value());
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    const kt::Diagnostic& d = diagnostics.all().front();
    CHECK(d.where.file == "content/om.md");
    CHECK(d.where.line == 1);
    CHECK_THAT(d.message, Catch::Contains("front matter"));
}

TEST_CASE("parse_content_page reports a front matter that is never closed", "[input][content]") {
    Diagnostics diagnostics;
    const auto page =
        parse_content_page("content/om.md", "---\ntitle: Om\n# Om\n\n----\nTekst.\n", diagnostics);
    CHECK_FALSE(page.has_value());
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    const kt::Diagnostic& d = diagnostics.all().front();
    CHECK(d.where.file == "content/om.md");
    CHECK(d.where.line == 1);
    CHECK_THAT(d.message, Catch::Contains("never closed"));
}

TEST_CASE("parse_content_page reports YAML errors at the line of the file", "[input][content]") {
    // The YAML starts on line 2 of the file, so its third line is line 4. '@' is reserved in
    // YAML and cannot start a key.
    const std::string text =
        "---\n"             // 1
        "title: Om\n"       // 2
        "description: x\n"  // 3
        "@oops: y\n"        // 4
        "---\n"             // 5
        "Tekst.\n";         // 6
    Diagnostics diagnostics;
    const auto page = parse_content_page("content/om.md", text, diagnostics);
    CHECK_FALSE(page.has_value());
    check_single_error(diagnostics, {"content/om.md", 4, 1}, "YAML");
}

TEST_CASE("parse_content_page reports a key error at the line of the file", "[input][content]") {
    const std::string text =
        "---\n"        // 1
        "title: Om\n"  // 2
        "kommune:\n"   // 3
        "  - 3435\n"   // 4: a list where one value belongs
        "---\n"
        "Tekst.\n";
    Diagnostics diagnostics;
    parse_content_page("content/om.md", text, diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    const kt::Diagnostic& d = diagnostics.all().front();
    CHECK(d.where.line == 4);
    CHECK_THAT(d.message, Catch::Contains("'kommune'"));
}

TEST_CASE("parse_content_page requires a title", "[input][content]") {
    Diagnostics diagnostics;
    parse_content_page("content/om.md", "---\ndescription: x\n---\nTekst.\n", diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all().front().where.line == 2);
    CHECK_THAT(diagnostics.all().front().message, Catch::Contains("'title'"));
}

TEST_CASE("parse_content_page skips a byte-order mark before the front matter",
          "[input][content]") {
    Diagnostics diagnostics;
    const auto page = parse_content_page("content/om.md",
                                         "\xEF\xBB\xBF---\ntitle: Om\n---\nTekst.\n", diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(page.has_value());
    CHECK(page->title == "Om");
    CHECK(page->markdown == "Tekst.\n");
    CHECK(page->body_line == 4);
}

TEST_CASE("parse_content_page reads CRLF line ends", "[input][content]") {
    Diagnostics diagnostics;
    const auto page = parse_content_page(
        "content/om.md", "---\r\ntitle: Om\r\nkommune: \"3435\"\r\n---\r\nTekst.\r\n", diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(page.has_value());
    CHECK(page->title == "Om");
    CHECK(page->params.at("kommune") == "3435");
    CHECK(page->body_line == 5);
    CHECK(page->markdown == "Tekst.\r\n");
}

TEST_CASE("read_content reads every Markdown file under content/ in byte order",
          "[input][content]") {
    TempSite site;
    site.write("content/om.md", "---\ntitle: Om\n---\nOm.\n");
    site.write("content/kommune/3435-vaga.md", "---\ntitle: Vågå\nkommune: \"3435\"\n---\n");
    site.write("content/bilde.png", "not markdown");
    site.write("content/feil.md", "Ingen front matter.\n");
    Diagnostics diagnostics;
    const std::vector<ContentPage> pages = read_content(site.root(), diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all().front().where.file == "content/feil.md");
    REQUIRE(pages.size() == 2);
    // Paths are relative to content/; "kommune/..." sorts before "om.md".
    CHECK(pages[0].path == "kommune/3435-vaga.md");
    CHECK(pages[0].title == "Vågå");
    CHECK(pages[0].params.at("kommune") == "3435");
    CHECK(pages[0].where.file == "content/kommune/3435-vaga.md");
    CHECK(pages[1].path == "om.md");
}

TEST_CASE("parse_content_page reports a front-matter key that is not text instead of throwing",
          "[input][content]") {
    // YAML allows a flow sequence as a key; the reader converts every key with
    // as<std::string>(), which throws YAML::TypedBadConversion for it.
    Diagnostics diagnostics;
    CHECK_NOTHROW(
        parse_content_page("content/om.md", "---\ntitle: Om\n[a, b]: c\n---\n", diagnostics));
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.error_count() >= 1);
}
