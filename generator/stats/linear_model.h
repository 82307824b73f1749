#pragma once
// Ordinary and weighted least squares for regression-adjusted results: what a municipality's
// outcome would be expected to be given the composition of its participants, and how far its
// actual result lies from that, with the uncertainty of the difference.
#include <Eigen/Dense>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kt {

// The name of the intercept term in LinearModel::terms (shown on the method page).
inline constexpr std::string_view intercept_term = "konstant";

struct LinearModel {
    // intercept_term first when the model has an intercept, then the covariates in input order.
    std::vector<std::string> terms;
    bool has_intercept = false;
    Eigen::VectorXd coefficients;  // one per term
    // Classical (weighted) OLS standard errors, sqrt of the covariance diagonal.
    // Empty for a published model.
    Eigen::VectorXd standard_errors;
    // sigma² (X'WX)^-1, in term order. Empty for a published model.
    Eigen::MatrixXd covariance;
    // Weighted R²: 1 - SSR/SST with SST about the weighted mean of y. Without an intercept,
    // SST is about 0 (uncentred, as R and Stata report it). NaN for a published model.
    double r_squared = 0;
    // sigma²: weighted SSR / (observations - terms). NaN for a published model.
    double residual_variance = 0;
    int observations = 0;  // units (rows) in the fit; 0 for a published model
    bool is_published() const { return observations == 0; }
};

// Why a model cannot be fitted, in words a site author can act on. `term` names the covariate
// at fault (or is empty), `row` the 0-based unit (or -1), so callers can rewrite the message
// with the area's name and the catalogue file.
struct LinearModelError : std::invalid_argument {
    LinearModelError(const std::string& message, std::string term = {}, int row = -1)
        : std::invalid_argument(message), term(std::move(term)), row(row) {}
    std::string term;
    int row;
};

// Fits y = X b by (weighted) least squares: Eigen's ColPivHouseholderQR on the sqrt(w)-scaled
// rows, each column scaled to unit length first so that covariates on very different scales
// (shares, log unemployment, population) are judged for collinearity alike. A column whose
// part not explained by the other columns is below 1e-7 of its length (R's lm tolerance)
// makes the model rank deficient.
// `x` has one row per unit WITHOUT the intercept column; with_intercept adds it first.
// `weights` empty means all 1; otherwise one positive weight per unit (e.g. the number of
// programme completers behind a municipality's share). Weights are treated as precision
// weights (Var(y_i) = sigma² / w_i), so sigma² and the standard errors depend on the number of
// units, not on the sum of the weights; the coefficients and R² equal those of the unweighted
// fit on rows repeated w_i times.
// Throws LinearModelError (an std::invalid_argument) for: names that do not match the columns,
// duplicate names or a covariate called intercept_term; sizes that do not match; a non-finite
// value; a weight that is not positive; fewer units than terms + 1; an outcome with the same
// value for every unit (nothing to explain, R² undefined); a covariate that is 0 for every
// unit, or a linear combination of the terms before it (named, with the combination).
LinearModel fit_linear_model(const std::vector<std::string>& covariate_names,
                             const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                             const Eigen::VectorXd& weights, bool with_intercept = true);

// A model given by published coefficients (e.g. NIBR table 5.2), for prediction only.
// If `terms` contains intercept_term it must be first, and the model has an intercept.
// Throws LinearModelError on a size mismatch, a non-finite coefficient, duplicate terms or an
// intercept term that is not first.
LinearModel published_model(std::vector<std::string> terms, Eigen::VectorXd coefficients);

// The model's value at covariates `x` (without the intercept, in the model's covariate
// order). Not clipped: a linear probability model can predict below 0 or above 1.
// Throws LinearModelError when x has the wrong length.
double predict(const LinearModel& model, const Eigen::VectorXd& x);

// One unit of the fitted data compared with the model.
struct AdjustedResult {
    double expected;        // fitted value
    double actual;          // y
    double difference;      // actual - expected (the residual)
    double standard_error;  // of the difference: sqrt(sigma² (1 - h_ii) / w_i)
    double low, high;       // 95 % interval of the difference: ± 1.959963984540054 SE
};

// For the units the model was fitted on (same x, y, weights, in the same order): expected,
// actual, difference and its standard error, with h_ii = w_i x_i' (X'WX)^-1 x_i the leverage.
// The interval says whether a unit lies clearly above or below what its composition predicts
// (low > 0 or high < 0). It is not valid for a unit left out of the fit, whose difference has
// variance sigma²/w + x'Cx instead.
// Throws LinearModelError for a published model (no covariance) or mismatched sizes.
std::vector<AdjustedResult> adjusted_results(const LinearModel& model, const Eigen::MatrixXd& x,
                                             const Eigen::VectorXd& y,
                                             const Eigen::VectorXd& weights);

}  // namespace kt
