#pragma once
// How one computed figure appears in a table cell or a key figure: the formatted number with
// its 95 % interval, or the SSB symbol with its explanation, and a note when an aggregate is
// incomplete.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "model/catalogue.h"
#include "model/site_config.h"
#include "model/words.h"
#include "stats/figure_interval.h"
#include "stats/indicator_value.h"

namespace kt {

// {"text": "63,4 %", "interval": "55,1–70,6", "note": "...",
//  "status": "" for a number, else "suppressed|not-available|...", "partial": bool}
nlohmann::json value_cell(const Words& words, const Indicator& indicator,
                          const IndicatorValue& value, const SuppressionRule& rule);

// The text alone ("63,4 %", ":", "..").
std::string value_text(const Indicator& indicator, const IndicatorValue& value);

// The interval as readers see it: "55,1–70,6" in the indicator's decimals, or "".
std::string interval_text(const Indicator& indicator, const IndicatorValue& value);

// "58 % (95 % KI 45–70)": a figure's text with its interval, if it has one.
std::string with_interval(const Words& words, const std::string& text, const std::string& interval);

// Reader's explanation for an aggregate that leaves out some members, or "".
std::string partial_note(const Words& words, const IndicatorValue& value);

// What a reader needs to know about the value: why it is missing or hidden, or what an
// aggregate leaves out; "" for a complete number.
// Why a number is hidden, for readers ("" for none).
std::string suppression_explanation(const Words& words, Suppression reason,
                                    const SuppressionRule& rule);
std::string value_explanation(const Words& words, const IndicatorValue& value,
                              const SuppressionRule& rule);

// The note a figure carries wherever it is shown: value_explanation, and that it is
// provisional.
std::string value_note(const Words& words, const IndicatorValue& value,
                       const SuppressionRule& rule);

// What the goal is called: the indicator's goal_label, else the site's word for a goal.
std::string goal_label(const Words& words, const Indicator& indicator);

// The national goal in the indicator's format ("70 %"), or "" when there is none.
std::string goal_text(const Indicator& indicator);

// "Nasjonalt mål: 70 %" for a page's block, or null when the indicator has no goal.
nlohmann::json goal_line(const Words& words, const Indicator& indicator);

// Which kinds of area the indicator is published for, for readers, where the catalogue limits
// them (`levels`); empty where it does not.
std::string levels_note(const Words& words, const Indicator& indicator);

// The status as a CSS-friendly word: "present", "suppressed", "not-available", ...
std::string status_class(ValueStatus status);

}  // namespace kt
