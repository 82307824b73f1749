#pragma once
// Secondary suppression's results kept in a folder from one build to the next
// (ProtectionMemory): a file per group of linked cells in DIR/protection, named by the SHA-256
// of the program's identity and the group's problem, holding the positions of the cells
// protecting it hid and a check value over the problem and that result. The problem itself
// (the unpublished numbers) is not written. The identity is the build id of the program and
// of every library it runs with (the solvers above all): after an upgrade of any of them no
// old result is found.
//
// The folder says which hidden cells are small counts, so it is the user's alone: DIR and
// DIR/protection must be the user's own, protection is opened once, without following a link,
// and every file is reached through it; a result file must be the user's own, in exactly the
// format written, and its check value must match, which no one without the unpublished
// numbers can compute. Anything else counts as never written.
#include <atomic>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "model/protection_memory.h"

namespace kt {

class ProtectionCache : public ProtectionMemory {
  public:
    // Folders, each with the words an error names it by, that DIR/protection may not lie in
    // (or be): the output folder, the folders the site reads; and that it may not hold (or
    // be): the output folder, the site. Judged by the folders as they really are, once opened.
    struct Placement {
        std::vector<std::pair<std::filesystem::path, std::string>> not_in, not_holding;
    };
    // Opens the cache in `dir`, creating it and its protection folder unless `read_only`, or
    // returns nullptr with `error` set. Every folder on the way must be the user's or root's,
    // and none one that anyone may change (world-writable without the sticky bit). Read-only:
    // recalls, never writes (`check` and `serve` write nothing); a folder that does not exist,
    // or that others may write, then recalls nothing.
    static std::unique_ptr<ProtectionCache> open(const std::filesystem::path& dir, bool read_only,
                                                 const Placement& placement, std::string& error);
    ~ProtectionCache() override;
    ProtectionCache(const ProtectionCache&) = delete;
    ProtectionCache& operator=(const ProtectionCache&) = delete;

    std::optional<GroupProtection> recall(const std::string& problem, std::size_t cells) override;
    void remember(const std::string& problem, const GroupProtection& result) override;

    // Removes the results no build has used for `days` days (only files named as results
    // are, and the half-written ones of builds that were killed).
    void prune(int days = 30) const;

    std::size_t recalled() const { return recalled_; }
    std::size_t remembered() const { return remembered_; }

  private:
    ProtectionCache() = default;
    std::string digest(const std::string& problem, const std::string& result) const;
    int folder_ = -1;       // DIR/protection, opened; -1 when there is none (read-only)
    std::string identity_;  // build ids of the program and its libraries
    bool read_only_ = false;
    std::atomic<std::size_t> recalled_{0}, remembered_{0};
};

}  // namespace kt
