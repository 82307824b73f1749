#pragma once
// Reads the site's language file (templates/words.yaml): the words the program puts into pages.
#include <filesystem>

#include "model/diagnostics.h"
#include "model/words.h"

namespace kt {

inline constexpr const char* kWordsFile = "templates/words.yaml";

// Every word the program uses must be there, as a pattern that parses and names only the
// arguments the program gives it; a key the program does not use is an error (a misspelt key
// would otherwise leave the word it meant missing).
Words read_words(const std::filesystem::path& site_dir, Diagnostics& diagnostics);

}  // namespace kt
