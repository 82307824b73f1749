#include "stats/survey_figures.h"

#include <algorithm>
#include <set>

namespace kt {

namespace {

const SurveyAnswer* answer_of(const SurveyResponse& response, const std::string& question) {
    auto it = response.answers.find(question);
    return it == response.answers.end() ? nullptr : &it->second;
}

void add_answer(const SurveyQuestion& question, const SurveyAnswer& answer, AnswerCounts& counts) {
    if (answer.state == AnswerState::not_answered) ++counts.not_answered;
    if (answer.state != AnswerState::answered) return;
    ++counts.answered;
    bool headline = false;
    for (int option : answer.options) {
        ++counts.chosen[option];
        headline = headline || std::find(question.headline.begin(), question.headline.end(),
                                         option) != question.headline.end();
    }
    if (headline) ++counts.headline;
}

}  // namespace

AnswerShare answer_share(int count, const AnswerCounts& counts) {
    const Interval p = wilson_interval(count, counts.answered);
    return {100.0 * count / counts.answered, {100.0 * p.low, 100.0 * p.high}};
}

AnswerCounts count_answers(const Survey& survey, const SurveyQuestion& question, int year,
                           const std::function<bool(const std::string&)>& include) {
    AnswerCounts counts;
    counts.chosen.assign(question.options.size(), 0);
    for (const SurveyResponse& response : survey.responses) {
        if (response.year != year || response.part != question.part) continue;
        if (include && !include(response.area)) continue;
        if (const SurveyAnswer* answer = answer_of(response, question.id))
            add_answer(question, *answer, counts);
    }
    return counts;
}

SurveyPanel survey_panel(const Survey& survey, const SurveyQuestion& question) {
    SurveyPanel panel;
    if (question.years.size() < 2) return panel;
    std::map<std::string, int> years_answered;
    for (const SurveyResponse& response : survey.responses) {
        if (response.part != question.part || !question.years.count(response.year)) continue;
        const SurveyAnswer* answer = answer_of(response, question.id);
        if (answer && answer->state == AnswerState::answered) ++years_answered[response.area];
    }
    std::set<std::string> members;
    for (const auto& [area, years] : years_answered)
        if (years == static_cast<int>(question.years.size())) members.insert(area);
    panel.areas.assign(members.begin(), members.end());
    for (int year : question.years)
        panel.by_year[year] = count_answers(survey, question, year, [&](const std::string& area) {
            return members.count(area) > 0;
        });
    return panel;
}

double PartResponse::percent() const {
    const int invited = municipalities_invited + districts_invited;
    return invited == 0 ? 0 : 100.0 * (municipalities + districts) / invited;
}

std::vector<PartResponse> response_rates(const Survey& survey, const Registry& registry) {
    const int municipalities = static_cast<int>(registry.of_kind(AreaKind::municipality).size());
    const int districts = static_cast<int>(registry.of_kind(AreaKind::district).size());
    std::vector<PartResponse> rates;
    for (const SurveyPart& part : survey.parts)
        for (int year : part.years) {
            PartResponse rate{&part, year, 0, municipalities, 0, districts};
            for (const SurveyResponse& response : survey.responses) {
                if (response.part != part.id || response.year != year) continue;
                const Area* area = registry.find(response.area);
                if (area && area->kind == AreaKind::district)
                    ++rate.districts;
                else
                    ++rate.municipalities;
            }
            rates.push_back(rate);
        }
    return rates;
}

std::vector<Representativeness> representativeness(const Survey& survey,
                                                   const std::vector<AreaGroup>& groups) {
    std::vector<Representativeness> tables;
    for (const AreaGroup& group : groups) {
        if (tables.empty() || tables.back().grouping != group.grouping) {
            Representativeness table;
            table.grouping = group.grouping;
            table.by_part.resize(survey.parts.size());
            for (const SurveyPart& part : survey.parts)
                table.part_years.push_back(part.years.empty() ? 0 : *part.years.rbegin());
            table.part_totals.assign(survey.parts.size(), 0);
            tables.push_back(std::move(table));
        }
        Representativeness& table = tables.back();
        table.groups.push_back(&group);
        const std::set<std::string> members(group.members.begin(), group.members.end());
        table.all.push_back(static_cast<int>(members.size()));
        table.all_total += static_cast<int>(members.size());
        for (std::size_t p = 0; p < survey.parts.size(); ++p) {
            int responding = 0;
            for (const SurveyResponse& response : survey.responses)
                if (response.part == survey.parts[p].id && response.year == table.part_years[p] &&
                    members.count(response.area))
                    ++responding;
            table.by_part[p].push_back(responding);
            table.part_totals[p] += responding;
        }
    }
    return tables;
}

SurveyFigures::SurveyFigures(const Survey& survey, const Registry& registry,
                             const std::vector<AreaGroup>& groups) {
    rates = response_rates(survey, registry);
    for (const SurveyResponse& r : survey.responses) responses_[{r.part, r.year, r.area}] = &r;
    for (const SurveyQuestion& question : survey.questions) {
        QuestionFigures figures;
        figures.question = &question;
        for (int year : question.years)
            figures.by_year[year] = count_answers(survey, question, year);
        if (!question.years.empty()) {
            const int last = *question.years.rbegin();
            for (const AreaGroup& group : groups) {
                const std::set<std::string> members(group.members.begin(), group.members.end());
                figures.by_group[group.grouping].push_back(
                    {&group, count_answers(survey, question, last, [&](const std::string& area) {
                         return members.count(area) > 0;
                     })});
            }
        }
        figures.panel = survey_panel(survey, question);
        questions.push_back(std::move(figures));
    }
    representativeness = kt::representativeness(survey, groups);
}

const QuestionFigures* SurveyFigures::of(const std::string& question) const {
    for (const QuestionFigures& figures : questions)
        if (figures.question->id == question) return &figures;
    return nullptr;
}

const SurveyResponse* SurveyFigures::response(const std::string& part, int year,
                                              const std::string& area) const {
    auto it = responses_.find({part, year, area});
    return it == responses_.end() ? nullptr : it->second;
}

}  // namespace kt
