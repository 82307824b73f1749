#include "model/area.h"

#include <algorithm>
#include <cassert>
#include <set>

namespace kt {

namespace {

std::optional<int> year_of(const std::string& iso_date) {
    if (iso_date.size() < 4) return std::nullopt;
    return std::stoi(iso_date.substr(0, 4));
}

}  // namespace

bool Area::valid_in(int year) const {
    auto first = first_year();
    auto last = last_year();
    return (!first || *first <= year) && (!last || year <= *last);
}

std::optional<int> Area::first_year() const { return year_of(first_day); }
std::optional<int> Area::last_year() const { return year_of(last_day); }

int AreaChange::year() const { return year_of(date).value_or(0); }

void Registry::add(Area area) {
    assert(!index_.count(area.code));
    index_[area.code] = areas_.size();
    children_[area.parent].push_back(areas_.size());
    areas_.push_back(std::move(area));
}

const Area* Registry::find(const std::string& code) const {
    auto it = index_.find(code);
    return it == index_.end() ? nullptr : &areas_[it->second];
}

bool Registry::set_attribute(const std::string& code, const std::string& key, std::string value) {
    auto it = index_.find(code);
    if (it == index_.end()) return false;
    areas_[it->second].attributes[key] = std::move(value);
    return true;
}

void Registry::add_change(AreaChange change) {
    assert(find(change.from) && find(change.to));
    changes_from_[change.from].push_back(changes_.size());
    changes_to_[change.to].push_back(changes_.size());
    changes_.push_back(std::move(change));
}

std::vector<const Area*> Registry::of_kind(AreaKind kind) const {
    std::vector<const Area*> out;
    for (const Area& a : areas_)
        if (a.kind == kind && a.is_current()) out.push_back(&a);
    return out;
}

std::vector<const Area*> Registry::children(const std::string& code, AreaKind kind) const {
    std::vector<const Area*> out;
    if (auto it = children_.find(code); it != children_.end())
        for (std::size_t i : it->second)
            if (areas_[i].kind == kind && areas_[i].is_current()) out.push_back(&areas_[i]);
    return out;
}

std::vector<const AreaChange*> Registry::changes_from(const std::string& code) const {
    std::vector<const AreaChange*> out;
    if (auto it = changes_from_.find(code); it != changes_from_.end())
        for (std::size_t i : it->second) out.push_back(&changes_[i]);
    return out;
}

std::vector<const AreaChange*> Registry::changes_to(const std::string& code) const {
    std::vector<const AreaChange*> out;
    if (auto it = changes_to_.find(code); it != changes_to_.end())
        for (std::size_t i : it->second) out.push_back(&changes_[i]);
    return out;
}

std::vector<std::string> Registry::current_successors(const std::string& code) const {
    std::vector<std::string> out;
    std::vector<std::string> pending{code};
    std::set<std::string> seen;
    while (!pending.empty()) {
        const std::string next = pending.back();
        pending.pop_back();
        if (!seen.insert(next).second) continue;
        const Area* area = find(next);
        if (!area) continue;
        if (area->is_current()) {
            out.push_back(next);
            continue;
        }
        for (const AreaChange* change : changes_from(next)) pending.push_back(change->to);
    }
    std::sort(out.begin(), out.end());
    return out;
}

const Area& Registry::country() const {
    for (const Area& a : areas_)
        if (a.kind == AreaKind::country) return a;
    assert(false && "registry without a country");
    return areas_.front();
}

std::string kind_name(AreaKind kind) {
    switch (kind) {
        case AreaKind::country:
            return "land";
        case AreaKind::county:
            return "fylke";
        case AreaKind::municipality:
            return "kommune";
        case AreaKind::district:
            return "bydel";
    }
    return "";
}

std::optional<AreaKind> parse_kind(const std::string& name) {
    for (AreaKind k :
         {AreaKind::country, AreaKind::county, AreaKind::municipality, AreaKind::district})
        if (kind_name(k) == name) return k;
    return std::nullopt;
}

std::string change_kind_name(ChangeKind kind) {
    switch (kind) {
        case ChangeKind::merger:
            return "sammenslåing";
        case ChangeKind::split:
            return "deling";
        case ChangeKind::new_code:
            return "nytt nummer";
    }
    return "";
}

std::optional<ChangeKind> parse_change_kind(const std::string& name) {
    for (ChangeKind k : {ChangeKind::merger, ChangeKind::split, ChangeKind::new_code})
        if (change_kind_name(k) == name) return k;
    return std::nullopt;
}

std::vector<std::string> name_parts(std::string_view name) {
    std::vector<std::string> parts;
    constexpr std::string_view kBetween = " - ";
    for (std::size_t from = 0;;) {
        const std::size_t at = name.find(kBetween, from);
        const std::string_view part = name.substr(from, at - from);
        if (!part.empty()) parts.emplace_back(part);
        if (at == std::string_view::npos) break;
        from = at + kBetween.size();
    }
    return parts;
}

}  // namespace kt
