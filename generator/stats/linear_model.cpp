#include "stats/linear_model.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <sstream>

namespace kt {
namespace {

// R's lm() tolerance: a column is dependent when less than this share of its length is left
// after projecting out the other columns (all columns scaled to unit length first).
constexpr double collinearity_tolerance = 1e-7;

// Two-sided 95 % quantile of the standard normal distribution.
constexpr double z_95 = 1.959963984540054;

std::string quoted(const std::string& name) { return "'" + name + "'"; }

// 1-based row numbers in messages: site authors count units from 1.
std::string unit_label(Eigen::Index row) { return "unit " + std::to_string(row + 1); }

void check_sizes(Eigen::Index covariates, const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                 const Eigen::VectorXd& weights) {
    if (x.cols() != covariates) {
        throw LinearModelError("the covariate table has " + std::to_string(x.cols()) +
                               " columns but the model has " + std::to_string(covariates) +
                               " covariates");
    }
    if (y.size() != x.rows()) {
        throw LinearModelError("the outcome has " + std::to_string(y.size()) +
                               " values but the covariate table has " + std::to_string(x.rows()) +
                               " units");
    }
    if (weights.size() != 0 && weights.size() != x.rows()) {
        throw LinearModelError("there are " + std::to_string(weights.size()) + " weights for " +
                               std::to_string(x.rows()) + " units");
    }
}

void check_values(const std::vector<std::string>& covariate_names, const Eigen::MatrixXd& x,
                  const Eigen::VectorXd& y, const Eigen::VectorXd& weights) {
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        for (Eigen::Index j = 0; j < x.cols(); ++j) {
            if (!std::isfinite(x(i, j))) {
                const auto& name = covariate_names[static_cast<std::size_t>(j)];
                throw LinearModelError(
                    "covariate " + quoted(name) + " has no finite value for " + unit_label(i), name,
                    static_cast<int>(i));
            }
        }
        if (!std::isfinite(y(i))) {
            throw LinearModelError("the outcome has no finite value for " + unit_label(i), "",
                                   static_cast<int>(i));
        }
        if (weights.size() != 0 && !(std::isfinite(weights(i)) && weights(i) > 0)) {
            throw LinearModelError(
                "the weight of " + unit_label(i) +
                    " is not a positive number (a unit without completers has no outcome share; "
                    "leave it out of the model)",
                "", static_cast<int>(i));
        }
    }
}

Eigen::VectorXd weights_or_ones(const Eigen::VectorXd& weights, Eigen::Index n) {
    return weights.size() == 0 ? Eigen::VectorXd::Ones(n) : weights;
}

// Design matrix: the intercept column (if any) first, then the covariates.
Eigen::MatrixXd design_matrix(const Eigen::MatrixXd& x, bool with_intercept) {
    if (!with_intercept) return x;
    Eigen::MatrixXd design(x.rows(), x.cols() + 1);
    design.col(0).setOnes();
    design.rightCols(x.cols()) = x;
    return design;
}

std::string format_number(double value) {
    std::ostringstream out;
    out.precision(4);
    out << value;
    return out.str();
}

// The message for a rank-deficient design: the first term (in model order) that the terms
// before it explain, and the combination that explains it, in the units of the data.
// `scaled` holds the sqrt(w)-scaled design with unit-length columns, `scale` the factor each
// column was multiplied by to get there.
LinearModelError collinearity_error(const std::vector<std::string>& terms,
                                    const Eigen::MatrixXd& scaled, const Eigen::VectorXd& scale) {
    const Eigen::Index p = scaled.cols();
    Eigen::Index culprit = 1;
    double smallest = std::numeric_limits<double>::infinity();
    Eigen::VectorXd combination;
    for (Eigen::Index k = 1; k < p; ++k) {
        Eigen::ColPivHouseholderQR<Eigen::MatrixXd> before(scaled.leftCols(k));
        const Eigen::VectorXd c = before.solve(scaled.col(k));
        const double left = (scaled.col(k) - scaled.leftCols(k) * c).norm();
        // The pivoted QR of all columns may order a near-dependency differently; then the
        // term that is closest to the ones before it is named.
        if (left < smallest) {
            smallest = left;
            culprit = k;
            combination = c;
        }
        if (left <= collinearity_tolerance) break;
    }
    if (combination.size() == 0) {  // a single unit-length column always has full rank
        return LinearModelError("the model's terms are linearly dependent");
    }
    const auto& name = terms[static_cast<std::size_t>(culprit)];
    std::string formula;
    int parts = 0;
    bool only_intercept = true;
    double intercept_value = 0;
    for (Eigen::Index j = 0; j < culprit; ++j) {
        if (std::abs(combination(j)) <= 1e-6) continue;
        // scaled_k = sum c_j scaled_j  =>  column_k = sum (c_j scale_j / scale_k) column_j
        const double factor = combination(j) * scale(j) / scale(culprit);
        const auto& term = terms[static_cast<std::size_t>(j)];
        if (term == intercept_term) {
            intercept_value = factor;
        } else {
            only_intercept = false;
        }
        formula += parts == 0 ? (factor < 0 ? "-" : "") : (factor < 0 ? " - " : " + ");
        formula += format_number(std::abs(factor)) + "*" + term;
        ++parts;
    }
    if (parts == 1 && only_intercept) {
        return LinearModelError("covariate " + quoted(name) + " has the same value (" +
                                    format_number(intercept_value) +
                                    ") for every unit, so its effect cannot be told apart from "
                                    "the intercept; drop it from the model",
                                name);
    }
    return LinearModelError(
        "covariate " + quoted(name) + " is a linear combination of terms before it (" + name +
            " = " + formula + " for every unit), so their effects cannot be told apart; drop " +
            quoted(name) + " or one of the terms it combines",
        name);
}

void check_names(const std::vector<std::string>& names) {
    std::set<std::string> seen;
    for (const auto& name : names) {
        if (name.empty()) throw LinearModelError("a covariate has no name");
        if (!seen.insert(name).second) {
            throw LinearModelError("covariate " + quoted(name) + " appears twice in the model",
                                   name);
        }
    }
}

}  // namespace

LinearModel fit_linear_model(const std::vector<std::string>& covariate_names,
                             const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                             const Eigen::VectorXd& weights, bool with_intercept) {
    const auto covariates = static_cast<Eigen::Index>(covariate_names.size());
    check_sizes(covariates, x, y, weights);
    check_names(covariate_names);
    for (const auto& name : covariate_names) {
        if (with_intercept && name == intercept_term) {
            throw LinearModelError(
                "a covariate is called " + quoted(name) + ", the name of the intercept; rename it",
                name);
        }
    }
    check_values(covariate_names, x, y, weights);

    LinearModel model;
    model.has_intercept = with_intercept;
    if (with_intercept) model.terms.emplace_back(intercept_term);
    model.terms.insert(model.terms.end(), covariate_names.begin(), covariate_names.end());

    const Eigen::Index n = x.rows();
    const Eigen::Index p = covariates + (with_intercept ? 1 : 0);
    if (p == 0) throw LinearModelError("the model has neither an intercept nor covariates");
    if (n < p + 1) {
        throw LinearModelError("the model has " + std::to_string(p) + " terms but only " +
                               std::to_string(n) + " units; it needs at least " +
                               std::to_string(p + 1) +
                               " to estimate them and their uncertainty (fewer covariates or "
                               "more units)");
    }
    if ((y.array() == y(0)).all()) {
        throw LinearModelError(
            "the outcome has the same value for every unit, so there is "
            "nothing for the covariates to explain");
    }

    const Eigen::VectorXd w = weights_or_ones(weights, n);
    const Eigen::VectorXd root_w = w.array().sqrt();
    const Eigen::MatrixXd design = design_matrix(x, with_intercept);
    const Eigen::MatrixXd weighted = root_w.asDiagonal() * design;

    // Unit-length columns, so the rank decision does not depend on the units of measurement.
    Eigen::VectorXd scale(p);
    for (Eigen::Index j = 0; j < p; ++j) {
        const double norm = weighted.col(j).norm();
        if (norm == 0) {
            const auto& name = model.terms[static_cast<std::size_t>(j)];
            throw LinearModelError("covariate " + quoted(name) +
                                       " is 0 for every unit, so its effect cannot be estimated; "
                                       "drop it from the model",
                                   name);
        }
        scale(j) = 1 / norm;
    }
    const Eigen::MatrixXd scaled = weighted * scale.asDiagonal();

    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(scaled);
    qr.setThreshold(collinearity_tolerance);
    if (qr.rank() < p) throw collinearity_error(model.terms, scaled, scale);

    const Eigen::VectorXd weighted_y = root_w.cwiseProduct(y);
    model.coefficients = scale.cwiseProduct(qr.solve(weighted_y));

    const Eigen::VectorXd residuals = y - design * model.coefficients;
    const double ssr = (w.array() * residuals.array().square()).sum();
    const double centre = with_intercept ? w.dot(y) / w.sum() : 0.0;
    const double sst = (w.array() * (y.array() - centre).square()).sum();
    model.observations = static_cast<int>(n);
    model.residual_variance = ssr / static_cast<double>(n - p);
    model.r_squared = 1 - ssr / sst;

    // (X'WX)^-1 from the triangular factor, never from the normal equations:
    // scaled * P = Q R  =>  (scaled' scaled)^-1 = P R^-1 R^-T P'.
    const Eigen::MatrixXd r_inverse =
        qr.matrixR().topLeftCorner(p, p).triangularView<Eigen::Upper>().solve(
            Eigen::MatrixXd::Identity(p, p));
    const auto& permutation = qr.colsPermutation();
    const Eigen::MatrixXd scaled_inverse =
        permutation * (r_inverse * r_inverse.transpose()) * permutation.transpose();
    model.covariance =
        model.residual_variance * (scale.asDiagonal() * scaled_inverse * scale.asDiagonal());
    model.standard_errors = model.covariance.diagonal().array().sqrt();
    return model;
}

LinearModel published_model(std::vector<std::string> terms, Eigen::VectorXd coefficients) {
    if (static_cast<Eigen::Index>(terms.size()) != coefficients.size()) {
        throw LinearModelError("the published model has " + std::to_string(terms.size()) +
                               " terms but " + std::to_string(coefficients.size()) +
                               " coefficients");
    }
    check_names(terms);
    for (std::size_t j = 0; j < terms.size(); ++j) {
        if (j > 0 && terms[j] == intercept_term) {
            throw LinearModelError("the intercept " + quoted(terms[j]) +
                                       " must be the first term of a published model",
                                   terms[j]);
        }
        if (!std::isfinite(coefficients(static_cast<Eigen::Index>(j)))) {
            throw LinearModelError("the coefficient of " + quoted(terms[j]) + " is not a number",
                                   terms[j]);
        }
    }
    LinearModel model;
    model.has_intercept = !terms.empty() && terms.front() == intercept_term;
    model.terms = std::move(terms);
    model.coefficients = std::move(coefficients);
    model.r_squared = std::numeric_limits<double>::quiet_NaN();
    model.residual_variance = std::numeric_limits<double>::quiet_NaN();
    return model;
}

double predict(const LinearModel& model, const Eigen::VectorXd& x) {
    const Eigen::Index offset = model.has_intercept ? 1 : 0;
    const Eigen::Index covariates = model.coefficients.size() - offset;
    if (x.size() != covariates) {
        throw LinearModelError("the model has " + std::to_string(covariates) + " covariates but " +
                               std::to_string(x.size()) + " values were given");
    }
    const double intercept = model.has_intercept ? model.coefficients(0) : 0.0;
    return intercept + model.coefficients.tail(covariates).dot(x);
}

std::vector<AdjustedResult> adjusted_results(const LinearModel& model, const Eigen::MatrixXd& x,
                                             const Eigen::VectorXd& y,
                                             const Eigen::VectorXd& weights) {
    if (model.is_published()) {
        throw LinearModelError(
            "a published model has no covariance, so the uncertainty of a "
            "difference from it is unknown; fit the model to the data");
    }
    const Eigen::Index offset = model.has_intercept ? 1 : 0;
    const Eigen::Index covariates = model.coefficients.size() - offset;
    check_sizes(covariates, x, y, weights);
    if (x.rows() != model.observations) {
        throw LinearModelError("the model was fitted on " + std::to_string(model.observations) +
                               " units but " + std::to_string(x.rows()) + " were given");
    }
    const std::vector<std::string> covariate_names(model.terms.begin() + offset, model.terms.end());
    check_values(covariate_names, x, y, weights);

    const Eigen::VectorXd w = weights_or_ones(weights, x.rows());
    const Eigen::MatrixXd design = design_matrix(x, model.has_intercept);
    std::vector<AdjustedResult> results;
    results.reserve(static_cast<std::size_t>(x.rows()));
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        const Eigen::VectorXd row = design.row(i).transpose();
        AdjustedResult result{};
        result.expected = row.dot(model.coefficients);
        result.actual = y(i);
        result.difference = result.actual - result.expected;
        // sigma² (1 - h_ii) / w_i = sigma²/w_i - x_i' C x_i with C = sigma² (X'WX)^-1.
        // Rounding can take it a hair below 0 when h_ii is 1 (a unit that alone fixes a term).
        const double variance = model.residual_variance / w(i) - row.dot(model.covariance * row);
        result.standard_error = std::sqrt(std::max(variance, 0.0));
        result.low = result.difference - z_95 * result.standard_error;
        result.high = result.difference + z_95 * result.standard_error;
        results.push_back(result);
    }
    return results;
}

}  // namespace kt
