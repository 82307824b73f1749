#include "stats/adjustment.h"

#include "stats/variable_value.h"

namespace kt {

namespace {

AdjustmentResult fit_adjustment(const Adjustment& adjustment, const SiteInput& site,
                                const Figures& figures) {
    AdjustmentResult result;
    result.adjustment = &adjustment;
    result.indicator = site.catalogue.indicator(adjustment.indicator);
    const auto latest = figures.latest_year(adjustment.indicator);
    if (!result.indicator || !latest) {
        result.failure = "the indicator has no figures yet";
        return result;
    }
    const int span = std::max(1, figures.pooled_years());
    result.first_year = *latest - span + 1;
    result.last_year = *latest;
    std::vector<std::string> names;
    for (const Variable& covariate : adjustment.covariates) {
        names.push_back(covariate.id);
        result.term_labels.push_back(covariate.label);
    }

    const ProtectedRow is_protected = [&figures](const std::string& measure,
                                                 const std::string& code, int year) {
        return figures.protects_row(measure, code, year);
    };
    std::vector<std::string> areas;
    std::vector<std::vector<double>> rows;
    std::vector<double> outcome, weights;
    for (const Area* area : site.registry.of_kind(AreaKind::municipality)) {
        const IndicatorValue* figure = nullptr;
        if (span == 1) {
            figure = &figures.value(adjustment.indicator, area->code, *latest);
        } else if (const auto* pooled = figures.pooled(adjustment.indicator, area->code, *latest)) {
            figure = &pooled->value;
        }
        std::vector<double> row;
        std::string missing_covariate;
        for (const Variable& covariate : adjustment.covariates) {
            const auto value = variable_value(covariate, site, area->code, result.first_year,
                                              result.last_year, is_protected);
            if (!value) {
                missing_covariate = covariate.label;
                break;
            }
            row.push_back(*value);
        }
        if (!figure || !figure->has_number() || figure->denominator <= 0) {
            result.left_out[area->code] = {true, ""};
            continue;
        }
        if (row.size() != adjustment.covariates.size()) {
            result.left_out[area->code] = {false, missing_covariate};
            continue;
        }
        areas.push_back(area->code);
        rows.push_back(std::move(row));
        outcome.push_back(100 * figure->numerator / figure->denominator);
        weights.push_back(figure->denominator);
    }

    Eigen::MatrixXd x(rows.size(), names.size());
    Eigen::VectorXd y(rows.size()), w(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t j = 0; j < names.size(); ++j) x(i, j) = rows[i][j];
        y(i) = outcome[i];
        w(i) = weights[i];
    }
    try {
        LinearModel model = fit_linear_model(names, x, y, w, true);
        const std::vector<AdjustedResult> adjusted = adjusted_results(model, x, y, w);
        for (std::size_t i = 0; i < areas.size(); ++i)
            result.by_area[areas[i]] = {adjusted[i].actual,     adjusted[i].expected,
                                        adjusted[i].difference, adjusted[i].low,
                                        adjusted[i].high,       w(i)};
        result.model = std::move(model);
    } catch (const LinearModelError& error) {
        result.failure = error.what();
    }
    return result;
}

}  // namespace

std::vector<AdjustmentResult> fit_adjustments(const SiteInput& site, const Figures& figures) {
    std::vector<AdjustmentResult> results;
    for (const Adjustment& adjustment : site.catalogue.adjustments)
        results.push_back(fit_adjustment(adjustment, site, figures));
    return results;
}

}  // namespace kt
