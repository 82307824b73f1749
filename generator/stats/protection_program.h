#pragma once
// The cheapest way to give a hidden cell another value: a linear program whose solutions are
// the tables an intruder cannot tell from the true one, once the published cells a solution
// changes are hidden as well. Secondary suppression asks it, for each hidden cell, for a table
// in which the cell takes a value it must keep possible; the published cells that solution
// moves are hidden, and the solution itself then proves that value possible (Fischetti and
// Salazar's attacker-defender view of cell suppression, one cell at a time).
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "stats/linear_bounds.h"

class ClpSimplex;

namespace kt {

// One cell of the table: its true value (0 for a hidden cell nobody has the number of), the
// bounds an intruder knows it lies within, and what changing it costs: 0 for a hidden cell,
// more for a published one the more readers lose with it.
struct ProgramCell {
    double value = 0;
    double low = 0;
    double high = LinearSystem::unbounded;
    double cost = 0;
};

class ProtectionProgram {
  public:
    // `constraints` relate the cells (LinearTerm::unknown is an index into `cells`); the true
    // values satisfy them, except where a cell has no known number.
    ProtectionProgram(const std::vector<ProgramCell>& cells,
                      const std::vector<LinearConstraint>& constraints);

    // The cheapest table in which `cell` equals `value`; false when there is none. Its values
    // can then be read with value_of.
    bool reach(std::size_t cell, double value);
    // The cheapest table of all (the true one where it is complete).
    bool solve();
    double value_of(std::size_t cell) const;
    // The cell is hidden now: changing it costs nothing.
    void make_free(std::size_t cell);

  private:
    bool run();
    void release();  // the cell the last reach fixed gets its bounds back
    struct Delete {
        void operator()(ClpSimplex* lp) const;
    };
    // Per cell two columns, its rise and its fall from the true value, each costing the cell's
    // cost per unit.
    std::unique_ptr<ClpSimplex, Delete> lp_;
    std::vector<ProgramCell> cells_;
    std::optional<std::size_t> fixed_;
};

}  // namespace kt
