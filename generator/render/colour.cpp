#include "render/colour.h"

#include <algorithm>
#include <cmath>

namespace kt {

namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

double channel(std::string_view hex, std::size_t at) {
    const int high = hex_digit(hex[at]), low = hex_digit(hex[at + 1]);
    if (high < 0 || low < 0) return 0;
    const double c = (high * 16 + low) / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

double relative_luminance(std::string_view hex) {
    if (hex.size() != 7 || hex[0] != '#') return 0;
    return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

double contrast_ratio(std::string_view a, std::string_view b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const char* ink_on(std::string_view fill) {
    return contrast_ratio(fill, "#ffffff") >= contrast_ratio(fill, "#1b1f24") ? "#fff" : "#1b1f24";
}

}  // namespace kt
