#include "output/protection_cache.h"

#include <dirent.h>
#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <optional>
#include <random>
#include <sstream>

namespace kt {

namespace fs = std::filesystem;

namespace {

constexpr const char* kFormat = "kommunetall protection 2";
constexpr off_t kLargestFile = off_t{64} << 20;
constexpr std::size_t kTemporaryTag = 16;  // hex digits after ".new-"

// The GNU build id the linker gave an object (a hash of its contents); empty if none.
std::string build_id(const dl_phdr_info& object) {
    for (int i = 0; i < object.dlpi_phnum; ++i) {
        const ElfW(Phdr)& segment = object.dlpi_phdr[i];
        if (segment.p_type != PT_NOTE) continue;
        const std::size_t align = segment.p_align == 8 ? 8 : 4;
        auto pad = [align](std::size_t n) { return (n + align - 1) / align * align; };
        const char* at = reinterpret_cast<const char*>(object.dlpi_addr + segment.p_vaddr);
        const char* end = at + segment.p_memsz;
        while (at + sizeof(ElfW(Nhdr)) <= end) {
            ElfW(Nhdr) note;
            std::memcpy(&note, at, sizeof note);
            const char* name = at + sizeof note;
            const char* desc = name + pad(note.n_namesz);
            if (desc + note.n_descsz > end) break;
            if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 &&
                std::memcmp(name, "GNU", 4) == 0)
                return std::string(desc, note.n_descsz);
            at = desc + pad(note.n_descsz);
        }
    }
    return "";
}

// The build ids of the program and of every library it runs with (the kernel's vDSO aside):
// a result depends on the solvers' and the maths library's code as much as on the program's.
// Empty if the program itself has none.
std::string running_code_identity() {
    struct Walk {
        std::string identity;
        bool first = true, program_has_id = false;
    } walk;
    dl_iterate_phdr(
        [](dl_phdr_info* object, std::size_t, void* data) {
            Walk& w = *static_cast<Walk*>(data);
            const std::string name = object->dlpi_name ? object->dlpi_name : "";
            const std::string id = build_id(*object);
            if (w.first) w.program_has_id = !id.empty();  // the first object is the program
            w.first = false;
            if (name.find("linux-vdso") != std::string::npos) return 0;
            w.identity += id.empty() ? "no build id: " + name : id;
            w.identity += '\n';
            return 0;
        },
        &walk);
    return walk.program_has_id ? walk.identity : "";
}

std::string hex(const unsigned char* bytes, std::size_t size) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < size; ++i) {
        out += digits[bytes[i] >> 4];
        out += digits[bytes[i] & 15];
    }
    return out;
}

bool is_hex(const std::string& text, std::size_t length) {
    return text.size() == length && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// The lines that say what protecting a group did, as written.
std::string result_text(const GroupProtection& result) {
    std::string out = "complements";
    for (std::uint32_t i : result.complements) out += ' ' + std::to_string(i);
    out += "\nnarrowed";
    for (std::uint32_t i : result.narrowed) out += ' ' + std::to_string(i);
    return out + '\n';
}

// "name i j k" -> the numbers, each below `limit`, rising; false if the line is anything else.
bool read_positions(const std::string& line, const std::string& name, std::size_t limit,
                    std::vector<std::uint32_t>& out) {
    std::istringstream in(line);
    std::string word;
    if (!(in >> word) || word != name) return false;
    while (in >> word) {
        if (word.size() > 10 || word.find_first_not_of("0123456789") != std::string::npos)
            return false;
        const unsigned long long n = std::stoull(word);
        if (n >= limit || (!out.empty() && n <= out.back())) return false;
        out.push_back(static_cast<std::uint32_t>(n));
    }
    return true;
}

std::string describe(const fs::path& folder, const std::string& problem) {
    return "the cache folder " + folder.string() + " " + problem;
}

}  // namespace

namespace {

bool may_change(const struct stat& folder) {
    // Others may rename what lies in a folder they can write, unless it is sticky (/tmp).
    return S_ISDIR(folder.st_mode) && (folder.st_mode & S_IWOTH) && !(folder.st_mode & S_ISVTX);
}
bool trusted_owner(const struct stat& entry) {
    return entry.st_uid == ::geteuid() || entry.st_uid == 0;
}

// Whether anyone but the user (and root) can change where `dir` leads: a folder or link on
// the way that is someone else's, or a folder others may write without the sticky bit. ""
// when no one can.
std::string unsafe_way(const fs::path& dir) {
    fs::path way;
    for (const fs::path& part : fs::absolute(dir)) {
        way /= part;
        struct stat entry;
        if (::lstat(way.c_str(), &entry) != 0) break;  // the rest this program makes
        if (!trusted_owner(entry)) return way.string() + " is someone else's";
        if (may_change(entry)) return way.string() + " can be changed by anyone";
    }
    return "";
}

struct Identity {
    dev_t device;
    ino_t inode;
    bool operator==(const Identity& other) const {
        return device == other.device && inode == other.inode;
    }
};

// The folders from `fd` up to the root, as they really are (no link on the way); calls
// `visit` with each, nearest first, until it returns false.
template <typename Visit>
void each_folder_up(int fd, Visit visit) {
    int at = ::dup(fd);
    while (at >= 0) {
        struct stat here, up;
        const int parent = ::openat(at, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        const bool ok = ::fstat(at, &here) == 0 && parent >= 0 && ::fstat(parent, &up) == 0;
        ::close(at);
        if (!ok || !visit(here)) {
            if (parent >= 0) ::close(parent);
            return;
        }
        if (Identity{here.st_dev, here.st_ino} == Identity{up.st_dev, up.st_ino}) {  // the root
            ::close(parent);
            return;
        }
        at = parent;
    }
}

// Why the protection folder open as `folder` breaks the placement rules, or "".
std::string misplaced(int folder, const ProtectionCache::Placement& placement) {
    struct stat self;
    if (::fstat(folder, &self) != 0) return "cannot be examined";
    const Identity protection{self.st_dev, self.st_ino};
    std::string problem;
    bool itself = true;  // its own owner and mode are judged apart
    each_folder_up(folder, [&](const struct stat& up) {
        if (!itself && !trusted_owner(up)) problem = "lies in a folder of someone else's";
        if (!itself && may_change(up)) problem = "lies in a folder anyone can change";
        itself = false;
        for (const auto& [apart, name] : placement.not_in) {
            struct stat info;
            if (::stat(apart.c_str(), &info) == 0 &&
                Identity{info.st_dev, info.st_ino} == Identity{up.st_dev, up.st_ino})
                problem = "is inside " + name;
        }
        return problem.empty();
    });
    for (const auto& [apart, words] : placement.not_holding) {
        if (!problem.empty()) break;
        // What does not exist yet would be made inside its nearest existing folder.
        int start = -1;
        for (fs::path at = fs::absolute(apart); start < 0; at = at.parent_path()) {
            start = ::open(at.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (at == at.parent_path()) break;
        }
        if (start < 0) continue;
        const std::string& held = words;  // a lambda may not name a structured binding (clang)
        each_folder_up(start, [&](const struct stat& up) {
            if (Identity{up.st_dev, up.st_ino} == protection) problem = "would hold " + held;
            return problem.empty();
        });
        ::close(start);
    }
    return problem;
}

}  // namespace

std::unique_ptr<ProtectionCache> ProtectionCache::open(const fs::path& dir, bool read_only,
                                                       const Placement& placement,
                                                       std::string& error) {
    auto cache = std::unique_ptr<ProtectionCache>(new ProtectionCache);
    cache->read_only_ = read_only;
    cache->identity_ = running_code_identity();
    if (cache->identity_.empty()) {
        error = "this build of kommunetall has no build id to tell its results from another's";
        return nullptr;
    }
    if (std::string unsafe = unsafe_way(dir); !unsafe.empty()) {
        error = describe(dir, "is not the user's alone: " + unsafe + "; use a folder of your own");
        return nullptr;
    }
    std::error_code failed;
    if (read_only && !fs::exists(dir, failed)) return cache;  // nothing kept yet
    // The folders this call makes, deepest first, to remove again if the cache is refused.
    std::vector<fs::path> made_folders;
    for (fs::path at = fs::absolute(dir); !fs::exists(at, failed) && at != at.parent_path();
         at = at.parent_path())
        made_folders.push_back(at);
    auto unmake = [&] {
        for (const fs::path& folder : made_folders) ::rmdir(folder.c_str());
    };
    if (!read_only) fs::create_directories(dir, failed);
    const int top = failed ? -1 : ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (top < 0) {
        error = describe(dir, "cannot be opened as a folder: " +
                                  (failed ? failed.message() : std::strerror(errno)));
        return nullptr;
    }
    struct stat info;
    if (::fstat(top, &info) != 0 || info.st_uid != ::geteuid()) {
        ::close(top);
        error = describe(dir, "is not yours; use a folder of your own");
        return nullptr;
    }
    const bool made = !read_only && ::mkdirat(top, "protection", 0700) == 0;
    if (!read_only && !made && errno != EEXIST) {
        error =
            describe(dir, std::string("cannot hold a protection folder: ") + std::strerror(errno));
        ::close(top);
        return nullptr;
    }
    // Opened once, not through a link: every file is then reached through this descriptor,
    // so the folder cannot be swapped for another between the checks and the use.
    const int folder = ::openat(top, "protection", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    const int opening = errno;
    const fs::path protection = dir / "protection";
    if (folder < 0) {
        ::close(top);
        if (read_only && opening == ENOENT) return cache;
        error =
            describe(protection, opening == ELOOP || opening == ENOTDIR
                                     ? "is not a folder (a link, or a file)"
                                     : std::string("cannot be opened: ") + std::strerror(opening));
        return nullptr;
    }
    cache->folder_ = folder;
    // Where it really is, judged by the folder opened: links and ".." cannot mislead.
    std::string problem = misplaced(folder, placement);
    if (problem.empty() && (::fstat(folder, &info) != 0 || info.st_uid != ::geteuid()))
        problem = "is not yours; use a folder of your own";
    if (problem.empty() && (info.st_mode & 077) != 0) {
        if (read_only && (info.st_mode & 022) != 0) {
            // Others could have written it: recall nothing, as if there were no cache.
            ::close(cache->folder_);
            cache->folder_ = -1;
        } else if (!read_only && ::fchmod(folder, 0700) != 0) {
            problem = std::string("cannot be made yours alone: ") + std::strerror(errno);
        }
    }
    if (!problem.empty()) {
        if (made) ::unlinkat(top, "protection", AT_REMOVEDIR);
        ::close(top);
        unmake();  // rmdir: only what is still empty
        error = describe(protection, problem);
        return nullptr;
    }
    ::close(top);
    return cache;
}

ProtectionCache::~ProtectionCache() {
    if (folder_ >= 0) ::close(folder_);
}

std::string ProtectionCache::digest(const std::string& problem, const std::string& result) const {
    unsigned char bytes[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    const std::string head = std::string(kFormat) + '\0' + identity_ + '\0';
    EVP_DigestInit_ex(context, EVP_sha256(), nullptr);
    EVP_DigestUpdate(context, head.data(), head.size());
    EVP_DigestUpdate(context, problem.data(), problem.size());
    if (!result.empty()) {
        const std::string tail = std::string("\0check\0", 7) + result;
        EVP_DigestUpdate(context, tail.data(), tail.size());
    }
    EVP_DigestFinal_ex(context, bytes, &size);
    EVP_MD_CTX_free(context);
    return hex(bytes, size);
}

std::optional<GroupProtection> ProtectionCache::recall(const std::string& problem,
                                                       std::size_t cells) {
    if (folder_ < 0) return std::nullopt;
    const std::string name = digest(problem, "");
    const int fd = ::openat(folder_, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return std::nullopt;
    std::string text;
    struct stat info;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_uid == ::geteuid() &&
        info.st_size <= kLargestFile) {
        text.resize(static_cast<std::size_t>(info.st_size));
        std::size_t done = 0;
        while (done < text.size()) {
            const ssize_t n = ::read(fd, text.data() + done, text.size() - done);
            if (n <= 0) break;
            done += static_cast<std::size_t>(n);
        }
        text.resize(done);
    }
    // Exactly what remember writes for this problem: the lines as written, the check value
    // over the problem and them.
    std::istringstream in(text);
    std::string format, complements, narrowed;
    GroupProtection out;
    bool whole = std::getline(in, format) && format == kFormat && std::getline(in, complements) &&
                 std::getline(in, narrowed) &&
                 read_positions(complements, "complements", cells, out.complements) &&
                 read_positions(narrowed, "narrowed", cells, out.narrowed);
    if (whole) {
        const std::string result = result_text(out);
        whole = text ==
                std::string(kFormat) + '\n' + result + "check " + digest(problem, result) + '\n';
    }
    if (whole && !read_only_) ::futimens(fd, nullptr);  // used: kept from pruning
    ::close(fd);
    if (!whole) return std::nullopt;
    ++recalled_;
    return out;
}

void ProtectionCache::remember(const std::string& problem, const GroupProtection& result) {
    if (read_only_ || folder_ < 0) return;
    ++remembered_;
    const std::string lines = result_text(result);
    const std::string text =
        std::string(kFormat) + '\n' + lines + "check " + digest(problem, lines) + '\n';
    // Written whole under a new private name, then renamed: a reader sees all of it or none.
    thread_local std::mt19937_64 random{std::random_device{}()};
    char tag[kTemporaryTag + 1];
    std::snprintf(tag, sizeof tag, "%016llx", static_cast<unsigned long long>(random()));
    const std::string temporary = std::string(".new-") + tag;
    const int fd = ::openat(folder_, temporary.c_str(),
                            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return;  // a cache that cannot be written only makes the next build slower
    bool written = true;
    for (std::size_t done = 0; written && done < text.size();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        written = n > 0;
        if (written) done += static_cast<std::size_t>(n);
    }
    written = (::close(fd) == 0) && written;
    if (!written ||
        ::renameat(folder_, temporary.c_str(), folder_, digest(problem, "").c_str()) != 0)
        ::unlinkat(folder_, temporary.c_str(), 0);
}

void ProtectionCache::prune(int days) const {
    if (read_only_ || folder_ < 0) return;
    const int listing = ::dup(folder_);
    DIR* entries = listing < 0 ? nullptr : ::fdopendir(listing);
    if (!entries) {
        if (listing >= 0) ::close(listing);
        return;
    }
    const std::time_t now = std::time(nullptr);
    while (const dirent* entry = ::readdir(entries)) {
        const std::string name = entry->d_name;
        const bool temporary = name.rfind(".new-", 0) == 0 && is_hex(name.substr(5), kTemporaryTag);
        if (!temporary && !is_hex(name, 64)) continue;  // not the cache's: left alone
        struct stat info;
        if (::fstatat(folder_, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0 ||
            !S_ISREG(info.st_mode))
            continue;
        // A half-written file older than a day was left by a build that was killed.
        const double age_days = std::difftime(now, info.st_mtime) / 86400;
        if (age_days > (temporary ? 1 : days)) ::unlinkat(folder_, name.c_str(), 0);
    }
    ::closedir(entries);
}

}  // namespace kt
