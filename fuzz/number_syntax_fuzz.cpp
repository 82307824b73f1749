// Numbers as agencies write them, in every declared syntax.
#include "fuzz_input.h"
#include "input/number_syntax.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    const std::string text = kt::fuzz::text_of(data, size);
    for (const kt::NumberSyntax syntax :
         {kt::NumberSyntax{'.', false, 0}, kt::NumberSyntax{',', true, 0},
          kt::NumberSyntax{',', false, '.'}, kt::NumberSyntax{'.', true, ','}})
        kt::parse_number(text, syntax);
    kt::parse_decimal_name(text);
    return 0;
}
