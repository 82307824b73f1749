#pragma once
// Catalogue texts are written by people, some with a closing full stop and some without;
// where the site puts one after another, each must end as a sentence exactly once.
#include <string>
#include <string_view>
#include <vector>

#include "model/words.h"

namespace kt {

// "IMDi" -> "IMDi.", "Beregnet her." -> "Beregnet her.", "" -> "".
std::string as_sentence(std::string_view text);

// "A", "A og B", "A, B og C" (words "list.and").
std::string joined(const Words& words, const std::vector<std::string>& items);

}  // namespace kt
