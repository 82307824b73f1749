#pragma once
// `kommunetall new`: a small site that builds at once, for someone starting their own. Its
// files are those of the repository's starter/ folder, with the templates and styles of the
// demo site, built into the program so it needs nothing beside it.
#include <vector>

#include "model/output_file.h"

namespace kt {

// The files of a new site, with their paths in it.
std::vector<OutputFile> starter_files();

}  // namespace kt
