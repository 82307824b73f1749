#pragma once
// SSB's table symbols and plain numbers in data files.
#include <optional>
#include <string_view>

#include "model/observation.h"

namespace kt {

// ":" suppressed, "." not applicable, ".." not available, "..." not yet available, "-" nil.
// Returns nullopt for anything else.
std::optional<ValueStatus> parse_ssb_symbol(std::string_view text);

// A number in machine format: optional sign, digits, optional '.' and digits.
// Returns nullopt for anything else (including "", "1 000", "3,5", "nan", "inf").
std::optional<double> parse_plain_number(std::string_view text);

}  // namespace kt
