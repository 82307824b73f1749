#pragma once
// The geography: the country, counties, municipalities and Oslo's city districts.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kt {

enum class AreaKind { country, county, municipality, district };

struct Area {
    std::string code;         // official code: "0" country, "34" county, "3435" municipality,
                              // "030101" district
    std::string name;         // official name, e.g. "Vågå"
    AreaKind kind = AreaKind::municipality;
    std::string parent;       // county for a municipality, "0301" for a district,
                              // "0" for a county, "" for the country
    // Classification attributes from data (e.g. "sentralitet" -> "5").
    std::map<std::string, std::string> attributes;
};

// All areas, in registry order, with look-up by code.
class Registry {
public:
    void add(Area area);  // caller ensures unique codes
    const Area* find(const std::string& code) const;
    // Sets a classification attribute; false if the code is unknown.
    bool set_attribute(const std::string& code, const std::string& key, std::string value);
    const std::vector<Area>& areas() const { return areas_; }
    std::vector<const Area*> of_kind(AreaKind kind) const;
    // Direct children of an area (municipalities of a county, districts of Oslo).
    std::vector<const Area*> children(const std::string& code, AreaKind kind) const;
    const Area& country() const;  // precondition: registry has a country

private:
    std::vector<Area> areas_;
    std::map<std::string, std::size_t> index_;
};

std::string kind_name(AreaKind kind);  // "land", "fylke", "kommune", "bydel"
std::optional<AreaKind> parse_kind(const std::string& name);

}  // namespace kt
