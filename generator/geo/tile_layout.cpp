#include "geo/tile_layout.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <stdexcept>

namespace kt {

namespace {

struct Candidate {
    int area = 0;
    int cell = 0;
    double cost = 0;
};

}  // namespace

TileLayout layout_tiles(const std::vector<TileInput>& areas, double cells_per_area, int candidates) {
    TileLayout layout;
    if (areas.empty()) return layout;
    double min_x = std::numeric_limits<double>::infinity(), max_x = -min_x;
    double min_y = min_x, max_y = -min_x;
    for (const TileInput& a : areas) {
        min_x = std::min(min_x, a.x);
        max_x = std::max(max_x, a.x);
        min_y = std::min(min_y, a.y);
        max_y = std::max(max_y, a.y);
    }
    const double width = std::max(max_x - min_x, 1.0), height = std::max(max_y - min_y, 1.0);
    const double n = static_cast<double>(areas.size());
    const double side = std::sqrt(width * height / (n * cells_per_area));
    // One cell of margin all round, so areas at the edge can move outwards.
    layout.columns = static_cast<int>(std::ceil(width / side)) + 3;
    layout.rows = static_cast<int>(std::ceil(height / side)) + 3;
    const auto column_of = [&](double x) { return (x - min_x) / side + 1.5; };
    const auto row_of = [&](double y) { return (max_y - y) / side + 1.5; };
    const int cells = layout.columns * layout.rows;

    for (int k = std::min(candidates, cells);; k = std::min(2 * k, cells)) {
        // Each area's k nearest cell centres (ties by cell number).
        std::vector<Candidate> options;
        for (std::size_t i = 0; i < areas.size(); ++i) {
            const double cx = column_of(areas[i].x), cy = row_of(areas[i].y);
            std::vector<Candidate> near;
            near.reserve(static_cast<std::size_t>(cells));
            for (int c = 0; c < cells; ++c) {
                const double dx = (c % layout.columns) + 0.5 - cx;
                const double dy = (c / layout.columns) + 0.5 - cy;
                near.push_back({static_cast<int>(i), c, dx * dx + dy * dy});
            }
            std::partial_sort(near.begin(), near.begin() + k, near.end(),
                              [](const Candidate& a, const Candidate& b) {
                                  return a.cost != b.cost ? a.cost < b.cost : a.cell < b.cell;
                              });
            options.insert(options.end(), near.begin(), near.begin() + k);
        }
        // Rows: one per area (= 1), one per cell used by any candidate (<= 1).
        std::map<int, int> cell_row;
        for (const Candidate& o : options) cell_row.emplace(o.cell, 0);
        const auto destroy = [](glp_prob* p) { glp_delete_prob(p); };
        std::unique_ptr<glp_prob, decltype(destroy)> lp(glp_create_prob(), destroy);
        glp_set_obj_dir(lp.get(), GLP_MIN);
        const int area_rows = static_cast<int>(areas.size());
        glp_add_rows(lp.get(), area_rows + static_cast<int>(cell_row.size()));
        for (int r = 1; r <= area_rows; ++r) glp_set_row_bnds(lp.get(), r, GLP_FX, 1, 1);
        int next = area_rows;
        for (auto& [cell, row] : cell_row) {
            row = ++next;
            glp_set_row_bnds(lp.get(), row, GLP_UP, 0, 1);
        }
        glp_add_cols(lp.get(), static_cast<int>(options.size()));
        std::vector<int> ia{0}, ja{0};
        std::vector<double> ar{0};
        for (std::size_t j = 0; j < options.size(); ++j) {
            const int col = static_cast<int>(j) + 1;
            glp_set_col_bnds(lp.get(), col, GLP_DB, 0, 1);
            glp_set_obj_coef(lp.get(), col, options[j].cost);
            ia.push_back(options[j].area + 1), ja.push_back(col), ar.push_back(1);
            ia.push_back(cell_row.at(options[j].cell)), ja.push_back(col), ar.push_back(1);
        }
        glp_load_matrix(lp.get(), static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
        glp_smcp parameters;
        glp_init_smcp(&parameters);
        parameters.msg_lev = GLP_MSG_OFF;
        parameters.presolve = GLP_ON;
        const int status = glp_simplex(lp.get(), &parameters);
        const bool solved = status == 0 && glp_get_status(lp.get()) == GLP_OPT;
        if (!solved) {
            if (k >= cells) throw std::runtime_error("GLPK found no tile layout");
            continue;  // too few candidates for a crowded spot: widen
        }
        layout.tiles.assign(areas.size(), Tile{});
        for (std::size_t j = 0; j < options.size(); ++j)
            if (glp_get_col_prim(lp.get(), static_cast<int>(j) + 1) > 0.5) {
                Tile& tile = layout.tiles[static_cast<std::size_t>(options[j].area)];
                tile.code = areas[static_cast<std::size_t>(options[j].area)].code;
                tile.column = options[j].cell % layout.columns;
                tile.row = options[j].cell / layout.columns;
            }
        for (const Tile& tile : layout.tiles)
            if (tile.code.empty()) throw std::runtime_error("GLPK gave a fractional tile layout");
        return layout;
    }
}

}  // namespace kt
