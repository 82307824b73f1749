// The registry's 357 municipalities must match the official 2024 boundaries file in
// ../shared/reference (code for code, name for name). Skipped when that folder is absent.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "input/registry_reader.h"

namespace fs = std::filesystem;

TEST_CASE("registry municipalities match the 2024 boundaries file", "[data][reference]") {
    const fs::path source = KOMMUNETALL_SOURCE_DIR;
    const fs::path geojson = source / "../shared/reference/geo/kommuner-2024-S.geojson";
    if (!fs::exists(geojson)) {
        WARN("skipped: " << geojson.string() << " is absent (a clone without ../shared)");
        return;
    }
    std::ifstream in(geojson);
    const nlohmann::json features = nlohmann::json::parse(in)["features"];
    std::map<std::string, std::string> official;
    for (const auto& feature : features)
        official[feature["properties"]["kommunenummer"].get<std::string>()] =
            feature["properties"]["kommunenavn"].get<std::string>();
    REQUIRE(official.size() == 357);

    kt::Diagnostics diagnostics;
    const kt::Registry registry = kt::read_registry(source, diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
    std::map<std::string, std::string> ours;
    for (const kt::Area* area : registry.of_kind(kt::AreaKind::municipality))
        ours[area->code] = area->name;
    CHECK(ours == official);
}

TEST_CASE("registry counties match the 2024 county file", "[data][reference]") {
    const fs::path source = KOMMUNETALL_SOURCE_DIR;
    const fs::path geojson = source / "../shared/reference/geo/fylker-2024-S.geojson";
    if (!fs::exists(geojson)) {
        WARN("skipped: " << geojson.string() << " is absent (a clone without ../shared)");
        return;
    }
    std::ifstream in(geojson);
    const nlohmann::json counties = nlohmann::json::parse(in);
    std::map<std::string, std::string> official;
    for (const auto& feature : counties["features"])
        official[feature["properties"]["fylkesnummer"].get<std::string>()] =
            feature["properties"]["fylkesnavn"].get<std::string>();
    kt::Diagnostics diagnostics;
    const kt::Registry registry = kt::read_registry(source, diagnostics);
    std::map<std::string, std::string> ours;
    for (const kt::Area* area : registry.of_kind(kt::AreaKind::county)) ours[area->code] = area->name;
    CHECK(ours == official);
    // Every municipality's county is the first two digits of its code.
    for (const kt::Area* area : registry.of_kind(kt::AreaKind::municipality))
        CHECK(area->parent == area->code.substr(0, 2));
}
