#pragma once
// A file of the built site: what the page stage produces and the output stage writes.
#include <functional>
#include <string>

namespace kt {

struct OutputFile {
    std::string path;  // relative to the output folder, with '/' separators
    std::string content;
    // What made the file, for diagnostics: a site file ("content/om.md") or a page
    // ("the page of Vågå"); empty for a file only the generator writes.
    std::string source = {};
};

// Where each finished file goes as soon as it is made, from whichever thread made it: a sink
// may take the content (writing it to disk), leaving the path and source for the checks that
// follow, so a build need not hold every page to the end.
using FileSink = std::function<void(OutputFile&)>;

}  // namespace kt
