#pragma once
// Area codes as agencies write them.
#include <string>
#include <string_view>

namespace kt {

// The registry code for a code as written: IMDi prefixes the kind ("K3001" a municipality,
// "F30" a county, "F00" the whole country); SSB writes "K-3001" and "F-30". Plain codes
// ("3001", "30", "0", "030101") are returned unchanged, as is anything unrecognised (which
// the registry look-up then reports).
std::string registry_code(std::string_view written);

}  // namespace kt
