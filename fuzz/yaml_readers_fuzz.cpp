// The YAML readers: site.yaml, the catalogue and a data description, each given the input.
#include "fuzz_input.h"
#include "input/catalogue_reader.h"
#include "input/data_description_reader.h"
#include "input/site_config_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    const std::string text = kt::fuzz::text_of(data, size);
    kt::Diagnostics diagnostics;
    kt::read_site_config(kt::fuzz::site_with(kt::kSiteConfigFile, text), diagnostics);
    kt::read_catalogue(kt::fuzz::site_with(kt::kCatalogueFile, text), diagnostics);
    const auto site = kt::fuzz::site_with("data/observasjoner/fuzz.yaml", text);
    kt::read_data_description(site, "data/observasjoner/fuzz.yaml", "data/observasjoner/fuzz.csv",
                              diagnostics);
    return 0;
}
