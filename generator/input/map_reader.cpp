#include "input/map_reader.h"

#include <map>
#include <string>
#include <vector>

#include "geo/map_geometry.h"
#include "geo/projection.h"
#include "geo/tile_layout.h"

namespace kt {

namespace {

// The first five codes, for a warning about many.
std::string listed(const std::vector<std::string>& codes) {
    std::string text;
    for (std::size_t i = 0; i < codes.size() && i < 5; ++i) text += (i ? ", " : "") + codes[i];
    return text + (codes.size() > 5 ? ", …" : "");
}

}  // namespace

void read_map(const std::filesystem::path& site_dir, SiteInput& site, Diagnostics& diagnostics) {
    const MapSettings& settings = site.config.map;
    if (settings.boundaries.empty()) return;
    const std::filesystem::path file = site_dir / settings.boundaries;
    std::error_code error;
    if (!std::filesystem::exists(file, error)) {
        diagnostics.warning(settings.boundaries_at,
                            "the boundary file " + settings.boundaries +
                                " does not exist; the site is built without maps");
        return;
    }
    std::map<std::string, MapPoint> centres;
    for (const Area& area : site.registry.areas())
        if (area.centre) centres[area.code] = {area.centre->longitude, area.centre->latitude};
    auto map = make_map_geometry(file, settings.boundaries, settings.code_property, centres,
                                 diagnostics);
    if (!map) return;
    std::vector<std::string> missing, unknown;
    for (const Area* area : site.registry.of_kind(AreaKind::municipality))
        if (!map->paths.count(area->code)) missing.push_back(area->code);
    for (const auto& [code, path] : map->paths) {
        const Area* area = site.registry.find(code);
        if (!area || area->kind != AreaKind::municipality || !area->is_current())
            unknown.push_back(code);
    }
    if (!missing.empty())
        diagnostics.warning({settings.boundaries, 0, 0},
                            std::to_string(missing.size()) +
                                " municipalities of the registry have no boundary here and are "
                                "left out of the maps: " + listed(missing));
    if (!unknown.empty())
        diagnostics.warning({settings.boundaries, 0, 0},
                            std::to_string(unknown.size()) +
                                " codes here are no municipality of today in the registry and "
                                "are left out of the maps: " + listed(unknown));
    for (const std::string& code : unknown) {
        map->paths.erase(code);
        map->boxes.erase(code);
    }
    site.map = std::move(*map);
}

void lay_out_tiles(SiteInput& site, Diagnostics& diagnostics) {
    std::vector<TileInput> centres;
    std::vector<std::string> without;
    for (const Area* area : site.registry.of_kind(AreaKind::municipality)) {
        if (!area->is_current()) continue;
        if (area->centre)
            centres.push_back({area->code, area->centre->longitude, area->centre->latitude});
        else
            without.push_back(area->code);
    }
    if (centres.empty()) return;
    if (!without.empty())
        diagnostics.warning({"data/omrader.csv", 0, 0},
                            std::to_string(without.size()) +
                                " municipalities of today have no centre (lengdegrad, "
                                "breddegrad) and are left out of the tile map: " + listed(without));
    try {
        const Projection projection;
        for (TileInput& c : centres) {
            const MapPoint p = projection.forward({c.x, c.y});
            c.x = p.x;
            c.y = p.y;
        }
        const TileLayout layout = layout_tiles(centres);
        site.tiles.columns = layout.columns;
        site.tiles.rows = layout.rows;
        for (const Tile& tile : layout.tiles) site.tiles.cells[tile.code] = {tile.column, tile.row};
    } catch (const std::exception& e) {
        diagnostics.error({"data/omrader.csv", 0, 0},
                          std::string("the tile map could not be laid out: ") + e.what());
    }
}

}  // namespace kt
