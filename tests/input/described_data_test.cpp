// Agency exports read through a data description: long tables with a unit column, pivoted
// tables with "Dimension: value" header rows, IMDi's area codes, encodings and number syntax.
#include <catch2/catch.hpp>
#include <string>

#include "input/observation_reader.h"
#include "site_fixture.h"

namespace kt {
namespace {

using test::diagnostics_text;
using test::make_area;
using test::TempSite;

// Today's 3101 Halden and 3103 Moss; 3001/3002 of 2020-2023; 0104 Moss until 2019.
Registry registry() {
    Registry r;
    r.add(make_area("0", "Norge", AreaKind::country, ""));
    r.add(make_area("31", "Østfold", AreaKind::county, "0", "2024-01-01"));
    r.add(make_area("3101", "Halden", AreaKind::municipality, "31", "2024-01-01"));
    r.add(make_area("3103", "Moss", AreaKind::municipality, "31", "2024-01-01"));
    r.add(make_area("30", "Viken", AreaKind::county, "0", "2020-01-01", "2023-12-31"));
    r.add(make_area("01", "Østfold", AreaKind::county, "0", "", "2019-12-31"));
    r.add(make_area("3001", "Halden", AreaKind::municipality, "30", "2020-01-01", "2023-12-31"));
    r.add(make_area("3002", "Moss", AreaKind::municipality, "30", "2020-01-01", "2023-12-31"));
    r.add(make_area("0104", "Moss", AreaKind::municipality, "01", "", "2019-12-31"));
    r.add_change({"2020-01-01", ChangeKind::merger, "0104", "3002"});
    r.add_change({"2024-01-01", ChangeKind::new_code, "3001", "3101"});
    r.add_change({"2024-01-01", ChangeKind::new_code, "3002", "3103"});
    return r;
}

Catalogue catalogue() {
    Catalogue c;
    for (const char* id : {"bosatte", "anmodning", "innvandrere", "innvandrere_kvinner"}) {
        Measure m;
        m.id = id;
        m.title = id;
        m.unit = "personer";
        c.measures.push_back(m);
    }
    c.measures[0].first_period = 2015;
    c.measures[0].last_period = 2023;
    return c;
}

struct Read {
    ObservationTable table;
    Diagnostics diagnostics;
    Read(const std::string& data_name, const std::string& data, const std::string& description) {
        TempSite site;
        const std::string dir = "data/observasjoner/";
        site.write(dir + data_name, data);
        site.write(dir + "eksport.yaml", description);
        read_observation_file(site.root(), dir + data_name, dir + "eksport.yaml", registry(),
                              catalogue(), table, diagnostics);
    }
    double value(const std::string& measure, const std::string& code, int year) const {
        const Observation* o = table.find(measure, code, year);
        REQUIRE(o);
        REQUIRE(o->status == ValueStatus::present);
        return o->value;
    }
};

// IMDi's settlement export: Latin-1, ';', a unit column, historical codes, symbols.
const std::string kLongDescription = R"(format: long
encoding: iso-8859-1
delimiter: ";"
decimal: ","
thousands: space
area: Kommunenummer
period: År
value: Antall
periods: 2019-2023
skip_areas:
  "9999": Uoppgitt kommune
measures:
  - measure: bosatte
    where: {Enhet: Personer, Bosetting: Faktisk bosetting}
  - measure: anmodning
    where: {Enhet: Personer, Bosetting: Anmodning om bosetting}
)";

const std::string kLongData =
    "Enhet;\xC5r;Kommunenummer;Kommune;Bosetting;Antall\r\n"               // line 1
    "Personer;2019;0104;Moss (t.o.m. 2019);Faktisk bosetting;25\r\n"       // 2
    "Prosent;2019;0104;Moss (t.o.m. 2019);Faktisk bosetting;83,3\r\n"      // 3: not read
    "Personer;2019;0104;Moss (t.o.m. 2019);Anmodning om bosetting;30\r\n"  // 4
    "Personer;2021;K3002;Moss (f.o.m. 2020);Faktisk bosetting;1 204\r\n"   // 5
    "Personer;2021;3001;Halden;Faktisk bosetting;:\r\n"                    // 6
    "Personer;2018;3001;Halden;Faktisk bosetting;7\r\n"                    // 7: before periods
    "Personer;2021;9999;Uoppgitt kommune;Faktisk bosetting;3\r\n"          // 8: skipped
    "Personer;2022;3001;H\xE6lden;Faktisk bosetting;.\r\n";                // 9

TEST_CASE("a long export with a unit column becomes observations", "[input][described]") {
    Read read("eksport.csv", kLongData, kLongDescription);
    INFO(diagnostics_text(read.diagnostics));
    CHECK(read.diagnostics.all().empty());
    CHECK(read.table.size() == 5);
    CHECK(read.value("bosatte", "0104", 2019) == 25);
    CHECK(read.value("anmodning", "0104", 2019) == 30);
    CHECK(read.value("bosatte", "3002", 2021) == 1204);
    CHECK(read.table.find("bosatte", "3001", 2021)->status == ValueStatus::suppressed);
    CHECK(read.table.find("bosatte", "3001", 2022)->status == ValueStatus::not_applicable);
    CHECK_FALSE(read.table.find("bosatte", "3001", 2018));
    const Observation* moss = read.table.find("bosatte", "3002", 2021);
    CHECK(moss->where.line == 5);
    CHECK(moss->where.column == 58);
}

TEST_CASE("every problem in a described file is reported at its place", "[input][described]") {
    const std::string data =
        "Enhet;\xC5r;Kommunenummer;Kommune;Bosetting;Antall\n"
        "Personer;2020;0104;Moss;Faktisk bosetting;4\n"      // 2: 0104 ended 2019
        "Personer;2019;K7777;?;Faktisk bosetting;4\n"        // 3: unknown code
        "Personer;2019;3101;Halden;Faktisk bosetting;4.5\n"  // 4: decimal point, not comma
        "Personer;2019;3103;Moss;Faktisk bosetting;.:\n"     // 5: unknown symbol
        "Personer;20x9;3103;Moss;Faktisk bosetting;4\n"      // 6: not a year
        "Personer;2019;3103;Moss;Faktisk bosetting;4\n"      // 7
        "Personer;2019;3103;Moss;Faktisk bosetting;5\n"      // 8: duplicate of 7
        "Personer;2019;3103;Moss;Faktisk bosetting\n"        // 9: ragged
        "Personer;2019;0104;Moss;Faktisk bosetting;\n";      // 10: empty
    Read read("eksport.csv", data, kLongDescription);
    const std::string text = diagnostics_text(read.diagnostics);
    INFO(text);
    CHECK(read.diagnostics.error_count() == 8);
    CHECK_THAT(text,
               Catch::Contains("eksport.csv:2:15: error: area code 0104 (Moss) ended "
                               "2019-12-31 but has a value for 2020; its successor: 3002 Moss"));
    CHECK_THAT(text, Catch::Contains("eksport.csv:3:15: error: unknown area code 'K7777'"));
    CHECK_THAT(text, Catch::Contains("eksport.csv:4:45: error: value '4.5' is not a number"));
    CHECK_THAT(text, Catch::Contains("eksport.csv:5:43: error: unknown symbol '.:'"));
    CHECK_THAT(text, Catch::Contains("eksport.csv:6:10: error: period '20x9' is not a year"));
    CHECK_THAT(
        text, Catch::Contains("eksport.csv:8:15: error: duplicate observation of 'bosatte' "
                              "for 3103 in 2019; first given at data/observasjoner/eksport.csv:7"));
    CHECK_THAT(text, Catch::Contains("eksport.csv:9:1: error: row has 5 fields, the header has 6"));
    CHECK_THAT(text, Catch::Contains("eksport.csv:10:43: error: empty value for 0104 in 2019"));
}

TEST_CASE("a period outside the catalogue's is an error", "[input][described]") {
    std::string description = kLongDescription;
    description.replace(description.find("periods: 2019-2023"), 18, "periods: 2019-2025");
    Read read("eksport.csv",
              "Enhet;\xC5r;Kommunenummer;Kommune;Bosetting;Antall\n"
              "Personer;2024;3101;Halden;Faktisk bosetting;4\n",
              description);
    test::check_single_error(read.diagnostics, {"data/observasjoner/eksport.csv", 2, 10},
                             "period 2024 is outside the catalogue's periods for 'bosatte' "
                             "(2015-2023)");
}

TEST_CASE("a description names what is wrong with itself", "[input][described]") {
    const std::string data = "Enhet;\xC5r;Kommunenummer;Kommune;Bosetting;Antall\n";
    SECTION("a misspelt key") {
        Read read("eksport.csv", data,
                  "format: long\ndelimeter: \";\"\n" + kLongDescription.substr(13));
        test::check_single_error(read.diagnostics, {"data/observasjoner/eksport.yaml", 2, 1},
                                 "unknown key 'delimeter'");
    }
    SECTION("a rule naming a column the file lacks") {
        Read read("eksport.csv", data,
                  "format: long\nencoding: latin1\narea: Kommunenummer\nperiod: År\nvalue: Antall\n"
                  "measures:\n  - measure: bosatte\n    where: {Kjønn: Alle}\n"
                  "  - measure: flyttet\n    where: {Bosetting: Flyttet}\n");
        const std::string text = diagnostics_text(read.diagnostics);
        INFO(text);
        CHECK_THAT(text,
                   Catch::Contains("eksport.csv:1:1: error: missing column 'Kjønn' in header"));
        CHECK_THAT(text, Catch::Contains("eksport.yaml:7:5: error: 'Kjønn' is not a column of "));
    }
}

// IMDi's table export: several header rows, one row per area, codes like K3001.
const std::string kPivotData =
    "Region;Navn;Kj\xF8nn: Alle;Kj\xF8nn: Alle;Kj\xF8nn: Kvinner;Kj\xF8nn: Kvinner\n"
    ";;Enhet: Personer;Enhet: Personer;Enhet: Personer;Enhet: Personer\n"
    ";;\xC5r: 2019;\xC5r: 2020;\xC5r: 2019;\xC5r: 2020\n"
    "K3001;Halden;1817;1905;908;950\n"
    "K0104;Moss (t.o.m. 2019);2810;;1400;\n"
    "K3002;Moss (f.o.m. 2020);;3820;;1900\n"
    "F30;Viken;;;;\n";

const std::string kPivotDescription = R"(format: pivot
encoding: iso-8859-1
area: Region
period: År
measures:
  - measure: innvandrere
    where: {Kjønn: Alle, Enhet: Personer}
  - measure: innvandrere_kvinner
    where: {Kjønn: Kvinner, Enhet: Personer}
)";

TEST_CASE("a pivoted export becomes observations", "[input][described]") {
    Read read("eksport.csv", kPivotData, kPivotDescription);
    const std::string text = diagnostics_text(read.diagnostics);
    INFO(text);
    // An empty cell is no value (Viken has none), not an error.
    CHECK(read.diagnostics.all().empty());
    CHECK(read.table.size() == 8);
    CHECK(read.value("innvandrere", "3001", 2019) == 1817);  // back-cast to 2020 borders
    CHECK(read.value("innvandrere", "3001", 2020) == 1905);
    CHECK(read.value("innvandrere_kvinner", "3001", 2020) == 950);
    CHECK(read.value("innvandrere", "0104", 2019) == 2810);
    CHECK_FALSE(read.table.find("innvandrere", "0104", 2020));
    CHECK_FALSE(read.table.find("innvandrere", "3002", 2019));
    CHECK(read.value("innvandrere", "3002", 2020) == 3820);
    const Observation* o = read.table.find("innvandrere_kvinner", "3002", 2020);
    CHECK(o->where.line == 6);
    CHECK(o->where.column == 33);
}

TEST_CASE("a pivoted export with inconsistent header rows is rejected", "[input][described]") {
    const std::string data =
        "Region;Navn;Kj\xF8nn: Alle;Enhet: Personer\n"
        ";;\xC5r: 2019;\xC5r: 2020\n"
        "K3001;Halden;1;2\n";
    Read read("eksport.csv", data, kPivotDescription);
    test::check_single_error(read.diagnostics, {"data/observasjoner/eksport.csv", 1, 25},
                             "header row 1 labels its columns 'Kjønn: …', but this one reads "
                             "'Enhet: Personer'");
}

// SSB's statistics API: JSON-stat 2.0 with "K-" codes, a contents dimension and statuses.
const std::string kJsonStat = R"({
  "version": "2.0", "class": "dataset", "label": "Bosatte flyktninger",
  "id": ["Region", "ContentsCode", "Tid"],
  "size": [2, 1, 2],
  "role": {"geo": ["Region"], "time": ["Tid"], "metric": ["ContentsCode"]},
  "dimension": {
    "Region": {"category": {"index": {"K-3101": 0, "K-3103": 1},
                            "label": {"K-3101": "Halden", "K-3103": "Moss"}}},
    "ContentsCode": {"category": {"index": {"Bosatte": 0}, "label": {"Bosatte": "Bosatte flyktninger"}}},
    "Tid": {"category": {"index": {"2022": 0, "2023": 1}}}
  },
  "value": [12, null, 40, 7],
  "status": {"1": ":"}
})";

TEST_CASE("a JSON-stat dataset becomes observations", "[input][described]") {
    Read read("eksport.json", kJsonStat,
              "format: json-stat\nmeasures:\n  - measure: bosatte\n"
              "    where: {ContentsCode: Bosatte flyktninger}\n");
    INFO(diagnostics_text(read.diagnostics));
    CHECK(read.diagnostics.all().empty());
    CHECK(read.table.size() == 4);
    CHECK(read.value("bosatte", "3101", 2022) == 12);
    CHECK(read.table.find("bosatte", "3101", 2023)->status == ValueStatus::suppressed);
    CHECK(read.value("bosatte", "3103", 2023) == 7);
    // 2022-2023 lie before 3101 and 3103 began (2024): figures back-cast to today's borders.
    const Observation* moss = read.table.find("bosatte", "3103", 2022);
    CHECK(moss->value == 40);
    CHECK(moss->where.line == 12);
    CHECK(moss->where.column == 23);  // "  \"value\": [12, null, " is 22 characters
}

TEST_CASE("empty and unreadable data files are reported, not skipped", "[input][described]") {
    SECTION("an empty long table") {
        Read read("eksport.csv", "", kLongDescription);
        test::check_single_error(read.diagnostics, {"data/observasjoner/eksport.csv", 1, 1},
                                 "file is empty");
    }
    SECTION("an empty pivoted table") {
        Read read("eksport.csv", "", kPivotDescription);
        test::check_single_error(read.diagnostics, {"data/observasjoner/eksport.csv", 1, 1},
                                 "file is empty");
    }
    SECTION("a pivoted table that is not one") {
        Read read("eksport.csv", "Region;Navn;X\nK3001;Halden;1\n", kPivotDescription);
        test::check_single_error(read.diagnostics, {"data/observasjoner/eksport.csv", 1, 1},
                                 "no column is labelled \"Dimension: category\"");
    }
    SECTION("an unclosed quote") {
        Read read("eksport.csv",
                  "Enhet;\xC5r;Kommunenummer;Kommune;Bosetting;Antall\n"
                  "Personer;2019;0104;\"Moss;Faktisk bosetting;25\n",
                  kLongDescription);
        CHECK(read.diagnostics.has_errors());
        CHECK_THAT(diagnostics_text(read.diagnostics), Catch::Contains("eksport.csv:2:20: error:"));
    }
}

}  // namespace
}  // namespace kt
