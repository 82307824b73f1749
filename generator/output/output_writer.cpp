#include "output/output_writer.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <map>
#include <optional>
#include <utility>

namespace kt {

namespace fs = std::filesystem;

namespace {

std::string errno_text() { return std::strerror(errno); }

// A file descriptor closed on every path out; close() errors are checked where they matter.
class Descriptor {
  public:
    explicit Descriptor(int fd) : fd_(fd) {}
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }
    bool valid() const { return fd_ >= 0; }
    // Closes now; false when the kernel reports a deferred write error.
    bool close() {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0;
    }

  private:
    int fd_;
};

// A hidden sibling of the output folder, ".<name><suffix>": on the same file system, so
// rename() can swap it in.
fs::path sibling(const fs::path& parent, const fs::path& name, const std::string& suffix) {
    std::string file = ".";
    file += name.string();
    file += suffix;
    return parent / file;
}

bool replaceable(const fs::path& dir) {
    std::error_code ec;
    return fs::is_empty(dir, ec) || fs::exists(dir / kSiteMarker, ec);
}

std::string describe(const OutputFile& file) {
    return file.source.empty() ? "a file the generator writes" : file.source;
}

// Writes one new file below `root`, whose folders this build created: O_EXCL and O_NOFOLLOW
// make sure nothing that already exists, and no link, is written through.
std::string write_file(const fs::path& root, const std::string& relative,
                       const std::string& content) {
    const fs::path path = root / relative;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) return "cannot create " + path.parent_path().string() + ": " + ec.message();
    Descriptor fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!fd.valid()) return "cannot create " + path.string() + ": " + errno_text();
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t written = ::write(fd.get(), data, left);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return "cannot write " + path.string() + ": " + errno_text();
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    // A full disk or a network file system may only report the failure here.
    if (!fd.close()) return "cannot write " + path.string() + ": " + errno_text();
    return "";
}

// The folder `dir` names, as its parent and its own name; nullopt when it has no name.
std::optional<std::pair<fs::path, fs::path>> parent_and_name(const fs::path& dir) {
    const fs::path target = fs::absolute(dir).lexically_normal();
    const fs::path name =
        target.filename().empty() ? target.parent_path().filename() : target.filename();
    const fs::path parent =
        target.filename().empty() ? target.parent_path().parent_path() : target.parent_path();
    if (name.empty() || name == "." || name == "..") return std::nullopt;
    return std::pair{parent, name};
}

// The first file whose path is unsafe, as an error message ("" when none is).
std::string unsafe_path(const std::vector<OutputFile>& files) {
    for (const OutputFile& file : files)
        if (std::string problem = output_path_problem(file.path); !problem.empty())
            return "refusing to write '" + file.path + "': " + problem;
    return "";
}

// Makes `staging`, a new, uniquely named hidden folder ".<name><suffix>XXXXXX" beside `name`,
// readable by all (mkdtemp makes it private; a site is for everyone). Returns an error
// message, or "" on success.
std::string make_staging_folder(const fs::path& parent, const fs::path& name,
                                const std::string& suffix, fs::path& staging) {
    std::string pattern = sibling(parent, name, suffix + "XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
        return "cannot create a folder beside " + (parent / name).string() + ": " + errno_text();
    ::chmod(pattern.c_str(), 0755);
    staging = pattern;
    return "";
}

std::string write_files(const fs::path& root, const std::vector<OutputFile>& files) {
    for (const OutputFile& file : files)
        if (std::string error = write_file(root, file.path, file.content); !error.empty())
            return error;
    return "";
}

// The marker goes first, so a folder of a build killed while writing carries it too and the
// next build can tell it from a folder of the user's (remove_leftovers).
std::string write_all(const fs::path& root, const std::vector<OutputFile>& files) {
    if (std::string error = write_file(
            root, kSiteMarker, "Generated by kommunetall; this folder is replaced on every build.\n");
        !error.empty())
        return error;
    return write_files(root, files);
}

// Flushes everything written to the file system that holds `dir` (files and folders alike),
// so a crash after the swap cannot leave a published site with empty files.
std::string sync_file_system(const fs::path& dir) {
    Descriptor fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.valid() || ::syncfs(fd.get()) != 0)
        return "cannot sync " + dir.string() + ": " + errno_text();
    return "";
}

// Removes what earlier builds into the same folder left when they were killed: their staging
// and previous folders, named as this program names them (six characters from mkdtemp) and
// empty or carrying the marker, so a folder of the user's with a similar name is kept. Only
// called under the lock, when no other build is writing.
void remove_leftovers(const fs::path& parent, const std::string& name) {
    auto made_by_a_build = [&](const fs::directory_entry& entry) {
        const std::string file = entry.path().filename().string();
        std::string suffix;
        for (const std::string& prefix : {"." + name + ".staging.", "." + name + ".previous."})
            if (file.rfind(prefix, 0) == 0) suffix = file.substr(prefix.size());
        std::error_code ec;
        return suffix.size() == 6 &&
               std::all_of(suffix.begin(), suffix.end(),
                           [](unsigned char c) { return std::isalnum(c); }) &&
               entry.is_directory(ec) && !entry.is_symlink(ec) && replaceable(entry.path());
    };
    std::error_code ec;
    std::vector<fs::path> stale;
    for (const fs::directory_entry& entry : fs::directory_iterator(parent, ec))
        if (made_by_a_build(entry)) stale.push_back(entry.path());
    for (const fs::path& path : stale) fs::remove_all(path, ec);
}

}  // namespace

constexpr std::size_t kMaxNameBytes = 255;

std::string output_path_problem(const std::string& path) {
    if (path.empty()) return "the path is empty";
    if (path.find('\0') != std::string::npos) return "the path holds a NUL byte";
    if (path.find('\\') != std::string::npos) return "the path holds a backslash";
    if (path.front() == '/') return "the path is absolute";
    std::size_t start = 0;
    while (true) {
        const std::size_t end = path.find('/', start);
        const std::string segment = path.substr(start, end - start);
        if (segment.empty()) return "the path has an empty folder name";
        if (segment == "." || segment == "..")
            return "the path leaves its folder ('" + segment + "')";
        // What file systems allow (NAME_MAX); checked here so `check` fails where `build` would.
        if (segment.size() > kMaxNameBytes)
            return "a name in the path is longer than " + std::to_string(kMaxNameBytes) +
                   " bytes, more than file systems allow; shorten the name it comes from";
        if (end == std::string::npos) return "";
        start = end + 1;
    }
}

void check_output_paths(const std::vector<OutputFile>& files, Diagnostics& diagnostics) {
    std::map<std::string, const OutputFile*> claimed;
    for (const OutputFile& file : files) {
        const SourceLocation where{file.source.empty() ? file.path : file.source, 0, 0};
        if (std::string problem = output_path_problem(file.path); !problem.empty()) {
            // The problem first: the path may be too long to read.
            diagnostics.error(where, "cannot be published: " + problem + " ('" + file.path + "')");
            continue;
        }
        auto [it, fresh] = claimed.emplace(file.path, &file);
        if (fresh) continue;
        // Report at the site file when one of the two is one, naming the other.
        const OutputFile* first = it->second;
        const bool second_is_site_file = file.source.find('/') != std::string::npos;
        const OutputFile& at = second_is_site_file ? file : *first;
        const OutputFile& other = second_is_site_file ? *first : file;
        diagnostics.error({at.source.empty() ? at.path : at.source, 0, 0},
                          "would be published as '" + file.path + "', which " + describe(other) +
                              " is published as too; rename one of them");
    }
}

std::string publish_site(const fs::path& out_dir, const std::vector<OutputFile>& files) {
    if (std::string error = unsafe_path(files); !error.empty()) return error;

    const auto place = parent_and_name(out_dir);
    if (!place) return "the output folder must have a name (got " + out_dir.string() + ")";
    const auto& [parent, name] = *place;
    const fs::path final_dir = parent / name;
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) return "cannot create " + parent.string() + ": " + ec.message();

    // One build at a time into this folder, whichever container or PID namespace it runs in.
    const fs::path lock_path = sibling(parent, name, ".lock");
    Descriptor lock(::open(lock_path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!lock.valid())
        return "cannot open the lock file " + lock_path.string() + ": " + errno_text();
    while (::flock(lock.get(), LOCK_EX) != 0)
        if (errno != EINTR) return "cannot lock " + lock_path.string() + ": " + errno_text();

    const bool exists = fs::exists(fs::symlink_status(final_dir, ec));
    if (exists && !fs::is_directory(fs::symlink_status(final_dir, ec)))
        return final_dir.string() + " exists and is not a folder";
    if (exists && !replaceable(final_dir))
        return final_dir.string() + " is not empty and was not made by kommunetall (no " +
               kSiteMarker + "); refusing to replace it";
    remove_leftovers(parent, name.string());

    fs::path staging;
    if (std::string error = make_staging_folder(parent, name, ".staging.", staging);
        !error.empty())
        return error;
    auto fail = [&](const std::string& error) {
        fs::remove_all(staging, ec);
        return error;
    };
    if (std::string error = write_all(staging, files); !error.empty()) return fail(error);
    if (std::string error = sync_file_system(staging); !error.empty()) return fail(error);

    if (!exists) {
        if (::rename(staging.c_str(), final_dir.c_str()) != 0)
            return fail("cannot move the new site into place: " + errno_text());
        return sync_file_system(parent);
    }
    // Swap the two folders in one step where the file system allows it.
    if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, final_dir.c_str(), RENAME_EXCHANGE) == 0) {
        fs::remove_all(staging, ec);  // now holds the previous site
        return sync_file_system(parent);
    }
    // Otherwise two renames, with a window of a few microseconds without a site.
    const std::string staging_name = staging.filename().string();
    const fs::path previous =
        sibling(parent, name, ".previous." + staging_name.substr(staging_name.size() - 6));
    if (::rename(final_dir.c_str(), previous.c_str()) != 0 ||
        ::rename(staging.c_str(), final_dir.c_str()) != 0) {
        const std::string error = errno_text();
        if (!fs::exists(final_dir, ec)) ::rename(previous.c_str(), final_dir.c_str());
        return fail("cannot move the new site into place: " + error);
    }
    fs::remove_all(previous, ec);
    return sync_file_system(parent);
}

std::string create_folder(const fs::path& dir, const std::vector<OutputFile>& files) {
    if (std::string error = unsafe_path(files); !error.empty()) return error;
    const auto place = parent_and_name(dir);
    if (!place) return "the new folder must have a name (got " + dir.string() + ")";
    const auto& [parent, name] = *place;
    const fs::path final_dir = parent / name;
    std::error_code ec;
    const auto status = fs::symlink_status(final_dir, ec);
    if (fs::exists(status)) {
        if (!fs::is_directory(status) || !fs::is_empty(final_dir, ec))
            return final_dir.string() + " already exists and is not an empty folder";
        // An empty folder is filled where it is, since a shell may stand in it ("new ."); a
        // failure empties it again.
        std::string error = write_files(final_dir, files);
        if (!error.empty())
            for (const auto& entry : fs::directory_iterator(final_dir, ec))
                fs::remove_all(entry.path(), ec);
        return error;
    }
    fs::create_directories(parent, ec);
    if (ec) return "cannot create " + parent.string() + ": " + ec.message();
    fs::path staging;
    std::string error = make_staging_folder(parent, name, ".new.", staging);
    if (!error.empty()) return error;
    error = write_files(staging, files);
    // rename() refuses a folder made meanwhile, unless it is still empty.
    if (error.empty() && ::rename(staging.c_str(), final_dir.c_str()) != 0)
        error = "cannot create " + final_dir.string() + ": " + errno_text();
    if (!error.empty()) fs::remove_all(staging, ec);
    return error;
}

}  // namespace kt
