// A content file: front matter (YAML) and body.
#include "fuzz_input.h"
#include "input/content_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    kt::Diagnostics diagnostics;
    kt::parse_content_page("content/fuzz.md", kt::fuzz::text_of(data, size), diagnostics);
    return 0;
}
