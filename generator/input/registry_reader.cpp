#include "input/registry_reader.h"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <regex>

#include "input/source_file.h"

namespace kt {

namespace {

bool all_digits(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// The kind a parent must have for a child of the given kind.
AreaKind expected_parent_kind(AreaKind kind) {
    switch (kind) {
        case AreaKind::county:
            return AreaKind::country;
        case AreaKind::municipality:
            return AreaKind::county;
        case AreaKind::district:
            return AreaKind::municipality;
        case AreaKind::country:
            break;
    }
    return AreaKind::country;
}

std::optional<std::chrono::year_month_day> parse_date(const std::string& text) {
    static const std::regex iso(R"((\d{4})-(\d{2})-(\d{2}))");
    std::smatch m;
    if (!std::regex_match(text, m, iso)) return std::nullopt;
    std::chrono::year_month_day date{std::chrono::year(std::stoi(m[1])),
                                     std::chrono::month(std::stoi(m[2])),
                                     std::chrono::day(std::stoi(m[3]))};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::string day_before(const std::chrono::year_month_day& date) {
    const std::chrono::year_month_day before{std::chrono::sys_days(date) - std::chrono::days(1)};
    char text[32];  // room for any int the compiler can imagine
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(before.year()),
                  static_cast<unsigned>(before.month()), static_cast<unsigned>(before.day()));
    return text;
}

// An optional date column ("fra", "til"): empty or a valid ISO date.
std::string read_date(const CsvRecord& row, int column, const std::string& file,
                      Diagnostics& diagnostics) {
    if (column < 0) return "";
    const CsvField& field = row.fields[column];
    if (!field.text.empty() && !parse_date(field.text)) {
        diagnostics.error({file, field.line, field.column},
                          "'" + field.text + "' is not a date written YYYY-MM-DD");
        return "";
    }
    return field.text;
}

// data/endringer.csv: how codes ended. Each change must join two registry codes, take effect
// the day after the old code's last day, and fall within the new code's validity.
void read_changes(const std::filesystem::path& site_dir, Registry& registry,
                  Diagnostics& diagnostics) {
    if (!std::filesystem::exists(site_dir / kChangesFile)) return;
    auto table = read_csv_table(site_dir, kChangesFile, ',', diagnostics);
    if (!table) return;
    const int date_col = table->require_column("dato", diagnostics);
    const int kind_col = table->require_column("endring", diagnostics);
    const int from_col = table->require_column("fra", diagnostics);
    const int to_col = table->require_column("til", diagnostics);
    if (date_col < 0 || kind_col < 0 || from_col < 0 || to_col < 0) return;
    for (const CsvRecord& row : table->rows) {
        auto at = [&](int col) {
            return SourceLocation{table->file, row.fields[col].line, row.fields[col].column};
        };
        const std::string& date_text = row.fields[date_col].text;
        const auto date = parse_date(date_text);
        const auto kind = parse_change_kind(row.fields[kind_col].text);
        const Area* from = registry.find(row.fields[from_col].text);
        const Area* to = registry.find(row.fields[to_col].text);
        bool ok = true;
        if (!date) {
            diagnostics.error(at(date_col), "'" + date_text + "' is not a date written YYYY-MM-DD");
            ok = false;
        }
        if (!kind) {
            diagnostics.error(at(kind_col), "unknown change '" + row.fields[kind_col].text +
                                                "' (expected sammenslåing, deling or nytt nummer)");
            ok = false;
        }
        for (auto [area, col] : {std::pair{from, from_col}, std::pair{to, to_col}}) {
            if (!area) {
                diagnostics.error(at(col), "unknown area code '" + row.fields[col].text + "'");
                ok = false;
            }
        }
        if (!ok) continue;
        if (from->kind != to->kind)
            diagnostics.error(at(to_col), "a " + kind_name(from->kind) + " cannot become a " +
                                              kind_name(to->kind));
        if (from->last_day != day_before(*date))
            diagnostics.error(at(from_col), from->code + " " + from->name +
                                                " must end the day before the change (" +
                                                day_before(*date) + "), but its til is '" +
                                                from->last_day + "'");
        if ((!to->first_day.empty() && to->first_day > date_text) ||
            (!to->last_day.empty() && to->last_day < date_text))
            diagnostics.error(at(to_col),
                              to->code + " " + to->name + " is not in use on " + date_text);
        registry.add_change({date_text, *kind, from->code, to->code});
    }
    // A code that ended must say what became of it, and one that began where it came from.
    for (const Area& area : registry.areas()) {
        if (!area.is_current() && registry.changes_from(area.code).empty())
            diagnostics.error({table->file, 0, 0}, area.code + " " + area.name + " ended " +
                                                       area.last_day +
                                                       " but no change says what it became");
        if (!area.first_day.empty() && registry.changes_to(area.code).empty())
            diagnostics.error({table->file, 0, 0}, area.code + " " + area.name + " began " +
                                                       area.first_day +
                                                       " but no change says where it came from");
    }
}

// The area's centre (lengdegrad, breddegrad: WGS 84 degrees) when the registry gives one: both
// or neither, each a number in range.
std::optional<GeoPoint> read_centre(const CsvRecord& row, int longitude_col, int latitude_col,
                                    const std::string& file, Diagnostics& diagnostics) {
    if (longitude_col < 0 || latitude_col < 0) return std::nullopt;
    const CsvField& lon = row.fields[longitude_col];
    const CsvField& lat = row.fields[latitude_col];
    if (lon.text.empty() && lat.text.empty()) return std::nullopt;
    const auto number = [&](const CsvField& field, double limit) -> std::optional<double> {
        double value = 0;
        const char* end = field.text.data() + field.text.size();
        const auto [stop, error] = std::from_chars(field.text.data(), end, value);
        if (error != std::errc() || stop != end || !(std::abs(value) <= limit)) {
            diagnostics.error({file, field.line, field.column},
                              "'" + field.text + "' is not a degree from -" +
                                  std::to_string(static_cast<int>(limit)) + " to " +
                                  std::to_string(static_cast<int>(limit)) +
                                  " (write the centre as lengdegrad,breddegrad, e.g. 8.9528,61.6735)");
            return std::nullopt;
        }
        return value;
    };
    const auto x = number(lon, 180), y = number(lat, 90);
    if (!x || !y) return std::nullopt;
    return GeoPoint{*x, *y};
}

}  // namespace

Registry read_registry(const std::filesystem::path& site_dir, Diagnostics& diagnostics) {
    Registry registry;
    auto table = read_csv_table(site_dir, kRegistryFile, ',', diagnostics);
    if (!table) return registry;
    const int code_col = table->require_column("kode", diagnostics);
    const int name_col = table->require_column("navn", diagnostics);
    const int kind_col = table->require_column("type", diagnostics);
    const int parent_col = table->require_column("overordnet", diagnostics);
    if (code_col < 0 || name_col < 0 || kind_col < 0 || parent_col < 0) return registry;
    const int first_col = table->find_column("fra");
    const int last_col = table->find_column("til");
    const int longitude_col = table->find_column("lengdegrad");
    const int latitude_col = table->find_column("breddegrad");

    std::map<std::string, CsvField> parent_field;  // code -> where its parent is named
    int countries = 0;
    for (const CsvRecord& row : table->rows) {
        const CsvField& code = row.fields[code_col];
        const CsvField& kind_text = row.fields[kind_col];
        SourceLocation at{table->file, code.line, code.column};
        if (!all_digits(code.text)) {
            diagnostics.error(at, "area code '" + code.text + "' is not a number");
            continue;
        }
        if (registry.find(code.text)) {
            diagnostics.error(at, "duplicate area code '" + code.text + "'");
            continue;
        }
        auto kind = parse_kind(kind_text.text);
        if (!kind) {
            diagnostics.error({table->file, kind_text.line, kind_text.column},
                              "unknown area type '" + kind_text.text +
                                  "' (expected land, fylke, kommune or bydel)");
            continue;
        }
        if (row.fields[name_col].text.empty()) diagnostics.error(at, "area has no name");
        if (*kind == AreaKind::country) {
            ++countries;
            if (!row.fields[parent_col].text.empty())
                diagnostics.error(
                    {table->file, row.fields[parent_col].line, row.fields[parent_col].column},
                    "the country has no parent area");
        }
        Area area;
        area.code = code.text;
        area.name = row.fields[name_col].text;
        area.kind = *kind;
        area.parent = row.fields[parent_col].text;
        area.first_day = read_date(row, first_col, table->file, diagnostics);
        area.last_day = read_date(row, last_col, table->file, diagnostics);
        area.centre = read_centre(row, longitude_col, latitude_col, table->file, diagnostics);
        if (!area.first_day.empty() && !area.last_day.empty() && area.last_day < area.first_day)
            diagnostics.error(at, "area " + code.text + " ends before it begins");
        if (*kind == AreaKind::country && !area.is_current())
            diagnostics.error(at, "the country cannot end");
        if (*kind != AreaKind::country) parent_field[area.code] = row.fields[parent_col];
        registry.add(std::move(area));
    }
    if (countries != 1)
        diagnostics.error({table->file, 0, 0},
                          "the registry must have exactly one area of type "
                          "land, found " +
                              std::to_string(countries));
    for (const auto& [code, field] : parent_field) {
        const Area* area = registry.find(code);
        const Area* parent = registry.find(field.text);
        const AreaKind want = expected_parent_kind(area->kind);
        if (!parent || parent->kind != want)
            diagnostics.error({table->file, field.line, field.column},
                              "parent '" + field.text + "' of " + kind_name(area->kind) + " " +
                                  code + " is not a known " + kind_name(want));
        else if (area->is_current() && !parent->is_current())
            diagnostics.error({table->file, field.line, field.column},
                              "parent '" + field.text + "' of current " + kind_name(area->kind) +
                                  " " + code + " has ended");
    }
    read_changes(site_dir, registry, diagnostics);
    return registry;
}

void read_area_attributes(const std::filesystem::path& site_dir, Registry& registry,
                          Diagnostics& diagnostics) {
    if (!std::filesystem::exists(site_dir / kAttributesFile)) return;
    auto table = read_csv_table(site_dir, kAttributesFile, ',', diagnostics);
    if (!table) return;
    const int code_col = table->require_column("kode", diagnostics);
    const int key_col = table->require_column("egenskap", diagnostics);
    const int value_col = table->require_column("verdi", diagnostics);
    if (code_col < 0 || key_col < 0 || value_col < 0) return;
    for (const CsvRecord& row : table->rows) {
        const CsvField& code = row.fields[code_col];
        if (!registry.set_attribute(code.text, row.fields[key_col].text,
                                    row.fields[value_col].text))
            diagnostics.error({table->file, code.line, code.column},
                              "unknown area code '" + code.text + "'");
    }
}

}  // namespace kt
