#pragma once
// The municipal survey on the site: a page about the survey (who was asked, who answered,
// how the respondents compare with all municipalities, every question), a page per question
// (the distribution as 100 % stacked bars and tables, by group, among the units that answered
// every year, and every unit's answer, with downloads), and a section on each municipality's
// and district's page with its own answers beside the national shares.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/output_file.h"
#include "model/survey.h"
#include "site/site_data.h"

namespace kt {

inline constexpr const char* kSurveyDir = "undersokelse/";
std::string survey_question_dir(const std::string& id);  // "undersokelse/resultatmaal/"
// Every year's shares, in total and by group: "undersokelse/resultatmaal/resultatmaal-andeler.csv"
std::string survey_shares_path(const SurveyQuestion& question);
// Every unit's answer every year: "undersokelse/resultatmaal/resultatmaal-svar.csv"
std::string survey_answers_path(const SurveyQuestion& question);

nlohmann::json survey_page(const SiteData& data);
nlohmann::json survey_question_page(const SiteData& data, const SurveyQuestion& question,
                                    std::vector<OutputFile>& files);
// The survey's section of the method page: who was asked, how many answered, what a missing
// answer means; null without a survey.
nlohmann::json survey_method(const SiteData& data, const std::string& page_dir);
// The section of an area's page; null without a survey or for an area that is no unit of it.
nlohmann::json area_survey(const SiteData& data, const Area& area, const std::string& page_dir);

std::string survey_shares_csv(const SiteData& data, const SurveyQuestion& question);
std::string survey_answers_csv(const SiteData& data, const SurveyQuestion& question);

}  // namespace kt
