#pragma once
// Publishing the rendered site: all files are written to a staging folder beside the
// output folder, which then takes the output's place in one rename. Readers and web
// servers see either the whole previous site or the whole new one, never a mix, and a
// failed build leaves the previous site untouched.
#include <filesystem>
#include <string>
#include <vector>

namespace kt {

struct OutputFile {
    std::string path;  // relative to the output folder, with '/' separators
    std::string content;
};

// Marker file in every published folder. The writer only ever replaces a folder that is
// empty or carries it, so a mistyped --out cannot wipe an unrelated folder.
inline constexpr const char* kSiteMarker = ".kommunetall-site";

// Returns an error message, or "" on success.
std::string publish_site(const std::filesystem::path& out_dir, const std::vector<OutputFile>& files);

}  // namespace kt
