#include "output/output_writer.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "site_fixture.h"

namespace fs = std::filesystem;
using TempDir = kt::test::TempSite;

using kt::test::read_file;

TEST_CASE("publishing writes every file and marks the folder", "[site][output]") {
    TempDir tmp;
    const fs::path out = tmp.root() / "public";
    REQUIRE(
        kt::publish_site(out, {{"index.html", "forside"}, {"kommune/3435-vaga/index.html", "Vågå"}})
            .empty());
    CHECK(read_file(out / "index.html") == "forside");
    CHECK(read_file(out / "kommune/3435-vaga/index.html") == "Vågå");
    CHECK(fs::exists(out / kt::kSiteMarker));
}

TEST_CASE("publishing replaces the previous site as a whole", "[site][output]") {
    TempDir tmp;
    const fs::path out = tmp.root() / "public";
    REQUIRE(kt::publish_site(out, {{"old.html", "old"}, {"index.html", "v1"}}).empty());
    REQUIRE(kt::publish_site(out, {{"index.html", "v2"}}).empty());
    CHECK(read_file(out / "index.html") == "v2");
    CHECK_FALSE(fs::exists(out / "old.html"));  // no stale pages survive
    // Nothing but the output folder and its lock file is left beside it: no staging or
    // previous copies.
    std::vector<std::string> entries;
    for (const auto& entry : fs::directory_iterator(tmp.root()))
        entries.push_back(entry.path().filename().string());
    std::sort(entries.begin(), entries.end());
    CHECK(entries == std::vector<std::string>{".public.lock", "public"});
}

TEST_CASE("publishing refuses a path that leaves the output folder", "[site][output]") {
    TempDir tmp;
    const fs::path out = tmp.root() / "site" / "public";
    const std::vector<std::string> paths = {"../escape.html",
                                            "/etc/escape.html",
                                            "a//b.html",
                                            "a/./b",
                                            "kommune/../../escape.html",
                                            std::string("a\0b", 3),
                                            ""};
    for (const std::string& path : paths) {
        INFO(path);
        CHECK_FALSE(kt::output_path_problem(path).empty());
        CHECK_FALSE(kt::publish_site(out, {{"index.html", "x"}, {path, "escaped"}}).empty());
        CHECK_FALSE(fs::exists(tmp.root() / "escape.html"));
        CHECK_FALSE(fs::exists(out));
    }
    CHECK(kt::output_path_problem("kommune/3435-vaga/index.html").empty());
    CHECK(kt::output_path_problem(".kommunetall-site").empty());
}

TEST_CASE("two files for one path are reported with both sources", "[site][output]") {
    kt::Diagnostics diagnostics;
    kt::check_output_paths({{"landet/index.html", "generated", "the page of Norge"},
                            {"landet/index.html", "written", "content/landet.md"}},
                           diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(kt::format_diagnostic(diagnostics.all().front()) ==
          "content/landet.md: error: would be published as 'landet/index.html', which the page "
          "of Norge is published as too; rename one of them");
}

TEST_CASE("a folder kommunetall did not make is never replaced", "[site][output]") {
    TempDir tmp;
    const fs::path out = tmp.root() / "documents";
    fs::create_directories(out);
    std::ofstream(out / "letter.txt") << "keep me";
    const std::string error = kt::publish_site(out, {{"index.html", "x"}});
    CHECK_FALSE(error.empty());
    CHECK(read_file(out / "letter.txt") == "keep me");
    CHECK_FALSE(fs::exists(out / "index.html"));
    // Nothing is left beside it either: no lock file, no staging folder.
    std::vector<std::string> beside;
    for (const auto& entry : fs::directory_iterator(tmp.root()))
        beside.push_back(entry.path().filename().string());
    CHECK(beside == std::vector<std::string>{"documents"});
}

TEST_CASE("an empty folder or a file in the way", "[site][output]") {
    TempDir tmp;
    fs::create_directories(tmp.root() / "empty");
    CHECK(kt::publish_site(tmp.root() / "empty", {{"index.html", "x"}}).empty());
    CHECK(read_file(tmp.root() / "empty/index.html") == "x");
    std::ofstream(tmp.root() / "file") << "not a folder";
    CHECK_FALSE(kt::publish_site(tmp.root() / "file", {{"index.html", "x"}}).empty());
    CHECK(read_file(tmp.root() / "file") == "not a folder");
}

TEST_CASE("a publication writes files as they come and publishes them on commit",
          "[site][output]") {
    TempDir tmp;
    const fs::path out = tmp.root() / "public";
    REQUIRE(kt::publish_site(out, {{"index.html", "v1"}}).empty());
    std::string error;
    {
        const auto publication = kt::SitePublication::begin(out, error);
        REQUIRE(publication);
        CHECK(publication->add({"index.html", "v2"}).empty());
        CHECK_FALSE(publication->add({"../escape.html", "x"}).empty());
        CHECK(read_file(out / "index.html") == "v1");  // nothing shows before the commit
    }  // destroyed without a commit: the previous site stays, the staging folder goes
    CHECK(read_file(out / "index.html") == "v1");
    CHECK_FALSE(fs::exists(tmp.root() / "escape.html"));
    for (const auto& entry : fs::directory_iterator(tmp.root()))
        CHECK(entry.path().filename().string().find("staging") == std::string::npos);

    const auto publication = kt::SitePublication::begin(out, error);
    REQUIRE(publication);
    CHECK(publication->add({"index.html", "v2"}).empty());
    CHECK(publication->commit().empty());
    CHECK(read_file(out / "index.html") == "v2");
}

TEST_CASE("a publication replaces only the folder it began from", "[site][output]") {
    TempDir tmp;
    const fs::path out = tmp.root() / "public";
    REQUIRE(kt::publish_site(out, {{"index.html", "v1"}}).empty());
    std::string error;
    auto publication = kt::SitePublication::begin(out, error);
    REQUIRE(publication);
    CHECK(publication->add({"index.html", "v2"}).empty());
    // While the pages are made, someone puts their own folder where the site was.
    fs::remove_all(out);
    fs::create_directory(out);
    std::ofstream(out / "precious.txt") << "keep";
    CHECK_THAT(publication->commit(), Catch::Contains("not made by kommunetall"));
    publication.reset();
    CHECK(read_file(out / "precious.txt") == "keep");

    // Or a site of ours, but another one (a marker copied in): not the one it began from.
    fs::remove_all(out);
    REQUIRE(kt::publish_site(out, {{"index.html", "v1"}}).empty());
    publication = kt::SitePublication::begin(out, error);
    REQUIRE(publication);
    fs::rename(out, tmp.root() / "moved");
    fs::create_directory(out);
    std::ofstream(out / kt::kSiteMarker) << "";
    std::ofstream(out / "index.html") << "other";
    CHECK_THAT(publication->commit(), Catch::Contains("changed while the site was built"));
    publication.reset();
    CHECK(read_file(out / "index.html") == "other");

    // Where there was no folder, one that appears meanwhile is not replaced either.
    const fs::path fresh = tmp.root() / "fresh";
    publication = kt::SitePublication::begin(fresh, error);
    REQUIRE(publication);
    fs::create_directory(fresh);
    std::ofstream(fresh / "precious.txt") << "keep";
    CHECK_FALSE(publication->commit().empty());
    publication.reset();
    CHECK(read_file(fresh / "precious.txt") == "keep");
}
