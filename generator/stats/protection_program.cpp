#include "stats/protection_program.h"

#include <glpk.h>

#include <cmath>
#include <map>

namespace kt {

namespace {

int rise_column(std::size_t cell) { return static_cast<int>(2 * cell + 1); }
int fall_column(std::size_t cell) { return static_cast<int>(2 * cell + 2); }

void set_bounds(glp_prob* lp, int column, double high) {
    if (std::isfinite(high))
        glp_set_col_bnds(lp, column, high > 0 ? GLP_DB : GLP_FX, 0, std::max(0.0, high));
    else
        glp_set_col_bnds(lp, column, GLP_LO, 0, 0);
}

}  // namespace

void ProtectionProgram::Delete::operator()(glp_prob* lp) const { glp_delete_prob(lp); }

ProtectionProgram::ProtectionProgram(const std::vector<ProgramCell>& cells,
                                     const std::vector<LinearConstraint>& constraints)
    : lp_(glp_create_prob()), cells_(cells) {
    glp_term_out(GLP_OFF);
    glp_prob* lp = lp_.get();
    glp_set_obj_dir(lp, GLP_MIN);
    if (!cells.empty()) glp_add_cols(lp, static_cast<int>(2 * cells.size()));
    for (std::size_t c = 0; c < cells.size(); ++c) {
        set_bounds(lp, rise_column(c), cells[c].high - cells[c].value);
        set_bounds(lp, fall_column(c), cells[c].value - cells[c].low);
        glp_set_obj_coef(lp, rise_column(c), cells[c].cost);
        glp_set_obj_coef(lp, fall_column(c), cells[c].cost);
    }
    // Σ coefficient × (value + rise - fall) within [lower, upper].
    std::vector<int> rows{0}, columns{0};
    std::vector<double> values{0};
    if (!constraints.empty()) glp_add_rows(lp, static_cast<int>(constraints.size()));
    for (std::size_t r = 0; r < constraints.size(); ++r) {
        const LinearConstraint& k = constraints[r];
        std::map<std::size_t, double> row;  // GLPK wants each column once per row
        double known = 0;
        for (const LinearTerm& t : k.terms) {
            row[t.unknown] += t.coefficient;
            known += t.coefficient * cells[t.unknown].value;
        }
        const double low = k.lower - known, high = k.upper - known;
        const int type = !std::isfinite(low)    ? GLP_UP
                         : !std::isfinite(high) ? GLP_LO
                         : low == high          ? GLP_FX
                                                : GLP_DB;
        glp_set_row_bnds(lp, static_cast<int>(r + 1), type, std::isfinite(low) ? low : 0,
                         std::isfinite(high) ? high : 0);
        for (const auto& [cell, coefficient] : row) {
            if (coefficient == 0) continue;
            for (const auto& [column, sign] :
                 {std::pair{rise_column(cell), 1.0}, std::pair{fall_column(cell), -1.0}}) {
                rows.push_back(static_cast<int>(r + 1));
                columns.push_back(column);
                values.push_back(sign * coefficient);
            }
        }
    }
    glp_load_matrix(lp, static_cast<int>(rows.size() - 1), rows.data(), columns.data(),
                    values.data());
}

bool ProtectionProgram::run() {
    glp_prob* lp = lp_.get();
    glp_smcp parameters;
    glp_init_smcp(&parameters);
    parameters.msg_lev = GLP_MSG_OFF;
    parameters.meth = GLP_DUALP;  // a bound moved: the last basis stays dual feasible
    if (glp_simplex(lp, &parameters) != 0) {
        glp_std_basis(lp);  // a basis gone singular: start again from the standard one
        if (glp_simplex(lp, &parameters) != 0) return false;
    }
    return glp_get_status(lp) == GLP_OPT;
}

void ProtectionProgram::release() {
    if (!fixed_) return;
    const ProgramCell& c = cells_[*fixed_];
    set_bounds(lp_.get(), rise_column(*fixed_), c.high - c.value);
    set_bounds(lp_.get(), fall_column(*fixed_), c.value - c.low);
    fixed_.reset();
}

bool ProtectionProgram::solve() {
    release();
    return run();
}

bool ProtectionProgram::reach(std::size_t cell, double value) {
    release();
    const ProgramCell& c = cells_[cell];
    if (value > c.high || value < c.low) return false;
    // The solution stays readable until the next call: the cell is released then.
    const double rise = std::max(0.0, value - c.value), fall = std::max(0.0, c.value - value);
    glp_set_col_bnds(lp_.get(), rise_column(cell), GLP_FX, rise, rise);
    glp_set_col_bnds(lp_.get(), fall_column(cell), GLP_FX, fall, fall);
    fixed_ = cell;
    return run();
}

double ProtectionProgram::value_of(std::size_t cell) const {
    return cells_[cell].value + glp_get_col_prim(lp_.get(), rise_column(cell)) -
           glp_get_col_prim(lp_.get(), fall_column(cell));
}

void ProtectionProgram::make_free(std::size_t cell) {
    cells_[cell].cost = 0;
    glp_set_obj_coef(lp_.get(), rise_column(cell), 0);
    glp_set_obj_coef(lp_.get(), fall_column(cell), 0);
}

}  // namespace kt
