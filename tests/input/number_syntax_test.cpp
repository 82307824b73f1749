#include "input/number_syntax.h"

#include <catch2/catch.hpp>
#include <cmath>

using kt::NumberSyntax;
using kt::parse_decimal_name;
using kt::parse_number;

namespace {

const NumberSyntax kMachine{};                   // 1234.5
const NumberSyntax kNorwegian{',', true, 0};     // 1 234,5
const NumberSyntax kDotGroups{',', false, '.'};  // 1.234,5
const NumberSyntax kEnglish{'.', false, ','};    // 1,234.5

}  // namespace

TEST_CASE("parse_number reads plain numbers", "[input][number]") {
    CHECK(parse_number("0", kMachine) == 0.0);
    CHECK(parse_number("42", kMachine) == 42.0);
    CHECK(parse_number("12345678", kMachine) == 12345678.0);
    CHECK(parse_number("3.25", kMachine) == 3.25);
    CHECK(parse_number("-3.25", kMachine) == -3.25);
    CHECK(parse_number("\xE2\x88\x92"
                       "7",
                       kMachine) == -7.0);  // U+2212 minus sign
    CHECK(parse_number("  17  ", kMachine) == 17.0);
    CHECK(parse_number("007", kMachine) == 7.0);
    // Exact conversion: 0.1 is the double nearest to one tenth.
    CHECK(parse_number("0.1", kMachine) == 0.1);
}

TEST_CASE("parse_number reads Norwegian numbers", "[input][number]") {
    CHECK(parse_number("1,5", kNorwegian) == 1.5);
    CHECK(parse_number("12 345 678", kNorwegian) == 12345678.0);
    CHECK(parse_number("1 234,5", kNorwegian) == 1234.5);
    CHECK(parse_number("-1 234,25", kNorwegian) == -1234.25);
    CHECK(parse_number("1\xC2\xA0"
                       "234",
                       kNorwegian) == 1234.0);  // no-break space
    CHECK(parse_number("1\xE2\x80\xAF"
                       "234",
                       kNorwegian) == 1234.0);  // narrow no-break space
    CHECK(parse_number("\xE2\x88\x92"
                       "4 000",
                       kNorwegian) == -4000.0);
    CHECK(parse_number("1234", kNorwegian) == 1234.0);  // grouping is optional
    CHECK(parse_number(" 999 ", kNorwegian) == 999.0);
}

TEST_CASE("parse_number reads other groupings", "[input][number]") {
    CHECK(parse_number("1.234,5", kDotGroups) == 1234.5);
    CHECK(parse_number("1.234.567", kDotGroups) == 1234567.0);
    CHECK(parse_number("1,234.5", kEnglish) == 1234.5);
    CHECK(parse_number("12,345,678", kEnglish) == 12345678.0);
}

TEST_CASE("parse_number rejects what is not a number in the declared syntax", "[input][number]") {
    SECTION("empty and words") {
        CHECK_FALSE(parse_number("", kMachine));
        CHECK_FALSE(parse_number("   ", kMachine));
        CHECK_FALSE(parse_number("Inf", kMachine));
        CHECK_FALSE(parse_number("inf", kMachine));
        CHECK_FALSE(parse_number("NaN", kMachine));
        CHECK_FALSE(parse_number("1e5", kMachine));
        CHECK_FALSE(parse_number("0x10", kMachine));
        CHECK_FALSE(parse_number(":", kNorwegian));
        CHECK_FALSE(parse_number("..", kNorwegian));
        CHECK_FALSE(parse_number("-", kNorwegian));
    }
    SECTION("the wrong decimal mark") {
        CHECK_FALSE(parse_number("1,5", kMachine));
        CHECK_FALSE(parse_number("1.5", kNorwegian));
        // ',' groups thousands here, so "1,5" is a bad group, not one and a half.
        CHECK_FALSE(parse_number("1,5", kEnglish));
        CHECK_FALSE(parse_number("1,23", kEnglish));
    }
    SECTION("groups that are not three digits") {
        CHECK_FALSE(parse_number("1 23", kNorwegian));
        CHECK_FALSE(parse_number("12 34", kNorwegian));
        CHECK_FALSE(parse_number("1 2345", kNorwegian));
        CHECK_FALSE(parse_number("1234 567", kNorwegian));  // the first group has at most three
        CHECK_FALSE(parse_number("1  234", kNorwegian));
        CHECK_FALSE(parse_number("1 234 ,5", kNorwegian));
        CHECK_FALSE(parse_number("1.23.456", kDotGroups));
    }
    SECTION("grouping that is not declared") {
        CHECK_FALSE(parse_number("1 234", kMachine));
        CHECK_FALSE(parse_number("1.234", kNorwegian));
        CHECK_FALSE(parse_number("1 234", kDotGroups));
    }
    SECTION("two kinds of separator in one number") {
        const NumberSyntax both{',', true, '.'};
        CHECK(parse_number("1 234 567", both) == 1234567.0);
        CHECK(parse_number("1.234.567", both) == 1234567.0);
        CHECK_FALSE(parse_number("1 234.567", both));
    }
    SECTION("signs and decimal parts") {
        CHECK_FALSE(parse_number("+5", kMachine));
        CHECK_FALSE(parse_number("--5", kMachine));
        CHECK_FALSE(parse_number("- 5", kMachine));
        CHECK_FALSE(parse_number("5-", kMachine));
        CHECK_FALSE(parse_number("1.", kMachine));
        CHECK_FALSE(parse_number(".5", kMachine));
        CHECK_FALSE(parse_number("1.2.3", kMachine));
        CHECK_FALSE(parse_number("1,2 345", kNorwegian));  // no grouping in the decimals
        CHECK_FALSE(parse_number("12\t", kMachine));
        CHECK_FALSE(parse_number("1 2", kMachine));
    }
}

TEST_CASE("parse_decimal_name reads the description's decimal mark", "[input][number]") {
    CHECK(parse_decimal_name(",") == ',');
    CHECK(parse_decimal_name(".") == '.');
    CHECK_FALSE(parse_decimal_name(""));
    CHECK_FALSE(parse_decimal_name("komma"));
    CHECK_FALSE(parse_decimal_name(";"));
    CHECK_FALSE(parse_decimal_name(",."));
}
