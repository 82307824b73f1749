#pragma once
// Tells when a site folder's inputs change: site.yaml and everything under content/, data/,
// templates/ and assets/ (inotify on each folder, new folders included). Editors' temporary
// files (names starting with "." or "#", ending with "~") are not changes.
#include <filesystem>
#include <map>
#include <string>

namespace kt {

class SiteWatcher {
  public:
    // Throws std::runtime_error when the folder cannot be watched.
    explicit SiteWatcher(const std::filesystem::path& site_dir);
    ~SiteWatcher();
    SiteWatcher(const SiteWatcher&) = delete;
    SiteWatcher& operator=(const SiteWatcher&) = delete;

    // Blocks until an input changes, then until nothing more has changed for a moment (an
    // editor saving several files, a checkout); returns the first file changed, relative to
    // the site folder. "" once stop() is called.
    std::string wait_for_change();
    // Wakes wait_for_change from another thread, for good.
    void stop();

  private:
    void watch_tree(const std::filesystem::path& folder);
    // The changed input an inotify event names, or "" if it is none.
    std::string input_changed(int watch, const char* name, unsigned mask);

    std::filesystem::path site_dir_;
    int inotify_ = -1;
    int wake_[2] = {-1, -1};  // a pipe: stop() writes to it
    std::map<int, std::filesystem::path> folders_;  // watch -> folder, relative to the site
};

}  // namespace kt
