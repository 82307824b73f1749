#include "input/survey_reader.h"

#include <catch2/catch.hpp>
#include <string>

#include "input/catalogue_reader.h"
#include "input/registry_reader.h"
#include "site_fixture.h"
#include "small_site_fixture.h"

using kt::AnswerState;
using kt::Diagnostics;
using kt::test::diagnostics_text;
using kt::test::TempSite;

namespace {

const std::string kRegistry =
    "kode,navn,type,overordnet,fra,til\n"
    "0,Norge,land,,,\n"
    "34,Innlandet,fylke,0,,\n"
    "03,Oslo,fylke,0,,\n"
    "0301,Oslo,kommune,03,,\n"
    "030101,Gamle Oslo,bydel,0301,,\n"
    "3435,Vågå,kommune,34,2020-01-01,\n"
    "3401,Kongsvinger,kommune,34,,\n"
    "05,Oppland,fylke,0,,\n"
    "0515,Vågå,kommune,05,,2019-12-31\n";
const std::string kChanges = "dato,endring,fra,til\n2020-01-01,nytt nummer,0515,3435\n";

const std::string kSurvey = R"(title: Kommuneundersøkelsen
source: IMDi
parts:
  - id: radmann
    title: Rådmann
    years: 2017-2018
    roles:
      - {id: radmann, title: Rådmann}
questions:
  - id: utfordringer
    part: radmann
    years: 2017-2018
    kind: single
    title: Utfordringer
    text: Har kommunen utfordringer?
    options:
      - {id: ja, title: Ja}
      - {id: nei, title: Nei}
  - id: hvilke
    part: radmann
    years: 2018
    kind: multiple
    title: Hvilke
    text: Hvilke utfordringer?
    asked_if: {question: utfordringer, options: [ja]}
    options:
      - {id: bolig, title: Bolig}
      - {id: okonomi, title: Økonomi}
      - {id: ingen, title: Ingen, exclusive: true}
    headline: [bolig]
)";

const std::string kHeader = "år,område,besvart_av,utfordringer,hvilke\n";

struct Read {
    kt::Survey survey;
    Diagnostics diagnostics;
};

Read read(const std::string& answers, const std::string& survey = kSurvey) {
    TempSite site;
    site.write("data/omrader.csv", kRegistry);
    site.write("data/endringer.csv", kChanges);
    site.write("data/katalog.yaml",
               kt::test::measures_yaml({{"bosatte", "personer"}}) +
                   kt::test::indicator_yaml("bosatte", "count", "bosatte", "") +
                   kt::test::indicator_yaml("bosatte_fylke", "count", "bosatte", "",
                                            "    levels: [land, fylke]\n"));
    site.write("data/undersokelse.yaml", survey);
    site.write("data/undersokelse/radmann.csv", answers);
    Read out;
    const kt::Registry registry = kt::read_registry(site.root(), out.diagnostics);
    const kt::Catalogue catalogue = kt::read_catalogue(site.root(), out.diagnostics);
    out.survey = kt::read_survey(site.root(), registry, catalogue, out.diagnostics);
    return out;
}

// The one error whose message contains `text`, as "file:line:col: message".
std::string error_with(const Diagnostics& diagnostics, const std::string& text) {
    for (const kt::Diagnostic& d : diagnostics.all())
        if (d.message.find(text) != std::string::npos)
            return d.where.file + ":" + std::to_string(d.where.line) + ":" +
                   std::to_string(d.where.column);
    return "no error with '" + text + "' in:\n" + diagnostics_text(diagnostics);
}

}  // namespace

TEST_CASE("survey answers: options, a question left unanswered, one not put, no questionnaire",
          "[input][survey]") {
    const Read r = read(kHeader +
                        "2017,3435,radmann,ja,.\n"
                        "2018,3435,,ja,bolig|okonomi\n"
                        "2018,030101,radmann,nei,.\n"
                        "2018,3401,radmann,ubesvart,.\n");
    INFO(diagnostics_text(r.diagnostics));
    REQUIRE_FALSE(r.diagnostics.has_errors());
    REQUIRE(r.survey.responses.size() == 4);
    const kt::SurveyResponse& vaga2017 = r.survey.responses[0];
    CHECK(vaga2017.year == 2017);
    CHECK(vaga2017.role == 0);
    CHECK(vaga2017.answers.count("hvilke") == 0);  // not put in 2017 at all
    const kt::SurveyResponse* vaga2018 = nullptr;
    const kt::SurveyResponse* kongsvinger = nullptr;
    const kt::SurveyResponse* district = nullptr;
    for (const kt::SurveyResponse& response : r.survey.responses) {
        if (response.year != 2018) continue;
        if (response.area == "3435") vaga2018 = &response;
        if (response.area == "3401") kongsvinger = &response;
        if (response.area == "030101") district = &response;
    }
    REQUIRE(vaga2018);
    CHECK(vaga2018->role == -1);
    CHECK(vaga2018->answers.at("hvilke").state == AnswerState::answered);
    CHECK(vaga2018->answers.at("hvilke").options == std::vector<int>{0, 1});
    REQUIRE(kongsvinger);
    CHECK(kongsvinger->answers.at("utfordringer").state == AnswerState::not_answered);
    CHECK(kongsvinger->answers.at("hvilke").state == AnswerState::not_asked);
    REQUIRE(district);
    CHECK(district->answers.at("hvilke").state == AnswerState::not_asked);
}

TEST_CASE("survey answers: a semicolon export in ISO-8859-1 reads the same", "[input][survey]") {
    std::string latin1 = "\xe5r;omr\xe5" "de;besvart_av;utfordringer;hvilke\n2018;3435;radmann;nei;.\n";
    const Read r = read(latin1);
    INFO(diagnostics_text(r.diagnostics));
    CHECK(r.survey.responses.size() == 1);
}

TEST_CASE("survey answers: each mistake is an error at its cell", "[input][survey]") {
    SECTION("a blank cell cannot tell the states apart") {
        const Read r = read(kHeader + "2018,3435,radmann,,.\n");
        CHECK(error_with(r.diagnostics, "no answer to 'utfordringer'") ==
              "data/undersokelse/radmann.csv:2:19");
    }
    SECTION("'.' where the question was put") {
        const Read r = read(kHeader + "2018,3435,radmann,.,.\n");
        CHECK(error_with(r.diagnostics, "'.' means 'utfordringer' was not put") ==
              "data/undersokelse/radmann.csv:2:19");
    }
    SECTION("an answer where the condition sent the unit past the question") {
        const Read r = read(kHeader + "2018,3435,radmann,nei,bolig\n");
        CHECK(error_with(r.diagnostics, "was put only to those who gave") ==
              "data/undersokelse/radmann.csv:2:23");
    }
    SECTION("an answer in a year the question was not put") {
        const Read r = read(kHeader + "2017,3435,radmann,ja,bolig\n");
        CHECK(error_with(r.diagnostics, "'hvilke' was put in 2018 only") ==
              "data/undersokelse/radmann.csv:2:22");
    }
    SECTION("an unknown option, two options to a one-answer question, an exclusive one") {
        const Read r = read(kHeader +
                            "2018,3435,radmann,kanskje,.\n"
                            "2018,3401,radmann,ja|nei,.\n"
                            "2018,030101,radmann,ja,bolig|ingen\n");
        CHECK(error_with(r.diagnostics, "'kanskje' is not an option of 'utfordringer'") ==
              "data/undersokelse/radmann.csv:2:19");
        CHECK(error_with(r.diagnostics, "takes one answer, not 2") ==
              "data/undersokelse/radmann.csv:3:19");
        CHECK(error_with(r.diagnostics, "'ingen' is chosen alone") ==
              "data/undersokelse/radmann.csv:4:24");
    }
    SECTION("an old code, an unknown code, a second questionnaire, an unknown role, a year") {
        const Read r = read(kHeader +
                            "2018,0515,radmann,ja,bolig\n"
                            "2018,9999,radmann,ja,bolig\n"
                            "2018,3435,radmann,ja,bolig\n"
                            "2018,3435,radmann,nei,.\n"
                            "2018,3401,ordfører,nei,.\n"
                            "2016,030101,radmann,nei,.\n");
        CHECK(error_with(r.diagnostics, "0515 Vågå is now 3435 Vågå") ==
              "data/undersokelse/radmann.csv:2:6");
        CHECK(error_with(r.diagnostics, "'9999' is not a municipality") ==
              "data/undersokelse/radmann.csv:3:6");
        CHECK(error_with(r.diagnostics, "second questionnaire for 2018 (the first is on line 4)") ==
              "data/undersokelse/radmann.csv:5:6");
        CHECK(error_with(r.diagnostics, "'ordfører' is not a role") ==
              "data/undersokelse/radmann.csv:6:11");
        CHECK(error_with(r.diagnostics, "was sent out in 2017-2018, not in 2016") ==
              "data/undersokelse/radmann.csv:7:1");
    }
    SECTION("a missing question column and a column that is no question") {
        const Read r = read("år,område,besvart_av,utfordringer,annet\n2018,3435,radmann,ja,x\n");
        CHECK(error_with(r.diagnostics, "no column for question 'hvilke'") ==
              "data/undersokelse/radmann.csv:1:1");
        CHECK(error_with(r.diagnostics, "'annet' is not a question of part 'radmann'") ==
              "data/undersokelse/radmann.csv:1:35");
    }
}

TEST_CASE("survey catalogue: references must resolve", "[input][survey]") {
    std::string survey = kSurvey;
    survey.replace(survey.find("part: radmann\n    years: 2018"), 13, "part: rådmann");
    survey += "    indicator: finnes_ikke\n";
    const Read r = read(kHeader, survey);
    CHECK(error_with(r.diagnostics, "unknown part 'rådmann'") != "");
    CHECK(error_with(r.diagnostics, "unknown indicator 'finnes_ikke'").rfind("data/undersokelse.yaml:", 0) == 0);
    CHECK(error_with(r.diagnostics, "in another part").rfind("data/undersokelse.yaml:", 0) == 0);
}

TEST_CASE("survey catalogue: a register figure must be published for municipalities",
          "[input][survey]") {
    const Read r = read(kHeader, std::string(kSurvey) + "    indicator: bosatte_fylke\n");
    CHECK(error_with(r.diagnostics,
                     "indicator 'bosatte_fylke' is not published for municipalities (its "
                     "'levels'), so it cannot stand beside their answers")
              .rfind("data/undersokelse.yaml:", 0) == 0);
}

TEST_CASE("survey: answers without a catalogue, and a file that is no part", "[input][survey]") {
    TempSite site;
    site.write("data/omrader.csv", kRegistry);
    site.write("data/undersokelse/radmann.csv", kHeader);
    Diagnostics diagnostics;
    const kt::Registry registry = kt::read_registry(site.root(), diagnostics);
    CHECK(kt::read_survey(site.root(), registry, kt::Catalogue{}, diagnostics).empty());
    CHECK(error_with(diagnostics, "survey answers without data/undersokelse.yaml") ==
          "data/undersokelse:0:0");

    site.write("data/undersokelse.yaml", kSurvey);
    site.write("data/undersokelse/ordforer.csv", kHeader);
    Diagnostics more;
    kt::read_survey(site.root(), registry, kt::Catalogue{}, more);
    CHECK(error_with(more, "not the answers of a part") == "data/undersokelse/ordforer.csv:0:0");
}

TEST_CASE("survey: an empty headline or condition, a year nobody answered, a column twice",
          "[input][survey]") {
    SECTION("the catalogue") {
        std::string survey = kSurvey;
        survey.replace(survey.find("headline: [bolig]"), 17, "headline: []");
        survey.replace(survey.find("options: [ja]"), 13, "options: []");
        const Read r = read(kHeader, survey);
        CHECK(error_with(r.diagnostics, "'headline' must name one option").rfind("data/undersokelse.yaml:", 0) == 0);
        CHECK(error_with(r.diagnostics, "'options' must name the options").rfind("data/undersokelse.yaml:", 0) == 0);
    }
    SECTION("the answers") {
        const Read r = read("år,område,besvart_av,utfordringer,hvilke,hvilke\n2018,3435,radmann,nei,.,.\n");
        CHECK(error_with(r.diagnostics, "column 'hvilke' appears twice") ==
              "data/undersokelse/radmann.csv:1:42");
        const Read header_only = read(kHeader);
        CHECK(error_with(header_only.diagnostics, "no questionnaire for 2017") ==
              "data/undersokelse/radmann.csv:1:1");
        CHECK(error_with(header_only.diagnostics, "no questionnaire for 2018") ==
              "data/undersokelse/radmann.csv:1:1");
    }
}
