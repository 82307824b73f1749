#include "pipeline/terminal_progress.h"

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

namespace kt {

void TerminalProgress::draw(const std::string& line) {
    std::fprintf(out_, "\r%s\033[K", line.c_str());  // \033[K clears what a longer line left
    std::fflush(out_);
    shown_ = true;
    drawn_ = std::chrono::steady_clock::now();
}

void TerminalProgress::stage(const std::string& name) {
    std::lock_guard lock(mutex_);
    stage_ = name;
    stage_started_ = std::chrono::steady_clock::now();
    draw(stage_ + " …");
}

void TerminalProgress::advance(std::size_t done, std::size_t total) {
    std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    if (done < total && now - drawn_ < std::chrono::milliseconds(100)) return;
    std::string line = stage_ + " " + std::to_string(done) + "/" + std::to_string(total);
    const double elapsed = std::chrono::duration<double>(now - stage_started_).count();
    if (done > 0 && done < total && elapsed > 0.5) {
        const double left = elapsed * static_cast<double>(total - done) / static_cast<double>(done);
        line += ", about " + std::to_string(static_cast<long>(std::ceil(left))) + " s left";
    }
    draw(line);
}

void TerminalProgress::finish() {
    std::lock_guard lock(mutex_);
    if (!shown_) return;
    std::fprintf(out_, "\r\033[K");
    std::fflush(out_);
    shown_ = false;
}

std::unique_ptr<Progress> progress_for_stderr() {
    const char* term = std::getenv("TERM");
    const char* ci = std::getenv("CI");
    if (isatty(STDERR_FILENO) && !(ci && *ci) && !(term && std::strcmp(term, "dumb") == 0))
        return std::make_unique<TerminalProgress>(stderr);
    return std::make_unique<Progress>();
}

}  // namespace kt
