#include "input/json_stat_reader.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "site_fixture.h"

using kt::CsvField;
using kt::DataCell;
using kt::DataTable;
using kt::Diagnostics;
using kt::JsonStatRoles;
using kt::Severity;
using kt::SourceLocation;
using kt::test::check_single_error;
using kt::test::diagnostics_text;

namespace {

const std::string kFile = "data/observasjoner/bosatte.json";

std::optional<DataTable> read(std::string_view text, Diagnostics& diagnostics,
                              const JsonStatRoles& roles = {}) {
    return kt::read_json_stat(text, kFile, roles, diagnostics);
}

void check_field(const CsvField& field, const std::string& text, int line, int column) {
    INFO("field '" << field.text << "' at " << field.line << ":" << field.column);
    CHECK(field.text == text);
    CHECK(field.line == line);
    CHECK(field.column == column);
}

void check_cell(const DataCell& cell, const std::string& area, const std::string& period,
                const std::string& value) {
    INFO("cell " << cell.area.text << " " << cell.period.text << " = " << cell.value.text);
    CHECK(cell.area.text == area);
    CHECK(cell.period.text == period);
    CHECK(cell.value.text == value);
}

// A 2 x 2 cube (Region 3001, 3002 by Tid 2020, 2021) with the given "value" on line 8,
// starting at column 12, and the given "status", if any, on line 9 from column 13.
std::string small_cube(const std::string& value, const std::string& status = "") {
    return std::string(R"({
  "version": "2.0",
  "class": "dataset",
  "id": ["Region", "Tid"],
  "size": [2, 2],
  "dimension": {"Region": {"category": {"index": ["3001", "3002"]}},
                "Tid": {"category": {"index": ["2020", "2021"]}}},
  "value": )") +
           value + (status.empty() ? "" : ",\n  \"status\": " + status) + "\n}";
}

// Region x ContentsCode x Tid as SSB's PxWebApi writes it (index and label objects, role,
// extension), with a value array and a status object.
constexpr std::string_view kCube = R"json({
  "version": "2.0",
  "class": "dataset",
  "label": "Bosatte flyktninger",
  "source": "Statistisk sentralbyrå",
  "updated": "2024-03-14T07:00:00Z",
  "id": ["Region", "ContentsCode", "Tid"],
  "size": [2, 2, 2],
  "role": {"time": ["Tid"], "geo": ["Region"], "metric": ["ContentsCode"]},
  "dimension": {
    "Region": {"label": "region",
               "category": {"index": {"3001": 0, "3002": 1},
                            "label": {"3001": "Halden", "3002": "Moss"}}},
    "ContentsCode": {"label": "statistikkvariabel",
                     "category": {"index": {"Bosatte": 0, "Andel": 1},
                                  "label": {"Bosatte": "Bosatte", "Andel": "Andel (prosent)"},
                                  "unit": {"Bosatte": {"base": "personer", "decimals": 0}}}},
    "Tid": {"label": "år", "category": {"index": {"2019": 0, "2020": 1},
                                         "label": {"2019": "2019", "2020": "2020"}}}
  },
  "extension": {"px": {"tableid": "99999", "decimals": 1}},
  "value": [31, null, 12.5, 13.25, 40, 41, null, 7],
  "status": {"1": ":", "6": ".."}
})json";

}  // namespace

TEST_CASE("read_json_stat reads every cell of a cube in row-major order", "[input][json-stat]") {
    Diagnostics diagnostics;
    const auto table = read(kCube, diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(table);
    CHECK(table->file == kFile);

    REQUIRE(table->dimensions.size() == 1);
    const kt::DataDimension& contents = table->dimensions[0];
    CHECK(contents.name == "ContentsCode");
    CHECK(contents.codes == std::vector<std::string>{"Bosatte", "Andel"});
    CHECK(contents.labels == std::vector<std::string>{"Bosatte", "Andel (prosent)"});
    CHECK(contents.where.file == kFile);
    CHECK(contents.where.line == 14);
    CHECK(contents.where.column == 5);

    REQUIRE(table->cells.size() == 8);
    // The last dimension (Tid) changes fastest, the first (Region) slowest.
    check_cell(table->cells[0], "3001", "2019", "31");
    check_cell(table->cells[1], "3001", "2020", ":");
    check_cell(table->cells[2], "3001", "2019", "12.5");
    check_cell(table->cells[3], "3001", "2020", "13.25");
    check_cell(table->cells[4], "3002", "2019", "40");
    check_cell(table->cells[5], "3002", "2020", "41");
    check_cell(table->cells[6], "3002", "2019", "..");
    check_cell(table->cells[7], "3002", "2020", "7");
    const std::vector<int> contents_of_cell = {0, 0, 1, 1, 0, 0, 1, 1};
    for (std::size_t k = 0; k < 8; ++k) {
        INFO("cell " << k);
        CHECK(table->cells[k].categories == std::vector<int>{contents_of_cell[k]});
        CHECK_FALSE(table->cells[k].provisional);
    }
}

TEST_CASE("read_json_stat places every field at its place in the file", "[input][json-stat]") {
    // Line 10 has "år" (two bytes for "å") before the period codes: columns count characters.
    const std::string text = R"({
  "version": "2.0",
  "class": "dataset",
  "id": ["Region", "Kjonn", "Tid"],
  "size": [2, 1, 2],
  "dimension": {
    "Region": {"category": {"index": ["K-3001", "K-3002"],
                            "label": {"K-3001": "Halden", "K-3002": "Moss"}}},
    "Kjonn": {"label": "kjønn", "category": {"index": ["0"]}},
    "Tid": {"label": "år", "category": {"index": ["2020", "2021"]}}
  },
  "value": [
    1, 2,
    null, 4
  ],
  "status": {"2": ":"}
})";
    Diagnostics diagnostics;
    const auto table = read(text, diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(table);
    REQUIRE(table->dimensions.size() == 1);
    CHECK(table->dimensions[0].name == "Kjonn");
    CHECK(table->dimensions[0].where.line == 9);
    CHECK(table->dimensions[0].where.column == 5);

    REQUIRE(table->cells.size() == 4);
    check_field(table->cells[0].area, "K-3001", 7, 39);
    check_field(table->cells[0].period, "2020", 10, 51);
    check_field(table->cells[0].value, "1", 13, 5);
    check_field(table->cells[1].period, "2021", 10, 59);
    check_field(table->cells[1].value, "2", 13, 8);
    check_field(table->cells[2].area, "K-3002", 7, 49);
    check_field(table->cells[2].value, ":", 14, 5);
    check_field(table->cells[3].value, "4", 14, 11);
}

TEST_CASE("read_json_stat counts columns after a byte-order mark from the first character",
          "[input][json-stat]") {
    const std::string text =
        "\xEF\xBB\xBF"
        R"({"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[1,1],)"
        R"("dimension":{"Region":{"category":{"index":["0301"]}},)"
        R"("Tid":{"category":{"index":["2024"]}}},"value":[5]})";
    // Counted without the mark: {"version":"2.0","class":"dataset", is 35 characters,
    // "id":["Region","Tid"], 22 and "size":[1,1], 13; "dimension":{"Region":{"category":
    // {"index":[ 44 more put "0301" at column 115. After it, "0301"]}}, is 10 characters,
    // "Tid":{"category":{"index":["2024"]}}}, 39 and "value":[ 9: the 5 is at column 173.
    Diagnostics diagnostics;
    const auto table = read(text, diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(table);
    REQUIRE(table->cells.size() == 1);
    check_field(table->cells[0].area, "0301", 1, 115);
    check_field(table->cells[0].value, "5", 1, 173);
}

TEST_CASE("read_json_stat writes numbers in plain machine format", "[input][json-stat]") {
    const std::string text = R"({"version": "2.0", "class": "dataset", "id": ["Region", "Tid"],
"size": [1, 8], "dimension": {"Region": {"category": {"index": ["0"]}},
"Tid": {"category": {"index": ["2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"]}}},
"value": [1234, 12.5, 0.1, 1e3, 1.5e-7, -3, 2.50, -0.0]})";
    Diagnostics diagnostics;
    const auto table = read(text, diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(table);
    REQUIRE(table->cells.size() == 8);
    CHECK(table->cells[0].value.text == "1234");
    CHECK(table->cells[1].value.text == "12.5");
    CHECK(table->cells[2].value.text == "0.1");
    CHECK(table->cells[3].value.text == "1000");
    CHECK(table->cells[4].value.text == "0.00000015");
    CHECK(table->cells[5].value.text == "-3");
    CHECK(table->cells[6].value.text == "2.5");
    CHECK(table->cells[7].value.text == "0");
}

TEST_CASE("read_json_stat gives a null its status symbol, or '..' without one",
          "[input][json-stat]") {
    SECTION("status object") {
        Diagnostics diagnostics;
        const auto table =
            read(small_cube("[null, null, null, null]", R"({"0": ":", "1": ".", "2": "-"})"),
                 diagnostics);
        INFO(diagnostics_text(diagnostics));
        CHECK(diagnostics.all().empty());
        REQUIRE(table);
        REQUIRE(table->cells.size() == 4);
        CHECK(table->cells[0].value.text == ":");
        CHECK(table->cells[1].value.text == ".");
        CHECK(table->cells[2].value.text == "-");
        CHECK(table->cells[3].value.text == "..");
    }
    SECTION("status array") {
        Diagnostics diagnostics;
        const auto table =
            read(small_cube("[null, 3, null, null]", R"([":", null, "...", ""])"), diagnostics);
        INFO(diagnostics_text(diagnostics));
        CHECK(diagnostics.all().empty());
        REQUIRE(table);
        REQUIRE(table->cells.size() == 4);
        CHECK(table->cells[0].value.text == ":");
        CHECK(table->cells[1].value.text == "3");
        CHECK(table->cells[2].value.text == "...");
        CHECK(table->cells[3].value.text == "..");
    }
    SECTION("one status string for every cell") {
        Diagnostics diagnostics;
        const auto table = read(small_cube("[null, null, null, null]", R"(":")"), diagnostics);
        REQUIRE(table);
        for (const DataCell& cell : table->cells) CHECK(cell.value.text == ":");
    }
    SECTION("a symbol SSB does not use is passed on for the observation checks to judge") {
        Diagnostics diagnostics;
        const auto table = read(small_cube("[null, 1, 2, 3]", R"({"0": "x"})"), diagnostics);
        CHECK(diagnostics.all().empty());
        REQUIRE(table);
        CHECK(table->cells[0].value.text == "x");
    }
}

TEST_CASE("read_json_stat reads a sparse value object", "[input][json-stat]") {
    Diagnostics diagnostics;
    const auto table = read(small_cube(R"({"0": 5, "3": 7})", R"({"2": ":"})"), diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(table);
    REQUIRE(table->cells.size() == 4);
    check_cell(table->cells[0], "3001", "2020", "5");
    check_cell(table->cells[1], "3001", "2021", "..");
    check_cell(table->cells[2], "3002", "2020", ":");
    check_cell(table->cells[3], "3002", "2021", "7");
    // A present member at its value; an absent one at the object itself.
    check_field(table->cells[0].value, "5", 8, 18);
    check_field(table->cells[1].value, "..", 8, 12);
    check_field(table->cells[3].value, "7", 8, 26);
}

TEST_CASE("read_json_stat marks numbers with a provisional status", "[input][json-stat]") {
    Diagnostics diagnostics;
    const auto table = read(small_cube("[12.5, 3, 4, 5]", R"({"0": "*", "1": "p"})"), diagnostics);
    INFO(diagnostics_text(diagnostics));
    CHECK(diagnostics.all().empty());
    REQUIRE(table);
    REQUIRE(table->cells.size() == 4);
    CHECK(table->cells[0].value.text == "12.5");
    CHECK(table->cells[0].provisional);
    CHECK(table->cells[1].value.text == "3");
    CHECK(table->cells[1].provisional);
    CHECK_FALSE(table->cells[2].provisional);
}

TEST_CASE("read_json_stat takes the area and period from role, names or SSB's defaults",
          "[input][json-stat]") {
    const auto cube = [](const std::string& role) {
        return std::string(R"({"version": "2.0", "class": "dataset",
"id": ["Aar", "Kommune"], "size": [1, 2],)") +
               role + R"(
"dimension": {"Aar": {"category": {"index": ["2022"]}},
              "Kommune": {"category": {"index": ["3001", "3002"]}}},
"value": [1, 2]})";
    };
    SECTION("from role.geo and role.time") {
        Diagnostics diagnostics;
        const auto table =
            read(cube(R"("role": {"geo": ["Kommune"], "time": ["Aar"]},)"), diagnostics);
        INFO(diagnostics_text(diagnostics));
        REQUIRE(table);
        CHECK(table->dimensions.empty());
        REQUIRE(table->cells.size() == 2);
        check_cell(table->cells[0], "3001", "2022", "1");
        check_cell(table->cells[1], "3002", "2022", "2");
    }
    SECTION("from names in the data description") {
        Diagnostics diagnostics;
        const auto table = read(cube(""), diagnostics, JsonStatRoles{"Kommune", "Aar"});
        INFO(diagnostics_text(diagnostics));
        REQUIRE(table);
        REQUIRE(table->cells.size() == 2);
        check_cell(table->cells[1], "3002", "2022", "2");
    }
    SECTION("a named dimension that is not there is reported with the dimensions there are") {
        Diagnostics diagnostics;
        const auto table = read(cube(""), diagnostics, JsonStatRoles{"Region", "Aar"});
        CHECK_FALSE(table);
        check_single_error(diagnostics, {kFile, 2, 7},
                           "area dimension \"Region\" is not in the dataset; the dataset's "
                           "dimensions are Aar, Kommune");
    }
    SECTION("without role or names, and no Region or Tid") {
        Diagnostics diagnostics;
        const auto table = read(cube(""), diagnostics);
        CHECK_FALSE(table);
        INFO(diagnostics_text(diagnostics));
        REQUIRE(diagnostics.error_count() == 2);
        CHECK_THAT(
            diagnostics.all()[0].message,
            Catch::Contains("no area dimension") && Catch::Contains("dimensions are Aar, Kommune"));
        CHECK_THAT(diagnostics.all()[1].message, Catch::Contains("no period dimension"));
    }
    SECTION("SSB's Region and Tid without role") {
        Diagnostics diagnostics;
        const auto table = read(small_cube("[1, 2, 3, 4]"), diagnostics);
        REQUIRE(table);
        check_cell(table->cells[2], "3002", "2020", "3");
    }
}

TEST_CASE("read_json_stat reads index objects and one-category dimensions without index",
          "[input][json-stat]") {
    const std::string text = R"({"version": "2.0", "class": "dataset",
"id": ["Region", "Kjonn", "Tid"], "size": [2, 1, 1],
"dimension": {"Region": {"category": {"index": {"3002": 1, "3001": 0}}},
              "Kjonn": {"category": {"label": {"0": "Begge kjønn"}}},
              "Tid": {"category": {"index": ["2023"]}}},
"value": [10, 20]})";
    Diagnostics diagnostics;
    const auto table = read(text, diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(table);
    REQUIRE(table->dimensions.size() == 1);
    CHECK(table->dimensions[0].codes == std::vector<std::string>{"0"});
    CHECK(table->dimensions[0].labels == std::vector<std::string>{"Begge kjønn"});
    REQUIRE(table->cells.size() == 2);
    check_cell(table->cells[0], "3001", "2023", "10");
    check_cell(table->cells[1], "3002", "2023", "20");
    check_field(table->cells[1].area, "3002", 3, 49);
}

TEST_CASE("read_json_stat reads the single dataset of a collection or wrapper",
          "[input][json-stat]") {
    const std::string dataset = R"({"class": "dataset", "id": ["Region", "Tid"], "size": [1, 1],
"dimension": {"Region": {"category": {"index": ["3001"]}},
              "Tid": {"category": {"index": ["2020"]}}}, "value": [9]})";
    SECTION("collection of one embedded dataset") {
        Diagnostics diagnostics;
        const auto table = read(
            R"({"version": "2.0", "class": "collection", "link": {"item": [)" + dataset + "]}}",
            diagnostics);
        INFO(diagnostics_text(diagnostics));
        REQUIRE(table);
        REQUIRE(table->cells.size() == 1);
        check_cell(table->cells[0], "3001", "2020", "9");
        check_field(table->cells[0].value, "9", 3, 68);
    }
    SECTION("collection of two") {
        Diagnostics diagnostics;
        CHECK_FALSE(read(R"({"version": "2.0", "class": "collection", "link": {"item": [)" +
                             dataset + ", " + dataset + "]}}",
                         diagnostics));
        check_single_error(diagnostics, {kFile, 1, 60},
                           "the collection holds 2 items; export one dataset per file");
    }
    SECTION("an object wrapping one dataset") {
        std::string versioned = dataset;
        versioned.insert(1, R"("version": "2.0", )");
        Diagnostics diagnostics;
        const auto table = read(R"({"bosatte": )" + versioned + "}", diagnostics);
        INFO(diagnostics_text(diagnostics));
        REQUIRE(table);
        CHECK(table->cells.size() == 1);
    }
}

TEST_CASE("read_json_stat reports JSON that does not parse at its position", "[input][json-stat]") {
    SECTION("truncated") {
        Diagnostics diagnostics;
        CHECK_FALSE(read("{\n  \"version\": \"2.0\",\n  \"value\": [1, 2", diagnostics));
        // The end of the text: line 3 has 16 characters.
        check_single_error(diagnostics, {kFile, 3, 17}, "invalid JSON: ");
        CHECK_THAT(diagnostics.all()[0].message, Catch::Contains("unexpected end of input"));
    }
    SECTION("a bad literal") {
        Diagnostics diagnostics;
        CHECK_FALSE(read("{\n  \"value\": [1, x]\n}", diagnostics));
        check_single_error(diagnostics, {kFile, 2, 16}, "invalid JSON: ");
    }
    SECTION("empty file") {
        Diagnostics diagnostics;
        CHECK_FALSE(read("", diagnostics));
        check_single_error(diagnostics, {kFile, 0, 0}, "the file is empty");
    }
    SECTION("only whitespace and a byte-order mark") {
        Diagnostics diagnostics;
        CHECK_FALSE(read("\xEF\xBB\xBF \r\n\t\n", diagnostics));
        check_single_error(diagnostics, {kFile, 0, 0}, "the file is empty");
    }
}

TEST_CASE("read_json_stat refuses what is not a JSON-stat 2.0 dataset", "[input][json-stat]") {
    SECTION("JSON-stat 1.x, as SSB's old API wrote it") {
        const std::string text = R"({"dataset": {"dimension": {
  "Region": {"category": {"index": {"3001": 0}}}, "Tid": {"category": {"index": {"2020": 0}}},
  "id": ["Region", "Tid"], "size": [1, 1], "role": {"geo": ["Region"], "time": ["Tid"]}},
  "label": "Bosatte", "value": [5]}})";
        Diagnostics diagnostics;
        CHECK_FALSE(read(text, diagnostics));
        check_single_error(diagnostics, {kFile, 1, 1}, "this is JSON-stat 1.x");
    }
    SECTION("version 1.0 stated") {
        std::string text = small_cube("[1, 2, 3, 4]");
        text.replace(text.find("2.0"), 3, "1.0");
        Diagnostics diagnostics;
        CHECK_FALSE(read(text, diagnostics));
        check_single_error(diagnostics, {kFile, 2, 14},
                           "JSON-stat version \"1.0\" is not read; expected \"2.0\"");
    }
    SECTION("no version") {
        Diagnostics diagnostics;
        CHECK_FALSE(
            read(R"({"class": "dataset", "id": [], "size": [], "value": []})", diagnostics));
        check_single_error(diagnostics, {kFile, 1, 1}, "no \"version\"");
    }
    SECTION("another class") {
        Diagnostics diagnostics;
        CHECK_FALSE(
            read(R"({"version": "2.0", "class": "dimension", "category": {}})", diagnostics));
        check_single_error(diagnostics, {kFile, 1, 29},
                           "this is a JSON-stat \"dimension\", not a dataset");
    }
    SECTION("not an object") {
        Diagnostics diagnostics;
        CHECK_FALSE(read("  [1, 2]", diagnostics));
        check_single_error(diagnostics, {kFile, 1, 3}, "found an array");
    }
    SECTION("several datasets") {
        const std::string one = R"({"version": "2.0", "class": "dataset", "value": []})";
        Diagnostics diagnostics;
        CHECK_FALSE(read(R"({"a": )" + one + R"(, "b": )" + one + "}", diagnostics));
        check_single_error(diagnostics, {kFile, 1, 1},
                           "the file holds 2 datasets (\"a\", \"b\"); export one dataset per file");
    }
}

TEST_CASE("read_json_stat reports sizes that do not fit together", "[input][json-stat]") {
    SECTION("id and size of different lengths") {
        std::string text = small_cube("[1, 2, 3, 4]");
        text.replace(text.find("[2, 2]"), 6, "[2, 2, 1]");
        Diagnostics diagnostics;
        CHECK_FALSE(read(text, diagnostics));
        check_single_error(diagnostics, {kFile, 5, 11},
                           "\"id\" names 2 dimensions but \"size\" gives 3 sizes");
    }
    SECTION("size other than the number of categories") {
        std::string text = small_cube("[1, 2, 3, 4, 5, 6]");
        text.replace(text.find("[2, 2]"), 6, "[2, 3]");
        Diagnostics diagnostics;
        CHECK_FALSE(read(text, diagnostics));
        check_single_error(diagnostics, {kFile, 7, 17},
                           "dimension \"Tid\" has 2 categories but \"size\" gives 3");
    }
    SECTION("value array of the wrong length") {
        Diagnostics diagnostics;
        CHECK_FALSE(read(small_cube("[1, 2, 3]"), diagnostics));
        check_single_error(diagnostics, {kFile, 8, 12},
                           "\"value\" has 3 entries but the dimension sizes give 4 cells (2 x 2)");
    }
    SECTION("status array of the wrong length") {
        Diagnostics diagnostics;
        CHECK_FALSE(read(small_cube("[1, 2, 3, 4]", R"([":", ":"])"), diagnostics));
        check_single_error(diagnostics, {kFile, 9, 13},
                           "\"status\" has 2 entries but the cube has 4 cells");
    }
    SECTION("a sparse value key outside the cube") {
        Diagnostics diagnostics;
        CHECK_FALSE(read(small_cube(R"({"0": 5, "9": 7})"), diagnostics));
        check_single_error(diagnostics, {kFile, 8, 21},
                           "\"value\" key \"9\" is not a cell index (the cube's cells are 0 to 3)");
    }
    SECTION("a status key outside the cube") {
        Diagnostics diagnostics;
        CHECK_FALSE(read(small_cube("[1, 2, 3, 4]", R"({"1": ":", "4": ":"})"), diagnostics));
        check_single_error(
            diagnostics, {kFile, 9, 24},
            "\"status\" key \"4\" is not a cell index (the cube's cells are 0 to 3)");
    }
    SECTION("a dimension of several categories without an index") {
        std::string text = small_cube("[1, 2, 3, 4]");
        text.replace(text.find(R"({"index": ["2020", "2021"]})"), 27,
                     R"({"label": {"2020": "2020", "2021": "2021"}})");
        Diagnostics diagnostics;
        CHECK_FALSE(read(text, diagnostics));
        check_single_error(diagnostics, {kFile, 7, 17},
                           "dimension \"Tid\" has 2 categories but no category.index");
    }
    SECTION("a dimension in id that is not described") {
        std::string text = small_cube("[1, 2, 3, 4]");
        text.replace(text.find(R"("Tid": {)"), 5, R"("Aar")");
        Diagnostics diagnostics;
        CHECK_FALSE(read(text, diagnostics));
        check_single_error(diagnostics, {kFile, 6, 16},
                           "dimension \"Tid\" is listed in \"id\" but not described");
    }
    SECTION("a cube too large to read") {
        // 300 x 300 x 300 = 27 000 000 cells from a few kilobytes of categories.
        std::string index;
        for (int k = 0; k < 300; ++k) index += (k ? ", \"" : "\"") + std::to_string(k) + "\"";
        std::string dimensions;
        for (const char* id : {"Region", "Tid", "Alder"})
            dimensions += std::string(dimensions.empty() ? "" : ", ") + "\"" + id +
                          "\": {\"category\": {\"index\": [" + index + "]}}";
        const std::string text =
            "{\"version\": \"2.0\", \"class\": \"dataset\", \"id\": [\"Region\", \"Tid\", "
            "\"Alder\"],\n\"size\": [300, 300, 300],\n\"dimension\": {" +
            dimensions + "},\n\"value\": {}}";
        Diagnostics diagnostics;
        CHECK_FALSE(read(text, diagnostics));
        check_single_error(diagnostics, {kFile, 2, 9},
                           "\"size\" gives a cube of more than 10000000 cells, too many to read");
    }
}

TEST_CASE("read_json_stat reports values that are not numbers at their position",
          "[input][json-stat]") {
    SECTION("a string value") {
        Diagnostics diagnostics;
        const auto table = read(small_cube(R"(["12", 5, null, 1])"), diagnostics);
        check_single_error(diagnostics, {kFile, 8, 13},
                           "a value must be a number or null, found a string (\"12\")");
        // The other cells are read; the faulty one is left out.
        REQUIRE(table);
        REQUIRE(table->cells.size() == 3);
        check_cell(table->cells[0], "3001", "2021", "5");
    }
    SECTION("a number whose status says there is no number") {
        Diagnostics diagnostics;
        const auto table = read(small_cube("[1, 2, 0, 4]", R"({"1": ":", "2": "-"})"), diagnostics);
        check_single_error(diagnostics, {kFile, 8, 16},
                           "the number 2 has status \":\", which says there is no such number");
        REQUIRE(table);
        REQUIRE(table->cells.size() == 3);
        CHECK(table->cells[1].value.text == "0");  // nil with its zero
    }
    SECTION("a status that is not understood on a number is a warning, once") {
        Diagnostics diagnostics;
        const auto table = read(small_cube("[1, 2, 3, 4]", R"({"1": "e", "3": "e"})"), diagnostics);
        INFO(diagnostics_text(diagnostics));
        CHECK(diagnostics.error_count() == 0);
        REQUIRE(diagnostics.warning_count() == 1);
        const kt::Diagnostic& warning = diagnostics.all().front();
        CHECK(warning.severity == Severity::warning);
        CHECK(warning.where.line == 8);
        CHECK(warning.where.column == 16);
        CHECK_THAT(warning.message, Catch::Contains("status \"e\" on 2 numbers"));
        REQUIRE(table);
        CHECK(table->cells.size() == 4);
    }
}

TEST_CASE("read_json_stat decodes escaped codes and keeps their positions", "[input][json-stat]") {
    // "Tr\u00f8ndelag" is "Trøndelag"; the key is found in the text by its decoded name.
    const std::string text = R"({"version": "2.0", "class": "dataset",
"id": ["Region", "Tid"], "size": [1, 1],
"dimension": {"Region": {"category": {"index": {"Tr\u00f8ndelag": 0}}},
              "Tid": {"category": {"index": ["2020"]}}}, "value": [3]})";
    Diagnostics diagnostics;
    const auto table = read(text, diagnostics);
    INFO(diagnostics_text(diagnostics));
    REQUIRE(table);
    REQUIRE(table->cells.size() == 1);
    check_field(table->cells[0].area, "Trøndelag", 3, 49);
}

TEST_CASE("read_json_stat reports faults in categories and statuses", "[input][json-stat]") {
    SECTION("a code listed twice") {
        std::string text = small_cube("[1, 2, 3, 4]");
        text.replace(text.find(R"(["2020", "2021"])"), 16, R"(["2020", "2020"])");
        Diagnostics diagnostics;
        CHECK_FALSE(read(text, diagnostics));
        // Line 7: 16 spaces, then "Tid": {"category": {"index": ["2020",  (39 characters).
        check_single_error(diagnostics, {kFile, 7, 56},
                           "category \"2020\" is listed twice in dimension \"Tid\"");
    }
    SECTION("a status that is not a string") {
        Diagnostics diagnostics;
        CHECK_FALSE(read(small_cube("[1, 2, 3, 4]", R"({"1": 5})"), diagnostics));
        check_single_error(diagnostics, {kFile, 9, 19},
                           "a status must be a string or null, found the number 5");
    }
    SECTION("one dimension named as both area and period") {
        Diagnostics diagnostics;
        CHECK_FALSE(read(small_cube("[1, 2, 3, 4]"), diagnostics, JsonStatRoles{"Tid", "Tid"}));
        check_single_error(diagnostics, {kFile, 4, 9},
                           "dimension \"Tid\" cannot be both the area and the period");
    }
    SECTION("a collection that only links to its dataset") {
        Diagnostics diagnostics;
        CHECK_FALSE(read(R"({"version": "2.0", "class": "collection", "link": {"item": [
  {"class": "dataset", "href": "https://data.ssb.no/api/pxwebapi/v2/tables/07459/data"}]}})",
                         diagnostics));
        check_single_error(diagnostics, {kFile, 2, 3},
                           "the collection only links to its dataset "
                           "(\"https://data.ssb.no/api/pxwebapi/v2/tables/07459/data\")");
    }
}
