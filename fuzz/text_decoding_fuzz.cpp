// Decoding a data file's bytes, declared or detected, and strict UTF-8 text files.
#include "fuzz_input.h"
#include "input/source_file.h"
#include "input/text_decoding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    const std::string bytes = kt::fuzz::text_of(data, size);
    for (const char* declared : {"utf-8", "iso-8859-1", "windows-1252"}) {
        kt::Diagnostics diagnostics;
        kt::decode_text(bytes, std::string(declared), "fuzz.csv", diagnostics);
    }
    kt::Diagnostics diagnostics;
    kt::decode_text(bytes, std::nullopt, "fuzz.csv", diagnostics);
    const auto site = kt::fuzz::site_with("data/omrader.csv", bytes);
    kt::read_site_text(site, "data/omrader.csv", diagnostics);
    kt::quote_source_line(
        bytes, {"fuzz.csv", 1 + static_cast<int>(size % 5), static_cast<int>(size % 300)});
    return 0;
}
