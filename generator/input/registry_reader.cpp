#include "input/registry_reader.h"

#include <map>

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
        case AreaKind::county: return AreaKind::country;
        case AreaKind::municipality: return AreaKind::county;
        case AreaKind::district: return AreaKind::municipality;
        case AreaKind::country: break;
    }
    return AreaKind::country;
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
                diagnostics.error({table->file, row.fields[parent_col].line,
                                   row.fields[parent_col].column},
                                  "the country has no parent area");
        }
        Area area{code.text, row.fields[name_col].text, *kind, row.fields[parent_col].text, {}};
        if (*kind != AreaKind::country) parent_field[area.code] = row.fields[parent_col];
        registry.add(std::move(area));
    }
    if (countries != 1)
        diagnostics.error({table->file, 0, 0}, "the registry must have exactly one area of type "
                                               "land, found " + std::to_string(countries));
    for (const auto& [code, field] : parent_field) {
        const Area* area = registry.find(code);
        const Area* parent = registry.find(field.text);
        const AreaKind want = expected_parent_kind(area->kind);
        if (!parent || parent->kind != want)
            diagnostics.error({table->file, field.line, field.column},
                              "parent '" + field.text + "' of " + kind_name(area->kind) + " " +
                                  code + " is not a known " + kind_name(want));
    }
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
