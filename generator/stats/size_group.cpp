#include "stats/size_group.h"

#include <iterator>

namespace kt {

namespace {

struct SizeBand {
    double lower;  // inclusive
    const char* label;
};

// U+00A0 no-break space in the thousands, U+2013 en dash between bounds.
constexpr SizeBand bands[] = {
    {0, "Under 2\u00A0000 innbyggere"},
    {2000, "2\u00A0000\u20134\u00A0999 innbyggere"},
    {5000, "5\u00A0000\u20139\u00A0999 innbyggere"},
    {10000, "10\u00A0000\u201319\u00A0999 innbyggere"},
    {20000, "20\u00A0000\u201349\u00A0999 innbyggere"},
    {50000, "50\u00A0000 innbyggere og over"},
};

}  // namespace

SizeGroup size_group(double population) {
    int index = 1;
    for (int i = 1; i < static_cast<int>(std::size(bands)); ++i) {
        if (population >= bands[i].lower) index = i + 1;
    }
    return {index, bands[index - 1].label};
}

std::vector<SizeGroup> all_size_groups() {
    std::vector<SizeGroup> groups;
    for (int i = 0; i < static_cast<int>(std::size(bands)); ++i) {
        groups.push_back({i + 1, bands[i].label});
    }
    return groups;
}

}  // namespace kt
