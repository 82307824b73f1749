#include "model/area.h"

#include <cassert>

namespace kt {

void Registry::add(Area area) {
    assert(!index_.count(area.code));
    index_[area.code] = areas_.size();
    areas_.push_back(std::move(area));
}

const Area* Registry::find(const std::string& code) const {
    auto it = index_.find(code);
    return it == index_.end() ? nullptr : &areas_[it->second];
}

bool Registry::set_attribute(const std::string& code, const std::string& key,
                             std::string value) {
    auto it = index_.find(code);
    if (it == index_.end()) return false;
    areas_[it->second].attributes[key] = std::move(value);
    return true;
}

std::vector<const Area*> Registry::of_kind(AreaKind kind) const {
    std::vector<const Area*> out;
    for (const Area& a : areas_)
        if (a.kind == kind) out.push_back(&a);
    return out;
}

std::vector<const Area*> Registry::children(const std::string& code, AreaKind kind) const {
    std::vector<const Area*> out;
    for (const Area& a : areas_)
        if (a.kind == kind && a.parent == code) out.push_back(&a);
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
        case AreaKind::country: return "land";
        case AreaKind::county: return "fylke";
        case AreaKind::municipality: return "kommune";
        case AreaKind::district: return "bydel";
    }
    return "";
}

std::optional<AreaKind> parse_kind(const std::string& name) {
    for (AreaKind k : {AreaKind::country, AreaKind::county, AreaKind::municipality,
                       AreaKind::district})
        if (kind_name(k) == name) return k;
    return std::nullopt;
}

}  // namespace kt
