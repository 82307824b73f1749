#pragma once
// A tile map: every area one equal square on a grid, placed as near its real position as the
// others allow, so a small municipality is as visible as a large one. The placement is the
// assignment of areas to cells with the least total squared distance from each area's
// projected centre to its cell's, solved exactly as a linear program (GLPK; an assignment
// problem's optimum is whole).
#include <string>
#include <vector>

namespace kt {

struct TileInput {
    std::string code;
    double x = 0;  // projected centre, metres (east)
    double y = 0;  // metres (north)
};

struct Tile {
    std::string code;
    int column = 0;  // 0 at the west
    int row = 0;     // 0 at the north
};

struct TileLayout {
    int columns = 0;
    int rows = 0;
    std::vector<Tile> tiles;  // one per input area, in input order
};

// Cells are squares whose side makes the bounding box hold about `cells_per_area` cells per
// area. Each area may take one of its `candidates` nearest cells (widened until every area
// has a cell). Deterministic. Throws std::runtime_error if GLPK fails.
TileLayout layout_tiles(const std::vector<TileInput>& areas, double cells_per_area = 3,
                        int candidates = 48);

}  // namespace kt
