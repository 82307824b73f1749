#include "render/xlsx_writer.h"

#include <catch2/catch.hpp>

namespace {

kt::Workbook workbook(std::string sheet_name) {
    kt::DownloadTable table{{{"område", "verdi"}, {"Vågå", "63.40"}, {"=1+1", ""}}, {false, true}};
    return {"Vågå", "IMDi", 1700000000, {{std::move(sheet_name), table}}};
}

}  // namespace

TEST_CASE("a workbook is a zip file, and the same workbook gives the same bytes",
          "[render][xlsx]") {
    std::string error;
    const auto first = kt::xlsx_bytes(workbook("Tall"), error);
    const auto second = kt::xlsx_bytes(workbook("Tall"), error);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->rfind("PK\x03\x04", 0) == 0);
    CHECK(*first == *second);
    CHECK(error.empty());
}

TEST_CASE("a sheet name Excel refuses is an error, not a crash", "[render][xlsx]") {
    std::string error;
    CHECK_FALSE(kt::xlsx_bytes(workbook("Tall: 2023/2024"), error));
    CHECK_THAT(error, Catch::Contains("Tall: 2023/2024"));
    CHECK_FALSE(kt::xlsx_bytes(workbook(std::string(40, 'x')), error));
}

TEST_CASE("a text longer than an Excel cell holds is cut, not lost", "[render][xlsx]") {
    std::string long_text;
    for (int i = 0; i < 20000; ++i) long_text += "æø";  // 40 000 characters, 80 000 bytes
    kt::DownloadTable table{{{"definisjon"}, {long_text}}, {false}};
    std::string error;
    const auto bytes = kt::xlsx_bytes({"x", "y", 0, {{"Tall", table}}}, error);
    REQUIRE(bytes);
    CHECK(error.empty());
}
