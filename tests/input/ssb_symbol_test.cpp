#include "input/ssb_symbol.h"

#include <catch2/catch.hpp>
#include <string>

using kt::parse_plain_number;
using kt::parse_ssb_symbol;
using kt::ValueStatus;

TEST_CASE("parse_ssb_symbol maps each of SSB's five symbols to its own state",
          "[input][ssb_symbol]") {
    CHECK(parse_ssb_symbol(":") == ValueStatus::suppressed);
    CHECK(parse_ssb_symbol(".") == ValueStatus::not_applicable);
    CHECK(parse_ssb_symbol("..") == ValueStatus::not_available);
    CHECK(parse_ssb_symbol("...") == ValueStatus::not_yet_available);
    CHECK(parse_ssb_symbol("-") == ValueStatus::nil);
}

TEST_CASE("parse_ssb_symbol rejects anything that is not exactly a symbol", "[input][ssb_symbol]") {
    for (const std::string text : {"....", " :", ": ", "", "x", "0", "--", "::"}) {
        INFO("'" << text << "'");
        CHECK_FALSE(parse_ssb_symbol(text).has_value());
    }
}

TEST_CASE("parse_plain_number reads machine-format numbers", "[input][ssb_symbol]") {
    CHECK(parse_plain_number("12") == 12.0);
    CHECK(parse_plain_number("-3") == -3.0);
    CHECK(parse_plain_number("4.5") == 4.5);
    CHECK(parse_plain_number("+7") == 7.0);
    CHECK(parse_plain_number("0") == 0.0);
    CHECK(parse_plain_number("4822") == 4822.0);
}

TEST_CASE("parse_plain_number rejects formatted, exponent and special values",
          "[input][ssb_symbol]") {
    for (const std::string text : {"", "1 000", "3,5", "1e5", "nan", "inf", ".", "-", "+", "12a",
                                   " 12", "12 ", "1.2.3", "--3", "+-3", "0x10"}) {
        INFO("'" << text << "'");
        CHECK_FALSE(parse_plain_number(text).has_value());
    }
}
