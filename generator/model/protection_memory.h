#pragma once
// Secondary suppression's results kept from one build to the next. Protecting a group of
// linked cells is most of a build's time, and its result depends on that group's numbers,
// symbols and relations alone: a group whose problem is exactly the same as one already
// protected (byte for byte, by the same program) gets that result again without solving.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kt {

// What protecting one group did, by the positions of its cells in the group's problem.
struct GroupProtection {
    std::vector<std::uint32_t> complements;  // hidden as complements, rising
    std::vector<std::uint32_t> narrowed;     // could not be protected, rising
};

// Called from several threads at once.
class ProtectionMemory {
  public:
    virtual ~ProtectionMemory() = default;
    // `problem` is a group's problem written out in full (it names the group's cells by
    // position, 0 … cells - 1); nullopt when it has not been seen, or what was kept for it
    // does not fit a group of `cells` cells.
    virtual std::optional<GroupProtection> recall(const std::string& problem,
                                                  std::size_t cells) = 0;
    virtual void remember(const std::string& problem, const GroupProtection& result) = 0;
};

}  // namespace kt
