#include "render/number_format.h"

#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

using kt::format_date;
using kt::format_number;
using kt::format_percent;

// ICU's nb data: grouping with U+00A0 NO-BREAK SPACE, decimal comma, minus U+2212.
#define NBSP "\u00A0"
#define MINUS "\u2212"

TEST_CASE("format_number groups thousands with a no-break space", "[render][number_format]") {
    CHECK(format_number(4822, 0) == "4" NBSP "822");  // nb groups four-digit numbers too
    CHECK(format_number(999, 0) == "999");
    CHECK(format_number(11342, 0) == "11" NBSP "342");
    CHECK(format_number(1234567.891, 2) == "1" NBSP "234" NBSP "567,89");
    CHECK(format_number(0, 0) == "0");
}

TEST_CASE("format_number writes a fixed number of decimals with a comma",
          "[render][number_format]") {
    CHECK(format_number(3, 2) == "3,00");
    CHECK(format_number(0.5, 1) == "0,5");
    CHECK(format_number(4822, 1) == "4" NBSP "822,0");
}

TEST_CASE("format_number rounds half up", "[render][number_format]") {
    CHECK(format_number(3.25, 1) == "3,3");
    CHECK(format_number(2.5, 0) == "3");       // half-even would give 2
    CHECK(format_number(0.125, 2) == "0,13");  // exact in binary; half-even would give 0,12
    CHECK(format_number(2.45, 1) == "2,5");    // rounds the decimal 2.45, not 2.4499999...
    CHECK(format_number(3.24, 1) == "3,2");
}

TEST_CASE("format_number writes negatives with U+2212 and never -0", "[render][number_format]") {
    CHECK(format_number(-4822, 0) == MINUS "4" NBSP "822");
    CHECK(format_number(-1.25, 1) == MINUS "1,3");
    CHECK(format_number(-0.4, 0) == "0");
    CHECK(format_number(-0.0, 1) == "0,0");
}

TEST_CASE("format_signed writes a plus before a positive difference, none before zero",
          "[render][number_format]") {
    CHECK(kt::format_signed(2.34, 1) == "+2,3");
    CHECK(kt::format_signed(-4.0, 1) == "\u22124,0");
    CHECK(kt::format_signed(0.04, 1) == "0,0");
    CHECK(kt::format_signed(-0.04, 1) == "0,0");
    CHECK(kt::format_signed(1234, 0) == "+1\u00A0234");
}

TEST_CASE("format_percent adds a no-break space and %", "[render][number_format]") {
    CHECK(format_percent(63.4, 1) == "63,4" NBSP "%");
    CHECK(format_percent(70, 0) == "70" NBSP "%");
    CHECK(format_percent(62.55, 1) == "62,6" NBSP "%");
    CHECK(format_percent(100, 0) == "100" NBSP "%");
    CHECK(format_percent(-5, 0) == MINUS "5" NBSP "%");
}

TEST_CASE("format_date writes Norwegian dates", "[render][number_format]") {
    CHECK(format_date("2026-11-01") == "1. november 2026");
    CHECK(format_date("2020-05-17") == "17. mai 2020");
    CHECK(format_date("2019-12-31") == "31. desember 2019");
    CHECK(format_date("2024-02-29") == "29. februar 2024");
    CHECK(format_date("2000-01-01") == "1. januar 2000");
}

TEST_CASE("format_date returns anything but a valid YYYY-MM-DD unchanged",
          "[render][number_format]") {
    for (const std::string bad : {"", "2026", "2026-1-01", "2026-13-01", "2023-02-29", "2026-11-31",
                                  "2026-11-01T00:00", "01.11.2026", "2026/11/01", "2026-11-0x"}) {
        CHECK(format_date(bad) == bad);
    }
}

TEST_CASE("formatting gives the same text from several threads", "[render][number_format]") {
    std::vector<std::string> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&results, t] {
            std::string text;
            for (int i = 0; i < 200; ++i) {
                text = format_number(1234567.891, 2) + "|" + format_percent(63.4, 1) + "|" +
                       format_date("2026-11-01");
            }
            results[t] = text;
        });
    }
    for (auto& thread : threads) thread.join();
    for (const auto& r : results) {
        CHECK(r == "1" NBSP "234" NBSP "567,89|63,4" NBSP "%|1. november 2026");
    }
}
