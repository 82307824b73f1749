#pragma once
// A survey of the municipalities (IMDi's kommuneundersøkelsen): the questions as the catalogue
// declares them (data/undersokelse.yaml) and each responding unit's answers
// (data/undersokelse/<part>.csv). The units are today's municipalities and Oslo's districts.
// Not answering is a state of its own: a unit that did not return the questionnaire, a
// question left blank and a question not put to the unit are three different things, and
// none of them is a "no".
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/diagnostics.h"

namespace kt {

struct SurveyOption {
    std::string id;     // "ja", used in the data files
    std::string title;  // "Ja"
    // multiple choice: chosen alone or not at all ("ingen av disse")
    bool exclusive = false;
};

enum class QuestionKind {
    single,    // one option: ja / nei / vet ikke
    multiple,  // any number of options; shares add up to more than 100 %
    scale,     // one option of an ordered scale, best first, then any "ikke relevant"
    coded,     // free text, coded afterwards into categories (any number)
};

// "single", "multiple", "scale", "coded".
std::string question_kind_keyword(QuestionKind kind);

// Whether a unit answers with one option (single, scale) or a set (multiple, coded).
inline bool one_option(QuestionKind kind) {
    return kind == QuestionKind::single || kind == QuestionKind::scale;
}

// A question put only to those who gave one of `options` to an earlier question.
struct SurveyCondition {
    std::string question;
    std::vector<std::string> options;
};

struct SurveyQuestion {
    std::string id;     // used in URLs (/undersokelse/<id>/) and as the data file's column
    std::string part;   // SurveyPart::id
    std::string title;  // short, for lists: "Resultatmål for introduksjonsprogrammet"
    std::string text;   // the question as put
    QuestionKind kind = QuestionKind::single;
    std::vector<SurveyOption> options;
    std::set<int> years;              // the years the question was put
    std::vector<int> headline;        // options whose combined share lists show (indexes)
    std::string headline_label;       // "Ja", "God eller svært god"
    std::vector<SurveyCondition> asked_if;  // at most one; empty: put to every respondent
    std::string indicator;            // a register indicator beside the practice, or ""
    std::string note;                 // for readers, optional
    SourceLocation where;

    int option_index(const std::string& id) const;  // -1 if none
};

// One questionnaire of the survey and whom it was sent to.
struct SurveyPart {
    std::string id;     // "radmann"; the data file is data/undersokelse/<id>.csv
    std::string title;  // "Rådmann eller bydelsdirektør"
    std::set<int> years;
    std::vector<SurveyOption> roles;  // who may be named as having answered
    SourceLocation where;
};

enum class AnswerState {
    answered,      // one or more options
    not_answered,  // the unit returned the questionnaire but left the question ("ubesvart")
    not_asked,     // the question was not put to the unit ("."): a condition not met
};

struct SurveyAnswer {
    AnswerState state = AnswerState::not_asked;
    std::vector<int> options;  // indexes into the question's options, ascending
};

// One returned questionnaire.
struct SurveyResponse {
    int year = 0;
    std::string part;
    std::string area;  // today's municipality or district code
    int role = -1;     // index into the part's roles; -1: not stated
    std::map<std::string, SurveyAnswer> answers;  // question id -> answer, for every question
                                                  // of the part put that year
    SourceLocation where;
};

struct Survey {
    std::string title;  // "Kommuneundersøkelsen"
    std::string source;
    std::string summary;
    std::string method;  // who was asked and how, for the method section
    std::vector<SurveyPart> parts;
    std::vector<SurveyQuestion> questions;
    std::vector<SurveyResponse> responses;  // by part, year, then area code

    bool empty() const { return parts.empty(); }
    const SurveyPart* part(const std::string& id) const;
    const SurveyQuestion* question(const std::string& id) const;
};

}  // namespace kt
