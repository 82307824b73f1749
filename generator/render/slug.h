#pragma once
// URL slugs from place names: "Porsanger - Porsáŋgu - Porsanki" -> "porsanger-porsangu-porsanki".
#include <string>
#include <string_view>

#include "model/area.h"

namespace kt {

// Lower-case ASCII letters, digits and single hyphens, no hyphen at either end.
// Letters are transliterated to ASCII: æ -> ae, ø -> o, å -> a, Sami and other accented
// letters to their base letter (á -> a, č -> c, ŋ -> n, đ -> d, ŧ -> t, ...); every run of
// other characters becomes one "-". Thread-safe.
std::string slugify(std::string_view utf8_name);

// code + "-" + slugify(name), e.g. "3435-vaga"; just the code if the name gives no slug.
std::string area_slug(const Area& area);

}  // namespace kt
