#pragma once
// The geography: the country, counties, municipalities and Oslo's city districts, with the
// history of codes since the 2018 reform (merges, splits and new numbers).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kt {

enum class AreaKind { country, county, municipality, district };

// A point on the earth: longitude and latitude in degrees (WGS 84).
struct GeoPoint {
    double longitude = 0;
    double latitude = 0;
};

struct Area {
    std::string code;  // official code: "0" country, "34" county, "3435" municipality,
                       // "030101" district
    std::string name;  // official name, e.g. "Vågå"
    AreaKind kind = AreaKind::municipality;
    std::string parent;  // county for a municipality, "0301" for a district,
                         // "0" for a county, "" for the country
    // Classification attributes from data (e.g. "sentralitet" -> "5").
    std::map<std::string, std::string> attributes;
    // Validity as ISO dates; empty first_day: in use before the registry's history begins;
    // empty last_day: still in use. A historical area keeps the parent it had.
    std::string first_day;  // "2020-01-01"
    std::string last_day;   // "2023-12-31"
    // Where the area lies (registry columns lengdegrad, breddegrad), for the tile map.
    std::optional<GeoPoint> centre = {};  // `= {}`: aggregates may leave it out

    bool is_current() const { return last_day.empty(); }
    // Whether the code was in use on some day of the year.
    bool valid_in(int year) const;
    std::optional<int> first_year() const;  // nullopt when first_day is empty
    std::optional<int> last_year() const;   // nullopt while current
};

// How a code ended. Every change takes effect on `date` (the first day of the new code).
enum class ChangeKind {
    merger,    // "sammenslåing": all of `from` became part of `to` (with other areas)
    split,     // "deling": part of `from` became part of `to`; one change per receiving area
    new_code,  // "nytt nummer": the same area under a new code (county reform, county move)
};

struct AreaChange {
    std::string date;  // ISO date, "2020-01-01"
    ChangeKind kind = ChangeKind::merger;
    std::string from;
    std::string to;
    int year() const;  // the year of `date`
};

// All areas, in registry order, with look-up by code.
class Registry {
  public:
    void add(Area area);                 // caller ensures unique codes
    void add_change(AreaChange change);  // caller ensures both codes exist
    const Area* find(const std::string& code) const;
    // Sets a classification attribute; false if the code is unknown.
    bool set_attribute(const std::string& code, const std::string& key, std::string value);
    // Every area, current and historical, in registry order.
    const std::vector<Area>& areas() const { return areas_; }
    // Current areas of a kind.
    std::vector<const Area*> of_kind(AreaKind kind) const;
    // Current direct children of an area (municipalities of a county, districts of Oslo).
    std::vector<const Area*> children(const std::string& code, AreaKind kind) const;
    const std::vector<AreaChange>& changes() const { return changes_; }
    std::vector<const AreaChange*> changes_from(const std::string& code) const;
    std::vector<const AreaChange*> changes_to(const std::string& code) const;
    // The current areas a code's territory went to (itself if current), following changes;
    // sorted.
    std::vector<std::string> current_successors(const std::string& code) const;
    const Area& country() const;  // precondition: registry has a country

  private:
    std::vector<Area> areas_;
    std::map<std::string, std::size_t> index_;
    std::map<std::string, std::vector<std::size_t>> children_;  // parent code -> index in areas_
    std::vector<AreaChange> changes_;
    std::map<std::string, std::vector<std::size_t>> changes_from_;  // code -> index in changes_
    std::map<std::string, std::vector<std::size_t>> changes_to_;
};

std::string kind_name(AreaKind kind);  // "land", "fylke", "kommune", "bydel"
std::optional<AreaKind> parse_kind(const std::string& name);
std::string change_kind_name(ChangeKind kind);  // "sammenslåing", "deling", "nytt nummer"
std::optional<ChangeKind> parse_change_kind(const std::string& name);

// An official name's parts in its languages, as written: "Guovdageaidnu - Kautokeino" ->
// {"Guovdageaidnu", "Kautokeino"}; a name in one language is its only part.
std::vector<std::string> name_parts(std::string_view name);

}  // namespace kt
