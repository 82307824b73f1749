#pragma once
// Regression-adjusted results for the catalogue's adjustments: each municipality's figure over
// the last pooled years against the figure expected from its covariates (who the participants
// are, local conditions), by weighted least squares over the municipalities.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/site_input.h"
#include "stats/figures.h"
#include "stats/linear_model.h"

namespace kt {

struct AdjustedFigure {
    double actual = 0;         // percent, as the pooled figure (not rounded)
    double expected = 0;       // percent, from the model
    double difference = 0;     // actual - expected, percentage points
    double low = 0, high = 0;  // 95 % interval of the difference
    double weight = 0;         // the figure's denominator (persons)
};

struct AdjustmentResult {
    const Adjustment* adjustment = nullptr;
    const Indicator* indicator = nullptr;
    int first_year = 0, last_year = 0;
    // Empty when the model could not be fitted; `failure` says why, for the build's
    // diagnostics. last_year is 0 when the indicator has no figures yet.
    std::optional<LinearModel> model;
    std::string failure;
    // The covariates' labels, for readers; the model's terms are the intercept, then these.
    std::vector<std::string> term_labels;
    // Municipalities in the fit, by code.
    std::map<std::string, AdjustedFigure> by_area;
    // Current municipalities left out of the fit, by code, and why: no shown figure for the
    // years, or a covariate without a number (or reading a row the site protects), named by
    // its label.
    struct LeftOut {
        bool no_figure = false;
        std::string covariate;  // when !no_figure
    };
    std::map<std::string, LeftOut> left_out;
};

// One result per adjustment, in catalogue order. The outcome is the indicator's pooled figure
// ending in its latest year (the yearly figure when the site pools no years), as readers see
// it: a municipality whose figure is hidden is not in the fit, nor is one whose covariates
// lack a number or read a row the site protects (see variable_value). Weights are the
// figures' denominators.
std::vector<AdjustmentResult> fit_adjustments(const SiteInput& site, const Figures& figures);

}  // namespace kt
