#pragma once
// Figures in prose: shortcodes in a content page's Markdown that the build replaces with the
// figure as the site computes and shows it, linked to where it is shown, so that no number in
// a narrative is typed by hand or goes stale when the data change.
//
//   {{ tall INDIKATOR OMRÅDE [ÅR] }}      the figure ("4 822", "63,4 %"), linked to the area's
//                                          page at the indicator
//   {{ landet INDIKATOR [ÅR] }}            the country's figure
//   {{ endring INDIKATOR OMRÅDE FRA TIL }} "opp 3,1 prosentpoeng", "ned 12 personer", "uendret"
//   {{ rang INDIKATOR OMRÅDE [ÅR] }}       "plass 40 av 227 rangerte kommuner (trolig mellom …)"
//   {{ år INDIKATOR }}                     the indicator's latest year
//   {{ mål INDIKATOR }}                    the national goal ("90 %"), linked to the indicator
//   {{ diagram INDIKATOR OMRÅDE }}         the area's line chart of the indicator
//   {{ tabell OMRÅDE INDIKATOR … }}        the area's figures year by year, a column each
//
// OMRÅDE is an area's code ("3435", "34") or "landet"; ÅR a year or "siste" (the indicator's
// latest year, also when left out). A figure the site does not show (hidden, not available)
// is an error, unless the shortcode ends with "vis=tegn": then the symbol is written with
// what it means. A shortcode inside code (`…` or a fenced block) is left as it is.
#include <string>

#include "model/content.h"
#include "model/diagnostics.h"
#include "site/site_data.h"

namespace kt {

// The page's Markdown with every shortcode replaced by Markdown (a link, an image, a table).
// Each shortcode that cannot be filled in is an error at its file:line:col, and is left out.
std::string expand_live_figures(const SiteData& data, const ContentPage& page,
                                Diagnostics& diagnostics);

}  // namespace kt
