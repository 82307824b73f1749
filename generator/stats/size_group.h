#pragma once
// SSB's six municipality size groups by population.

namespace kt {

// index 1..6 (1 = smallest); pages name the groups (words "group.name").
struct SizeGroup {
    int index;
};

// Under 2 000, 2 000–4 999, 5 000–9 999, 10 000–19 999, 20 000–49 999, 50 000 and over.
// A population below 0 falls in group 1 (it is a data error, reported elsewhere).
SizeGroup size_group(double population);

}  // namespace kt
