#include "input/area_code.h"

namespace kt {

namespace {

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

}  // namespace

std::string registry_code(std::string_view written) {
    if (written.size() < 2 || (written[0] != 'K' && written[0] != 'F')) return std::string(written);
    std::string_view digits = written.substr(written[1] == '-' ? 2 : 1);
    if (!all_digits(digits)) return std::string(written);
    if (written[0] == 'K' && digits.size() == 4) return std::string(digits);
    if (written[0] == 'F' && digits.size() == 2) return digits == "00" ? "0" : std::string(digits);
    return std::string(written);
}

}  // namespace kt
