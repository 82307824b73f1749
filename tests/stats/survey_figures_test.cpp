// The survey's figures against IMDi's kommuneundersøkelsen 2018 (seed 000): where the report
// gives N and percentages, answers are made up to those counts and the shares must round to
// the report's percentages. Expected intervals were worked out by hand from Wilson's formula.
#include "stats/survey_figures.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

using kt::AnswerCounts;
using kt::AnswerState;
using kt::Survey;
using kt::SurveyQuestion;

namespace {

// A survey of one part ("del") put in `years`, with one single-choice question per call to
// `question`.
struct SurveyBuilder {
    Survey survey;

    explicit SurveyBuilder(std::set<int> years) {
        survey.title = "Kommuneundersøkelsen";
        survey.parts.push_back({"del", "Del", years, {}, {}});
        survey.questions.reserve(8);  // the tests hold references to their questions
    }

    SurveyQuestion& question(const std::string& id, std::vector<std::string> options,
                             std::set<int> years, std::vector<int> headline = {0}) {
        SurveyQuestion q;
        q.id = id;
        q.part = "del";
        q.title = id;
        q.years = std::move(years);
        for (const std::string& o : options) q.options.push_back({o, o, false});
        q.headline = std::move(headline);
        survey.questions.push_back(q);
        return survey.questions.back();
    }

    // `count` units from number `first` on give `option` (-1: left unanswered) in `year`.
    void answer(const std::string& question, int year, int option, int count, int first) {
        for (int i = first; i < first + count; ++i) {
            const std::string area = std::to_string(1000 + i);
            kt::SurveyResponse* response = nullptr;
            for (kt::SurveyResponse& r : survey.responses)
                if (r.year == year && r.area == area) response = &r;
            if (!response) {
                survey.responses.push_back({year, "del", area, -1, {}, {}});
                response = &survey.responses.back();
            }
            response->answers[question] =
                option < 0 ? kt::SurveyAnswer{AnswerState::not_answered, {}}
                           : kt::SurveyAnswer{AnswerState::answered, {option}};
        }
    }
};

long rounded(double percent) { return std::lround(percent); }

kt::Area area(std::string code, kt::AreaKind kind, std::string parent) {
    kt::Area a;
    a.code = std::move(code);
    a.name = a.code;
    a.kind = kind;
    a.parent = std::move(parent);
    return a;
}

}  // namespace

TEST_CASE("figure 4: 68 % of 268 have a result target, with Wilson's interval",
          "[stats][survey]") {
    SurveyBuilder b({2018});
    const SurveyQuestion& q = b.question("resultatmaal", {"ja", "nei", "vet_ikke"}, {2018});
    b.answer("resultatmaal", 2018, 0, 182, 0);
    b.answer("resultatmaal", 2018, 1, 76, 182);
    b.answer("resultatmaal", 2018, 2, 10, 258);
    b.answer("resultatmaal", 2018, -1, 5, 268);  // returned the form, left the question
    const AnswerCounts counts = kt::count_answers(b.survey, q, 2018);
    CHECK(counts.answered == 268);
    CHECK(counts.not_answered == 5);
    CHECK(counts.headline == 182);
    const kt::AnswerShare yes = kt::answer_share(counts.chosen[0], counts);
    CHECK(rounded(yes.percent) == 68);
    CHECK(yes.interval.low == Approx(62.102).margin(0.001));
    CHECK(yes.interval.high == Approx(73.212).margin(0.001));
    CHECK(rounded(kt::answer_share(counts.chosen[1], counts).percent) == 28);
    CHECK(rounded(kt::answer_share(counts.chosen[2], counts).percent) == 4);
}

TEST_CASE("figure 2 and figure 14: shares among those who answered each question",
          "[stats][survey]") {
    SurveyBuilder b({2018});
    const SurveyQuestion& challenges = b.question("utfordringer", {"ja", "nei"}, {2018});
    b.answer("utfordringer", 2018, 0, 137, 0);
    b.answer("utfordringer", 2018, 1, 36, 137);
    const SurveyQuestion& interpreters =
        b.question("tolk", {"med_register", "uten_register", "nei"}, {2018});
    b.answer("tolk", 2018, 0, 79, 0);
    b.answer("tolk", 2018, 1, 43, 79);
    b.answer("tolk", 2018, 2, 44, 122);
    b.answer("tolk", 2018, -1, 7, 166);  // N differs from question to question

    const AnswerCounts fig2 = kt::count_answers(b.survey, challenges, 2018);
    CHECK(fig2.answered == 173);
    const kt::AnswerShare yes = kt::answer_share(fig2.chosen[0], fig2);
    CHECK(rounded(yes.percent) == 79);
    CHECK(yes.interval.low == Approx(72.540).margin(0.001));
    CHECK(yes.interval.high == Approx(84.573).margin(0.001));

    const AnswerCounts fig14 = kt::count_answers(b.survey, interpreters, 2018);
    CHECK(fig14.answered == 166);
    CHECK(fig14.not_answered == 7);
    CHECK(rounded(kt::answer_share(fig14.chosen[0], fig14).percent) == 48);
    CHECK(rounded(kt::answer_share(fig14.chosen[1], fig14).percent) == 26);
    CHECK(rounded(kt::answer_share(fig14.chosen[2], fig14).percent) == 27);
}

TEST_CASE("figure 7: a headline of several options counts each unit once", "[stats][survey]") {
    // 42 % buy (alone or also offering), 29 % offer, 12 % both, 42 % no: N = 271.
    SurveyBuilder b({2018});
    const SurveyQuestion& q = b.question("samarbeid", {"kjoper", "tilbyr", "begge", "nei"},
                                         {2018}, {0, 2});
    b.answer("samarbeid", 2018, 0, 80, 0);
    b.answer("samarbeid", 2018, 1, 45, 80);
    b.answer("samarbeid", 2018, 2, 33, 125);
    b.answer("samarbeid", 2018, 3, 113, 158);
    const AnswerCounts counts = kt::count_answers(b.survey, q, 2018);
    CHECK(counts.answered == 271);
    CHECK(rounded(kt::answer_share(counts.headline, counts).percent) == 42);  // buy
    CHECK(rounded(kt::answer_share(counts.chosen[1] + counts.chosen[2], counts).percent) == 29);
    CHECK(rounded(kt::answer_share(counts.chosen[2], counts).percent) == 12);
    CHECK(rounded(kt::answer_share(counts.chosen[3], counts).percent) == 42);
}

TEST_CASE("figure 8: figure 7's answers by size group, the smallest buying most",
          "[stats][survey]") {
    // The report gives figure 8 as a chart only: its N is figure 7's 271, the smallest
    // municipalities buy services most and the largest offer them most. Units 0-119 are
    // small, 120-219 middle-sized, 220-270 large; each group's counts add up to figure 7's.
    SurveyBuilder b({2018});
    const SurveyQuestion& q = b.question("samarbeid", {"kjoper", "tilbyr", "begge", "nei"},
                                         {2018}, {0, 2});
    b.answer("samarbeid", 2018, 0, 60, 0);  // small: 60 buy, 10 offer, 15 both, 35 no
    b.answer("samarbeid", 2018, 1, 10, 60);
    b.answer("samarbeid", 2018, 2, 15, 70);
    b.answer("samarbeid", 2018, 3, 35, 85);
    b.answer("samarbeid", 2018, 0, 17, 120);  // middle: 17, 15, 12, 56
    b.answer("samarbeid", 2018, 1, 15, 137);
    b.answer("samarbeid", 2018, 2, 12, 152);
    b.answer("samarbeid", 2018, 3, 56, 164);
    b.answer("samarbeid", 2018, 0, 3, 220);  // large: 3, 20, 6, 22
    b.answer("samarbeid", 2018, 1, 20, 223);
    b.answer("samarbeid", 2018, 2, 6, 243);
    b.answer("samarbeid", 2018, 3, 22, 249);
    auto in_group = [](int low, int high) {
        return [=](const std::string& code) {
            const int unit = std::stoi(code) - 1000;
            return unit >= low && unit < high;
        };
    };
    const AnswerCounts small = kt::count_answers(b.survey, q, 2018, in_group(0, 120));
    const AnswerCounts middle = kt::count_answers(b.survey, q, 2018, in_group(120, 220));
    const AnswerCounts large = kt::count_answers(b.survey, q, 2018, in_group(220, 271));
    CHECK(small.answered + middle.answered + large.answered == 271);
    const AnswerCounts all = kt::count_answers(b.survey, q, 2018);
    for (std::size_t o = 0; o < 4; ++o)
        CHECK(small.chosen[o] + middle.chosen[o] + large.chosen[o] == all.chosen[o]);
    // Buying (alone or also offering): 63 % of the small, 29 % of the middle, 18 % of the large.
    CHECK(rounded(kt::answer_share(small.headline, small).percent) == 63);
    CHECK(rounded(kt::answer_share(middle.headline, middle).percent) == 29);
    CHECK(rounded(kt::answer_share(large.headline, large).percent) == 18);
    // Offering (alone or also buying): most among the large.
    auto offering = [](const AnswerCounts& c) {
        return kt::answer_share(c.chosen[1] + c.chosen[2], c).percent;
    };
    CHECK(offering(large) > offering(middle));
    CHECK(offering(middle) > offering(small));
    // And the whole is figure 7.
    CHECK(rounded(kt::answer_share(all.headline, all).percent) == 42);
    CHECK(rounded(kt::answer_share(all.chosen[1] + all.chosen[2], all).percent) == 29);
    CHECK(rounded(kt::answer_share(all.chosen[2], all).percent) == 12);
    CHECK(rounded(kt::answer_share(all.chosen[3], all).percent) == 42);
}

TEST_CASE("the panel: only units that answered in every year, from 56 % to 78 %",
          "[stats][survey]") {
    // The report: 109 municipalities answered the result-target question 2015-2018; among
    // them the share with a target rose from 56 % to 78 %.
    SurveyBuilder b({2015, 2016, 2017, 2018});
    const SurveyQuestion& q =
        b.question("resultatmaal", {"ja", "nei"}, {2015, 2016, 2017, 2018});
    const std::vector<int> panel_yes{61, 66, 73, 85};
    int year = 2015;
    for (int yes : panel_yes) {
        b.answer("resultatmaal", year, 0, yes, 0);
        b.answer("resultatmaal", year, 1, 109 - yes, yes);
        ++year;
    }
    // Units outside the panel: answering only 2018 (mostly no), skipping the question once,
    // or missing a year altogether.
    b.answer("resultatmaal", 2018, 1, 60, 200);
    for (int y : {2015, 2016, 2018}) b.answer("resultatmaal", y, 0, 10, 300);
    b.answer("resultatmaal", 2017, -1, 10, 300);
    for (int y : {2015, 2016, 2017}) b.answer("resultatmaal", y, 0, 10, 400);

    const kt::SurveyPanel panel = kt::survey_panel(b.survey, q);
    CHECK(panel.areas.size() == 109);
    CHECK(rounded(kt::answer_share(panel.by_year.at(2015).chosen[0], panel.by_year.at(2015)).percent) == 56);
    CHECK(rounded(kt::answer_share(panel.by_year.at(2018).chosen[0], panel.by_year.at(2018)).percent) == 78);
    CHECK(panel.by_year.at(2017).not_answered == 0);
    // All who answered in 2018 tell a different story: 95 of 179.
    const AnswerCounts all = kt::count_answers(b.survey, q, 2018);
    CHECK(all.answered == 179);
    CHECK(rounded(kt::answer_share(all.chosen[0], all).percent) == 53);
}

TEST_CASE("a question put in one year has no panel", "[stats][survey]") {
    SurveyBuilder b({2018});
    const SurveyQuestion& q = b.question("x", {"ja", "nei"}, {2018});
    b.answer("x", 2018, 0, 5, 0);
    CHECK(kt::survey_panel(b.survey, q).areas.empty());
}

TEST_CASE("response rate: 273 of 422 municipalities and 6 of 15 districts is 64 %",
          "[stats][survey]") {
    kt::Registry registry;
    registry.add(area("0", kt::AreaKind::country, ""));
    registry.add(area("03", kt::AreaKind::county, "0"));
    for (int i = 0; i < 422; ++i)
        registry.add(area(std::to_string(1000 + i), kt::AreaKind::municipality, "03"));
    for (int i = 1; i <= 15; ++i)
        registry.add(area(std::to_string(30100 + i), kt::AreaKind::district, "0301"));
    SurveyBuilder b({2018});
    b.question("x", {"ja", "nei"}, {2018});
    b.answer("x", 2018, 0, 273, 0);  // areas 1000..1272
    for (int i = 1; i <= 6; ++i)
        b.survey.responses.push_back({2018, "del", std::to_string(30100 + i), -1, {}, {}});
    const std::vector<kt::PartResponse> rates = kt::response_rates(b.survey, registry);
    REQUIRE(rates.size() == 1);
    CHECK(rates[0].municipalities == 273);
    CHECK(rates[0].municipalities_invited == 422);
    CHECK(rates[0].districts == 6);
    CHECK(rates[0].districts_invited == 15);
    CHECK(rounded(rates[0].percent()) == 64);
}

TEST_CASE("table 1: respondents by size group against all municipalities", "[stats][survey]") {
    // All 422 municipalities: 23, 30, 21, 13, 10 and 4 %; the 273 that answered the part to
    // those responsible for integration: 19, 32, 20, 12, 14 and 3 %.
    const std::vector<int> all{96, 126, 88, 55, 42, 15};
    const std::vector<int> answered{52, 87, 55, 33, 38, 8};
    std::vector<kt::AreaGroup> groups;
    SurveyBuilder b({2018});
    b.question("x", {"ja", "nei"}, {2018});
    int next = 0;
    for (std::size_t g = 0; g < all.size(); ++g) {
        kt::AreaGroup group;
        group.grouping = "storrelse";
        group.value = std::to_string(g + 1);
        for (int i = 0; i < all[g]; ++i) group.members.push_back(std::to_string(1000 + next + i));
        b.answer("x", 2018, 0, answered[g], next);
        next += all[g];
        groups.push_back(group);
    }
    b.answer("x", 2017, 0, 100, 0);  // another year does not count
    const std::vector<kt::Representativeness> tables = kt::representativeness(b.survey, groups);
    REQUIRE(tables.size() == 1);
    const kt::Representativeness& t = tables.front();
    CHECK(t.all_total == 422);
    CHECK(t.part_totals == std::vector<int>{273});
    const std::vector<long> report_all{23, 30, 21, 13, 10, 4}, report_answered{19, 32, 20, 12, 14, 3};
    for (std::size_t g = 0; g < all.size(); ++g) {
        CHECK(rounded(100.0 * t.all[g] / t.all_total) == report_all[g]);
        CHECK(rounded(100.0 * t.by_part[0][g] / t.part_totals[0]) == report_answered[g]);
    }
}
