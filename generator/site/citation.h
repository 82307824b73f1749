#pragma once
// How to cite one figure, filled in, for the reader who quotes it: what it is, for which area
// and period, who counted whom, the source, when the data were updated, and the figure's
// permanent address (its page and the indicator's id as the fragment).
#include <nlohmann/json.hpp>

#include "site/site_data.h"

namespace kt {

// {"text": "Kommunetall: Deltakere i introduksjonsprogrammet, Vågå, 2023: 67 personer.
//   Personer som deltok … Kilde: IMDi: Nasjonalt introduksjonsregister (NIR). Tallene
//   oppdatert 1. november 2026.", "url": "https://…/kommune/3435-vaga/#intro_deltakere"}, the
// url "" when the site has no base_url; null when the year's figure has no number.
nlohmann::json figure_citation(const SiteData& data, const Indicator& indicator, const Area& area,
                               int year);

}  // namespace kt
