#pragma once
// A file of the built site: what the page stage produces and the output stage writes.
#include <string>

namespace kt {

struct OutputFile {
    std::string path;  // relative to the output folder, with '/' separators
    std::string content;
    // What made the file, for diagnostics: a site file ("content/om.md") or a page
    // ("the page of Vågå"); empty for a file only the generator writes.
    std::string source = {};
};

}  // namespace kt
