#pragma once
// How an indicator value or an SSB status symbol is written for readers.
#include <string>

#include "model/catalogue.h"
#include "model/observation.h"
#include "model/words.h"
#include "stats/indicator_value.h"
#include "stats/ranking.h"

namespace kt {

// Whether the indicator is written as a percentage (a share or a percent_of).
bool is_percentage(const Indicator& indicator);

// A share as a percentage ("63,4 %"), counts and rates as plain numbers ("4 822"),
// with the indicator's number of decimals.
std::string format_value(const Indicator& indicator, double value);

// SSB's symbol for a status: "" for present, "-", ".", "..", "...", ":".
std::string status_symbol(ValueStatus status);

// One sentence explaining the symbol to readers ("" for present).
std::string status_explanation(const Words& words, ValueStatus status);

// Why a municipality has no place in a ranking, for readers ("" when it has one):
// "Færre enn 10 personer i grunnlaget", "Tallet er skjult for å verne personvernet", …
std::string exclusion_text(const Words& words, RankExclusion exclusion, const Indicator& indicator,
                           const IndicatorValue& value);

}  // namespace kt
