#pragma once
// Secondary suppression's results kept in a folder from one build to the next
// (ProtectionMemory): a file per group of linked cells, named by the SHA-256 of this program's
// build id and the group's problem, and holding the positions of the cells protecting it hid.
// The problem itself (the unpublished numbers) is not written, and a new build of the program
// finds none of the old results.
//
// The folder holds what the site must never publish (which hidden cells are small counts), so
// it is the user's own (mode 0700) and lies outside the output folder. Reading is defensive:
// a file that is not exactly what this program writes counts as never written.
#include <atomic>
#include <filesystem>
#include <memory>
#include <string>

#include "model/protection_memory.h"

namespace kt {

class ProtectionCache : public ProtectionMemory {
  public:
    // Opens the cache in `dir` (creating it, with its "protection" folder), or returns nullptr
    // with `error` set. Read-only: recalls, never writes (`check` and `serve` write nothing).
    static std::unique_ptr<ProtectionCache> open(const std::filesystem::path& dir, bool read_only,
                                                 std::string& error);

    std::optional<GroupProtection> recall(const std::string& problem, std::size_t cells) override;
    void remember(const std::string& problem, const GroupProtection& result) override;

    // Removes results no build has used for `days` days.
    void prune(int days = 30) const;

    std::size_t recalled() const { return recalled_; }
    std::size_t remembered() const { return remembered_; }

  private:
    std::string file_name(const std::string& problem) const;
    std::filesystem::path folder_;  // <dir>/protection
    std::string program_;           // this program's build id
    bool read_only_ = false;
    std::atomic<std::size_t> recalled_{0}, remembered_{0};
};

}  // namespace kt
