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

}  // namespace kt
