#include "input/observation_reader.h"

#include <catch2/catch.hpp>
#include <string>

#include "site_fixture.h"

using kt::Diagnostics;
using kt::ObservationTable;
using kt::ValueStatus;
using kt::test::diagnostics_text;
using kt::test::TempSite;

namespace {

const std::string kFile = "data/observasjoner/x.csv";
const std::string kHeader = "område,periode,mål,verdi\n";

kt::Registry small_registry() {
    kt::Registry registry;
    auto area = [](std::string code, std::string name, kt::AreaKind kind, std::string parent) {
        kt::Area a;
        a.code = std::move(code);
        a.name = std::move(name);
        a.kind = kind;
        a.parent = std::move(parent);
        return a;
    };
    registry.add(area("0", "Norge", kt::AreaKind::country, ""));
    registry.add(area("34", "Innlandet", kt::AreaKind::county, "0"));
    registry.add(area("3435", "Vågå", kt::AreaKind::municipality, "34"));
    registry.add(area("3437", "Sel", kt::AreaKind::municipality, "34"));
    return registry;
}

kt::Catalogue small_catalogue() {
    kt::Catalogue catalogue;
    auto measure = [](std::string id, std::string title, std::string unit, std::string source) {
        kt::Measure m;
        m.id = std::move(id);
        m.title = std::move(title);
        m.unit = std::move(unit);
        m.source = std::move(source);
        return m;
    };
    catalogue.measures.push_back(measure("bosatte", "Bosatte flyktninger", "personer", "IMDi"));
    catalogue.measures.push_back(measure("folketall", "Folketall", "innbyggere", "SSB"));
    return catalogue;
}

// Reads one file with the given content as data/observasjoner/x.csv.
struct ObservationFileRead {
    ObservationTable table;
    Diagnostics diagnostics;

    explicit ObservationFileRead(const std::string& content) {
        TempSite site;
        site.write(kFile, content);
        read_observation_file(site.root(), kFile, "", small_registry(), small_catalogue(), table,
                              diagnostics);
    }
};

}  // namespace

TEST_CASE("read_observation_file reads numbers and SSB symbols", "[input][observations]") {
    ObservationFileRead read(kHeader +
                             "3435,2019,bosatte,12\n"   // line 2
                             "3435,2020,bosatte,:\n"    // line 3
                             "3437,2019,bosatte,-\n"    // line 4
                             "3437,2020,bosatte,4.5\n"  // line 5
                             "34,2019,folketall,..\n"   // line 6
                             "0,2019,folketall,...\n"   // line 7
                             "0,2020,folketall,.\n");   // line 8
    INFO(diagnostics_text(read.diagnostics));
    CHECK(read.diagnostics.all().empty());
    REQUIRE(read.table.size() == 7);

    const kt::Observation* vaga = read.table.find("bosatte", "3435", 2019);
    REQUIRE(vaga != nullptr);
    CHECK(vaga->area == "3435");
    CHECK(vaga->period == 2019);
    CHECK(vaga->measure == "bosatte");
    CHECK(vaga->status == ValueStatus::present);
    CHECK(vaga->value == 12.0);
    CHECK_FALSE(vaga->provisional);
    CHECK(vaga->where.file == kFile);
    CHECK(vaga->where.line == 2);

    const kt::Observation* suppressed = read.table.find("bosatte", "3435", 2020);
    REQUIRE(suppressed != nullptr);
    CHECK(suppressed->status == ValueStatus::suppressed);
    CHECK_FALSE(suppressed->has_number());
    CHECK(suppressed->where.line == 3);

    const kt::Observation* nil = read.table.find("bosatte", "3437", 2019);
    REQUIRE(nil != nullptr);
    CHECK(nil->status == ValueStatus::nil);
    CHECK(nil->has_number());
    CHECK(nil->number() == 0.0);

    const kt::Observation* half = read.table.find("bosatte", "3437", 2020);
    REQUIRE(half != nullptr);
    CHECK(half->status == ValueStatus::present);
    CHECK(half->value == 4.5);

    REQUIRE(read.table.find("folketall", "34", 2019) != nullptr);
    CHECK(read.table.find("folketall", "34", 2019)->status == ValueStatus::not_available);
    REQUIRE(read.table.find("folketall", "0", 2019) != nullptr);
    CHECK(read.table.find("folketall", "0", 2019)->status == ValueStatus::not_yet_available);
    REQUIRE(read.table.find("folketall", "0", 2020) != nullptr);
    CHECK(read.table.find("folketall", "0", 2020)->status == ValueStatus::not_applicable);

    CHECK(read.table.find("bosatte", "3435", 2021) == nullptr);
    CHECK(read.table.periods() == std::vector<int>{2019, 2020});
}

TEST_CASE("read_observation_file reports an unknown area code at its field",
          "[input][observations]") {
    ObservationFileRead read(kHeader +
                             "3435,2019,bosatte,12\n"
                             "9999,2019,bosatte,3\n");
    INFO(diagnostics_text(read.diagnostics));
    REQUIRE(read.diagnostics.error_count() == 1);
    CHECK_THAT(format_diagnostic(read.diagnostics.all().front()),
               Catch::StartsWith("data/observasjoner/x.csv:3:1: error: unknown area code '9999'"));
    CHECK(read.table.size() == 1);
    CHECK(read.table.find("bosatte", "9999", 2019) == nullptr);
}

TEST_CASE("read_observation_file reports an unknown measure at its field",
          "[input][observations]") {
    // "3435,2019," is 10 characters: the measure starts at column 11.
    ObservationFileRead read(kHeader + "3435,2019,flyktninger,5\n");
    INFO(diagnostics_text(read.diagnostics));
    REQUIRE(read.diagnostics.error_count() == 1);
    const kt::Diagnostic& d = read.diagnostics.all().front();
    CHECK(d.where.file == kFile);
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 11);
    CHECK_THAT(d.message, Catch::Contains("unknown measure 'flyktninger'"));
    CHECK(read.table.size() == 0);
}

TEST_CASE("read_observation_file reports a period that is not a year", "[input][observations]") {
    ObservationFileRead read(kHeader +
                             "3435,2019a,bosatte,5\n"   // line 2
                             "3435,19,bosatte,5\n"      // line 3
                             "3435,2019,bosatte,5\n");  // line 4: fine
    INFO(diagnostics_text(read.diagnostics));
    REQUIRE(read.diagnostics.error_count() == 2);
    const auto& all = read.diagnostics.all();
    CHECK(all[0].where.line == 2);
    CHECK(all[0].where.column == 6);
    CHECK_THAT(all[0].message, Catch::Contains("'2019a'") && Catch::Contains("not a year"));
    CHECK(all[1].where.line == 3);
    CHECK(all[1].where.column == 6);
    CHECK_THAT(all[1].message, Catch::Contains("'19'") && Catch::Contains("not a year"));
    CHECK(read.table.size() == 1);
}

TEST_CASE("read_observation_file reports a value that is neither a number nor a symbol",
          "[input][observations]") {
    // "3435,2019,bosatte," is 18 characters: the value starts at column 19 (at the quote).
    ObservationFileRead read(kHeader +
                             "3435,2019,bosatte,\"12,5\"\n"
                             "3435,2020,bosatte,abc\n");
    INFO(diagnostics_text(read.diagnostics));
    REQUIRE(read.diagnostics.error_count() == 2);
    const auto& all = read.diagnostics.all();
    CHECK(all[0].where.line == 2);
    CHECK(all[0].where.column == 19);
    CHECK_THAT(all[0].message, Catch::Contains("'12,5'"));
    CHECK(all[1].where.line == 3);
    CHECK(all[1].where.column == 19);
    CHECK_THAT(all[1].message, Catch::Contains("'abc'"));
    CHECK(read.table.size() == 0);
}

TEST_CASE("read_observation_file reports a duplicate and points at the first row",
          "[input][observations]") {
    ObservationFileRead read(kHeader +
                             "3435,2019,bosatte,12\n"    // line 2: first
                             "3437,2019,bosatte,3\n"     // line 3
                             "3435,2019,bosatte,13\n");  // line 4: same key again
    INFO(diagnostics_text(read.diagnostics));
    REQUIRE(read.diagnostics.error_count() == 1);
    const kt::Diagnostic& d = read.diagnostics.all().front();
    CHECK(d.where.file == kFile);
    CHECK(d.where.line == 4);
    CHECK(d.where.column == 1);
    CHECK_THAT(d.message, Catch::Contains("duplicate"));
    CHECK_THAT(d.message, Catch::Contains("data/observasjoner/x.csv:2"));
    // The first value stands.
    CHECK(read.table.size() == 2);
    REQUIRE(read.table.find("bosatte", "3435", 2019) != nullptr);
    CHECK(read.table.find("bosatte", "3435", 2019)->value == 12.0);
}

TEST_CASE("read_observation_file reports a row with the wrong number of fields",
          "[input][observations]") {
    ObservationFileRead read(kHeader +
                             "3435,2019,bosatte\n"          // line 2: 3 fields
                             "3435,2020,bosatte,4,extra\n"  // line 3: 5 fields
                             "3437,2019,bosatte,7\n");
    INFO(diagnostics_text(read.diagnostics));
    REQUIRE(read.diagnostics.error_count() == 2);
    const auto& all = read.diagnostics.all();
    CHECK(all[0].where.line == 2);
    CHECK(all[0].where.column == 1);
    CHECK_THAT(all[0].message, Catch::Contains("3 fields") && Catch::Contains("4"));
    CHECK(all[1].where.line == 3);
    CHECK_THAT(all[1].message, Catch::Contains("5 fields") && Catch::Contains("4"));
    CHECK(read.table.size() == 1);
}

TEST_CASE("read_observation_file reports a missing header column", "[input][observations]") {
    ObservationFileRead read("område,periode,verdi\n3435,2019,12\n");
    INFO(diagnostics_text(read.diagnostics));
    REQUIRE(read.diagnostics.error_count() == 1);
    const kt::Diagnostic& d = read.diagnostics.all().front();
    CHECK(d.where.file == kFile);
    CHECK(d.where.line == 1);
    CHECK_THAT(d.message, Catch::Contains("'mål'"));
    CHECK(read.table.size() == 0);
}

TEST_CASE("read_observation_file accepts the columns in any order and a byte-order mark",
          "[input][observations]") {
    ObservationFileRead read("\xEF\xBB\xBFverdi,mål,område,periode\n7,bosatte,3435,2019\n");
    INFO(diagnostics_text(read.diagnostics));
    CHECK(read.diagnostics.all().empty());
    REQUIRE(read.table.find("bosatte", "3435", 2019) != nullptr);
    CHECK(read.table.find("bosatte", "3435", 2019)->value == 7.0);
}

TEST_CASE("read_observation_file reports every error of a file in one pass",
          "[input][observations]") {
    ObservationFileRead read(kHeader +
                             "3435,2019,bosatte,1\n"      // line 2: fine
                             "9999,19,bosatte,abc\n"      // line 3: area, period and value
                             "3435,2020,flyktninger,2\n"  // line 4: measure
                             "3435,2019,bosatte,5\n");    // line 5: duplicate of line 2
    INFO(diagnostics_text(read.diagnostics));
    REQUIRE(read.diagnostics.error_count() == 5);
    const auto& all = read.diagnostics.all();
    CHECK_THAT(format_diagnostic(all[0]),
               Catch::StartsWith("data/observasjoner/x.csv:3:1: error: unknown area code '9999'"));
    CHECK(all[1].where.line == 3);
    CHECK(all[1].where.column == 6);
    CHECK_THAT(all[1].message, Catch::Contains("'19'"));
    CHECK(all[2].where.line == 3);
    CHECK(all[2].where.column == 17);  // "9999,19,bosatte," is 16 characters
    CHECK_THAT(all[2].message, Catch::Contains("'abc'"));
    CHECK(all[3].where.line == 4);
    CHECK(all[3].where.column == 11);
    CHECK_THAT(all[3].message, Catch::Contains("'flyktninger'"));
    CHECK(all[4].where.line == 5);
    CHECK_THAT(all[4].message, Catch::Contains("duplicate"));
    CHECK(read.table.size() == 1);
}

TEST_CASE("read_observation_file reports a file it cannot read", "[input][observations]") {
    TempSite site;
    ObservationTable table;
    Diagnostics diagnostics;
    read_observation_file(site.root(), kFile, "", small_registry(), small_catalogue(), table,
                          diagnostics);
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all().front().where.file == kFile);
    CHECK(table.size() == 0);
}

TEST_CASE("read_observations reads every CSV file and finds duplicates across files",
          "[input][observations]") {
    TempSite site;
    site.write("data/observasjoner/README.md", "Ikke en datafil.\n");
    site.write("data/observasjoner/a.csv", kHeader + "3435,2019,bosatte,12\n");
    site.write("data/observasjoner/b/c.csv", kHeader +
                                                 "3437,2019,bosatte,3\n"
                                                 "3435,2019,bosatte,13\n");
    ObservationTable table;
    Diagnostics diagnostics;
    read_observations(site.root(), small_registry(), small_catalogue(), table, diagnostics);
    INFO(diagnostics_text(diagnostics));
    // a.csv sorts before b/c.csv, so a.csv's row is the first and b/c.csv:3 the duplicate.
    REQUIRE(diagnostics.error_count() == 1);
    const kt::Diagnostic& d = diagnostics.all().front();
    CHECK(d.where.file == "data/observasjoner/b/c.csv");
    CHECK(d.where.line == 3);
    CHECK_THAT(d.message, Catch::Contains("data/observasjoner/a.csv:2"));
    CHECK(table.size() == 2);
}
