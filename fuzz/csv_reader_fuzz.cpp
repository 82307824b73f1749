// The CSV tokenizer and delimiter detection on any bytes: no crash, no hang, no sanitizer report.
#include "fuzz_input.h"
#include "input/csv_dialect.h"
#include "input/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    const std::string text = kt::fuzz::text_of(data, size);
    kt::Diagnostics diagnostics;
    const auto delimiter = kt::detect_delimiter(text, "fuzz.csv", diagnostics);
    kt::parse_csv(text, delimiter.value_or(','), "fuzz.csv", diagnostics);
    kt::parse_csv(text, ';', "fuzz.csv", diagnostics);
    return 0;
}
