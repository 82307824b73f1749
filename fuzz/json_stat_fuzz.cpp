// The JSON-stat reader on any text.
#include "fuzz_input.h"
#include "input/json_stat_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    kt::Diagnostics diagnostics;
    kt::read_json_stat(kt::fuzz::text_of(data, size), "fuzz.json", {"Region", "Tid"}, diagnostics);
    return 0;
}
