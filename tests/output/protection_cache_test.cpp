#include "output/protection_cache.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

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
    auto cache = kt::ProtectionCache::open(tmp.root() / "cache", false, error);
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

    SECTION("a file that is not exactly what the cache writes counts as never written") {
        for (const char* text : {"", "kommunetall protection 1\ncomplements 2 5\n",
                                 "kommunetall protection 1\ncomplements 5 2\nnarrowed\n",
                                 "kommunetall protection 1\ncomplements 2 2\nnarrowed\n",
                                 "kommunetall protection 1\ncomplements -2\nnarrowed\n",
                                 "kommunetall protection 1\ncomplements 99999999999\nnarrowed\n",
                                 "kommunetall protection 1\ncomplements 2\nnarrowed\nmore\n",
                                 "kommunetall protection 2\ncomplements 2\nnarrowed\n"}) {
            std::ofstream(files[0], std::ios::trunc) << text;
            CHECK_FALSE(cache->recall(problem, 10));
        }
    }
    SECTION("a link in the file's place is not followed") {
        std::ofstream(tmp.root() / "elsewhere")
            << "kommunetall protection 1\ncomplements\nnarrowed\n";
        fs::remove(files[0]);
        fs::create_symlink(tmp.root() / "elsewhere", files[0]);
        CHECK_FALSE(cache->recall(problem, 10));
    }
    SECTION("a read-only cache recalls and keeps nothing") {
        auto reader = kt::ProtectionCache::open(tmp.root() / "cache", true, error);
        REQUIRE(reader);
        CHECK(reader->recall(problem, 10));
        reader->remember("another problem", {{1}, {}});
        CHECK(files_in(tmp.root() / "cache/protection").size() == 1);
        auto absent = kt::ProtectionCache::open(tmp.root() / "nowhere", true, error);
        REQUIRE(absent);
        CHECK_FALSE(fs::exists(tmp.root() / "nowhere"));
    }
}

TEST_CASE("A protection folder that is a link is refused", "[output][protection_cache]") {
    kt::test::TempSite tmp;
    fs::create_directories(tmp.root() / "cache");
    fs::create_directories(tmp.root() / "other");
    fs::create_directory_symlink(tmp.root() / "other", tmp.root() / "cache/protection");
    std::string error;
    CHECK_FALSE(kt::ProtectionCache::open(tmp.root() / "cache", false, error));
    CHECK(error.find("not a folder of this user's") != std::string::npos);
}
