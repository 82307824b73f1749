#include "stats/area_history.h"

#include <string_view>
#include <unordered_set>

namespace kt {

Constituents constituents(const Registry& registry, const std::vector<std::string>& targets,
                          int year, const std::function<bool(const std::string&)>& has_row) {
    Constituents out;
    // Views of the targets' and the registry's own strings, which outlive the walk.
    const std::unordered_set<std::string_view> target_set(targets.begin(), targets.end());
    std::unordered_set<std::string_view> visited;

    std::function<void(const std::string&)> walk = [&](const std::string& code) {
        if (!visited.insert(code).second) return;
        const Area* area = registry.find(code);
        if (!area) return;
        const bool row = has_row(code);
        if (row || area->valid_in(year)) out.codes.push_back(code);
        // A back-cast row already covers the code's predecessors.
        if (row && !area->valid_in(year)) return;
        for (const AreaChange* change : registry.changes_to(code)) {
            if (change->year() <= year)
                continue;  // happened before: the year's rows already
                           // use the new code
            if (change->kind == ChangeKind::split) {
                for (const std::string& successor : registry.current_successors(change->from)) {
                    if (!target_set.count(successor)) {
                        out.comparable = false;
                        return;
                    }
                }
            }
            walk(change->from);
        }
    };
    for (const std::string& target : targets) walk(target);
    return out;
}

}  // namespace kt
