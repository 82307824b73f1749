#include "stats/protection_program.h"

#include <coin/ClpSimplex.hpp>

#include <algorithm>
#include <cmath>
#include <utility>

namespace kt {

namespace {

int rise_column(std::size_t cell) { return static_cast<int>(2 * cell); }
int fall_column(std::size_t cell) { return static_cast<int>(2 * cell + 1); }

double upper(double high) { return std::isfinite(high) ? std::max(0.0, high) : COIN_DBL_MAX; }

}  // namespace

void ProtectionProgram::Delete::operator()(ClpSimplex* lp) const { delete lp; }

ProtectionProgram::ProtectionProgram(const std::vector<ProgramCell>& cells,
                                     const std::vector<LinearConstraint>& constraints)
    : lp_(new ClpSimplex), cells_(cells) {
    ClpSimplex& lp = *lp_;
    lp.setLogLevel(0);
    lp.scaling(0);  // every coefficient is 1 or -1: scaling only costs time, on every solve
    const int columns = static_cast<int>(2 * cells.size());
    std::vector<double> column_low(columns, 0), column_high(columns), cost(columns);
    for (std::size_t c = 0; c < cells.size(); ++c) {
        column_high[rise_column(c)] = upper(cells[c].high - cells[c].value);
        column_high[fall_column(c)] = upper(cells[c].value - cells[c].low);
        cost[rise_column(c)] = cost[fall_column(c)] = cells[c].cost;
    }
    // Σ coefficient × (value + rise - fall) within [lower, upper]. The rows' terms, each cell
    // once per row, become the matrix column by column, as the solver keeps it.
    std::vector<double> row_low, row_high;
    struct Entry {
        std::size_t cell;
        int row;
        double coefficient;
    };
    std::size_t term_count = 0;
    for (const LinearConstraint& k : constraints) term_count += k.terms.size();
    std::vector<Entry> entries;
    entries.reserve(term_count);
    row_low.reserve(constraints.size());
    row_high.reserve(constraints.size());
    std::vector<LinearTerm> terms;
    for (const LinearConstraint& k : constraints) {
        const int row = static_cast<int>(row_low.size());
        double known = 0;
        for (const LinearTerm& t : k.terms) known += t.coefficient * cells[t.unknown].value;
        terms = k.terms;
        std::stable_sort(terms.begin(), terms.end(),
                  [](const LinearTerm& a, const LinearTerm& b) { return a.unknown < b.unknown; });
        for (std::size_t i = 0; i < terms.size();) {
            const std::size_t cell = terms[i].unknown;
            double coefficient = 0;
            for (; i < terms.size() && terms[i].unknown == cell; ++i)
                coefficient += terms[i].coefficient;
            if (coefficient != 0) entries.push_back({cell, row, coefficient});
        }
        const double low = k.lower - known, high = k.upper - known;
        row_low.push_back(std::isfinite(low) ? low : -COIN_DBL_MAX);
        row_high.push_back(std::isfinite(high) ? high : COIN_DBL_MAX);
    }
    std::vector<CoinBigIndex> starts(columns + 1, 0);
    for (const Entry& e : entries) {
        ++starts[rise_column(e.cell) + 1];
        ++starts[fall_column(e.cell) + 1];
    }
    for (int c = 0; c < columns; ++c) starts[c + 1] += starts[c];
    std::vector<int> rows(entries.size() * 2);
    std::vector<double> values(entries.size() * 2);
    std::vector<CoinBigIndex> next(starts.begin(), starts.end() - 1);
    for (const Entry& e : entries) {  // rows rising within each column
        for (const auto& [column, coefficient] :
             {std::pair{rise_column(e.cell), e.coefficient},
              std::pair{fall_column(e.cell), -e.coefficient}}) {
            rows[next[column]] = e.row;
            values[next[column]++] = coefficient;
        }
    }
    lp.loadProblem(columns, static_cast<int>(row_low.size()), starts.data(), rows.data(),
                   values.data(), column_low.data(), column_high.data(), cost.data(),
                   row_low.data(), row_high.data());
}

bool ProtectionProgram::run() {
    ClpSimplex& lp = *lp_;
    lp.dual(0, 7);
    if (lp.status() != 0 && lp.status() != 1) {  // neither solved nor proved infeasible
        lp.allSlackBasis();
        lp.dual(0);
    }
    return lp.status() == 0;
}

void ProtectionProgram::release() {
    if (!fixed_) return;
    const ProgramCell& c = cells_[*fixed_];
    lp_->setColumnBounds(rise_column(*fixed_), 0, upper(c.high - c.value));
    lp_->setColumnBounds(fall_column(*fixed_), 0, upper(c.value - c.low));
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
    lp_->setColumnBounds(rise_column(cell), rise, rise);
    lp_->setColumnBounds(fall_column(cell), fall, fall);
    fixed_ = cell;
    return run();
}

double ProtectionProgram::value_of(std::size_t cell) const {
    const double* x = lp_->getColSolution();
    return cells_[cell].value + x[rise_column(cell)] - x[fall_column(cell)];
}

void ProtectionProgram::make_free(std::size_t cell) {
    cells_[cell].cost = 0;
    lp_->setObjectiveCoefficient(rise_column(cell), 0);
    lp_->setObjectiveCoefficient(fall_column(cell), 0);
}

}  // namespace kt
