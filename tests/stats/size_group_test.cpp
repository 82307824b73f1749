#include "stats/size_group.h"

#include <catch2/catch.hpp>

namespace kt {

TEST_CASE("size group boundaries", "[stats][size_group]") {
    CHECK(size_group(0).index == 1);
    CHECK(size_group(1999).index == 1);
    CHECK(size_group(2000).index == 2);
    CHECK(size_group(4999).index == 2);
    CHECK(size_group(5000).index == 3);
    CHECK(size_group(9999).index == 3);
    CHECK(size_group(10000).index == 4);
    CHECK(size_group(19999).index == 4);
    CHECK(size_group(20000).index == 5);
    CHECK(size_group(49999).index == 5);
    CHECK(size_group(50000).index == 6);
    CHECK(size_group(709037).index == 6);  // Oslo
    CHECK(size_group(-1).index == 1);
}

TEST_CASE("size group labels", "[stats][size_group]") {
    // U+00A0 is C2 A0 in UTF-8, U+2013 (en dash) is E2 80 93.
    CHECK(size_group(1999).label ==
          "Under 2\xC2\xA0"
          "000 innbyggere");
    CHECK(size_group(2000).label ==
          "2\xC2\xA0"
          "000\xE2\x80\x93"
          "4\xC2\xA0"
          "999 innbyggere");
    CHECK(size_group(49999).label ==
          "20\xC2\xA0"
          "000\xE2\x80\x93"
          "49\xC2\xA0"
          "999 innbyggere");
    CHECK(size_group(50000).label ==
          "50\xC2\xA0"
          "000 innbyggere og over");
}

TEST_CASE("all size groups in order", "[stats][size_group]") {
    const auto groups = all_size_groups();
    REQUIRE(groups.size() == 6);
    for (int i = 0; i < 6; ++i) CHECK(groups[i].index == i + 1);
    CHECK(groups[2].label ==
          "5\xC2\xA0"
          "000\xE2\x80\x93"
          "9\xC2\xA0"
          "999 innbyggere");
    CHECK(groups[3].label ==
          "10\xC2\xA0"
          "000\xE2\x80\x93"
          "19\xC2\xA0"
          "999 innbyggere");
}

}  // namespace kt
