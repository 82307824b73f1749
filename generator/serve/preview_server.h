#pragma once
// `kommunetall serve`: builds the site, serves it on this machine only, rebuilds when an
// input changes and has open pages reload themselves. A build that fails leaves the last good
// site served, with the errors (file:line:col and the line itself) across the top of every
// page. Nothing is written to disk: the files are served from memory.
#include <filesystem>
#include <ostream>
#include <string>

#include "model/protection_memory.h"

namespace kt {

struct PreviewOptions {
    std::filesystem::path site_dir = ".";
    std::string host = "127.0.0.1";
    int port = 1414;  // 0: any free port (the one chosen is printed)
    unsigned threads = 1;
    // Protection results earlier builds kept (may be null).
    ProtectionMemory* memory = nullptr;
};

// Runs until SIGINT or SIGTERM; returns the exit status. Prints "serving http://…/" to `out`
// once the first build is done and the port is open, then a line per rebuild; build errors go
// to `errors`.
int serve_preview(const PreviewOptions& options, std::ostream& out, std::ostream& errors);

}  // namespace kt
