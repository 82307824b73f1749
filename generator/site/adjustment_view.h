#pragma once
// Regression-adjusted results as readers see them: a line on the municipality's card, the
// models on the method page, and every municipality's result as a download.
#include <nlohmann/json.hpp>
#include <string>

#include "site/site_data.h"
#include "stats/adjustment.h"

namespace kt {

// "Forventet ut fra hvem deltakerne er og lokale forhold, 2021–2023: 61 %; faktisk 66 %.
// Ikke tydelig forskjellig fra forventet: 5,2 prosentpoeng over (95 % KI −3,1 til 13,5)."
std::string adjusted_text(const Words& words, const Indicator& indicator,
                          const AdjustmentResult& result, const AdjustedFigure& figure);

// The card's line and its link to the model ({text, href}), or null.
nlohmann::json adjusted_reading(const SiteData& data, const Indicator& indicator, const Area& area,
                                const std::string& page_dir);

// One section per adjustment for the method page: the model's terms with coefficients,
// standard errors and intervals, R², the municipalities in it and the download.
nlohmann::json model_sections(const SiteData& data, const std::string& page_dir);

// The anchor of a model's section on the method page: "modell-intro_arbeid_utdanning_andel".
std::string model_anchor(const std::string& indicator);

std::string adjustment_download_path(const Indicator& indicator);  // "indikator/x/justert-x.csv"

// Every municipality in the model, actual against expected, with the line where they are equal
// and R² (a standalone SVG at "indikator/x/faktisk-forventet.svg"), and what a page needs to
// show it ({src, alt}), or null when the model could not be fitted.
std::string adjustment_scatter_path(const Indicator& indicator);
std::string adjustment_scatter_svg(const SiteData& data, const AdjustmentResult& result);
nlohmann::json adjustment_scatter_figure(const SiteData& data, const Indicator& indicator,
                                         const std::string& page_dir);
std::string adjustment_csv(const SiteData& data, const AdjustmentResult& result);

}  // namespace kt
