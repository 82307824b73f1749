#pragma once
// Publishing the rendered site: all files are written to a fresh staging folder beside the
// output folder, which then takes the output's place in one rename. Readers and web
// servers see either the whole previous site or the whole new one, never a mix, and a
// failed build leaves the previous site untouched.
//
// Safety: every output path is checked to stay inside the output folder (no absolute paths,
// no "..", no empty or "." segments), files are created with O_EXCL | O_NOFOLLOW inside a
// folder this build made itself, and every write is checked through close(). A lock file
// beside the output folder serialises builds into the same folder, also across containers;
// the staging folder's name is unique (mkdtemp), and staging folders that earlier, killed
// builds left behind are removed under the lock. The file system is synced before the swap.
// A file the site being replaced holds with the same bytes is hard-linked from it instead of
// written (opened without following links, a regular file with no other name), so it keeps
// its modification time and a deploy copies only what changed.
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/output_file.h"

namespace kt {

// Marker file in every published folder. The writer only ever replaces a folder that is
// empty or carries it, so a mistyped --out cannot wipe an unrelated folder.
inline constexpr const char* kSiteMarker = ".kommunetall-site";

// Why `path` cannot be an output path ("" when it can): it must be relative, with '/'
// separators and segments that are neither empty, "." nor ".." nor over 255 bytes, and hold no
// NUL or backslash.
std::string output_path_problem(const std::string& path);

// Reports every file whose path cannot be an output path, and every path two files claim
// (naming both sources). `check` and `build` both run it, before anything is written.
void check_output_paths(const std::vector<OutputFile>& files, Diagnostics& diagnostics);

// A site being published: its files go into the staging folder as they are made, so none
// needs to be kept in memory; commit() then puts it in the output folder's place. Destroyed
// without a commit, it removes the staging folder and leaves the published site as it was.
// Holds the lock from begin() to its end.
class SitePublication {
  public:
    // nullptr, with `error` set, when the output folder is refused or cannot be prepared.
    static std::unique_ptr<SitePublication> begin(const std::filesystem::path& out_dir,
                                                  std::string& error);
    ~SitePublication();
    SitePublication(const SitePublication&) = delete;
    SitePublication& operator=(const SitePublication&) = delete;
    // Writes one file (or links the previous site's, if unchanged); an unsafe path is refused.
    // Returns an error message, or "" on success. Safe to call from several threads.
    std::string add(const OutputFile& file);
    std::string commit();

  private:
    SitePublication() = default;
    std::filesystem::path parent_, name_, staging_;
    int lock_ = -1;
    bool replacing_ = false;  // a site is in the output folder's place
    int replaced_ = -1;       // that site's folder, opened, to link unchanged files from
    bool committed_ = false;
    std::mutex mutex_;
};

// All of `files` at once: begin, add each, commit. Returns an error message, or "" on
// success; an unsafe path is refused before anything is written.
std::string publish_site(const std::filesystem::path& out_dir,
                         const std::vector<OutputFile>& files);

// Writes `files` into `dir`, a new folder or an empty one, outside any published site: first
// into a private folder inside it, then moved up name by name, none replacing anything. A
// failure removes what this call made, and no more. No marker: the folder is the user's own
// from then on, and no build will replace it. Returns an error message, or "" on success.
std::string create_folder(const std::filesystem::path& dir, const std::vector<OutputFile>& files);

}  // namespace kt
