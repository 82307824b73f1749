#include "input/csv_dialect.h"

#include <catch2/catch.hpp>
#include <string>

#include "site_fixture.h"

using kt::detect_delimiter;
using kt::Diagnostics;
using kt::parse_delimiter_name;
using kt::test::check_single_error;
using kt::test::diagnostics_text;

namespace {

const std::string kFile = "data/bosatt.csv";

std::optional<char> detect(std::string_view text, Diagnostics& diagnostics) {
    return detect_delimiter(text, kFile, diagnostics);
}

// Detects without any diagnostic.
std::optional<char> detect_cleanly(std::string_view text) {
    Diagnostics diagnostics;
    const auto delimiter = detect(text, diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    return delimiter;
}

}  // namespace

TEST_CASE("detect_delimiter picks the most frequent delimiter of the header", "[input][csv]") {
    CHECK(detect_cleanly("Enhet;År;Kommunenummer;Kommune;Bosetting;Antall\n") == ';');
    CHECK(detect_cleanly("kode,navn,verdi\n0301,Oslo,1\n") == ',');
    CHECK(detect_cleanly("kode\tnavn\tverdi\r\n0301\tOslo\t1\r\n") == '\t');
    // The header decides, not the decimal commas in the rows below it.
    CHECK(detect_cleanly("kode;navn;andel\n0301;Oslo;1,5,2,3,4\n") == ';');
    // A comma inside a column name loses to three semicolons.
    CHECK(detect_cleanly("kode;navn;antall, personer;andel\n") == ';');
    // A one-line file without a line end.
    CHECK(detect_cleanly("a,b") == ',');
}

TEST_CASE("detect_delimiter ignores delimiters inside quotes", "[input][csv]") {
    CHECK(detect_cleanly("\"Kommune, navn\";\"Antall, personer\";verdi\n") == ';');
    // A quoted header field running over two lines: ',' on the second line still counts.
    CHECK(detect_cleanly("\"a;b;c\nd\",e,f\n") == ',');
    // Doubled quotes inside a quoted field.
    CHECK(detect_cleanly("\"a \"\"x;y;z\"\" b\",c\n") == ',');
}

TEST_CASE("detect_delimiter skips a byte-order mark and blank lines", "[input][csv]") {
    CHECK(detect_cleanly("\xEF\xBB\xBFkode;navn\n") == ';');
    CHECK(detect_cleanly("\n\r\nkode,navn\n") == ',');
}

TEST_CASE("detect_delimiter reports a header it cannot judge", "[input][csv]") {
    Diagnostics diagnostics;
    SECTION("no delimiter at all") {
        CHECK_FALSE(detect("kommunenummer\n0301\n", diagnostics));
        check_single_error(diagnostics, {kFile, 1, 0}, "cannot tell the delimiter");
        CHECK_THAT(diagnostics.all().front().message,
                   Catch::Contains("set `delimiter:` in the data description"));
    }
    SECTION("an empty file") {
        CHECK_FALSE(detect("", diagnostics));
        check_single_error(diagnostics, {kFile, 1, 0}, "cannot tell the delimiter");
    }
    SECTION("a tie") {
        CHECK_FALSE(detect("a;b,c\n", diagnostics));
        check_single_error(diagnostics, {kFile, 1, 0}, "1 `;` and 1 `,`");
    }
    SECTION("the line reported is the header after blank lines") {
        CHECK_FALSE(detect("\n\na,b,c\td\tx\n", diagnostics));
        check_single_error(diagnostics, {kFile, 3, 0}, "2 `,` and 2 tab");
    }
    SECTION("delimiters only inside quotes") {
        CHECK_FALSE(detect("\"a;b\"\n", diagnostics));
        check_single_error(diagnostics, {kFile, 1, 0}, "cannot tell the delimiter");
    }
}

TEST_CASE("parse_delimiter_name reads the description's delimiter", "[input][csv]") {
    CHECK(parse_delimiter_name(";") == ';');
    CHECK(parse_delimiter_name(",") == ',');
    CHECK(parse_delimiter_name("tab") == '\t');
    CHECK(parse_delimiter_name("TAB") == '\t');
    CHECK(parse_delimiter_name("\t") == '\t');
    CHECK(parse_delimiter_name("\\t") == '\t');
    CHECK_FALSE(parse_delimiter_name(""));
    CHECK_FALSE(parse_delimiter_name("|"));
    CHECK_FALSE(parse_delimiter_name(";;"));
    CHECK_FALSE(parse_delimiter_name("semikolon"));
    CHECK_FALSE(parse_delimiter_name(" ;"));
}
