#include "output/protection_cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "site_fixture.h"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> files_in(const fs::path& folder) {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(folder)) out.push_back(entry.path());
    return out;
}

}  // namespace

TEST_CASE("The protection cache gives back what it kept for the same problem only",
          "[output][protection_cache]") {
    kt::test::TempSite tmp;
    std::string error;
    auto cache = kt::ProtectionCache::open(tmp.root() / "cache", false, {}, error);
    REQUIRE(cache);
    CHECK(error.empty());
    const std::string problem("a group\0with numbers", 20);
    cache->remember(problem, {{2, 5}, {7}});
    auto kept = cache->recall(problem, 10);
    REQUIRE(kept);
    CHECK(kept->complements == std::vector<std::uint32_t>{2, 5});
    CHECK(kept->narrowed == std::vector<std::uint32_t>{7});
    CHECK_FALSE(cache->recall(problem + "x", 10));
    CHECK_FALSE(cache->recall(problem, 7));  // a position beyond the group's cells
    CHECK(cache->recalled() == 1);
    CHECK(cache->remembered() == 1);

    // The folder is the user's alone, and the file does not hold the problem.
    struct stat info;
    REQUIRE(::stat((tmp.root() / "cache/protection").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
    const std::vector<fs::path> files = files_in(tmp.root() / "cache/protection");
    REQUIRE(files.size() == 1);
    CHECK(files[0].filename().string().size() == 64);  // SHA-256 in hex
    const std::string written = kt::test::read_file(files[0]);
    CHECK(written.find("with numbers") == std::string::npos);

    SECTION("a file that is not exactly what the cache wrote counts as never written") {
        const std::string check = written.substr(written.find("check "));
        for (const std::string& text : std::vector<std::string>{
                 std::string(), written.substr(0, written.size() - 1), written + "\n",
                 // Another result under the same check value: the check is over the result too.
                 "kommunetall protection 2\ncomplements\nnarrowed\n" + check,
                 "kommunetall protection 2\ncomplements 2  5\nnarrowed 7\n" + check,
                 "kommunetall protection 2\ncomplements 02 5\nnarrowed 7\n" + check,
                 "kommunetall protection 2\ncomplements 5 2\nnarrowed 7\n" + check,
                 "kommunetall protection 2\ncomplements 2 5\nnarrowed 7\ncheck 00\n",
                 "kommunetall protection 1\ncomplements 2 5\nnarrowed 7\n"}) {
            std::ofstream(files[0], std::ios::trunc) << text;
            CHECK_FALSE(cache->recall(problem, 10));
        }
        std::ofstream(files[0], std::ios::trunc) << written;
        CHECK(cache->recall(problem, 10));
    }
    SECTION("a link in the file's place is not followed") {
        std::ofstream(tmp.root() / "elsewhere") << written;
        fs::remove(files[0]);
        fs::create_symlink(tmp.root() / "elsewhere", files[0]);
        CHECK_FALSE(cache->recall(problem, 10));
    }
    SECTION("a read-only cache recalls and keeps nothing") {
        auto reader = kt::ProtectionCache::open(tmp.root() / "cache", true, {}, error);
        REQUIRE(reader);
        CHECK(reader->recall(problem, 10));
        reader->remember("another problem", {{1}, {}});
        CHECK(files_in(tmp.root() / "cache/protection").size() == 1);
        auto absent = kt::ProtectionCache::open(tmp.root() / "nowhere", true, {}, error);
        REQUIRE(absent);
        CHECK_FALSE(absent->recall(problem, 10));
        CHECK_FALSE(fs::exists(tmp.root() / "nowhere"));
    }
    SECTION("a folder others can write is not read") {
        fs::permissions(tmp.root() / "cache/protection", fs::perms::others_write,
                        fs::perm_options::add);
        auto reader = kt::ProtectionCache::open(tmp.root() / "cache", true, {}, error);
        REQUIRE(reader);
        CHECK_FALSE(reader->recall(problem, 10));
        // A build makes it the user's alone again.
        CHECK(kt::ProtectionCache::open(tmp.root() / "cache", false, {}, error));
        REQUIRE(::stat((tmp.root() / "cache/protection").c_str(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0700);
    }
    SECTION("pruning removes old results only") {
        std::ofstream(tmp.root() / "cache/protection/notes.txt") << "mine";
        std::ofstream(tmp.root() / "cache/protection" / std::string(64, 'a')) << "old";
        const auto old = fs::file_time_type::clock::now() - std::chrono::hours(24 * 40);
        for (const fs::path& file : files_in(tmp.root() / "cache/protection"))
            fs::last_write_time(file, old);
        fs::last_write_time(files[0], fs::file_time_type::clock::now());
        cache->prune();
        CHECK(fs::exists(tmp.root() / "cache/protection/notes.txt"));
        CHECK(fs::exists(files[0]));
        CHECK_FALSE(fs::exists(tmp.root() / "cache/protection" / std::string(64, 'a')));
    }
}

TEST_CASE("A protection folder that is a link or a file is refused", "[output][protection_cache]") {
    kt::test::TempSite tmp;
    fs::create_directories(tmp.root() / "cache");
    fs::create_directories(tmp.root() / "other");
    std::string error;
    SECTION("a link") {
        fs::create_directory_symlink(tmp.root() / "other", tmp.root() / "cache/protection");
        CHECK_FALSE(kt::ProtectionCache::open(tmp.root() / "cache", false, {}, error));
        CHECK_FALSE(kt::ProtectionCache::open(tmp.root() / "cache", true, {}, error));
    }
    SECTION("a file") {
        std::ofstream(tmp.root() / "cache/protection") << "x";
        CHECK_FALSE(kt::ProtectionCache::open(tmp.root() / "cache", false, {}, error));
    }
    CHECK(error.find("is not a folder") != std::string::npos);
}

TEST_CASE("A cache folder of another user's is refused", "[output][protection_cache]") {
    kt::test::TempSite tmp;
    fs::create_directories(tmp.root() / "cache");
    if (::geteuid() != 0 || ::chown((tmp.root() / "cache").c_str(), 65534, 65534) != 0) {
        WARN("needs root to give a folder to another user: skipped");
        return;
    }
    std::string error;
    CHECK_FALSE(kt::ProtectionCache::open(tmp.root() / "cache", false, {}, error));
    CHECK(error.find("is someone else's") != std::string::npos);
    CHECK_FALSE(fs::exists(tmp.root() / "cache/protection"));
}

TEST_CASE("The protection folder is placed by where it really is", "[output][protection_cache]") {
    kt::test::TempSite tmp;
    const fs::path site = tmp.root() / "site", out = tmp.root() / "out";
    fs::create_directories(site / "assets");
    fs::create_directories(out);
    kt::ProtectionCache::Placement placement;
    placement.not_in = {{site / "assets", "assets/"}, {out, "the output folder"}};
    placement.not_holding = {{site, "the site folder"}, {out, "the output folder"}};
    std::string error;
    SECTION("through a link into a folder the site reads") {
        fs::create_directory_symlink(site / "assets", tmp.root() / "link");
        CHECK_FALSE(kt::ProtectionCache::open(tmp.root() / "link", false, placement, error));
        CHECK(error.find("is inside assets/") != std::string::npos);
        CHECK_FALSE(fs::exists(site / "assets/protection"));  // made, and removed again
    }
    SECTION("an output folder not made yet, named with a trailing slash") {
        placement.not_holding.back().first = tmp.root() / "cache/protection/";
        CHECK_FALSE(kt::ProtectionCache::open(tmp.root() / "cache", false, placement, error));
        CHECK(error.find("would hold the output folder") != std::string::npos);
    }
    SECTION("the site inside it") {
        fs::create_directories(tmp.root() / "cache/protection");
        fs::rename(site, tmp.root() / "cache/protection/site");
        placement.not_holding.front().first = tmp.root() / "cache/protection/site";
        CHECK_FALSE(kt::ProtectionCache::open(tmp.root() / "cache", false, placement, error));
        CHECK(error.find("would hold the site folder") != std::string::npos);
    }
    SECTION("on a way anyone can change") {
        fs::create_directories(tmp.root() / "open");
        fs::permissions(tmp.root() / "open", fs::perms::all);
        CHECK_FALSE(kt::ProtectionCache::open(tmp.root() / "open/cache", false, placement, error));
        CHECK(error.find("can be changed by anyone") != std::string::npos);
    }
    SECTION("beside them all") {
        CHECK(kt::ProtectionCache::open(tmp.root() / "cache", false, placement, error));
        CHECK(error.empty());
    }
}
