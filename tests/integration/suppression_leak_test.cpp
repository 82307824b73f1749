// No hidden figure can be read from any file the site writes. A small site is built twice:
// once from its data, once with the hidden counts changed in a way that keeps every published
// sum (a primary 3 becomes 4, its complement 12 becomes 11). If nothing hidden leaks, through
// a page, a chart, a download, the search index or a sum minus its other parts, the two
// builds are byte-identical. Changing a shown count must, by contrast, change the output.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <string>

#include "input/site_reader.h"
#include "render/template_set.h"
#include "site/site_builder.h"
#include "site_fixture.h"

namespace kt {
namespace {

namespace fs = std::filesystem;

const fs::path kSource = KOMMUNETALL_SOURCE_DIR;

const char* const kCatalogue = R"(families:
  - id: bosetting
    title: Bosetting
    summary: Bosetting og introduksjonsprogram.
measures:
  - id: folketall
    title: Folketall
    unit: innbyggere
    source: SSB
  - id: bosatte
    title: Bosatte
    unit: personer
    source: IMDi
  - id: avsluttet
    title: Avsluttet
    unit: personer
    source: SSB
  - id: arbeid
    title: I arbeid
    unit: personer
    source: SSB
indicators:
  - id: bosatte
    family: bosetting
    title: Bosatte flyktninger
    short_definition: Bosatte i året.
    definition: Bosatte i året.
    unit: personer
    computation: count
    numerator: bosatte
    source: IMDi
    cohort: Kalenderåret.
    key_figure: true
  - id: bosatte_per_1000
    family: bosetting
    title: Bosatte per 1 000 innbyggere
    short_definition: Bosatte per 1 000 innbyggere.
    definition: Bosatte per 1 000 innbyggere.
    unit: per 1 000 innbyggere
    computation: rate_per_1000
    numerator: bosatte
    denominator: folketall
    decimals: 1
    source: IMDi og SSB
    cohort: Kalenderåret.
  - id: arbeid_andel
    family: bosetting
    title: I arbeid eller utdanning
    short_definition: Andel i arbeid eller utdanning.
    definition: Andel i arbeid eller utdanning.
    unit: prosent
    computation: share
    numerator: arbeid
    denominator: avsluttet
    higher_is_better: true
    goal: 70
    goal_label: Nasjonalt mål
    source: SSB
    cohort: Avsluttet i året.
    min_denominator: 10
    key_figure: true
)";

const char* const kAreas = R"(kode,navn,type,overordnet,fra,til
0,Norge,land,,,
11,Vestfylke,fylke,0,,
12,Austfylke,fylke,0,,
1101,Aby,kommune,11,,
1102,Bby,kommune,11,,
1103,Cby,kommune,11,,
1104,Dby,kommune,11,,
1201,Eby,kommune,12,,
1202,Fby,kommune,12,,
)";

// code -> {folketall, bosatte, avsluttet, arbeid} for 2021, 2022, 2023.
using Yearly = std::map<std::string, std::map<int, std::map<std::string, int>>>;

Yearly base_data() {
    Yearly data;
    const std::map<std::string, int> population{{"1101", 2000}, {"1102", 2100}, {"1103", 5000},
                                                {"1104", 9000}, {"1201", 4000}, {"1202", 6000}};
    for (const auto& [code, people] : population)
        for (int year : {2021, 2022, 2023}) data[code][year]["folketall"] = people;
    auto set = [&](const std::string& code, int year, int settled, int finished, int working) {
        data[code][year]["bosatte"] = settled;
        data[code][year]["avsluttet"] = finished;
        data[code][year]["arbeid"] = working;
    };
    set("1101", 2021, 10, 12, 6);
    set("1101", 2022, 11, 13, 7);
    set("1101", 2023, 3, 8, 2);  // 3 settled and 2 in work: hidden (counts of 1-4)
    set("1102", 2021, 14, 15, 10);
    set("1102", 2022, 13, 16, 9);
    set("1102", 2023, 12, 14, 9);  // the smallest other: hidden so Aby cannot be subtracted
    set("1103", 2021, 22, 20, 13);
    set("1103", 2022, 21, 21, 14);
    set("1103", 2023, 20, 20, 12);
    set("1104", 2021, 31, 30, 20);
    set("1104", 2022, 33, 31, 22);
    set("1104", 2023, 30, 30, 20);
    set("1201", 2021, 15, 18, 11);
    set("1201", 2022, 16, 17, 12);
    set("1201", 2023, 15, 19, 13);
    set("1202", 2021, 25, 26, 18);
    set("1202", 2022, 24, 25, 17);
    set("1202", 2023, 25, 27, 19);
    return data;
}

std::string observations_csv(const Yearly& data) {
    std::string csv = "område,periode,mål,verdi\n";
    for (const auto& [code, years] : data)
        for (const auto& [year, measures] : years)
            for (const auto& [measure, value] : measures)
                csv += code + "," + std::to_string(year) + "," + measure + "," +
                       std::to_string(value) + "\n";
    return csv;
}

// A grouping that cuts across the counties: Aby with Eby, Bby with Fby, Cby with Dby; and the
// other comparisons built from figures: similar municipalities on settled per inhabitant, and
// an index.
const char* const kGrouping = R"(groupings:
  - id: region
    title: Region
    attribute: region
similar:
  count: 2
  variables:
    - id: bosatte_andel
      label: Bosatte per innbygger
      share_of: [bosatte, folketall]
indexes:
  - id: indeks
    title: Indeks
    description: Arbeid eller utdanning i karakterer.
    method: grades
    components:
      - indicator: arbeid_andel
)";
const char* const kRegions = R"(kode,egenskap,verdi
1101,region,A
1201,region,A
1102,region,B
1202,region,B
1103,region,C
1104,region,C
)";

// Every file the site writes, by path; with `grouped`, the site also publishes the regions.
std::map<std::string, std::string> build(const Yearly& data, bool grouped = false) {
    test::TempSite site;
    const auto copy = fs::copy_options::recursive;
    fs::copy(kSource / "templates", site.root() / "templates", copy);
    fs::copy(kSource / "assets", site.root() / "assets", copy);
    site.write("site.yaml", "title: Lekkasjetest\ndata_updated: 2026-11-01\n");
    site.write("data/omrader.csv", kAreas);
    site.write("data/katalog.yaml", std::string(kCatalogue) + (grouped ? kGrouping : ""));
    if (grouped) site.write("data/egenskaper.csv", kRegions);
    site.write("data/observasjoner/tall.csv", observations_csv(data));
    Diagnostics diagnostics;
    const SiteInput input = read_site(site.root(), diagnostics);
    const TemplateSet templates = TemplateSet::load(site.root(), diagnostics);
    INFO(test::diagnostics_text(diagnostics));
    REQUIRE_FALSE(diagnostics.has_errors());
    std::map<std::string, std::string> files;
    for (OutputFile& file : render_site(input, SiteStatistics(input, diagnostics), templates, site.root(), 1,
                                             diagnostics))
        files[file.path] = std::move(file.content);
    REQUIRE_FALSE(diagnostics.has_errors());
    return files;
}

// The paths whose content differs, or that only one build has.
std::vector<std::string> differences(const std::map<std::string, std::string>& a,
                                     const std::map<std::string, std::string>& b) {
    std::vector<std::string> paths;
    for (const auto& [path, content] : a) {
        auto other = b.find(path);
        if (other == b.end() || other->second != content) paths.push_back(path);
    }
    for (const auto& [path, content] : b)
        if (!a.count(path)) paths.push_back(path);
    return paths;
}

}  // namespace

TEST_CASE("no output file gives a hidden count away", "[integration][suppression]") {
    const auto original = build(base_data());

    // The county's total (65 settled) and every other sum stay as they were.
    Yearly hidden_changed = base_data();
    hidden_changed["1101"][2023]["bosatte"] = 4;
    hidden_changed["1102"][2023]["bosatte"] = 11;
    hidden_changed["1101"][2023]["arbeid"] = 3;
    hidden_changed["1102"][2023]["arbeid"] = 8;
    const auto changed = build(hidden_changed);
    CHECK(original.size() > 10);
    CHECK(differences(original, changed) == std::vector<std::string>{});

    // The hidden figures say why they are hidden.
    const std::string& aby = original.at("kommune/1101-aby/index.html");
    CHECK_THAT(aby, Catch::Contains("færre enn 5 personer"));
    // Bby's count is hidden to protect Aby's, with the same words: two would tell which is
    // the small one.
    const std::string& bby = original.at("kommune/1102-bby/index.html");
    CHECK_THAT(bby, Catch::Contains("færre enn 5 personer, eller det er skjult for at et slikt "
                                    "tall ikke skal kunne regnes ut"));

    // A shown count is in the output: changing it changes the files, so the comparison above
    // can fail.
    Yearly shown_changed = base_data();
    shown_changed["1103"][2023]["bosatte"] = 21;
    CHECK_FALSE(differences(original, build(shown_changed)).empty());
}

TEST_CASE("groups across counties, similar municipalities and indexes give no hidden count away",
          "[integration][suppression]") {
    const auto original = build(base_data(), true);
    CHECK(original.count("gruppe/region/a/index.html") == 1);
    CHECK(original.count("indeks/indeks/index.html") == 1);
    CHECK_THAT(original.at("kommune/1103-cby/index.html"), Catch::Contains("Kommuner som ligner"));

    // Aby (region A) and Bby (region B) are hidden in Vestfylke. A group's figure adds only its
    // members' published figures, so moving one person from Bby to Aby, which keeps the
    // county's sum, must change nothing, not even the two regions' figures.
    Yearly moved = base_data();
    for (const std::string measure : {"bosatte", "arbeid"}) {
        moved["1101"][2023][measure] += 1;
        moved["1102"][2023][measure] -= 1;
    }
    CHECK(differences(original, build(moved, true)) == std::vector<std::string>{});
    CHECK_THAT(original.at("gruppe/region/a/index.html"), Catch::Contains("Summen mangler"));

    // The group figures are published: a shown count changes them.
    Yearly shown_changed = base_data();
    shown_changed["1103"][2023]["bosatte"] = 21;
    const auto differing = differences(original, build(shown_changed, true));
    CHECK(std::find(differing.begin(), differing.end(), "gruppe/region/c/index.html") !=
          differing.end());
}

}  // namespace kt
