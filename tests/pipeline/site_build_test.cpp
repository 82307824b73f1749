// A rebuild that reuses the statistics of the build before gives the same files as a build
// from scratch, and reuses them only while site.yaml and data/ are unchanged; a rebuild after
// only a content file's text changed makes only the pages that show it.
#include "pipeline/site_build.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "site_fixture.h"
#include "starter/starter_site.h"

namespace kt {
namespace {

using Files = std::map<std::string, std::string>;

// The site a cache's user has after the build: a partial build's files replace those of the
// build before, `served`.
Files build(const test::TempSite& site, RebuildCache* cache, Files served = {},
            std::size_t* made = nullptr) {
    Diagnostics diagnostics;
    std::optional<SiteBuild> built = build_site(site.root(), 2, diagnostics, cache);
    INFO(test::diagnostics_text(diagnostics));
    REQUIRE(built);
    if (!built->partial) served.clear();
    for (const OutputFile& file : built->files) served[file.path] = file.content;
    if (made) *made = built->files.size();
    return served;
}

// The same paths with the same bytes.
void check_same(const Files& a, const Files& b) {
    REQUIRE(a.size() == b.size());
    for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j) {
        CHECK(i->first == j->first);
        CHECK((i->second == j->second));
    }
}

}  // namespace

TEST_CASE("a rebuild reuses the statistics while the data are unchanged", "[pipeline]") {
    test::TempSite site;
    for (const OutputFile& file : starter_files()) site.write(file.path, file.content);
    RebuildCache cache;
    Files served = build(site, &cache);
    CHECK(cache.computed());

    // A content page's text changes: the statistics are reused, only that page is made, and
    // the site is a fresh build's.
    site.write("content/om.md",
               test::read_file(site.root() / "content/om.md") + "\nEn ny setning.\n");
    std::size_t made = 0;
    served = build(site, &cache, served, &made);
    CHECK_FALSE(cache.computed());
    CHECK(made == 1);
    check_same(served, build(site, nullptr));
    CHECK(served.at("om/index.html").find("En ny setning.") != std::string::npos);

    // Written again as it was: nothing to make.
    site.write("content/om.md", test::read_file(site.root() / "content/om.md"));
    served = build(site, &cache, served, &made);
    CHECK(made == 0);
    check_same(served, build(site, nullptr));

    // Its title is in every page's menu: every page is made again.
    const std::string om = test::read_file(site.root() / "content/om.md");
    REQUIRE(om.find("title: ") != std::string::npos);
    std::string retitled = om;
    retitled.insert(retitled.find("title: ") + 7, "Mer ");
    site.write("content/om.md", retitled);
    served = build(site, &cache, served, &made);
    CHECK_FALSE(cache.computed());
    CHECK(made > 10);
    check_same(served, build(site, nullptr));

    // So are the templates.
    site.write("templates/_foot.mustache",
               test::read_file(site.root() / "templates/_foot.mustache") + "<!-- ny -->\n");
    served = build(site, &cache, served, &made);
    CHECK(made > 10);
    check_same(served, build(site, nullptr));

    // A broken content file fails; mended, the pages are those of a fresh build.
    site.write("content/om.md", "---\ntitle: [\n---\n");
    Diagnostics broken;
    CHECK_FALSE(build_site(site.root(), 2, broken, &cache));
    site.write("content/om.md", retitled + "\nEnda en setning.\n");
    served = build(site, &cache, served, &made);
    CHECK(made == 1);
    check_same(served, build(site, nullptr));

    // A data file changes: computed again.
    const std::string data = test::read_file(site.root() / "data/observasjoner/tall.csv");
    std::string changed = data;
    const std::string row = "3401,2021,bosatte,40";
    REQUIRE(changed.find(row) != std::string::npos);
    changed.replace(changed.find(row), row.size(), "3401,2021,bosatte,41");
    site.write("data/observasjoner/tall.csv", changed);
    served = build(site, &cache, served);
    CHECK(cache.computed());
    check_same(served, build(site, nullptr));

    // So does site.yaml.
    site.write("site.yaml", test::read_file(site.root() / "site.yaml") + "\n");
    build(site, &cache);
    CHECK(cache.computed());

    // A broken data file fails the build; mended, the statistics are computed again.
    site.write("data/observasjoner/tall.csv", changed + "9999,2023,bosatte,12\n");
    Diagnostics diagnostics;
    CHECK_FALSE(build_site(site.root(), 2, diagnostics, &cache));
    site.write("data/observasjoner/tall.csv", data);
    check_same(build(site, &cache, served), build(site, nullptr));
}

}  // namespace kt
