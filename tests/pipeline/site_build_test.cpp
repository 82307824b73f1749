// A rebuild that reuses the statistics of the build before gives the same files as a build
// from scratch, and reuses them only while site.yaml and data/ are unchanged.
#include "pipeline/site_build.h"

#include <catch2/catch.hpp>

#include "site_fixture.h"
#include "starter/starter_site.h"

namespace kt {
namespace {

std::vector<OutputFile> build(const test::TempSite& site, StatisticsCache* cache) {
    Diagnostics diagnostics;
    std::optional<SiteBuild> built = build_site(site.root(), 2, diagnostics, cache);
    INFO(test::diagnostics_text(diagnostics));
    REQUIRE(built);
    return built->files;
}

// The same paths with the same bytes.
void check_same(const std::vector<OutputFile>& a, const std::vector<OutputFile>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].path == b[i].path);
        CHECK((a[i].content == b[i].content));
    }
}

}  // namespace

TEST_CASE("a rebuild reuses the statistics while the data are unchanged", "[pipeline]") {
    test::TempSite site;
    for (const OutputFile& file : starter_files()) site.write(file.path, file.content);
    StatisticsCache cache;
    build(site, &cache);
    CHECK(cache.computed());

    // A content page changes: the statistics are reused, and the files are a fresh build's.
    site.write("content/om.md",
               test::read_file(site.root() / "content/om.md") + "\nEn ny setning.\n");
    const auto reused = build(site, &cache);
    CHECK_FALSE(cache.computed());
    check_same(reused, build(site, nullptr));
    bool found = false;
    for (const OutputFile& file : reused)
        found = found || file.content.find("En ny setning.") != std::string::npos;
    CHECK(found);

    // A data file changes: computed again.
    const std::string data = test::read_file(site.root() / "data/observasjoner/tall.csv");
    std::string changed = data;
    const std::string row = "3401,2021,bosatte,40";
    REQUIRE(changed.find(row) != std::string::npos);
    changed.replace(changed.find(row), row.size(), "3401,2021,bosatte,41");
    site.write("data/observasjoner/tall.csv", changed);
    const auto recomputed = build(site, &cache);
    CHECK(cache.computed());
    check_same(recomputed, build(site, nullptr));

    // So does site.yaml.
    site.write("site.yaml", test::read_file(site.root() / "site.yaml") + "\n");
    build(site, &cache);
    CHECK(cache.computed());

    // A broken data file fails the build; mended, the statistics are computed again.
    site.write("data/observasjoner/tall.csv", changed + "9999,2023,bosatte,12\n");
    Diagnostics diagnostics;
    CHECK_FALSE(build_site(site.root(), 2, diagnostics, &cache));
    site.write("data/observasjoner/tall.csv", data);
    check_same(build(site, &cache), build(site, nullptr));
}

}  // namespace kt
