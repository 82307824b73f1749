#pragma once
// The value of a catalogue variable (a regression covariate or a similarity attribute) for one
// municipality over a span of years.
#include <functional>
#include <optional>
#include <string>

#include "model/catalogue.h"
#include "model/site_input.h"

namespace kt {

// Whether a measure's row for a code and year is protected by the site's suppression (a
// count too small to show, hidden in the source, or hidden so that such a count cannot be
// subtracted out): a published figure must not be computed from it. See
// Figures::protects_row.
using ProtectedRow =
    std::function<bool(const std::string& measure, const std::string& code, int year)>;

// share_of: 100 * the numerators summed over the years / the denominators summed (percent);
// measure: the mean of the yearly values; attribute: the attribute read as a number. With
// `log`, the natural logarithm of that.
// nullopt when any year lacks a number (missing, hidden in the source), when any row it reads
// is protected (an expected value or a choice of neighbours built on it, with the published
// coefficients and the other variables, could give the row away), when the denominator is 0,
// or for the log of a value <= 0.
std::optional<double> variable_value(const Variable& variable, const SiteInput& site,
                                     const std::string& area, int first_year, int last_year,
                                     const ProtectedRow& is_protected);

}  // namespace kt
