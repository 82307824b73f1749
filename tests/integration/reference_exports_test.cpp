// Sites built from IMDi's real exports in ../shared/reference/imdi, each added with a data
// description only (tests/fixtures/imdi), the files themselves unchanged. Expected totals are
// summed here straight from the raw files, without the program's readers.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <sstream>

#include "audit/disclosure_audit.h"
#include "input/site_reader.h"
#include "render/template_set.h"
#include "output/output_writer.h"
#include "site/site_builder.h"
#include "stats/site_statistics.h"
#include "site_fixture.h"

namespace kt {
namespace {

namespace fs = std::filesystem;

const fs::path kSource = KOMMUNETALL_SOURCE_DIR;
const fs::path kReference = kSource / ".." / "shared" / "reference" / "imdi";

std::vector<std::string> split(const std::string& line, char delimiter) {
    std::vector<std::string> fields(1);
    for (char c : line) {
        if (c == delimiter) {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

// bosatt_anmodede.csv: Enhet;År;Kommunenummer;Kommune;Bosetting;Antall. Codes, years and the
// words compared here are ASCII, so the Latin-1 bytes need no decoding.
struct SettlementRow {
    std::string unit, code, measure, value;
    int year = 0;
};

std::vector<SettlementRow> settlement_rows() {
    std::vector<SettlementRow> rows;
    std::istringstream in(test::read_file(kReference / "bosatt_anmodede.csv"));
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        auto f = split(line, ';');
        rows.push_back({f[0], f[2], f[4], f[5], std::stoi(f[1])});
    }
    return rows;
}

bool is_whole_number(const std::string& text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

// Settled persons in `year` over the codes that `include` accepts, and how many of them
// are suppressed (":").
struct Sum {
    double total = 0;
    int suppressed = 0;
};
template <typename Include>
Sum settled(const std::vector<SettlementRow>& rows, int year, Include include) {
    Sum sum;
    for (const SettlementRow& r : rows) {
        if (r.unit != "Personer" || r.measure != "Faktisk bosetting" || r.year != year ||
            !include(r.code))
            continue;
        if (is_whole_number(r.value)) sum.total += std::stod(r.value);
        if (r.value == ":") ++sum.suppressed;
    }
    return sum;
}

// A site folder with the repository's registry, templates and styles, the fixture's
// catalogue and descriptions, and the two exports copied in unchanged.
struct ReferenceSite {
    test::TempSite folder;
    Diagnostics diagnostics;
    SiteInput input;

    ReferenceSite() {
        const auto copy = fs::copy_options::recursive;
        fs::copy(kSource / "templates", folder.root() / "templates", copy);
        fs::copy(kSource / "assets", folder.root() / "assets", copy);
        fs::copy(kSource / "tests/fixtures/imdi", folder.root(), copy);
        fs::copy(kSource / "data/omrader.csv", folder.root() / "data/omrader.csv");
        fs::copy(kSource / "data/endringer.csv", folder.root() / "data/endringer.csv");
        for (const char* file : {"bosatt_anmodede.csv", "befolkning_innvandringsgrunn.csv"})
            fs::copy(kReference / file, folder.root() / "data/observasjoner" / file);
        input = read_site(folder.root(), diagnostics);
    }
};

bool reference_present() {
    if (fs::exists(kReference / "bosatt_anmodede.csv")) return true;
    WARN("skipped: " << kReference.string() << " is absent (the real exports live in ../shared)");
    return false;
}

}  // namespace

TEST_CASE("IMDi's settlement export builds a site with the right totals", "[reference]") {
    if (!reference_present()) return;
    ReferenceSite site;
    INFO(test::diagnostics_text(site.diagnostics));
    REQUIRE(site.diagnostics.all().empty());
    Diagnostics computed;
    const SiteStatistics data(site.input, computed);
    REQUIRE_FALSE(computed.has_errors());
    const std::vector<SettlementRow> rows = settlement_rows();
    auto any_code = [](const std::string& code) {
        return code != "9999" && code.substr(0, 2) != "21" && code.substr(0, 2) != "22";
    };

    SECTION("national totals are the sums of the municipalities' rows") {
        // The README's check figure: 4 782 settled in 2019 over the municipalities, 19 hidden.
        const Sum sum2019 = settled(rows, 2019, any_code);
        CHECK(sum2019.total == 4782);
        const IndicatorValue country = data.figures.value("bosatte", "0", 2019);
        REQUIRE(country.has_number());
        CHECK(country.value == sum2019.total);
        CHECK(country.parts_missing == sum2019.suppressed);
        for (int year : {2015, 2016, 2017, 2018, 2020, 2021, 2022, 2023}) {
            INFO(year);
            CHECK(data.figures.value("bosatte", "0", year).value ==
                  settled(rows, year, any_code).total);
        }
    }

    SECTION("the original request is read where IMDi revised its requests, and only there") {
        // The export has "Opprinnelig anmodning" for 2020 (5 120, cut to 3 602 in the
        // pandemic) and 2022 (5 500, raised to 35 000 after the war in Ukraine began).
        const IndicatorValue original2020 = data.figures.value("anmodning_opprinnelig", "0", 2020);
        REQUIRE(original2020.has_number());
        CHECK(original2020.value == 5120);
        CHECK(data.figures.value("anmodning_opprinnelig", "0", 2022).value == 5500);
        CHECK_FALSE(data.figures.value("anmodning_opprinnelig", "0", 2021).has_number());
    }

    SECTION("a county sums its municipalities under the codes of the time") {
        // Trøndelag 2019: the export still used the Sør- and Nord-Trøndelag codes (16xx, 17xx).
        auto troendelag = [](const std::string& code) {
            return code.size() == 4 &&
                   (code.starts_with("16") || code.starts_with("17") || code.starts_with("50"));
        };
        CHECK(data.figures.value("bosatte", "50", 2019).value ==
              settled(rows, 2019, troendelag).total);
    }

    SECTION("a municipality's series spans the 2020 merger") {
        auto moss_2019 = [](const std::string& code) { return code == "0104" || code == "0136"; };
        auto moss_2021 = [](const std::string& code) { return code == "3002"; };
        const IndicatorValue before = data.figures.value("bosatte", "3103", 2019);
        REQUIRE(before.has_number());
        CHECK(before.value == settled(rows, 2019, moss_2019).total);  // 35 + 20
        CHECK(before.parts_missing == 0);
        CHECK(data.figures.value("bosatte", "3103", 2021).value ==
              settled(rows, 2021, moss_2021).total);
        // Stavanger kept its code when Finnøy and Rennesøy joined it in 2020.
        auto stavanger = [](const std::string& code) {
            return code == "1103" || code == "1141" || code == "1142";
        };
        for (int year = 2015; year <= 2019; ++year)
            CHECK(data.figures.value("bosatte", "1103", year).value ==
                  settled(rows, year, stavanger).total);
        // Sandefjord 2016: the export already writes 0710 (from 2017) as "." for 2016.
        auto sandefjord = [](const std::string& code) {
            return code == "0706" || code == "0719" || code == "0720";
        };
        CHECK(data.figures.value("bosatte", "3907", 2016).value ==
              settled(rows, 2016, sandefjord).total);
        // Molde 2018: Molde 38, Nesset ":", Midsund "." (nobody to settle): 38 of two relevant
        // parts.
        const IndicatorValue molde = data.figures.value("bosatte", "1506", 2018);
        CHECK(molde.value == 38);
        CHECK(molde.parts_total == 2);
        CHECK(molde.parts_missing == 1);
    }

    SECTION("SSB's symbols keep their meaning") {
        CHECK(data.figures.value("bosatte", "1111", 2020).status == ValueStatus::suppressed);
        CHECK(data.figures.value("vedtak", "1859", 2023).status == ValueStatus::not_applicable);
    }

    SECTION("a split municipality's earlier years are a break, not a number") {
        const IndicatorValue heim = data.figures.value("bosatte", "5055", 2019);
        CHECK(heim.incomparable);
        CHECK_FALSE(heim.has_number());
        CHECK(data.figures.value("bosatte", "5055", 2021).has_number());
    }
}

TEST_CASE("IMDi's pivoted population export becomes part of the site", "[reference]") {
    if (!reference_present()) return;
    ReferenceSite site;
    INFO(test::diagnostics_text(site.diagnostics));
    REQUIRE(site.diagnostics.all().empty());  // the reasons add up to "Alle" everywhere
    Diagnostics computed;
    const SiteStatistics data(site.input, computed);
    REQUIRE_FALSE(computed.has_errors());

    // Immigrants, all reasons, both sexes, persons: column "Innvandringsgrunn: Alle / Kjønn:
    // Alle / Enhet: Personer / År: 2019", found here from the header rows.
    std::istringstream in(test::read_file(kReference / "befolkning_innvandringsgrunn.csv"));
    std::vector<std::vector<std::string>> header(4);
    std::string line;
    for (auto& row : header) {
        std::getline(in, line);
        row = split(line, ';');
    }
    auto column = [&](const std::string& year) {
        for (std::size_t c = 2; c < header[0].size(); ++c)
            if (header[0][c] == "Innvandringsgrunn: Alle" && header[1][c] == "Kj\xF8nn: Alle" &&
                header[2][c] == "Enhet: Personer" && header[3][c] == "\xC5r: " + year)
                return c;
        FAIL("no column for " << year);
        return std::size_t{0};
    };
    std::map<std::string, std::vector<std::string>> by_code;
    while (std::getline(in, line)) {
        auto fields = split(line, ';');
        by_code[fields[0]] = fields;
    }
    const std::size_t c2019 = column("2019");
    const double moss_2019 =
        std::stod(by_code.at("K0104")[c2019]) + std::stod(by_code.at("K0136")[c2019]);
    CHECK(data.figures.value("innvandrere_flukt_andel", "3103", 2019).denominator == moss_2019);
    // Halden's row K3001 is back-cast to 2006 under its 2020 code.
    CHECK(data.figures.value("innvandrere_flukt_andel", "3101", 2019).denominator ==
          std::stod(by_code.at("K3001")[c2019]));
}

TEST_CASE("the site from the real exports says what happened to each municipality", "[reference]") {
    if (!reference_present()) return;
    ReferenceSite site;
    REQUIRE_FALSE(site.diagnostics.has_errors());
    Diagnostics diagnostics;
    TemplateSet templates = TemplateSet::load(site.folder.root(), diagnostics);
    auto files = render_site(site.input, SiteStatistics(site.input, diagnostics), templates,
                             site.folder.root(), 2, diagnostics);
    INFO(test::diagnostics_text(diagnostics));
    REQUIRE_FALSE(diagnostics.has_errors());
    std::map<std::string, std::string> by_path;
    for (OutputFile& file : files) by_path[file.path] = std::move(file.content);

    const std::string& moss = by_path.at("kommune/3103-moss/index.html");
    CHECK_THAT(moss, Catch::Contains("Slått sammen med Rygge (0136) 1.1.2020"));
    CHECK_THAT(moss,
               Catch::Contains("Tall til og med 2019 er summen for Moss (0104) og Rygge (0136)"));
    CHECK_THAT(by_path.at("kommune/5001-trondheim-traante/index.html"),
               Catch::Contains("Tall til og med 2019 er summen for Trondheim - Tråante (5001) og "
                               "Klæbu (5030)"));
    CHECK_THAT(by_path.at("kommune/0136-rygge/index.html"),
               Catch::Contains("url=../../kommune/3103-moss/index.html"));
    CHECK_THAT(by_path.at("kommune/5055-heim/index.html"),
               Catch::Contains("Brudd i serien: Heim fikk nye grenser 1.1.2020"));
    // A suppressed count stays a symbol in the download, with no number beside it.
    CHECK_THAT(by_path.at("kommune/1111-sokndal/1111-sokndal.csv"),
               Catch::Contains("bosatte,1111,Sokndal,kommune,2020,,:,kilde,,"));
}

TEST_CASE("an intruder's audit of the site from the real exports narrows no hidden count",
          "[reference][audit]") {
    if (!reference_present()) return;
    ReferenceSite site;
    REQUIRE_FALSE(site.diagnostics.has_errors());
    Diagnostics diagnostics;
    TemplateSet templates = TemplateSet::load(site.folder.root(), diagnostics);
    const auto files = render_site(site.input, SiteStatistics(site.input, diagnostics), templates,
                             site.folder.root(), 2, diagnostics);
    const fs::path out = site.folder.root() / "public";
    REQUIRE(publish_site(out, files).empty());

    // Only what was written: the downloads and the definitions.
    Diagnostics read;
    const PublishedSite published = read_published_site(out, read);
    INFO(test::diagnostics_text(read));
    REQUIRE_FALSE(read.has_errors());
    const AuditReport report = audit_disclosure(published);
    INFO(format_audit_report(report, 20));
    CHECK(report.confidential > 100);  // the site's small counts and the cells that hide them
    CHECK(report.hidden_in_source > 100);
    CHECK_FALSE(report.contradiction);
    CHECK(report.narrowed.empty());
}

}  // namespace kt
