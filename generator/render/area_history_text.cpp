#include "render/area_history_text.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace kt {

namespace {

std::string name_and_code(const Registry& registry, const std::string& code) {
    const Area* area = registry.find(code);
    return (area ? area->name : code) + " (" + code + ")";
}

// "A", "A og B", "A, B og C".
std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " og " : ", ";
        out += items[i];
    }
    return out;
}

std::string number_word(AreaKind kind) {
    return kind == AreaKind::county ? "fylkesnummer" : "kommunenummer";
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

std::vector<std::string> origin_sentences(const Registry& registry, const Area& start) {
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
                out.push_back("Fikk " + number_word(area->kind) + " " + area->code + " " + when +
                              " (før: " + changes.front()->from + ").");
                previous = registry.find(changes.front()->from);
                continue;
            }
            std::vector<std::string> whole, partly;
            const Area* same_name = nullptr;
            for (const AreaChange* change : changes) {
                const Area* from = registry.find(change->from);
                if (change->kind == ChangeKind::split) {
                    partly.push_back("deler av " + name_and_code(registry, change->from));
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
                out.push_back("Slått sammen med " + joined(parts) + " " + when +
                              (same_name
                                   ? " (" + area->name + " hadde før " + number_word(area->kind) +
                                         " " + same_name->code + ")."
                                   : "."));
            } else {
                if (same_name)
                    parts.insert(parts.begin(), name_and_code(registry, same_name->code));
                out.push_back("Opprettet " + when + " av " + joined(parts) + ".");
            }
        }
        area = previous;
    }
    return out;
}

std::vector<std::string> fate_sentences(const Registry& registry, const Area& start) {
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
        const std::string subject = area == &start ? "" : area->name + " ";
        auto capitalised = [&](std::string text) {
            if (subject.empty() && !text.empty())
                text[0] = static_cast<char>(std::toupper(text[0]));
            return subject + text;
        };
        std::vector<std::string> targets;
        for (const AreaChange* change : changes) {
            targets.push_back(name_and_code(registry, change->to));
            if (const Area* to = registry.find(change->to)) pending.push_back(to);
        }
        const AreaChange& first = *changes.front();
        if (first.kind == ChangeKind::new_code) {
            out.push_back(capitalised("fikk " + number_word(area->kind) + " " + first.to + " " +
                                      when +
                                      (area == &start ? "." : " (før: " + area->code + ").")));
        } else if (first.kind == ChangeKind::split) {
            out.push_back(capitalised("ble delt " + when + " mellom " + joined(targets) + "."));
        } else {
            std::vector<std::string> others;
            for (const AreaChange* in : registry.changes_to(first.to))
                if (in->date == first.date && in->from != area->code)
                    others.push_back((in->kind == ChangeKind::split ? "deler av " : "") +
                                     name_and_code(registry, in->from));
            out.push_back(capitalised((others.empty() ? "ble en del av " + targets.front()
                                                      : "ble slått sammen med " + joined(others) +
                                                            " til " + targets.front()) +
                                      " " + when + "."));
        }
    }
    return out;
}

std::string series_break_note(const std::string& name, int first_comparable_year) {
    const std::string year = std::to_string(first_comparable_year);
    return "Brudd i serien: " + name + " fikk nye grenser 1.1." + year + ". Tall fra før " + year +
           " kan ikke sammenlignes med kommunen slik den er i dag.";
}

std::string predecessor_sum_note(int last_summed_year, const std::vector<std::string>& parts) {
    return "Tall til og med " + std::to_string(last_summed_year) + " er summen for " +
           joined(parts) + ", som i dag er én kommune.";
}

}  // namespace kt
