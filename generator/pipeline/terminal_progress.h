#pragma once
// Progress on one line of a terminal: the stage, then pages done and the time left, redrawn at
// most ten times a second and cleared at the end. Only where someone watches: the stream is a
// terminal, and neither CI is set nor TERM is "dumb" (a log file gets no carriage returns).
#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>

#include "model/progress.h"

namespace kt {

class TerminalProgress : public Progress {
  public:
    explicit TerminalProgress(std::FILE* out) : out_(out) {}
    void stage(const std::string& name) override;
    void advance(std::size_t done, std::size_t total) override;
    void finish() override;

  private:
    void draw(const std::string& line);
    std::FILE* out_;
    std::mutex mutex_;
    std::string stage_;
    std::chrono::steady_clock::time_point stage_started_, drawn_;
    bool shown_ = false;
};

// A TerminalProgress on stderr where someone watches it, else one that says nothing.
std::unique_ptr<Progress> progress_for_stderr();

}  // namespace kt
