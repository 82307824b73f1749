#include "output/protection_cache.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>

namespace kt {

namespace fs = std::filesystem;

namespace {

constexpr const char* kFormat = "kommunetall protection 1";
constexpr off_t kLargestFile = off_t{64} << 20;

// The GNU build id the linker gave this program (a hash of its contents): any change to the
// program changes it. Empty if it has none.
std::string program_build_id() {
    std::string id;
    dl_iterate_phdr(
        [](dl_phdr_info* info, std::size_t, void* out) {
            // The first object listed is the program itself.
            for (int i = 0; i < info->dlpi_phnum; ++i) {
                const ElfW(Phdr)& segment = info->dlpi_phdr[i];
                if (segment.p_type != PT_NOTE) continue;
                const std::size_t align = segment.p_align == 8 ? 8 : 4;
                auto pad = [align](std::size_t n) { return (n + align - 1) / align * align; };
                const char* at = reinterpret_cast<const char*>(info->dlpi_addr + segment.p_vaddr);
                const char* end = at + segment.p_memsz;
                while (at + sizeof(ElfW(Nhdr)) <= end) {
                    ElfW(Nhdr) note;
                    std::memcpy(&note, at, sizeof note);
                    const char* name = at + sizeof note;
                    const char* desc = name + pad(note.n_namesz);
                    if (desc + note.n_descsz > end) break;
                    if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 &&
                        std::memcmp(name, "GNU", 4) == 0) {
                        static_cast<std::string*>(out)->assign(desc, note.n_descsz);
                        return 1;
                    }
                    at = desc + pad(note.n_descsz);
                }
            }
            return 1;
        },
        &id);
    return id;
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

// "name i j k" -> the numbers, rising, each below `limit`; false if the line is anything else.
bool read_positions(const std::string& line, const std::string& name, std::size_t limit,
                    std::vector<std::uint32_t>& out) {
    std::istringstream in(line);
    std::string word;
    if (!(in >> word) || word != name) return false;
    while (in >> word) {
        if (word.empty() || word.size() > 10 ||
            word.find_first_not_of("0123456789") != std::string::npos)
            return false;
        const unsigned long long n = std::stoull(word);
        if (n >= limit || (!out.empty() && n <= out.back())) return false;
        out.push_back(static_cast<std::uint32_t>(n));
    }
    return true;
}

}  // namespace

std::unique_ptr<ProtectionCache> ProtectionCache::open(const fs::path& dir, bool read_only,
                                                       std::string& error) {
    auto cache = std::unique_ptr<ProtectionCache>(new ProtectionCache);
    cache->program_ = program_build_id();
    if (cache->program_.empty()) {
        error = "this build of kommunetall has no build id to tell its results from another's";
        return nullptr;
    }
    cache->read_only_ = read_only;
    cache->folder_ = dir / "protection";
    std::error_code failed;
    if (read_only && !fs::exists(fs::symlink_status(cache->folder_, failed))) return cache;
    fs::create_directories(dir, failed);
    if (!failed && ::mkdir(cache->folder_.c_str(), 0700) != 0 && errno != EEXIST)
        failed = std::error_code(errno, std::generic_category());
    if (failed) {
        error = "cannot make the cache folder " + cache->folder_.string() + ": " + failed.message();
        return nullptr;
    }
    // Its own folder, not a link to one elsewhere, and the user's alone.
    struct stat info;
    if (::lstat(cache->folder_.c_str(), &info) != 0 || !S_ISDIR(info.st_mode) ||
        info.st_uid != ::geteuid()) {
        error = "the cache folder " + cache->folder_.string() +
                " is not a folder of this user's (a link, or someone else's)";
        return nullptr;
    }
    if ((info.st_mode & 077) != 0) ::chmod(cache->folder_.c_str(), 0700);
    return cache;
}

std::string ProtectionCache::file_name(const std::string& problem) const {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    const std::string head = std::string(kFormat) + '\0' + program_;
    EVP_DigestInit_ex(context, EVP_sha256(), nullptr);
    EVP_DigestUpdate(context, head.data(), head.size());
    EVP_DigestUpdate(context, problem.data(), problem.size());
    EVP_DigestFinal_ex(context, digest, &size);
    EVP_MD_CTX_free(context);
    return hex(digest, size);
}

std::optional<GroupProtection> ProtectionCache::recall(const std::string& problem,
                                                       std::size_t cells) {
    const fs::path path = folder_ / file_name(problem);
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return std::nullopt;
    std::string text;
    struct stat info;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size <= kLargestFile) {
        text.resize(static_cast<std::size_t>(info.st_size));
        std::size_t done = 0;
        while (done < text.size()) {
            const ssize_t n = ::read(fd, text.data() + done, text.size() - done);
            if (n <= 0) break;
            done += static_cast<std::size_t>(n);
        }
        text.resize(done);
    }
    std::istringstream in(text);
    std::string format, complements, narrowed, rest;
    GroupProtection out;
    const bool whole = std::getline(in, format) && format == kFormat &&
                       std::getline(in, complements) && std::getline(in, narrowed) &&
                       !std::getline(in, rest) && text.back() == '\n' &&
                       read_positions(complements, "complements", cells, out.complements) &&
                       read_positions(narrowed, "narrowed", cells, out.narrowed);
    if (whole && !read_only_) ::futimens(fd, nullptr);  // used: kept from pruning
    ::close(fd);
    if (!whole) return std::nullopt;
    ++recalled_;
    return out;
}

void ProtectionCache::remember(const std::string& problem, const GroupProtection& result) {
    if (read_only_) return;
    std::string text = std::string(kFormat) + "\ncomplements";
    for (std::uint32_t i : result.complements) text += ' ' + std::to_string(i);
    text += "\nnarrowed";
    for (std::uint32_t i : result.narrowed) text += ' ' + std::to_string(i);
    text += '\n';
    // Written whole under a private name, then renamed: a reader sees all of it or nothing.
    std::string temporary = (folder_ / ".new-XXXXXX").string();
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) return;  // a cache that cannot be written only makes the next build slower
    bool written = true;
    for (std::size_t done = 0; written && done < text.size();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        written = n > 0;
        if (written) done += static_cast<std::size_t>(n);
    }
    written = (::close(fd) == 0) && written;
    if (!written || std::rename(temporary.c_str(), (folder_ / file_name(problem)).c_str()) != 0) {
        ::unlink(temporary.c_str());
        return;
    }
    ++remembered_;
}

void ProtectionCache::prune(int days) const {
    if (read_only_) return;
    const auto now = fs::file_time_type::clock::now();
    std::error_code failed;
    for (fs::directory_iterator it(folder_, failed), end; !failed && it != end;
         it.increment(failed)) {
        std::error_code ignored;
        if (!it->is_regular_file(ignored)) continue;
        const auto age = now - it->last_write_time(ignored);
        // A half-written file older than a day was left by a build that was killed.
        const bool stale = it->path().filename().string().rfind(".new-", 0) == 0
                               ? age > std::chrono::hours(24)
                               : age > std::chrono::hours(24) * days;
        if (stale) fs::remove(it->path(), ignored);
    }
}

}  // namespace kt
