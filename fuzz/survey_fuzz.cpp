// The survey reader: the input as the answers to a fixed catalogue, then as the catalogue
// with fixed answers.
#include <filesystem>

#include "fuzz_input.h"
#include "input/registry_reader.h"
#include "input/survey_reader.h"

namespace {

const char* const kRegistry =
    "kode,navn,type,overordnet\n0,Norge,land,\n34,Innlandet,fylke,0\n03,Oslo,fylke,0\n"
    "0301,Oslo,kommune,03\n030101,Gamle Oslo,bydel,0301\n3435,Vågå,kommune,34\n";

const char* const kCatalogue = R"(title: K
source: IMDi
parts:
  - id: radmann
    title: Rådmann
    years: 2017-2018
    roles: [{id: radmann, title: Rådmann}]
questions:
  - id: a
    part: radmann
    years: 2017-2018
    kind: single
    title: A
    text: A?
    options: [{id: ja, title: Ja}, {id: nei, title: Nei}]
  - id: b
    part: radmann
    years: 2018
    kind: multiple
    title: B
    text: B?
    asked_if: {question: a, options: [ja]}
    options: [{id: x, title: X}, {id: y, title: Y}, {id: ingen, title: Ingen, exclusive: true}]
    headline: [x, y]
    headline_label: X eller Y
)";

const char* const kAnswers = "år,område,besvart_av,a,b\n2017,3435,radmann,ja,.\n2018,030101,,ja,x|y\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    const std::string text = kt::fuzz::text_of(data, size);
    const auto site = kt::fuzz::site_with("data/omrader.csv", kRegistry);
    std::filesystem::create_directories(site / "data" / "undersokelse");
    kt::Diagnostics diagnostics;
    const kt::Registry registry = kt::read_registry(site, diagnostics);
    const kt::Catalogue catalogue;
    kt::fuzz::site_with("data/undersokelse.yaml", kCatalogue);
    kt::fuzz::site_with("data/undersokelse/radmann.csv", text);
    kt::read_survey(site, registry, catalogue, diagnostics);
    kt::fuzz::site_with("data/undersokelse.yaml", text);
    kt::fuzz::site_with("data/undersokelse/radmann.csv", kAnswers);
    kt::read_survey(site, registry, catalogue, diagnostics);
    return 0;
}
