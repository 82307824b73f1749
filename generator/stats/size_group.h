#pragma once
// SSB's six municipality size groups by population.
#include <string>
#include <vector>

namespace kt {

// index 1..6 (1 = smallest), label for readers, e.g. "2 000–4 999 innbyggere"
// (no-break space as thousands separator, en dash between the bounds).
struct SizeGroup {
    int index;
    std::string label;
};

// Under 2 000, 2 000–4 999, 5 000–9 999, 10 000–19 999, 20 000–49 999, 50 000 and over.
// A population below 0 falls in group 1 (it is a data error, reported elsewhere).
SizeGroup size_group(double population);

// All six groups in order, for legends and filters.
std::vector<SizeGroup> all_size_groups();

}  // namespace kt
