#include "input/csv_reader.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "site_fixture.h"

using kt::CsvField;
using kt::CsvRecord;
using kt::Diagnostics;
using kt::parse_csv;
using kt::test::diagnostics_text;

namespace {

const std::string kFile = "data/test.csv";

std::vector<CsvRecord> parse(std::string_view text, Diagnostics& diagnostics,
                             char delimiter = ',') {
    return parse_csv(text, delimiter, kFile, diagnostics);
}

void check_field(const CsvField& field, const std::string& text, int line, int column) {
    INFO("field '" << field.text << "' at " << field.line << ":" << field.column);
    CHECK(field.text == text);
    CHECK(field.line == line);
    CHECK(field.column == column);
}

}  // namespace

TEST_CASE("parse_csv splits plain fields and records", "[input][csv]") {
    Diagnostics diagnostics;
    const auto records = parse("kode,navn\n3435,Sel\n", diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(records.size() == 2);
    CHECK(records[0].line == 1);
    CHECK(records[1].line == 2);
    REQUIRE(records[0].fields.size() == 2);
    REQUIRE(records[1].fields.size() == 2);
    check_field(records[0].fields[0], "kode", 1, 1);
    check_field(records[0].fields[1], "navn", 1, 6);
    check_field(records[1].fields[0], "3435", 2, 1);
    check_field(records[1].fields[1], "Sel", 2, 6);
}

TEST_CASE("parse_csv keeps a last record without a final newline and empty trailing fields",
          "[input][csv]") {
    Diagnostics diagnostics;
    const auto records = parse("a,b,\nc", diagnostics);
    CHECK(diagnostics.all().empty());
    REQUIRE(records.size() == 2);
    REQUIRE(records[0].fields.size() == 3);
    check_field(records[0].fields[2], "", 1, 5);
    REQUIRE(records[1].fields.size() == 1);
    check_field(records[1].fields[0], "c", 2, 1);
}

TEST_CASE("parse_csv reads quoted fields and keeps positions after them", "[input][csv]") {
    // Line 1: a delimiter inside quotes. Line 2: doubled quotes ("say ""hi""" is 12
    // characters). Lines 3-4: a newline inside quotes; "f" is on line 4 after `line2",`.
    const std::string text =
        "a,\"b,c\",d\n"
        "\"say \"\"hi\"\"\",e\n"
        "\"line1\nline2\",f\n"
        "g,h\n";
    Diagnostics diagnostics;
    const auto records = parse(text, diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(records.size() == 4);

    REQUIRE(records[0].fields.size() == 3);
    check_field(records[0].fields[0], "a", 1, 1);
    check_field(records[0].fields[1], "b,c", 1, 3);
    check_field(records[0].fields[2], "d", 1, 9);

    REQUIRE(records[1].fields.size() == 2);
    check_field(records[1].fields[0], "say \"hi\"", 2, 1);
    check_field(records[1].fields[1], "e", 2, 14);

    REQUIRE(records[2].fields.size() == 2);
    CHECK(records[2].line == 3);
    check_field(records[2].fields[0], "line1\nline2", 3, 1);
    check_field(records[2].fields[1], "f", 4, 8);

    REQUIRE(records[3].fields.size() == 2);
    CHECK(records[3].line == 5);
    check_field(records[3].fields[0], "g", 5, 1);
    check_field(records[3].fields[1], "h", 5, 3);
}

TEST_CASE("parse_csv reads an empty quoted field and a quoted field of one quote", "[input][csv]") {
    Diagnostics diagnostics;
    const auto records = parse("\"\",\"\"\"\",x\n", diagnostics);
    CHECK(diagnostics.all().empty());
    REQUIRE(records.size() == 1);
    REQUIRE(records[0].fields.size() == 3);
    check_field(records[0].fields[0], "", 1, 1);
    check_field(records[0].fields[1], "\"", 1, 4);
    check_field(records[0].fields[2], "x", 1, 9);
}

TEST_CASE("parse_csv treats CRLF like LF", "[input][csv]") {
    Diagnostics diagnostics;
    const auto records = parse("a,b\r\nc,d\r\n", diagnostics);
    CHECK(diagnostics.all().empty());
    REQUIRE(records.size() == 2);
    REQUIRE(records[0].fields.size() == 2);
    REQUIRE(records[1].fields.size() == 2);
    check_field(records[0].fields[1], "b", 1, 3);
    check_field(records[1].fields[0], "c", 2, 1);
    check_field(records[1].fields[1], "d", 2, 3);
}

TEST_CASE("parse_csv counts a CRLF inside quotes as one line break", "[input][csv]") {
    Diagnostics diagnostics;
    const auto records = parse("\"x\r\ny\",z\r\nw\r\n", diagnostics);
    CHECK(diagnostics.all().empty());
    REQUIRE(records.size() == 2);
    REQUIRE(records[0].fields.size() == 2);
    check_field(records[0].fields[1], "z", 2, 4);
    REQUIRE(records[1].fields.size() == 1);
    check_field(records[1].fields[0], "w", 3, 1);
}

TEST_CASE("parse_csv skips a leading byte-order mark and counts columns from 1", "[input][csv]") {
    Diagnostics diagnostics;
    const auto records = parse("\xEF\xBB\xBFkode,navn\n", diagnostics);
    CHECK(diagnostics.all().empty());
    REQUIRE(records.size() == 1);
    REQUIRE(records[0].fields.size() == 2);
    check_field(records[0].fields[0], "kode", 1, 1);
    check_field(records[0].fields[1], "navn", 1, 6);
}

TEST_CASE("parse_csv skips blank lines but keeps counting them", "[input][csv]") {
    // Lines: 1 "a,b", 2 "", 3 "c,d", 4 "" (CRLF), 5 "", 6 "e,f".
    Diagnostics diagnostics;
    const auto records = parse("a,b\n\nc,d\n\r\n\ne,f", diagnostics);
    CHECK(diagnostics.all().empty());
    REQUIRE(records.size() == 3);
    CHECK(records[0].line == 1);
    CHECK(records[1].line == 3);
    CHECK(records[2].line == 6);
    REQUIRE(records[2].fields.size() == 2);
    check_field(records[2].fields[1], "f", 6, 3);
}

TEST_CASE("parse_csv gives no records for empty input", "[input][csv]") {
    Diagnostics diagnostics;
    CHECK(parse("", diagnostics).empty());
    CHECK(parse("\xEF\xBB\xBF", diagnostics).empty());
    CHECK(parse("\n\n", diagnostics).empty());
    CHECK(diagnostics.all().empty());
}

TEST_CASE("parse_csv reports an unclosed quote at the opening quote", "[input][csv]") {
    Diagnostics diagnostics;
    parse("a,b\nc,\"open,d\ne,f\n", diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    const kt::Diagnostic& d = diagnostics.all().front();
    CHECK(d.where.file == kFile);
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 3);
    CHECK_THAT(d.message, Catch::Contains("never closed"));
}

TEST_CASE("parse_csv reports text after a closing quote", "[input][csv]") {
    Diagnostics diagnostics;
    parse("x,y,z\na,\"b\"c,d\n", diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    const kt::Diagnostic& d = diagnostics.all().front();
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 6);  // the 'c' right after `a,"b"`
    CHECK_THAT(d.message, Catch::Contains("after a closing quote"));
}

TEST_CASE("parse_csv reports ISO-8859-1 text once, at the first bad byte", "[input][csv]") {
    // "Vågå" and "Ål" in ISO-8859-1: 0xE5 is 'å', 0xC5 is 'Å'.
    Diagnostics diagnostics;
    parse("navn,kode\nV\xE5g\xE5,3435\n\xC5l,3\n", diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    const kt::Diagnostic& d = diagnostics.all().front();
    CHECK(d.where.file == kFile);
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 2);
    CHECK_THAT(d.message, Catch::Contains("UTF-8"));
    CHECK_THAT(d.message, Catch::Contains("ISO-8859-1"));
}

TEST_CASE("parse_csv reports invalid UTF-8 inside a quoted field at its position", "[input][csv]") {
    Diagnostics diagnostics;
    parse("a,\"b\n\xF8x\"\n", diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all().front().where.line == 2);
    CHECK(diagnostics.all().front().where.column == 1);
}

TEST_CASE("parse_csv rejects overlong, surrogate and out-of-range UTF-8",
          "[input][csv]") {
    // Each is malformed under RFC 3629 although its lead and continuation bytes look right:
    // C0 AF is an overlong '/', ED A0 80 is the surrogate U+D800, F5 80 80 80 is above U+10FFFF.
    for (const std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF5\x80\x80\x80"}) {
        Diagnostics diagnostics;
        parse("a," + bad + "\n", diagnostics);
        INFO("bytes of length " << bad.size());
        CHECK(diagnostics.error_count() == 1);
    }
}

TEST_CASE("parse_csv counts columns in characters, not bytes", "[input][csv]") {
    Diagnostics diagnostics;
    const auto records = parse("Vågå,3435,Ørsta\n", diagnostics);
    CHECK(diagnostics.all().empty());
    REQUIRE(records.size() == 1);
    REQUIRE(records[0].fields.size() == 3);
    check_field(records[0].fields[0], "Vågå", 1, 1);
    check_field(records[0].fields[1], "3435", 1, 6);
    check_field(records[0].fields[2], "Ørsta", 1, 11);
}

TEST_CASE("parse_csv splits on a semicolon when asked", "[input][csv]") {
    Diagnostics diagnostics;
    const auto records = parse("a;b,c;\"d;e\"\n", diagnostics, ';');
    CHECK(diagnostics.all().empty());
    REQUIRE(records.size() == 1);
    REQUIRE(records[0].fields.size() == 3);
    check_field(records[0].fields[0], "a", 1, 1);
    check_field(records[0].fields[1], "b,c", 1, 3);
    check_field(records[0].fields[2], "d;e", 1, 7);
}
