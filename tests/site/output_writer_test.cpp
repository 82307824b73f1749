#include "site/output_writer.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "site_fixture.h"

namespace fs = std::filesystem;
using TempDir = kt::test::TempSite;

namespace {

std::string read(const fs::path& file) {
    std::ifstream in(file);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("publishing writes every file and marks the folder", "[site][output]") {
    TempDir tmp;
    const fs::path out = tmp.root() / "public";
    REQUIRE(kt::publish_site(out, {{"index.html", "forside"}, {"kommune/3435-vaga/index.html", "Vågå"}})
                .empty());
    CHECK(read(out / "index.html") == "forside");
    CHECK(read(out / "kommune/3435-vaga/index.html") == "Vågå");
    CHECK(fs::exists(out / kt::kSiteMarker));
}

TEST_CASE("publishing replaces the previous site as a whole", "[site][output]") {
    TempDir tmp;
    const fs::path out = tmp.root() / "public";
    REQUIRE(kt::publish_site(out, {{"old.html", "old"}, {"index.html", "v1"}}).empty());
    REQUIRE(kt::publish_site(out, {{"index.html", "v2"}}).empty());
    CHECK(read(out / "index.html") == "v2");
    CHECK_FALSE(fs::exists(out / "old.html"));  // no stale pages survive
    // Nothing but the output folder is left beside it: no staging or previous copies.
    std::size_t entries = 0;
    for (const auto& entry : fs::directory_iterator(tmp.root())) {
        (void)entry;
        ++entries;
    }
    CHECK(entries == 1);
}

TEST_CASE("a folder kommunetall did not make is never replaced", "[site][output]") {
    TempDir tmp;
    const fs::path out = tmp.root() / "documents";
    fs::create_directories(out);
    std::ofstream(out / "letter.txt") << "keep me";
    const std::string error = kt::publish_site(out, {{"index.html", "x"}});
    CHECK_FALSE(error.empty());
    CHECK(read(out / "letter.txt") == "keep me");
    CHECK_FALSE(fs::exists(out / "index.html"));
}

TEST_CASE("an empty folder or a file in the way", "[site][output]") {
    TempDir tmp;
    fs::create_directories(tmp.root() / "empty");
    CHECK(kt::publish_site(tmp.root() / "empty", {{"index.html", "x"}}).empty());
    CHECK(read(tmp.root() / "empty/index.html") == "x");
    std::ofstream(tmp.root() / "file") << "not a folder";
    CHECK_FALSE(kt::publish_site(tmp.root() / "file", {{"index.html", "x"}}).empty());
    CHECK(read(tmp.root() / "file") == "not a folder");
}
