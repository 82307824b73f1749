#include "site/survey_pages.h"

#include <algorithm>
#include <cmath>

#include "render/csv_writer.h"
#include "render/number_format.h"
#include "render/sentence.h"
#include "render/svg_bars.h"
#include "site/page_context.h"
#include "site/site_paths.h"
#include "site/value_cell.h"

namespace kt {

namespace {

std::string percent_text(double percent) { return format_percent(percent, 0); }

std::string interval_text(const Interval& interval) {
    return format_number(interval.low, 0) + "–" + format_percent(interval.high, 0);
}

// "2015–2018", or "2016, 2018" where a year is missing.
std::string years_text(const std::set<int>& years) {
    if (years.empty()) return "";
    const int first = *years.begin(), last = *years.rbegin();
    if (first == last) return std::to_string(first);
    if (static_cast<int>(years.size()) == last - first + 1)
        return std::to_string(first) + "–" + std::to_string(last);
    std::string out;
    for (int year : years) out += (out.empty() ? "" : ", ") + std::to_string(year);
    return out;
}

std::string option_titles(const SurveyQuestion& question, const std::vector<int>& options) {
    std::string out;
    for (int option : options) out += (out.empty() ? "" : ", ") + question.options[option].title;
    return out;
}

// What a unit gave, in the flags the templates word: the options, a question left unanswered,
// a question not put to it, or no questionnaire returned at all.
nlohmann::json answer_json(const SurveyQuestion& question, const SurveyResponse* response) {
    nlohmann::json out = {{"answered", false},
                          {"not_answered", false},
                          {"not_asked", false},
                          {"no_response", response == nullptr},
                          {"text", ""}};
    if (!response) return out;
    auto it = response->answers.find(question.id);
    if (it == response->answers.end() || it->second.state == AnswerState::not_asked) {
        out["not_asked"] = true;
    } else if (it->second.state == AnswerState::not_answered) {
        out["not_answered"] = true;
    } else {
        out["answered"] = true;
        out["text"] = option_titles(question, it->second.options);
    }
    return out;
}

// The state as a code for machines, in the answers download.
std::string answer_state_code(const nlohmann::json& answer) {
    if (answer["answered"]) return "besvart";
    if (answer["not_answered"]) return "ubesvart";
    if (answer["not_asked"]) return "ikke_spurt";
    return "ikke_svart_paa_undersokelsen";
}

// The headline share: "68 %" of N, with its interval.
nlohmann::json headline_json(const SurveyQuestion& question, const AnswerCounts& counts) {
    if (counts.answered == 0) return nullptr;
    const AnswerShare share = answer_share(counts.headline, counts);
    return {{"label", question.headline_label},
            {"percent", percent_text(share.percent)},
            {"interval", interval_text(share.interval)},
            {"count", format_number(counts.headline, 0)},
            {"answered", format_number(counts.answered, 0)}};
}

const SurveyPart& part_of(const SiteData& data, const SurveyQuestion& question) {
    return *data.input.survey.part(question.part);
}

std::string condition_title(const SiteData& data, const SurveyQuestion& question) {
    if (question.asked_if.empty()) return "";
    const SurveyCondition& c = question.asked_if.front();
    const SurveyQuestion* earlier = data.input.survey.question(c.question);
    std::string options;
    for (const std::string& id : c.options)
        options += (options.empty() ? "«" : "» eller «") + earlier->options[earlier->option_index(id)].title;
    return options + "»";
}

nlohmann::json question_link(const SurveyQuestion& question, const std::string& from_dir) {
    return {{"title", question.title}, {"href", page_link(from_dir, survey_question_dir(question.id))}};
}

// The image of a chart for a page: its file, size and what it says.
nlohmann::json chart_image(const std::string& name, const BarChart& chart) {
    const BarLayout layout = layout_bars(chart);
    std::string title;
    for (const std::string& line : chart.title_lines) title += (title.empty() ? "" : " ") + line;
    return {{"src", name},
            {"width", std::to_string(static_cast<int>(std::ceil(layout.width)))},
            {"height", std::to_string(static_cast<int>(std::ceil(layout.height)))},
            {"alt", title + ". " + as_sentence(chart.subtitle) + " " + chart.description}};
}

// A chart of counts per row: 100 % stacked bars of the options where a unit gives one, else
// a bar per option for each row (the shares add up to more than 100 %).
// `with_answered` adds each row's N to its label (years; a group's N is in its table, and its
// long name leaves no room).
BarChart answers_chart(const SiteData& data, const SurveyQuestion& question,
                       const std::vector<std::pair<std::string, const AnswerCounts*>>& rows,
                       const std::string& subtitle, bool with_answered) {
    const Words& words = data.words;
    BarChart chart;
    chart.title_lines = wrap_words(question.title, 46);
    chart.subtitle = subtitle;
    chart.source = words("chart.source", {{"source", as_sentence(data.input.survey.source + ", " +
                                                                 data.input.survey.title)}});
    chart.percent = true;
    std::string figures;
    if (one_option(question.kind)) {
        chart.arrangement = BarChart::Arrangement::stacked;
        chart.id = "svar";
        for (const SurveyOption& option : question.options) chart.series.push_back(option.title);
        for (const auto& [label, counts] : rows) {
            if (counts->answered == 0) continue;
            BarRow row{with_answered ? words("survey.row", {{"label", label},
                                                            {"answered", static_cast<double>(counts->answered)}})
                                     : label,
                       {},
                       {}};
            std::string row_figures;
            for (std::size_t o = 0; o < question.options.size(); ++o) {
                const double p = std::round(answer_share(counts->chosen[o], *counts).percent);
                row.values.push_back(p);
                row.texts.push_back(percent_text(p));
                row_figures += (row_figures.empty() ? "" : ", ") + question.options[o].title + " " +
                               row.texts.back();
            }
            figures += (figures.empty() ? "" : "; ") + row.label + ": " + row_figures;
            chart.rows.push_back(std::move(row));
        }
    } else {
        chart.arrangement = BarChart::Arrangement::grouped;
        chart.id = "valg";
        std::vector<const AnswerCounts*> shown;
        for (const auto& [label, counts] : rows)
            if (counts->answered > 0) {
                chart.series.push_back(
                    with_answered ? words("survey.row", {{"label", label},
                                                         {"answered", static_cast<double>(counts->answered)}})
                                  : label);
                shown.push_back(counts);
            }
        for (std::size_t o = 0; o < question.options.size(); ++o) {
            BarRow row{question.options[o].title, {}, {}};
            std::string row_figures;
            for (std::size_t s = 0; s < shown.size(); ++s) {
                const double p = std::round(answer_share(shown[s]->chosen[o], *shown[s]).percent);
                row.values.push_back(p);
                row.texts.push_back(percent_text(p));
                row_figures += (row_figures.empty() ? "" : ", ") + chart.series[s] + " " + row.texts.back();
            }
            figures += (figures.empty() ? "" : "; ") + row.label + ": " + row_figures;
            chart.rows.push_back(std::move(row));
        }
    }
    chart.description = words("survey.chart_description", {{"figures", figures}});
    return chart;
}

// The distribution table: a row per option, a column per year (or group); each cell the share
// of those who answered, with its interval; then N and how many left the question.
nlohmann::json distribution_table(const SurveyQuestion& question,
                                  const std::vector<std::pair<std::string, const AnswerCounts*>>& columns) {
    nlohmann::json heads = nlohmann::json::array(), rows = nlohmann::json::array();
    nlohmann::json answered = nlohmann::json::array(), not_answered = nlohmann::json::array();
    for (const auto& [label, counts] : columns) {
        heads.push_back(label);
        answered.push_back(format_number(counts->answered, 0));
        not_answered.push_back(format_number(counts->not_answered, 0));
    }
    for (std::size_t o = 0; o < question.options.size(); ++o) {
        nlohmann::json cells = nlohmann::json::array();
        for (const auto& [label, counts] : columns) {
            if (counts->answered == 0) {
                cells.push_back({{"empty", true}});
                continue;
            }
            const AnswerShare share = answer_share(counts->chosen[o], *counts);
            cells.push_back({{"percent", percent_text(share.percent)},
                             {"count", format_number(counts->chosen[o], 0)},
                             {"interval", interval_text(share.interval)}});
        }
        rows.push_back({{"option", question.options[o].title}, {"cells", cells}});
    }
    return {{"heads", heads},     {"rows", rows},   {"answered", answered},
            {"not_answered", not_answered}, {"panel", false}};
}

}  // namespace

std::string survey_question_dir(const std::string& id) { return std::string(kSurveyDir) + id + "/"; }

std::string survey_shares_path(const SurveyQuestion& question) {
    return survey_question_dir(question.id) + question.id + "-andeler.csv";
}

std::string survey_answers_path(const SurveyQuestion& question) {
    return survey_question_dir(question.id) + question.id + "-svar.csv";
}

nlohmann::json survey_page(const SiteData& data) {
    const Survey& survey = data.input.survey;
    const SurveyFigures& figures = data.statistics.survey;
    const std::string dir = kSurveyDir;
    nlohmann::json ctx = page_context(data, dir, survey.title, survey.summary,
                                      {{data.words("page.front_page"), ""}});
    nlohmann::json parts = nlohmann::json::array();
    for (const SurveyPart& part : survey.parts) {
        nlohmann::json years = nlohmann::json::array();
        for (const PartResponse& rate : figures.rates)
            if (rate.part == &part)
                years.push_back({{"year", std::to_string(rate.year)},
                                 {"municipalities", format_number(rate.municipalities, 0)},
                                 {"municipalities_invited", format_number(rate.municipalities_invited, 0)},
                                 {"districts", format_number(rate.districts, 0)},
                                 {"districts_invited", format_number(rate.districts_invited, 0)},
                                 {"percent", percent_text(rate.percent())}});
        nlohmann::json questions = nlohmann::json::array();
        for (const QuestionFigures& q : figures.questions) {
            if (q.question->part != part.id) continue;
            const int last = *q.question->years.rbegin();
            nlohmann::json item = question_link(*q.question, dir);
            item["years"] = years_text(q.question->years);
            item["year"] = std::to_string(last);
            item["headline"] = headline_json(*q.question, q.by_year.at(last));
            questions.push_back(item);
        }
        parts.push_back({{"id", part.id},
                         {"title", part.title},
                         {"years", years_text(part.years)},
                         {"rates", years},
                         {"questions", questions}});
    }
    // Table 1 of the report: each grouping's distribution among all and among respondents.
    nlohmann::json groupings = nlohmann::json::array();
    for (const Representativeness& table : figures.representativeness) {
        const Grouping* grouping = nullptr;
        for (const Grouping& g : data.input.catalogue.groupings)
            if (g.id == table.grouping) grouping = &g;
        nlohmann::json rows = nlohmann::json::array();
        std::vector<double> largest(survey.parts.size(), 0);
        auto share = [](int count, int total) { return total == 0 ? 0.0 : 100.0 * count / total; };
        for (std::size_t g = 0; g < table.groups.size(); ++g) {
            nlohmann::json cells = nlohmann::json::array();
            const double all = std::round(share(table.all[g], table.all_total));
            for (std::size_t p = 0; p < survey.parts.size(); ++p) {
                if (table.part_totals[p] == 0) {  // no municipality answered: nothing to compare
                    cells.push_back("–");
                    continue;
                }
                const double part_share = std::round(share(table.by_part[p][g], table.part_totals[p]));
                cells.push_back(percent_text(part_share));
                largest[p] = std::max(largest[p], std::abs(part_share - all));
            }
            rows.push_back({{"group", data.group_value_label(*table.groups[g])},
                            {"all", percent_text(all)},
                            {"parts", cells}});
        }
        nlohmann::json totals = nlohmann::json::array(), differences = nlohmann::json::array();
        for (std::size_t p = 0; p < survey.parts.size(); ++p) {
            totals.push_back(format_number(table.part_totals[p], 0));
            if (table.part_totals[p] > 0)
                differences.push_back({{"part", survey.parts[p].title},
                                       {"points", format_number(largest[p], 0)}});
        }
        groupings.push_back({{"title", grouping ? grouping->title : table.grouping},
                             {"rows", rows},
                             {"all_total", format_number(table.all_total, 0)},
                             {"totals", totals},
                             {"largest_differences", differences}});
    }
    nlohmann::json part_titles = nlohmann::json::array();
    for (const SurveyPart& part : survey.parts)
        part_titles.push_back({{"title", part.title},
                               {"year", part.years.empty() ? "" : std::to_string(*part.years.rbegin())}});
    ctx["survey"] = {{"title", survey.title},
                     {"summary", survey.summary},
                     {"method", survey.method},
                     {"source", survey.source},
                     {"parts", parts},
                     {"part_titles", part_titles},
                     {"groupings", groupings},
                     {"has_groupings", !groupings.empty()}};
    return ctx;
}

nlohmann::json survey_question_page(const SiteData& data, const SurveyQuestion& question,
                                    std::vector<OutputFile>& files) {
    const Survey& survey = data.input.survey;
    const QuestionFigures& figures = *data.statistics.survey.of(question.id);
    const std::string dir = survey_question_dir(question.id);
    nlohmann::json ctx = page_context(data, dir, question.title, question.text,
                                      {{data.words("page.front_page"), ""}, {survey.title, kSurveyDir}});
    const int last = *question.years.rbegin();
    const SurveyPart& part = part_of(data, question);

    // Every year; a chart where each series can have its own colour: the options of a
    // one-answer question, or the years (the last ones) of a question with several answers.
    std::vector<std::pair<std::string, const AnswerCounts*>> by_year;
    for (const auto& [year, counts] : figures.by_year) by_year.push_back({std::to_string(year), &counts});
    nlohmann::json years_image = nullptr;
    if (!one_option(question.kind) || question.options.size() <= kBarSeriesColours) {
        const std::size_t shown = one_option(question.kind)
                                      ? by_year.size()
                                      : std::min(by_year.size(), kBarSeriesColours);
        const std::vector<std::pair<std::string, const AnswerCounts*>> rows(by_year.end() - shown,
                                                                           by_year.end());
        std::set<int> years;
        for (auto it = std::prev(figures.by_year.end(), static_cast<long>(shown));
             it != figures.by_year.end(); ++it)
            years.insert(it->first);
        const BarChart chart = answers_chart(
            data, question, rows, data.words("survey.subtitle_years", {{"years", years_text(years)}}),
            true);
        files.push_back({dir + "svarfordeling.svg", render_bars(chart)});
        years_image = chart_image("svarfordeling.svg", chart);
    }

    // The panel: only units that answered every year.
    nlohmann::json panel = nullptr;
    if (!figures.panel.areas.empty()) {
        std::vector<std::pair<std::string, const AnswerCounts*>> columns;
        for (const auto& [year, counts] : figures.panel.by_year)
            columns.push_back({std::to_string(year), &counts});
        nlohmann::json table = distribution_table(question, columns);
        table["panel"] = true;  // all of them answered: no row of those who did not
        panel = {{"units", format_number(static_cast<double>(figures.panel.areas.size()), 0)},
                 {"table", table}};
    }

    // By group, the last year: a chart for the first grouping, a table for each.
    nlohmann::json groupings = nlohmann::json::array();
    bool first = true;
    for (const Grouping& grouping : data.input.catalogue.groupings) {
        auto it = figures.by_group.find(grouping.id);
        if (it == figures.by_group.end() || it->second.empty()) continue;
        std::vector<std::pair<std::string, const AnswerCounts*>> columns;
        for (const auto& [group, counts] : it->second)
            columns.push_back({data.group_value_label(*group), &counts});
        nlohmann::json item = {{"title", grouping.title},
                               {"id", grouping.id},
                               {"table", distribution_table(question, columns)},
                               {"open", first},
                               {"chart", nullptr}};  // else the question's own chart shows through
        // A bar per group and option would be unreadable where a unit gives several answers.
        if (first && one_option(question.kind) && question.options.size() <= kBarSeriesColours) {
            const BarChart chart = answers_chart(
                data, question, columns,
                data.words("survey.subtitle_groups", {{"grouping", grouping.title}, {"year", std::to_string(last)}}),
                false);
            const std::string name = "etter-" + grouping.id + ".svg";
            files.push_back({dir + name, render_bars(chart)});
            item["chart"] = chart_image(name, chart);
        }
        first = false;
        groupings.push_back(item);
    }

    // Every unit's answer in the last year, municipalities A–Å, then the districts.
    nlohmann::json units = nlohmann::json::array();
    auto add_unit = [&](const Area& area) {
        nlohmann::json answer = answer_json(question, data.statistics.survey.response(part.id, last, area.code));
        units.push_back({{"name", data.distinct_name(area)},
                         {"href", page_link(dir, area_dir(area))},
                         {"answer", answer}});
    };
    for (const Area* area : data.municipalities) add_unit(*area);
    for (const Area* area : data.input.registry.of_kind(AreaKind::district)) add_unit(*area);

    nlohmann::json condition = nullptr;
    if (!question.asked_if.empty()) {
        const SurveyQuestion* earlier = survey.question(question.asked_if.front().question);
        condition = question_link(*earlier, dir);
        condition["answers"] = condition_title(data, question);
    }
    nlohmann::json indicator = nullptr;
    if (const Indicator* i = data.input.catalogue.indicator(question.indicator))
        indicator = {{"title", i->title}, {"href", page_link(dir, indicator_dir(i->id))}};

    ctx["question"] = {
        {"id", question.id},
        {"title", question.title},
        {"text", question.text},
        {"note", question.note},
        {"kind_" + question_kind_keyword(question.kind), true},
        {"part", part.title},
        {"survey", survey.title},
        {"survey_href", page_link(dir, kSurveyDir)},
        {"years", years_text(question.years)},
        {"year", std::to_string(last)},
        {"headline", headline_json(question, figures.by_year.at(last))},
        {"condition", condition},
        {"indicator", indicator},
        {"chart", years_image},
        {"too_many_options", years_image.is_null()},
        {"table", distribution_table(question, by_year)},
        {"panel", panel},
        {"groupings", groupings},
        {"has_groupings", !groupings.empty()},
        {"units", units},
        {"shares_href", file_link(dir, survey_shares_path(question))},
        {"answers_href", file_link(dir, survey_answers_path(question))}};
    return ctx;
}

nlohmann::json survey_method(const SiteData& data, const std::string& page_dir) {
    const Survey& survey = data.input.survey;
    if (survey.empty()) return nullptr;
    nlohmann::json rates = nlohmann::json::array();
    for (const PartResponse& rate : data.statistics.survey.rates)
        rates.push_back({{"part", rate.part->title},
                         {"year", std::to_string(rate.year)},
                         {"answered", format_number(rate.municipalities + rate.districts, 0)},
                         {"invited", format_number(rate.municipalities_invited + rate.districts_invited, 0)},
                         {"percent", percent_text(rate.percent())}});
    return {{"title", survey.title},
            {"href", page_link(page_dir, kSurveyDir)},
            {"method", survey.method},
            {"rates", rates}};
}

nlohmann::json area_survey(const SiteData& data, const Area& area, const std::string& page_dir) {
    const Survey& survey = data.input.survey;
    const SurveyFigures& figures = data.statistics.survey;
    if (survey.empty() || (area.kind != AreaKind::municipality && area.kind != AreaKind::district))
        return nullptr;
    nlohmann::json parts = nlohmann::json::array();
    for (const SurveyPart& part : survey.parts) {
        const int year = *part.years.rbegin();
        const SurveyResponse* response = figures.response(part.id, year, area.code);
        nlohmann::json questions = nlohmann::json::array();
        for (const QuestionFigures& q : figures.questions) {
            const SurveyQuestion& question = *q.question;
            if (question.part != part.id || !question.years.count(year)) continue;
            nlohmann::json item = question_link(question, page_dir);
            item["answer"] = answer_json(question, response);
            item["headline"] = headline_json(question, q.by_year.at(year));
            // The years before, so a change (or a gap) is seen where the answer is.
            nlohmann::json earlier = nlohmann::json::array();
            for (int y : question.years)
                if (y < year)
                    earlier.push_back({{"year", std::to_string(y)},
                                       {"answer", answer_json(question, figures.response(part.id, y, area.code))}});
            item["earlier"] = earlier;
            item["has_earlier"] = !earlier.empty();
            // The register's figure beside the practice, for the same year where there is one.
            if (const Indicator* indicator = data.input.catalogue.indicator(question.indicator)) {
                const Area& country = data.input.registry.country();
                std::optional<int> shown = data.figures.latest_year(indicator->id);
                if (shown && *shown > year &&
                    data.figures.value(indicator->id, country.code, year).has_number())
                    shown = year;
                if (shown) {
                    item["register"] = {
                        {"title", indicator->title},
                        {"href", page_link(page_dir, indicator_dir(indicator->id))},
                        {"year", std::to_string(*shown)},
                        {"cell", value_cell(data.words, *indicator,
                                            data.figures.value(indicator->id, area.code, *shown),
                                            data.input.config.suppression)},
                        {"country", value_cell(data.words, *indicator,
                                               data.figures.value(indicator->id, country.code, *shown),
                                               data.input.config.suppression)},
                        {"unit", indicator->unit}};
                }
            }
            questions.push_back(item);
        }
        // Oslo's districts answer for the city.
        int districts = 0, districts_answered = 0;
        for (const Area* district : data.input.registry.children(area.code, AreaKind::district)) {
            ++districts;
            if (figures.response(part.id, year, district->code)) ++districts_answered;
        }
        parts.push_back({{"title", part.title},
                         {"year", std::to_string(year)},
                         {"responded", response != nullptr},
                         {"role", response && response->role >= 0 ? part.roles[response->role].title : ""},
                         {"districts", districts > 0},
                         {"districts_answered", std::to_string(districts_answered)},
                         {"districts_total", std::to_string(districts)},
                         {"questions", questions}});
    }
    return {{"title", survey.title},
            {"href", page_link(page_dir, kSurveyDir)},
            {"district", area.kind == AreaKind::district},
            {"parts", parts}};
}

std::string survey_shares_csv(const SiteData& data, const SurveyQuestion& question) {
    const QuestionFigures& figures = *data.statistics.survey.of(question.id);
    // utvalg: "alle", "svart_alle_aar" (the panel) or a grouping's id, with the group.
    std::string out = csv_record({"spørsmål", "år", "utvalg", "gruppe", "gruppenavn",
                                  "svaralternativ", "antall", "svarte", "ubesvart", "prosent",
                                  "ki95_nedre", "ki95_ovre"});
    auto rows = [&](int year, const std::string& sample, const AreaGroup* group,
                    const AnswerCounts& counts) {
        for (std::size_t o = 0; o < question.options.size(); ++o) {
            std::vector<std::string> fields{question.id, std::to_string(year), sample,
                                            group ? group->value : "",
                                            group ? data.group_value_label(*group) : "",
                                            question.options[o].id,
                                            std::to_string(counts.chosen[o]),
                                            std::to_string(counts.answered),
                                            std::to_string(counts.not_answered)};
            if (counts.answered > 0) {
                const AnswerShare share = answer_share(counts.chosen[o], counts);
                fields.push_back(machine_number(share.percent, 1));
                fields.push_back(machine_number(share.interval.low, 1));
                fields.push_back(machine_number(share.interval.high, 1));
            } else {
                fields.insert(fields.end(), {"", "", ""});
            }
            out += csv_record(fields);
        }
    };
    for (const auto& [year, counts] : figures.by_year) rows(year, "alle", nullptr, counts);
    for (const auto& [year, counts] : figures.panel.by_year)
        rows(year, "svart_alle_aar", nullptr, counts);
    const int last = *question.years.rbegin();
    for (const auto& [grouping, groups] : figures.by_group)
        for (const auto& [group, counts] : groups) rows(last, grouping, group, counts);
    return out;
}

std::string survey_answers_csv(const SiteData& data, const SurveyQuestion& question) {
    const SurveyPart& part = part_of(data, question);
    std::string out = csv_record({"spørsmål", "år", "områdekode", "områdenavn", "områdetype",
                                  "status", "svar", "besvart_av"});
    std::vector<const Area*> units(data.municipalities.begin(), data.municipalities.end());
    for (const Area* district : data.input.registry.of_kind(AreaKind::district)) units.push_back(district);
    for (int year : question.years)
        for (const Area* area : units) {
            const SurveyResponse* response = data.statistics.survey.response(part.id, year, area->code);
            const nlohmann::json answer = answer_json(question, response);
            std::string options;
            if (response && answer["answered"])
                for (int o : response->answers.at(question.id).options)
                    options += (options.empty() ? "" : "|") + question.options[o].id;
            out += csv_record({question.id, std::to_string(year), area->code, area->name,
                               kind_name(area->kind), answer_state_code(answer), options,
                               response && response->role >= 0 ? part.roles[response->role].id : ""});
        }
    return out;
}

}  // namespace kt
