// The tile map's layout: every area exactly one cell, each as near its real place as the
// others allow.
#include <catch2/catch.hpp>
#include <cmath>
#include <random>
#include <set>

#include "geo/tile_layout.h"

using namespace kt;

TEST_CASE("tile layout: one cell each, neighbours stay near, crowded places spread", "[tiles]") {
    // A crowded cluster (a city region) beside a sparse spread of areas.
    std::mt19937 random(3);
    std::normal_distribution<double> cluster(0, 20'000);
    std::uniform_real_distribution<double> spread(-400'000, 400'000);
    std::vector<TileInput> areas;
    for (int i = 0; i < 60; ++i) areas.push_back({"c" + std::to_string(i), cluster(random), cluster(random)});
    for (int i = 0; i < 140; ++i) areas.push_back({"s" + std::to_string(i), spread(random), spread(random)});
    const TileLayout layout = layout_tiles(areas);
    REQUIRE(layout.tiles.size() == areas.size());
    std::set<std::pair<int, int>> used;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const Tile& tile = layout.tiles[i];
        CHECK(tile.code == areas[i].code);
        CHECK(tile.column >= 0);
        CHECK(tile.column < layout.columns);
        CHECK(tile.row >= 0);
        CHECK(tile.row < layout.rows);
        CHECK(used.insert({tile.column, tile.row}).second);  // no cell twice
    }
    // Order is kept: an area west of another by more than a few cells stays west of it.
    const double side = 800'000.0 / std::max(layout.columns - 3, 1);
    int kept = 0, compared = 0;
    for (std::size_t i = 60; i < areas.size(); ++i)
        for (std::size_t j = 60; j < areas.size(); ++j)
            if (areas[j].x - areas[i].x > 4 * side) {
                ++compared;
                kept += layout.tiles[i].column < layout.tiles[j].column;
            }
    CHECK(kept == compared);
    // The same input, the same layout.
    const TileLayout again = layout_tiles(areas);
    for (std::size_t i = 0; i < areas.size(); ++i) {
        CHECK(again.tiles[i].column == layout.tiles[i].column);
        CHECK(again.tiles[i].row == layout.tiles[i].row);
    }
}

TEST_CASE("tile layout: areas on one spot each get a cell", "[tiles]") {
    std::vector<TileInput> areas;
    for (int i = 0; i < 30; ++i) areas.push_back({std::to_string(i), 5, 5});
    const TileLayout layout = layout_tiles(areas);
    std::set<std::pair<int, int>> used;
    for (const Tile& tile : layout.tiles) CHECK(used.insert({tile.column, tile.row}).second);
    CHECK(layout_tiles({}).tiles.empty());
}
