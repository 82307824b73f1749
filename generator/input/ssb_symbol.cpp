#include "input/ssb_symbol.h"

#include <charconv>

namespace kt {

std::optional<ValueStatus> parse_ssb_symbol(std::string_view text) {
    if (text == ":") return ValueStatus::suppressed;
    if (text == ".") return ValueStatus::not_applicable;
    if (text == "..") return ValueStatus::not_available;
    if (text == "...") return ValueStatus::not_yet_available;
    if (text == "-") return ValueStatus::nil;
    return std::nullopt;
}

std::optional<double> parse_plain_number(std::string_view text) {
    if (text.empty()) return std::nullopt;
    std::size_t i = (text[0] == '-' || text[0] == '+') ? 1 : 0;
    bool digits = false, point = false;
    for (std::size_t k = i; k < text.size(); ++k) {
        if (text[k] >= '0' && text[k] <= '9') {
            digits = true;
        } else if (text[k] == '.' && !point) {
            point = true;
        } else {
            return std::nullopt;
        }
    }
    if (!digits) return std::nullopt;
    if (text[0] == '+') text.remove_prefix(1);
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

}  // namespace kt
