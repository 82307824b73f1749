#include "input/text_decoding.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include "input/csv_dialect.h"
#include "site_fixture.h"

using kt::decode_text;
using kt::DecodedText;
using kt::Diagnostics;
using kt::Severity;
using kt::test::check_single_error;
using kt::test::diagnostics_text;
using namespace std::string_literals;

// Input bytes are written as escapes ("K\xF8ge" is Latin-1 "Køge"); expected text is written as
// UTF-8 source characters. An escape is never followed by a hex digit ("\xE5" "de", not "\xE5de").

namespace {

const std::string kFile = "data/bosatt.csv";

std::optional<DecodedText> decode(std::string_view bytes, Diagnostics& diagnostics,
                                  std::optional<std::string> declared = std::nullopt) {
    return decode_text(bytes, declared, kFile, diagnostics);
}

// Decodes without any diagnostic and returns the text.
std::string decode_cleanly(std::string_view bytes, std::optional<std::string> declared,
                           const std::string& expected_encoding) {
    Diagnostics diagnostics;
    const auto decoded = decode(bytes, diagnostics, declared);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(decoded);
    CHECK(decoded->encoding == expected_encoding);
    return decoded->text;
}

std::optional<std::string> read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("decode_text passes UTF-8 through, with or without a byte-order mark",
          "[input][encoding]") {
    const std::string utf8 = "kommune;navn\n1804;Bodø\n3905;Tønsberg\n";
    CHECK(decode_cleanly(utf8, std::nullopt, "utf-8") == utf8);
    CHECK(decode_cleanly("\xEF\xBB\xBF" + utf8, std::nullopt, "utf-8") == utf8);
    CHECK(decode_cleanly("\xEF\xBB\xBF" + utf8, "utf-8"s, "utf-8") == utf8);
    CHECK(decode_cleanly("kode;navn\n0301;Oslo\n", std::nullopt, "utf-8") ==
          "kode;navn\n0301;Oslo\n");
    // Outside the Basic Multilingual Plane (four bytes, a surrogate pair inside ICU).
    CHECK(decode_cleanly("a;\xF0\x9F\x98\x80\n", std::nullopt, "utf-8") == "a;😀\n");
}

TEST_CASE("decode_text reads an empty file as empty text", "[input][encoding]") {
    CHECK(decode_cleanly("", std::nullopt, "utf-8").empty());
    CHECK(decode_cleanly("\xEF\xBB\xBF", std::nullopt, "utf-8").empty());
    CHECK(decode_cleanly("", "iso-8859-1"s, "iso-8859-1").empty());
    CHECK(decode_cleanly("", "windows-1252"s, "windows-1252").empty());
}

TEST_CASE("decode_text converts declared ISO-8859-1 and windows-1252", "[input][encoding]") {
    SECTION("Norwegian letters in ISO-8859-1") {
        CHECK(decode_cleanly("\xE6\xF8\xE5\xC6\xD8\xC5", "iso-8859-1"s, "iso-8859-1") == "æøåÆØÅ");
        CHECK(decode_cleanly("Enhet;\xC5r\nK\xF8ge;1\n", "latin1"s, "iso-8859-1") ==
              "Enhet;År\nKøge;1\n");
    }
    SECTION("windows-1252 has the en dash and the euro sign in 0x80-0x9F") {
        CHECK(decode_cleanly("Oslo \x96 Viken;\x80\n", "windows-1252"s, "windows-1252") ==
              "Oslo – Viken;€\n");
        CHECK(decode_cleanly("B\xE6rum;\xAB"
                             "a\xBB\n",
                             "cp1252"s, "windows-1252") == "Bærum;«a»\n");
    }
    SECTION("CRLF line ends are kept") {
        CHECK(decode_cleanly("a;b\r\nB\xE6rum;1\r\n", "iso-8859-1"s, "iso-8859-1") ==
              "a;b\r\nBærum;1\r\n");
        CHECK(decode_cleanly("a;b\r\nBod\xC3\xB8;1\r\n", std::nullopt, "utf-8") ==
              "a;b\r\nBodø;1\r\n");
    }
}

TEST_CASE("decode_text accepts common names of the encodings", "[input][encoding]") {
    CHECK(decode_cleanly("a", "UTF8"s, "utf-8") == "a");
    CHECK(decode_cleanly("a", "Utf-8"s, "utf-8") == "a");
    CHECK(decode_cleanly("a", "ISO-8859-1"s, "iso-8859-1") == "a");
    CHECK(decode_cleanly("a", "iso_8859-1"s, "iso-8859-1") == "a");
    CHECK(decode_cleanly("a", "Latin-1"s, "iso-8859-1") == "a");
    CHECK(decode_cleanly("a", "CP1252"s, "windows-1252") == "a");
    CHECK(decode_cleanly("a", "Windows-1252"s, "windows-1252") == "a");
}

TEST_CASE("decode_text rejects an unknown encoding name", "[input][encoding]") {
    Diagnostics diagnostics;
    CHECK_FALSE(decode("a", diagnostics, "ebcdic"s));
    check_single_error(diagnostics, {kFile, 0, 0}, "utf-8, iso-8859-1, windows-1252");
    CHECK_THAT(diagnostics.all().front().message, Catch::Contains("ebcdic"));
}

TEST_CASE("decode_text reports bytes that are wrong in the declared encoding",
          "[input][encoding]") {
    Diagnostics diagnostics;
    SECTION("Latin-1 declared as UTF-8: at the first bad byte") {
        CHECK_FALSE(decode("kommune\nBod\xF8\nT\xF8nsberg\n", diagnostics, "utf-8"s));
        check_single_error(diagnostics, {kFile, 2, 4}, "invalid UTF-8 byte 0xF8");
        CHECK_THAT(diagnostics.all().front().message, Catch::Contains("`encoding:`"));
    }
    SECTION("the column counts characters, not bytes") {
        // æ ø å are two bytes each in UTF-8 but one column each; 😀 is four bytes.
        CHECK_FALSE(decode("æøå;\xFF", diagnostics, "utf-8"s));
        check_single_error(diagnostics, {kFile, 1, 5}, "0xFF");
    }
    SECTION("a character outside the BMP is one column") {
        CHECK_FALSE(decode("x\n😀;\xC3(", diagnostics, "utf-8"s));
        check_single_error(diagnostics, {kFile, 2, 3}, "0xC3");
    }
    SECTION("a UTF-8 character cut off by the end of the file") {
        CHECK_FALSE(decode("ab\xC3", diagnostics, "utf-8"s));
        check_single_error(diagnostics, {kFile, 1, 3}, "incomplete UTF-8 character");
    }
    SECTION("a UTF-8 surrogate is not UTF-8") {
        CHECK_FALSE(decode("ab\xED\xA0\x80", diagnostics, "utf-8"s));
        check_single_error(diagnostics, {kFile, 1, 3}, "0xED");
    }
    SECTION("C1 controls in ISO-8859-1 suggest windows-1252") {
        CHECK_FALSE(decode("navn\nOslo \x96 Viken\n", diagnostics, "iso-8859-1"s));
        check_single_error(diagnostics, {kFile, 2, 6}, "0x96");
        CHECK_THAT(diagnostics.all().front().message, Catch::Contains("windows-1252"));
    }
    SECTION("C1 position after CRLF") {
        CHECK_FALSE(decode("a\r\nb\x85", diagnostics, "latin1"s));
        check_single_error(diagnostics, {kFile, 2, 2}, "0x85");
    }
    SECTION("bytes undefined in windows-1252") {
        for (const char byte : {'\x81', '\x8D', '\x8F', '\x90', '\x9D'}) {
            Diagnostics each;
            CHECK_FALSE(decode("navn\nab"s + byte + "c\n", each, "windows-1252"s));
            check_single_error(each, {kFile, 2, 3}, "not defined in windows-1252");
        }
    }
}

TEST_CASE("decode_text notices a UTF-8 file declared as 8-bit", "[input][encoding]") {
    Diagnostics diagnostics;
    SECTION("UTF-8 letters") {
        // Read as ISO-8859-1 this would quietly become "TÃ¸nsberg".
        CHECK_FALSE(decode("navn\nT\xC3\xB8nsberg\n", diagnostics, "iso-8859-1"s));
        check_single_error(diagnostics, {kFile, 2, 2}, "the file is UTF-8");
    }
    SECTION("a leading byte-order mark") {
        CHECK_FALSE(decode("\xEF\xBB\xBFnavn\nOslo\n", diagnostics, "windows-1252"s));
        check_single_error(diagnostics, {kFile, 1, 1}, "byte-order mark");
    }
    SECTION("pure ASCII is fine in any encoding") {
        CHECK(decode("navn\nOslo\n", diagnostics, "windows-1252"s));
        CHECK(diagnostics.all().empty());
    }
}

TEST_CASE("decode_text reports a byte-order mark in the middle", "[input][encoding]") {
    Diagnostics diagnostics;
    SECTION("two UTF-8 files with BOMs joined") {
        CHECK_FALSE(
            decode("\xEF\xBB\xBF"
                   "a;b\n1;2\n\xEF\xBB\xBF"
                   "a;b\n3;4\n",
                   diagnostics));
        check_single_error(diagnostics, {kFile, 3, 1}, "byte-order mark in the middle");
    }
    SECTION("declared UTF-8, inside a line") {
        CHECK_FALSE(
            decode("a;b\n1;\xEF\xBB\xBF"
                   "2\n",
                   diagnostics, "utf-8"s));
        check_single_error(diagnostics, {kFile, 2, 3}, "byte-order mark in the middle");
    }
    SECTION("declared 8-bit: the same three bytes") {
        CHECK_FALSE(
            decode("a\nb\xEF\xBB\xBF"
                   "c\n",
                   diagnostics, "iso-8859-1"s));
        check_single_error(diagnostics, {kFile, 2, 2}, "byte-order mark in the middle");
    }
    SECTION("undeclared Latin-1 with a UTF-8 BOM later on") {
        CHECK_FALSE(decode("navn\nB\xE6rum\n\xEF\xBB\xBFnavn\nT\xF8nsberg\n", diagnostics));
        check_single_error(diagnostics, {kFile, 3, 1}, "byte-order mark in the middle");
    }
}

TEST_CASE("decode_text reads an undeclared 8-bit file as windows-1252 with a warning",
          "[input][encoding]") {
    Diagnostics diagnostics;
    SECTION("ISO-8859-1") {
        const auto decoded =
            decode("navn;verdi\nB\xE6rum;1\nT\xF8nsberg;2\n\xC5lesund;3\n", diagnostics);
        INFO(diagnostics_text(diagnostics));
        REQUIRE(decoded);
        CHECK(decoded->text == "navn;verdi\nBærum;1\nTønsberg;2\nÅlesund;3\n");
        CHECK(decoded->encoding == "windows-1252");
        REQUIRE(diagnostics.all().size() == 1);
        const kt::Diagnostic& warning = diagnostics.all().front();
        CHECK(warning.severity == Severity::warning);
        CHECK(warning.where.line == 0);
        CHECK_THAT(warning.message, Catch::StartsWith("encoding not declared; read as windows-1252 "
                                                      "(ICU detects ISO-8859-1 with confidence "));
        CHECK_THAT(warning.message, Catch::EndsWith(" %): add `encoding: windows-1252` (or "
                                                    "iso-8859-1) to the data description"));
    }
    SECTION("windows-1252 with an en dash") {
        const auto decoded = decode(
            "kode;navn;verdi\n0301;Oslo;1\n3001;Halden;2\n4601;Bergen;3\n1103;Stavanger;4\n"
            "5001;Trondheim;5\n3401;Kongsvinger \x96 by;6\n",
            diagnostics);
        INFO(diagnostics_text(diagnostics));
        REQUIRE(decoded);
        CHECK(decoded->encoding == "windows-1252");
        CHECK_THAT(decoded->text, Catch::EndsWith("\n3401;Kongsvinger – by;6\n"));
        REQUIRE(diagnostics.all().size() == 1);
        CHECK(diagnostics.all().front().severity == Severity::warning);
        CHECK_THAT(diagnostics.all().front().message,
                   Catch::Contains("ICU detects windows-1252 with confidence"));
    }
    SECTION("non-ASCII bytes only after the first 8 KB are still found") {
        std::string bytes = "kode;navn\n";
        for (int i = 0; i < 1000; ++i) bytes += "0301;Oslo\n";  // 10 000 bytes of ASCII
        bytes += "3905;T\xF8nsberg\n1804;Bod\xF8\n3024;B\xE6rum\n1507;\xC5lesund\n";
        const auto decoded = decode(bytes, diagnostics);
        INFO(diagnostics_text(diagnostics));
        REQUIRE(decoded);
        CHECK_THAT(decoded->text,
                   Catch::EndsWith("\n3905;Tønsberg\n1804;Bodø\n3024;Bærum\n1507;Ålesund\n"));
        CHECK(diagnostics.error_count() == 0);
        CHECK(diagnostics.warning_count() == 1);
    }
}

TEST_CASE("decode_text reports mixed encodings", "[input][encoding]") {
    Diagnostics diagnostics;
    SECTION("UTF-8 first, Latin-1 later") {
        CHECK_FALSE(decode("navn\nT\xC3\xB8nsberg\nBod\xF8\n", diagnostics));
        check_single_error(diagnostics, {kFile, 3, 4}, "line 2 has UTF-8 characters");
        CHECK_THAT(diagnostics.all().front().message, Catch::Contains("0xF8"));
    }
    SECTION("Latin-1 first, UTF-8 later") {
        CHECK_FALSE(decode("navn\nBod\xF8\nT\xC3\xB8nsberg\n", diagnostics));
        check_single_error(diagnostics, {kFile, 2, 4}, "line 3 has UTF-8 characters");
    }
    SECTION("a UTF-8 byte-order mark and Latin-1 letters") {
        CHECK_FALSE(decode("\xEF\xBB\xBFnavn\nBod\xF8\n", diagnostics));
        check_single_error(diagnostics, {kFile, 2, 4}, "starts with a UTF-8 byte-order mark");
    }
}

TEST_CASE("decode_text does not guess an encoding ICU cannot tell", "[input][encoding]") {
    Diagnostics diagnostics;
    SECTION("Cyrillic windows-1251") {
        CHECK_FALSE(
            decode("\xC1\xE2\xE3\xE4\xE5 \xEF\xF0\xE8\xE2\xE5\xF2 \xEC\xE8\xF0 \xE4\xEE\xEC\n",
                   diagnostics));
        check_single_error(diagnostics, {kFile, 0, 0}, "cannot tell the encoding");
        CHECK_THAT(diagnostics.all().front().message, Catch::Contains("`encoding:`"));
    }
    SECTION("UTF-16 with its byte-order mark") {
        CHECK_FALSE(decode("\xFF\xFEK\0o\0m\0m\0u\0n\0e\0\n\0"s, diagnostics));
        check_single_error(diagnostics, {kFile, 0, 0}, "the file is UTF-16LE");
        CHECK_THAT(diagnostics.all().front().message, Catch::Contains("save it as UTF-8"));
    }
    SECTION("UTF-16 without a byte-order mark is well-formed UTF-8 full of NULs") {
        CHECK_FALSE(decode("K\0o\0m\0\n\0"s, diagnostics));
        check_single_error(diagnostics, {kFile, 1, 2}, "NUL byte");
    }
    SECTION("Greek ISO-8859-7") {
        CHECK_FALSE(
            decode("2001;\xC1\xE8\xDE\xED\xE1;\xC5\xF1\xE3\xE1\xF3\xDF\xE1;1\n"
                   "2002;\xC8\xE5\xF3\xF3\xE1\xEB\xEF\xED\xDF\xEA\xE7;1\n",
                   diagnostics));
        check_single_error(diagnostics, {kFile, 0, 0}, "cannot tell the encoding");
    }
    SECTION("too little text to judge") {
        CHECK_FALSE(decode("1;2\n3;\xB5\n", diagnostics));
        check_single_error(diagnostics, {kFile, 0, 0}, "line 2 has byte 0xB5");
    }
}

TEST_CASE("decode_text reads IMDi's real export", "[input][encoding][reference]") {
    const std::filesystem::path path =
        KOMMUNETALL_SOURCE_DIR "/../shared/reference/imdi/bosatt_anmodede.csv";
    if (!std::filesystem::exists(path)) {
        WARN("skipped: " << path << " is absent (a clone without ../shared/reference)");
        return;
    }
    const std::optional<std::string> bytes = read_file(path);
    REQUIRE(bytes);
    const std::string header = "Enhet;År;Kommunenummer;Kommune;Bosetting;Antall\n";
    const auto line_ends = std::count(bytes->begin(), bytes->end(), '\n');

    SECTION("undeclared: read as windows-1252 with a warning") {
        Diagnostics diagnostics;
        const auto decoded = decode(*bytes, diagnostics);
        INFO(diagnostics_text(diagnostics));
        REQUIRE(decoded);
        CHECK(diagnostics.error_count() == 0);
        CHECK(diagnostics.warning_count() == 1);
        CHECK(decoded->text.substr(0, header.size()) == header);
        CHECK(std::count(decoded->text.begin(), decoded->text.end(), '\n') == line_ends);
    }
    SECTION("declared ISO-8859-1: no diagnostics") {
        Diagnostics diagnostics;
        const auto decoded = decode(*bytes, diagnostics, "iso-8859-1"s);
        INFO(diagnostics_text(diagnostics));
        REQUIRE(decoded);
        CHECK(diagnostics.all().empty());
        CHECK(decoded->text.substr(0, header.size()) == header);
        CHECK(std::count(decoded->text.begin(), decoded->text.end(), '\n') == line_ends);

        Diagnostics dialect;
        CHECK(kt::detect_delimiter(decoded->text, kFile, dialect) == ';');
        CHECK(dialect.all().empty());
    }
}

TEST_CASE("decode_text reads IMDi's pivoted export", "[input][encoding][reference]") {
    const std::filesystem::path path =
        KOMMUNETALL_SOURCE_DIR "/../shared/reference/imdi/befolkning_innvandringsgrunn.csv";
    if (!std::filesystem::exists(path)) {
        WARN("skipped: " << path << " is absent (a clone without ../shared/reference)");
        return;
    }
    const std::optional<std::string> bytes = read_file(path);
    REQUIRE(bytes);
    Diagnostics diagnostics;
    const auto decoded = decode(*bytes, diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(decoded);
    CHECK(diagnostics.error_count() == 0);
    CHECK(diagnostics.warning_count() == 1);
    CHECK_THAT(decoded->text, Catch::StartsWith("Region;Navn;Innvandringsgrunn: Alle;"));
}
