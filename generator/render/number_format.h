#pragma once
// Numbers, percentages and dates as Norwegian readers write them (ICU, locale nb-NO).
// All functions are thread-safe and independent of the process locale and time zone.
#include <string>

namespace kt {

// Fixed number of fraction digits, rounded half-up on the decimal value; grouping with
// U+00A0 (no-break space) from four digits on, decimal comma, minus sign U+2212.
// A value that rounds to zero is written without a sign ("0", not "−0").
// format_number(4822, 0) == "4\u00A0822"; format_number(3.25, 1) == "3,3".
// Negative `decimals` count as 0. NaN and infinities come out as ICU writes them ("NaN",
// "∞"): callers decide what a missing number looks like.
std::string format_number(double value, int decimals);

// A difference with its sign: "+2,3", "−4,0", and "0,0" without a sign when it rounds to
// zero. Otherwise as format_number.
std::string format_signed(double value, int decimals);

// `percent` is already in percent: format_percent(63.4, 1) == "63,4\u00A0%".
std::string format_percent(double percent, int decimals);

// "2026-11-01" -> "1. november 2026". Returns the input unchanged unless it is a valid
// calendar date written exactly as YYYY-MM-DD.
std::string format_date(const std::string& iso_date);

}  // namespace kt
