#include "render/area_history_text.h"

#include <algorithm>
#include <map>
#include <set>

#include "render/sentence.h"

namespace kt {

namespace {

std::string name_and_code(const Registry& registry, const std::string& code) {
    const Area* area = registry.find(code);
    return (area ? area->name : code) + " (" + code + ")";
}

// Changes into `code`, grouped by date, newest first.
std::map<std::string, std::vector<const AreaChange*>, std::greater<>> incoming_by_date(
    const Registry& registry, const std::string& code) {
    std::map<std::string, std::vector<const AreaChange*>, std::greater<>> out;
    for (const AreaChange* change : registry.changes_to(code)) out[change->date].push_back(change);
    return out;
}

}  // namespace

std::string short_date(const std::string& iso_date) {
    if (iso_date.size() != 10) return iso_date;
    return std::to_string(std::stoi(iso_date.substr(8, 2))) + "." +
           std::to_string(std::stoi(iso_date.substr(5, 2))) + "." + iso_date.substr(0, 4);
}

std::vector<std::string> origin_sentences(const Words& words, const Registry& registry,
                                          const Area& start) {
    std::vector<std::string> out;
    const Area* area = &start;
    std::set<std::string> seen;  // a registry built by hand could loop
    // Follow new numbers back; stop at the merge or split that made the area.
    while (area && seen.insert(area->code).second) {
        const auto groups = incoming_by_date(registry, area->code);
        if (groups.empty()) break;
        const Area* previous = nullptr;
        for (const auto& [date, changes] : groups) {
            const std::string when = short_date(date);
            if (changes.size() == 1 && changes.front()->kind == ChangeKind::new_code) {
                out.push_back(words("history.new_number", {{"kind", kind_name(area->kind)},
                                                           {"code", area->code},
                                                           {"when", when},
                                                           {"before", changes.front()->from}}));
                previous = registry.find(changes.front()->from);
                continue;
            }
            std::vector<std::string> whole, partly;
            const Area* same_name = nullptr;
            for (const AreaChange* change : changes) {
                const Area* from = registry.find(change->from);
                if (change->kind == ChangeKind::split) {
                    partly.push_back(words("history.part_of",
                                           {{"area", name_and_code(registry, change->from)}}));
                } else if (from && from->name == area->name && !same_name) {
                    same_name = from;
                } else {
                    whole.push_back(name_and_code(registry, change->from));
                }
            }
            const bool continues = area->first_day.empty() || area->first_day < date;
            std::vector<std::string> parts = whole;
            parts.insert(parts.end(), partly.begin(), partly.end());
            if ((continues || same_name) && !parts.empty()) {
                out.push_back(
                    words("history.merged", {{"parts", joined(words, parts)},
                                             {"when", when},
                                             {"kept_name", same_name ? "yes" : "no"},
                                             {"area", area->name},
                                             {"kind", kind_name(area->kind)},
                                             {"old_code", same_name ? same_name->code : ""}}));
            } else {
                if (same_name)
                    parts.insert(parts.begin(), name_and_code(registry, same_name->code));
                out.push_back(
                    words("history.created", {{"when", when}, {"parts", joined(words, parts)}}));
            }
        }
        area = previous;
    }
    return out;
}

std::vector<std::string> fate_sentences(const Words& words, const Registry& registry,
                                        const Area& start) {
    std::vector<std::string> out;
    std::vector<const Area*> pending{&start};
    std::set<std::string> seen;  // areas reached twice (a split part merged again) say it once
    while (!pending.empty()) {
        const Area* area = pending.front();
        pending.erase(pending.begin());
        if (!seen.insert(area->code).second) continue;
        const auto changes = registry.changes_from(area->code);
        if (changes.empty()) continue;
        const std::string when = short_date(changes.front()->date);
        // The first sentence is about the page's own area; later ones name theirs.
        const bool own = area == &start;
        const std::string subject = own ? "" : area->name;
        std::vector<std::string> targets;
        for (const AreaChange* change : changes) {
            targets.push_back(name_and_code(registry, change->to));
            if (const Area* to = registry.find(change->to)) pending.push_back(to);
        }
        const AreaChange& first = *changes.front();
        if (first.kind == ChangeKind::new_code) {
            out.push_back(words("history.fate_new_number", {{"own", own ? "yes" : "no"},
                                                            {"subject", subject},
                                                            {"kind", kind_name(area->kind)},
                                                            {"code", first.to},
                                                            {"when", when},
                                                            {"before", area->code}}));
        } else if (first.kind == ChangeKind::split) {
            out.push_back(words("history.fate_split", {{"own", own ? "yes" : "no"},
                                                       {"subject", subject},
                                                       {"when", when},
                                                       {"targets", joined(words, targets)}}));
        } else {
            std::vector<std::string> others;
            for (const AreaChange* in : registry.changes_to(first.to))
                if (in->date == first.date && in->from != area->code) {
                    const std::string other = name_and_code(registry, in->from);
                    others.push_back(in->kind == ChangeKind::split
                                         ? words("history.part_of", {{"area", other}})
                                         : other);
                }
            out.push_back(words(others.empty() ? "history.fate_part_of" : "history.fate_merged",
                                {{"own", own ? "yes" : "no"},
                                 {"subject", subject},
                                 {"others", joined(words, others)},
                                 {"target", targets.front()},
                                 {"when", when}}));
        }
    }
    return out;
}

std::string series_break_note(const Words& words, const std::string& name,
                              int first_comparable_year) {
    return words("history.series_break",
                 {{"area", name}, {"year", std::to_string(first_comparable_year)}});
}

std::string predecessor_sum_note(const Words& words, int last_summed_year,
                                 const std::vector<std::string>& parts) {
    return words("history.predecessor_sum",
                 {{"year", std::to_string(last_summed_year)}, {"parts", joined(words, parts)}});
}

}  // namespace kt
