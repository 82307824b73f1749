#pragma once
// Test fixtures: a throw-away site folder, and checks of reported diagnostics.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>

#include "input/words_reader.h"
#include "model/area.h"
#include "model/diagnostics.h"
#include "model/words.h"

namespace kt::test {

// An area for a registry built in a test; empty dates: in use before and after.
inline Area make_area(std::string code, std::string name, AreaKind kind, std::string parent,
                      std::string first_day = "", std::string last_day = "") {
    Area a;
    a.code = std::move(code);
    a.name = std::move(name);
    a.kind = kind;
    a.parent = std::move(parent);
    a.first_day = std::move(first_day);
    a.last_day = std::move(last_day);
    return a;
}

// The demo site's words (templates/words.yaml), read once.
inline const Words& demo_words() {
    static const Words words = [] {
        Diagnostics diagnostics;
        Words read = read_words(KOMMUNETALL_SOURCE_DIR, diagnostics);
        if (diagnostics.has_errors()) throw std::runtime_error("the demo site's words have errors");
        return read;
    }();
    return words;
}

// All diagnostics as formatted lines, for INFO() so that a failing check shows what was reported.
inline std::string diagnostics_text(const Diagnostics& diagnostics) {
    std::string text;
    for (const Diagnostic& d : diagnostics.all()) text += format_diagnostic(d) + "\n";
    return text;
}

// Exactly one error was reported (warnings aside), at `where` (file, line and column), and
// its message contains `message_part`.
inline void check_single_error(const Diagnostics& diagnostics, const SourceLocation& where,
                               const std::string& message_part) {
    INFO(diagnostics_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    const Diagnostic& d =
        *std::find_if(diagnostics.all().begin(), diagnostics.all().end(),
                      [](const Diagnostic& x) { return x.severity == Severity::error; });
    CHECK(d.where.file == where.file);
    CHECK(d.where.line == where.line);
    CHECK(d.where.column == where.column);
    CHECK_THAT(d.message, Catch::Contains(message_part));
}

// A file's bytes, as a test reads back what the program wrote.
inline std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A site folder created empty under the system's temporary directory with a name no other
// test (or test run) uses, filled with `write`, and removed when the fixture goes out of scope.
class TempSite {
  public:
    TempSite() {
        std::random_device entropy;
        for (int attempt = 0; attempt < 100; ++attempt) {
            const std::uint64_t tag = (std::uint64_t{entropy()} << 32) ^ entropy();
            std::filesystem::path candidate = std::filesystem::temp_directory_path() /
                                              ("kommunetall-test-" + std::to_string(tag));
            // create_directory is false when the folder exists already: then try another name.
            if (std::filesystem::create_directory(candidate)) {
                root_ = std::move(candidate);
                return;
            }
        }
        throw std::runtime_error("cannot create a temporary site folder");
    }
    ~TempSite() {
        std::error_code ignored;
        std::filesystem::remove_all(root_, ignored);
    }
    TempSite(const TempSite&) = delete;
    TempSite& operator=(const TempSite&) = delete;

    const std::filesystem::path& root() const { return root_; }

    // Writes `content` byte for byte to `root / relative`, creating folders as needed.
    void write(const std::string& relative, std::string_view content) const {
        const std::filesystem::path path = root_ / relative;
        std::filesystem::create_directories(path.parent_path());
        std::ofstream out(path, std::ios::binary);
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        if (!out) throw std::runtime_error("cannot write " + path.string());
    }

  private:
    std::filesystem::path root_;
};

}  // namespace kt::test
