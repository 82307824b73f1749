#include "stats/size_group.h"

#include <iterator>

namespace kt {

namespace {

// The least population of each group.
constexpr double kLowerBounds[] = {0, 2000, 5000, 10000, 20000, 50000};

}  // namespace

SizeGroup size_group(double population) {
    int index = 1;
    for (int i = 1; i < static_cast<int>(std::size(kLowerBounds)); ++i)
        if (population >= kLowerBounds[i]) index = i + 1;
    return {index};
}

}  // namespace kt
