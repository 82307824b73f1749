#pragma once
// Colours as WCAG 2.1 measures them: relative luminance and contrast ratio, so the charts can
// choose legible ink for a fill and tests can hold every palette to its contrast.
#include <string_view>

namespace kt {

// "#1f4e79" -> 0.07 (0 for black, 1 for white). Anything but "#rrggbb" counts as black.
double relative_luminance(std::string_view hex);

// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: from 1 (equal) to 21 (black on white).
double contrast_ratio(std::string_view a, std::string_view b);

// "#fff" or "#1b1f24", whichever reads better on `fill`.
const char* ink_on(std::string_view fill);

}  // namespace kt
