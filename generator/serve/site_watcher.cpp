#include "serve/site_watcher.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace kt {

namespace {

namespace fs = std::filesystem;

constexpr unsigned kEvents = IN_CREATE | IN_DELETE | IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_FROM |
                             IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF;
constexpr const char* kInputFolders[] = {"content", "data", "templates", "assets"};
constexpr int kQuietMilliseconds = 150;

bool editor_scratch(const std::string& name) {
    return name.empty() || name.front() == '.' || name.front() == '#' || name.back() == '~';
}

}  // namespace

SiteWatcher::SiteWatcher(const fs::path& site_dir) : site_dir_(site_dir) {
    inotify_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (inotify_ < 0 || pipe2(wake_, O_CLOEXEC) != 0)
        throw std::runtime_error(std::string("cannot watch the site folder: ") +
                                 std::strerror(errno));
    // The site folder itself, for site.yaml and input folders made later.
    const int top = inotify_add_watch(inotify_, site_dir.c_str(), kEvents & ~IN_MODIFY);
    if (top < 0)
        throw std::runtime_error("cannot watch " + site_dir.string() + ": " +
                                 std::strerror(errno));
    folders_[top] = "";
    for (const char* folder : kInputFolders) watch_tree(folder);
}

SiteWatcher::~SiteWatcher() {
    for (int fd : {inotify_, wake_[0], wake_[1]})
        if (fd >= 0) close(fd);
}

void SiteWatcher::watch_tree(const fs::path& folder) {
    std::error_code error;
    const fs::path full = site_dir_ / folder;
    if (!fs::is_directory(full, error) || fs::is_symlink(full, error)) return;
    const int watch = inotify_add_watch(inotify_, full.c_str(), kEvents | IN_ONLYDIR);
    if (watch < 0) return;  // gone meanwhile, or out of watches: its files are still read
    folders_[watch] = folder;
    for (fs::directory_iterator it(full, error), end; !error && it != end; it.increment(error))
        if (it->is_directory(error) && !it->is_symlink(error) &&
            !editor_scratch(it->path().filename().string()))
            watch_tree(folder / it->path().filename());
}

std::string SiteWatcher::input_changed(int watch, const char* name, unsigned mask) {
    auto it = folders_.find(watch);
    if (it == folders_.end()) return "";
    if (mask & (IN_DELETE_SELF | IN_IGNORED)) {
        const fs::path folder = it->second;
        folders_.erase(it);
        return folder.empty() ? "" : folder.string();
    }
    const std::string file = name;
    if (editor_scratch(file)) return "";
    const fs::path folder = it->second;
    if (folder.empty()) {  // the site folder: only site.yaml and the input folders count
        for (const char* input : kInputFolders)
            if (file == input) {
                if (mask & (IN_CREATE | IN_MOVED_TO)) watch_tree(input);
                return file;
            }
        return file == "site.yaml" ? file : "";
    }
    if ((mask & IN_ISDIR) && (mask & (IN_CREATE | IN_MOVED_TO))) watch_tree(folder / file);
    return (folder / file).string();
}

std::string SiteWatcher::wait_for_change() {
    std::string first;
    std::array<pollfd, 2> fds{pollfd{inotify_, POLLIN, 0}, pollfd{wake_[0], POLLIN, 0}};
    alignas(inotify_event) char buffer[16 * 1024];
    for (;;) {
        // Until the first change, wait as long as it takes; then until it goes quiet.
        const int ready = poll(fds.data(), fds.size(), first.empty() ? -1 : kQuietMilliseconds);
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0 || fds[1].revents) return "";
        if (ready == 0) return first;
        const ssize_t size = read(inotify_, buffer, sizeof buffer);
        if (size <= 0) continue;
        for (ssize_t at = 0; at < size;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
            at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            if (event->mask & IN_Q_OVERFLOW) {  // too many to tell: something changed
                if (first.empty()) first = "site.yaml";
                continue;
            }
            const std::string changed =
                input_changed(event->wd, event->len ? event->name : "", event->mask);
            if (first.empty()) first = changed;
        }
    }
}

void SiteWatcher::stop() {
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = write(wake_[1], &byte, 1);
}

}  // namespace kt
