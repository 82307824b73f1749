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
    Descriptor(Descriptor&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }
    bool valid() const { return fd_ >= 0; }
    int release() { return std::exchange(fd_, -1); }
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

// Removes a site folder this program made, its marker last: a build killed halfway leaves a
// folder the next build still knows as one of its own, and removes.
void remove_site_folder(const fs::path& dir) {
    std::error_code ec;
    std::vector<fs::path> entries;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec))
        if (entry.path().filename() != kSiteMarker) entries.push_back(entry.path());
    for (const fs::path& entry : entries) fs::remove_all(entry, ec);
    fs::remove_all(dir, ec);
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

// The folder `dir` names, as its parent and its own name, as the kernel reads the path: a
// ".." after a link leads out of the link's target. nullopt when it has no name.
std::optional<std::pair<fs::path, fs::path>> parent_and_name(const fs::path& dir) {
    if (dir.empty()) return std::nullopt;
    std::error_code ec;
    fs::path target = fs::absolute(dir, ec);
    if (ec) return std::nullopt;
    if (target.filename().empty()) target = target.parent_path();  // a trailing '/'
    if (target.filename() == "." || target.filename() == "..")
        target = fs::weakly_canonical(target, ec);
    const fs::path parent = fs::weakly_canonical(target.parent_path(), ec);
    const fs::path name = target.filename();
    if (ec || name.empty() || name == "." || name == "..") return std::nullopt;
    return std::pair{parent, name};
}

// The first file whose path is unsafe, as an error message ("" when none is).
std::string unsafe_path(const std::vector<OutputFile>& files) {
    for (const OutputFile& file : files)
        if (std::string problem = output_path_problem(file.path); !problem.empty())
            return "refusing to write '" + file.path + "': " + problem;
    return "";
}

// The permissions write_file gives a new file: 0644 less the process's umask.
mode_t new_file_mode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0644 & ~mask;
}

// The previous site's file at `relative`, if it holds exactly `content`: opened folder by
// folder without following any link, a regular file with no other name and the permissions
// a new one would get. nullopt otherwise.
std::optional<Descriptor> unchanged_file(int previous, const std::string& relative,
                                         const std::string& content, std::string& name) {
    std::optional<Descriptor> folder;
    int at = previous;
    std::size_t start = 0;
    for (std::size_t slash; (slash = relative.find('/', start)) != std::string::npos;
         start = slash + 1) {
        const std::string part = relative.substr(start, slash - start);
        folder.emplace(::openat(at, part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!folder->valid()) return std::nullopt;
        at = folder->get();
    }
    name = relative.substr(start);
    Descriptor file(::openat(at, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    struct stat info;
    static const mode_t mode = new_file_mode();
    if (!file.valid() || ::fstat(file.get(), &info) != 0 || !S_ISREG(info.st_mode) ||
        (info.st_mode & 07777) != mode || info.st_nlink != 1 ||
        static_cast<std::size_t>(info.st_size) != content.size())
        return std::nullopt;
    std::string bytes(content.size(), '\0');
    std::size_t got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(file.get(), bytes.data() + got, bytes.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return std::nullopt;
        got += static_cast<std::size_t>(n);
    }
    if (bytes != content) return std::nullopt;
    if (folder) return folder;
    return Descriptor(::dup(previous));
}

// A file whose bytes the previous site has already is linked from it, not written: it keeps
// its time and identity, so a deploy that copies changed files copies only those. The link is
// checked to be the file compared; anything else is written afresh.
bool keep_unchanged(int previous, const fs::path& root, const OutputFile& file) {
    std::string name;
    const std::optional<Descriptor> folder = unchanged_file(previous, file.path, file.content, name);
    if (!folder) return false;
    struct stat before, after;
    if (::fstatat(folder->get(), name.c_str(), &before, AT_SYMLINK_NOFOLLOW) != 0) return false;
    const fs::path path = root / file.path;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec || ::linkat(folder->get(), name.c_str(), AT_FDCWD, path.c_str(), 0) != 0) return false;
    if (::lstat(path.c_str(), &after) == 0 && S_ISREG(after.st_mode) &&
        after.st_ino == before.st_ino && after.st_dev == before.st_dev && after.st_nlink == 2)
        return true;
    ::unlink(path.c_str());
    return false;
}

// Why the folder at `final_dir` must not be replaced ("" when it may, or does not exist): it
// is not a folder, or holds something other than a site of ours.
std::string refusal(const fs::path& final_dir) {
    std::error_code ec;
    const auto status = fs::symlink_status(final_dir, ec);
    if (!fs::exists(status)) return "";
    if (!fs::is_directory(status)) return final_dir.string() + " exists and is not a folder";
    if (!replaceable(final_dir))
        return final_dir.string() + " is not empty and was not made by kommunetall (no " +
               kSiteMarker + "); refusing to replace it";
    return "";
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
    for (const fs::path& path : stale) remove_site_folder(path);
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

std::unique_ptr<SitePublication> SitePublication::begin(const fs::path& out_dir,
                                                        std::string& error) {
    const auto place = parent_and_name(out_dir);
    if (!place) {
        error = "the output folder must have a name (got " + out_dir.string() + ")";
        return nullptr;
    }
    const auto& [parent, name] = *place;
    const fs::path final_dir = parent / name;
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) {
        error = "cannot create " + parent.string() + ": " + ec.message();
        return nullptr;
    }

    // A folder that is not a site of ours is refused before a lock file is made beside it
    // (and again under the lock, where it counts, and before the swap).
    if (error = refusal(final_dir); !error.empty()) return nullptr;

    // One build at a time into this folder, whichever container or PID namespace it runs in.
    const fs::path lock_path = sibling(parent, name, ".lock");
    Descriptor lock(::open(lock_path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!lock.valid()) {
        error = "cannot open the lock file " + lock_path.string() + ": " + errno_text();
        return nullptr;
    }
    while (::flock(lock.get(), LOCK_EX) != 0)
        if (errno != EINTR) {
            error = "cannot lock " + lock_path.string() + ": " + errno_text();
            return nullptr;
        }

    if (error = refusal(final_dir); !error.empty()) return nullptr;
    const bool exists = fs::exists(fs::symlink_status(final_dir, ec));
    remove_leftovers(parent, name.string());

    std::unique_ptr<SitePublication> publication(new SitePublication);
    publication->parent_ = parent;
    publication->name_ = name;
    publication->lock_ = lock.release();  // held until the publication is destroyed
    std::string pattern = sibling(parent, name, ".staging.XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        error = "cannot create a staging folder beside " + final_dir.string() + ": " + errno_text();
        return nullptr;
    }
    publication->staging_ = pattern;
    ::chmod(pattern.c_str(), 0755);  // mkdtemp makes it private; the site is for everyone
    publication->replacing_ = exists;
    if (exists)
        publication->replaced_ =
            ::open(final_dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    // The marker goes first, so a folder of a build killed while writing carries it too and
    // the next build can tell it from a folder of the user's (remove_leftovers).
    error = write_file(publication->staging_, kSiteMarker,
                       "Generated by kommunetall; this folder is replaced on every build.\n");
    if (!error.empty()) return nullptr;
    return publication;
}

SitePublication::~SitePublication() {
    if (!committed_ && !staging_.empty()) remove_site_folder(staging_);
    if (replaced_ >= 0) ::close(replaced_);
    if (lock_ >= 0) ::close(lock_);  // releases the lock
}

std::string SitePublication::add(const OutputFile& file) {
    if (std::string problem = output_path_problem(file.path); !problem.empty())
        return "refusing to write '" + file.path + "': " + problem;
    const std::lock_guard<std::mutex> lock(mutex_);
    if (replaced_ >= 0 && keep_unchanged(replaced_, staging_, file)) return "";
    return write_file(staging_, file.path, file.content);
}

std::string SitePublication::commit() {
    if (std::string error = sync_file_system(staging_); !error.empty()) return error;
    const fs::path final_dir = parent_ / name_;
    std::error_code ec;
    // The lock keeps other builds out, not people: the output folder may have changed while
    // the pages were made. Replace only the site this publication began from, or, where there
    // was none, nothing at all.
    if (std::string error = refusal(final_dir); !error.empty()) return error;
    const std::string changed = final_dir.string() + " changed while the site was built; " +
                                "nothing was replaced (build again)";
    if (!replacing_) {
        if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, final_dir.c_str(),
                        RENAME_NOREPLACE) != 0) {
            if (errno == EEXIST || errno == ENOTEMPTY) return changed;
            // A file system without RENAME_NOREPLACE: a plain rename, which would replace an
            // empty folder at most.
            if (fs::exists(fs::symlink_status(final_dir, ec))) return changed;
            if (::rename(staging_.c_str(), final_dir.c_str()) != 0)
                return "cannot move the new site into place: " + errno_text();
        }
        committed_ = true;
        return sync_file_system(parent_);
    }
    struct stat now, then;
    if (replaced_ >= 0 &&
        (::lstat(final_dir.c_str(), &now) != 0 || ::fstat(replaced_, &then) != 0 ||
         now.st_dev != then.st_dev || now.st_ino != then.st_ino))
        return changed;
    // Swap the two folders in one step where the file system allows it.
    if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, final_dir.c_str(), RENAME_EXCHANGE) ==
        0) {
        committed_ = true;
        remove_site_folder(staging_);  // now holds the previous site
        return sync_file_system(parent_);
    }
    // Otherwise two renames, with a window of a few microseconds without a site.
    const std::string staging_name = staging_.filename().string();
    const fs::path previous =
        sibling(parent_, name_, ".previous." + staging_name.substr(staging_name.size() - 6));
    if (::rename(final_dir.c_str(), previous.c_str()) != 0 ||
        ::rename(staging_.c_str(), final_dir.c_str()) != 0) {
        const std::string error = errno_text();
        if (!fs::exists(final_dir, ec)) ::rename(previous.c_str(), final_dir.c_str());
        return "cannot move the new site into place: " + error;
    }
    committed_ = true;
    remove_site_folder(previous);
    return sync_file_system(parent_);
}

std::string publish_site(const fs::path& out_dir, const std::vector<OutputFile>& files) {
    if (std::string error = unsafe_path(files); !error.empty()) return error;
    std::string error;
    const std::unique_ptr<SitePublication> publication = SitePublication::begin(out_dir, error);
    if (!publication) return error;
    for (const OutputFile& file : files)
        if (error = publication->add(file); !error.empty()) return error;
    return publication->commit();
}

namespace {

// rename() that fails (EEXIST) rather than replace what `to` names.
bool move_without_replacing(const fs::path& from, const fs::path& to) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL) return false;
    // A file system without the flag: a small window, the best it allows.
    std::error_code ec;
    if (fs::exists(fs::symlink_status(to, ec))) {
        errno = EEXIST;
        return false;
    }
    return ::rename(from.c_str(), to.c_str()) == 0;
}

}  // namespace

std::string create_folder(const fs::path& dir, const std::vector<OutputFile>& files) {
    if (std::string error = unsafe_path(files); !error.empty()) return error;
    const auto place = parent_and_name(dir);
    if (!place) return "the new folder must have a name (got '" + dir.string() + "')";
    const auto& [parent, name] = *place;
    const fs::path final_dir = parent / name;
    std::error_code ec;
    // A build replaces its output folder whole, and a site inside it with it.
    for (fs::path up = parent;; up = up.parent_path()) {
        if (fs::exists(up / kSiteMarker, ec))
            return final_dir.string() + " would be inside " + up.string() +
                   ", a site kommunetall replaces on every build; choose a folder outside it";
        if (up == up.parent_path()) break;
    }
    // The folders this call makes, innermost first, removed again if it fails.
    std::vector<fs::path> made;
    for (fs::path p = final_dir; !fs::exists(fs::symlink_status(p, ec)); p = p.parent_path()) {
        made.push_back(p);
        if (p == p.parent_path()) break;
    }
    auto fail = [&](const std::string& error) {
        for (const fs::path& folder : made) ::rmdir(folder.c_str());  // only while empty
        return error;
    };
    fs::create_directories(parent, ec);
    if (ec) return fail("cannot create " + parent.string() + ": " + ec.message());
    if (::mkdir(final_dir.c_str(), 0777) != 0 && errno != EEXIST)
        return fail("cannot create " + final_dir.string() + ": " + errno_text());
    const auto status = fs::symlink_status(final_dir, ec);
    if (!fs::is_directory(status) || !fs::is_empty(final_dir, ec))
        return fail(final_dir.string() + " already exists and is not an empty folder");

    // The files are written into a private folder inside (a link planted meanwhile cannot lead
    // them out), then moved up one name at a time, none replacing anything: an existing empty
    // folder is filled where it is, since a shell may stand in it ("new .").
    std::string pattern = (final_dir / ".new.XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
        return fail("cannot create a folder in " + final_dir.string() + ": " + errno_text());
    const fs::path staging = pattern;
    std::string error;
    for (const OutputFile& file : files)
        if (error = write_file(staging, file.path, file.content); !error.empty()) break;
    std::vector<fs::path> moved;
    if (error.empty()) {
        std::vector<fs::path> names;
        for (const auto& entry : fs::directory_iterator(staging, ec))
            names.push_back(entry.path().filename());
        std::sort(names.begin(), names.end());
        for (const fs::path& entry : names) {
            const fs::path from = staging / entry, to = final_dir / entry;
            if (!move_without_replacing(from, to)) {
                error = "cannot create " + to.string() + ": " + errno_text();
                break;
            }
            moved.push_back(to);
        }
    }
    if (!error.empty())
        for (const fs::path& path : moved) fs::remove_all(path, ec);
    fs::remove_all(staging, ec);
    return error.empty() ? error : fail(error);
}

}  // namespace kt
