#pragma once
// Norwegian alphabetical order (ICU collation for "nb"): ... X, Y, Z, Æ, Ø, Å.
//
// ICU follows the Norwegian convention that a double "aa" sorts as "å" (CLDR's nb
// rules make "aa" a tertiary variant of "å"): "Aurskog" < "Ås" as expected, and "Aarborte"
// sorts among the Å names; initial_letter follows the same rule, so an A–Å index groups
// names where the collator puts them. Inside a name, "Raarvihke" sorts as "Råvihke".
#include <string>
#include <string_view>
#include <vector>

#include "model/area.h"

namespace kt {

class NorwegianCollator {
  public:
    NorwegianCollator();  // throws std::runtime_error if ICU has no collation data

    // <0 if a sorts before b, 0 if they are equal for collation, >0 otherwise.
    // Safe to call from several threads at once.
    int compare(std::string_view a, std::string_view b) const;
    bool less(std::string_view a, std::string_view b) const { return compare(a, b) < 0; }
    bool operator()(std::string_view a, std::string_view b) const { return less(a, b); }
};

// The first letter or digit of a name, upper-cased, as UTF-8: "ålesund" -> "Å",
// "Bø" -> "B", "Aarborte" -> "Å". Empty if the name has none.
std::string initial_letter(std::string_view name);

// Areas in Norwegian alphabetical order of their names, equal names by code.
std::vector<const Area*> sorted_by_name(std::vector<const Area*> areas,
                                        const NorwegianCollator& collator);

}  // namespace kt
