#pragma once
// Starting worker threads where the system may allow fewer than asked for.
#include <system_error>
#include <thread>
#include <vector>

namespace kt {

// Starts up to `count` threads running `work` (a copy each). Where the system refuses more (a
// container's process limit), the threads started so far are all there are: callers also run
// the work themselves and share it out, so the result is the same, only slower.
template <class Work>
std::vector<std::thread> start_threads(unsigned count, const Work& work) {
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < count; ++t) {
        try {
            threads.emplace_back(work);
        } catch (const std::system_error&) {
            break;
        }
    }
    return threads;
}

}  // namespace kt
