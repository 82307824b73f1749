#pragma once
// What a long build tells whoever watches it: the stage it is in, and how far a stage of many
// items (pages) has come. The default tells nobody; `build` and `serve` show it on a terminal.
#include <cstddef>
#include <string>

namespace kt {

class Progress {
  public:
    virtual ~Progress() = default;
    virtual void stage(const std::string& name) { (void)name; }
    // `done` of `total` items of the current stage. Called from any thread.
    virtual void advance(std::size_t done, std::size_t total) {
        (void)done;
        (void)total;
    }
    // The build is over: whatever was shown is cleared.
    virtual void finish() {}
};

}  // namespace kt
