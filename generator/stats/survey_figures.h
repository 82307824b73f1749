#pragma once
// What the municipal survey says: for each question and year, how many units chose each
// option among those who answered it (with a Wilson interval), by group of municipalities,
// and among the units that answered in every year the question was put (the panel, so a
// change over time is not a change of who answered); how many units returned each part; and
// how the responding municipalities compare with all municipalities (the report's table 1).
// Units are municipalities and Oslo's districts; the groups hold municipalities only.
#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "model/area.h"
#include "model/survey.h"
#include "stats/area_group.h"
#include "stats/wilson_interval.h"

namespace kt {

struct AnswerCounts {
    int answered = 0;          // N: units that chose one or more options
    int not_answered = 0;      // units that returned the questionnaire but left the question
    std::vector<int> chosen;   // per option: units that chose it
    int headline = 0;          // units that chose any of the question's headline options
};

// The share of those who answered that `count` makes, in percent, with its 95 % Wilson
// interval. Precondition: counts.answered > 0.
struct AnswerShare {
    double percent = 0;
    Interval interval;  // in percent
};
AnswerShare answer_share(int count, const AnswerCounts& counts);

// Counts the answers to `question` in `year` of the units `include` accepts (all if empty).
AnswerCounts count_answers(const Survey& survey, const SurveyQuestion& question, int year,
                           const std::function<bool(const std::string&)>& include = {});

// The units that answered the question (not left it, not skipped by a condition) in every year
// it was put, and their answers year by year. Empty for a question put in one year only.
struct SurveyPanel {
    std::vector<std::string> areas;  // codes, ascending
    std::map<int, AnswerCounts> by_year;
};
SurveyPanel survey_panel(const Survey& survey, const SurveyQuestion& question);

// How many units returned a part in a year, of how many it was sent to (every current
// municipality and every district).
struct PartResponse {
    const SurveyPart* part = nullptr;
    int year = 0;
    int municipalities = 0, municipalities_invited = 0;
    int districts = 0, districts_invited = 0;
    double percent() const;  // of all units; 0 when none was invited
};
std::vector<PartResponse> response_rates(const Survey& survey, const Registry& registry);

// One grouping's distribution among all municipalities and among the municipalities that
// returned each part in the last year it was sent out: counts per group, in the groups'
// order. Municipalities in no group of the grouping are left out of every column.
struct Representativeness {
    std::string grouping;              // Grouping::id
    std::vector<const AreaGroup*> groups;
    std::vector<int> all;              // per group
    std::vector<int> part_years;       // per part (survey order): its last year
    std::vector<std::vector<int>> by_part;  // per part, per group
    int all_total = 0;
    std::vector<int> part_totals;
};
std::vector<Representativeness> representativeness(const Survey& survey,
                                                   const std::vector<AreaGroup>& groups);

// A question's figures for the pages.
struct QuestionFigures {
    const SurveyQuestion* question = nullptr;
    std::map<int, AnswerCounts> by_year;  // every year the question was put
    // The latest year, per grouping id, per group (in `groups` order).
    std::map<std::string, std::vector<std::pair<const AreaGroup*, AnswerCounts>>> by_group;
    SurveyPanel panel;
};

struct SurveyFigures {
    std::vector<PartResponse> rates;  // per part and year
    std::vector<QuestionFigures> questions;  // catalogue order
    std::vector<Representativeness> representativeness;

    SurveyFigures() = default;
    SurveyFigures(const Survey& survey, const Registry& registry,
                  const std::vector<AreaGroup>& groups);
    const QuestionFigures* of(const std::string& question) const;
    // The questionnaire a unit returned for a part in a year; nullptr if it returned none.
    const SurveyResponse* response(const std::string& part, int year,
                                   const std::string& area) const;

  private:
    std::map<std::tuple<std::string, int, std::string>, const SurveyResponse*> responses_;
};

}  // namespace kt
