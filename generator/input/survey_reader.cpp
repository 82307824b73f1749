#include "input/survey_reader.h"

#include <algorithm>
#include <map>
#include <set>

#include "input/catalogue_id.h"
#include "input/csv_dialect.h"
#include "input/source_file.h"
#include "input/text_decoding.h"
#include "input/yaml_fields.h"
#include "input/year_range.h"

namespace kt {

namespace {

constexpr const char* kNotAnswered = "ubesvart";
constexpr const char* kNotAsked = ".";

std::optional<QuestionKind> parse_kind(const std::string& text) {
    if (text == "single") return QuestionKind::single;
    if (text == "multiple") return QuestionKind::multiple;
    if (text == "scale") return QuestionKind::scale;
    if (text == "coded") return QuestionKind::coded;
    return std::nullopt;
}

std::string year_list(const std::set<int>& years) {
    if (years.empty()) return "none";
    const int first = *years.begin(), last = *years.rbegin();
    if (static_cast<int>(years.size()) == last - first + 1)
        return first == last ? std::to_string(first)
                             : std::to_string(first) + "-" + std::to_string(last);
    std::string out;
    for (int year : years) out += (out.empty() ? "" : ", ") + std::to_string(year);
    return out;
}

// `years: 2015-2018` or `years: 2018`: a closed range.
std::set<int> read_years(YamlFields& f, const YAML::Node& entry) {
    const std::string text = f.required_string("years");
    if (!entry["years"] || !entry["years"].IsScalar() || text.empty()) return {};
    const auto range = parse_year_range(text);
    if (!range || !range->last) {
        f.error_at("years", "'years' must be a year or a range such as 2015-2018, not '" +
                                text + "'");
        return {};
    }
    std::set<int> years;
    for (int y = range->first; y <= *range->last; ++y) years.insert(y);
    return years;
}

// Gives each entry of a YAML list to `read`, as typed fields and as the node; an entry that is
// not a mapping is an error naming the list.
template <typename Read>
void for_each_mapping(const YAML::Node& list, const std::string& key, const std::string& file,
                      Diagnostics& diagnostics, Read read) {
    for (const YAML::Node& entry : list) {
        YamlFields fields(entry, file, 1, diagnostics);
        if (!entry.IsMap()) {
            diagnostics.error(fields.where(), "each entry in '" + key + "' must be a mapping");
            continue;
        }
        read(fields, entry);
    }
}

// A list of {id, title[, exclusive]} mappings.
std::vector<SurveyOption> read_options(YamlFields& f, const YAML::Node& entry,
                                       const std::string& key, bool allow_exclusive,
                                       const std::string& file, Diagnostics& diagnostics) {
    std::vector<SurveyOption> options;
    const YAML::Node list = entry[key];
    if (!list || !list.IsSequence() || list.size() == 0) {
        f.error_at(key, "'" + key + "' must be a list of options, each with an id and a title");
        return options;
    }
    std::set<std::string> seen;
    for_each_mapping(list, key, file, diagnostics, [&](YamlFields& o, const YAML::Node&) {
        o.check_known_keys({"id", "title", "exclusive"});
        SurveyOption option{o.required_string("id"), o.required_string("title"), false};
        option.exclusive = o.optional_bool("exclusive").value_or(false);
        if (option.exclusive && !allow_exclusive)
            o.error_at("exclusive", "only an option of a multiple or coded question can be "
                                    "exclusive (chosen alone)");
        check_catalogue_id(key == "roles" ? "role" : "option", option.id, o.where(), seen,
                           diagnostics);
        if (option.id == kNotAnswered)
            o.error_at("id", "'ubesvart' marks a question left unanswered in the data files, "
                             "so it cannot be an option");
        options.push_back(std::move(option));
    });
    return options;
}

// A scalar or a list of scalars.
std::vector<std::pair<std::string, SourceLocation>> read_id_list(YamlFields& f,
                                                                 const YAML::Node& node) {
    std::vector<std::pair<std::string, SourceLocation>> ids;
    if (node.IsScalar()) ids.push_back({node.Scalar(), f.location_of(node)});
    if (node.IsSequence())
        for (const YAML::Node& item : node)
            if (item.IsScalar()) ids.push_back({item.Scalar(), f.location_of(item)});
    return ids;
}

void read_questions(const YAML::Node& root, const std::string& file, Survey& survey,
                    const Catalogue& catalogue, Diagnostics& diagnostics) {
    const YAML::Node list = root["questions"];
    if (!list || !list.IsSequence()) {
        diagnostics.error({file, 0, 0}, "missing list 'questions'");
        return;
    }
    std::set<std::string> ids;
    for_each_mapping(list, "questions", file, diagnostics, [&](YamlFields& f, const YAML::Node& entry) {
        f.check_known_keys({"id", "part", "years", "kind", "title", "text", "options", "headline",
                            "headline_label", "asked_if", "indicator", "note"});
        SurveyQuestion q;
        q.where = f.where();
        q.id = f.required_string("id");
        check_catalogue_id("question", q.id, q.where, ids, diagnostics);
        if (q.id == "besvart_av")
            f.error_at("id", "'besvart_av' is a column of every answer file, not a question id");
        q.part = f.required_string("part");
        const SurveyPart* part = survey.part(q.part);
        if (!q.part.empty() && !part)
            f.error_at("part", "unknown part '" + q.part + "'; the parts are listed under 'parts'");
        q.title = f.required_string("title");
        q.text = f.required_string("text");
        q.note = f.optional_string("note");
        const std::string kind = f.required_string("kind");
        if (auto k = parse_kind(kind)) {
            q.kind = *k;
        } else if (!kind.empty()) {
            f.error_at("kind", "'kind' must be single, multiple, scale or coded, not '" + kind +
                                   "'");
        }
        q.years = read_years(f, entry);
        if (part)
            for (int year : q.years)
                if (!part->years.count(year)) {
                    f.error_at("years", "the part '" + part->id + "' was sent out in " +
                                            year_list(part->years) + " only, not in " +
                                            std::to_string(year));
                    break;
                }
        q.options = read_options(f, entry, "options", !one_option(q.kind), file, diagnostics);
        if (one_option(q.kind) && q.options.size() == 1)
            f.error_at("options", "a " + question_kind_keyword(q.kind) +
                                      " question needs at least two options");

        if (const YAML::Node headline = entry["headline"]; headline && !headline.IsNull()) {
            const auto ids = read_id_list(f, headline);
            if (ids.empty())
                f.error_at("headline", "'headline' must name one option or a list of options");
            for (const auto& [id, at] : ids) {
                const int index = q.option_index(id);
                if (index < 0) {
                    diagnostics.error(at, "'" + id + "' is not an option of '" + q.id + "'");
                } else if (std::find(q.headline.begin(), q.headline.end(), index) !=
                           q.headline.end()) {
                    diagnostics.error(at, "'" + id + "' is named twice in 'headline'");
                } else {
                    q.headline.push_back(index);
                }
            }
        } else if (!q.options.empty()) {
            q.headline = {0};
        }
        q.headline_label = f.optional_string("headline_label");
        if (q.headline_label.empty() && q.headline.size() == 1)
            q.headline_label = q.options[q.headline.front()].title;
        if (q.headline_label.empty() && q.headline.size() > 1)
            f.error_at("headline", "a headline of several options needs a 'headline_label' "
                                   "that names them together, such as 'God eller svært god'");

        if (const YAML::Node cond = entry["asked_if"]; cond && !cond.IsNull()) {
            YamlFields c(cond, file, 1, diagnostics);
            if (!cond.IsMap()) {
                diagnostics.error(c.where(), "'asked_if' must name a question and its options, "
                                             "such as {question: utfordringer, options: [ja]}");
            } else {
                c.check_known_keys({"question", "options"});
                SurveyCondition condition{c.required_string("question"), {}};
                const SurveyQuestion* earlier = survey.question(condition.question);
                if (!condition.question.empty() && !earlier) {
                    c.error_at("question", "'" + condition.question +
                                               "' is not a question listed before this one");
                } else if (earlier && earlier->part != q.part) {
                    c.error_at("question", "'" + condition.question +
                                               "' is in another part; a condition can only "
                                               "follow an answer in the same questionnaire");
                } else if (earlier) {
                    for (int year : q.years)
                        if (!earlier->years.count(year)) {
                            c.error_at("question", "'" + condition.question +
                                                       "' was not put in " + std::to_string(year));
                            break;
                        }
                    const YAML::Node options = cond["options"];
                    if (!options || options.IsNull())
                        c.error_at("question", "'asked_if' needs the options that lead to this "
                                               "question");
                    else if (read_id_list(c, options).empty())
                        c.error_at("options", "'options' must name the options that lead to "
                                              "this question, such as [ja]");
                    else
                        for (const auto& [id, at] : read_id_list(c, options)) {
                            if (earlier->option_index(id) < 0)
                                diagnostics.error(at, "'" + id + "' is not an option of '" +
                                                          earlier->id + "'");
                            else if (std::find(condition.options.begin(), condition.options.end(),
                                               id) != condition.options.end())
                                diagnostics.error(at, "'" + id + "' is named twice");
                            condition.options.push_back(id);
                        }
                }
                q.asked_if.push_back(std::move(condition));
            }
        }
        q.indicator = f.optional_string("indicator");
        // The register figure stands beside a municipality's own answer, so it must be
        // published for municipalities.
        const Indicator* indicator = q.indicator.empty() ? nullptr : catalogue.indicator(q.indicator);
        if (!q.indicator.empty() && !indicator)
            f.error_at("indicator", "unknown indicator '" + q.indicator + "' in " +
                                        std::string("data/katalog.yaml"));
        else if (indicator && !publishes_municipalities(*indicator))
            f.error_at("indicator", "indicator '" + q.indicator +
                                        "' is not published for municipalities (its 'levels'), "
                                        "so it cannot stand beside their answers");
        survey.questions.push_back(std::move(q));
    });
}

Survey read_catalogue_part(const std::filesystem::path& site_dir, const Catalogue& catalogue,
                           Diagnostics& diagnostics) {
    Survey survey;
    const std::string file = kSurveyFile;
    auto text = read_site_text(site_dir, file, diagnostics);
    if (!text) return survey;
    const YamlColumns columns(diagnostics, file, *text);
    auto root = parse_yaml(*text, file, 1, diagnostics);
    if (!root) return survey;
    if (!root->IsMap()) {
        diagnostics.error({file, 1, 1}, "the survey catalogue must be a YAML mapping with a "
                                        "title, a source and the lists parts and questions");
        return survey;
    }
    YamlFields f(*root, file, 1, diagnostics);
    f.check_known_keys({"title", "source", "summary", "method", "parts", "questions"});
    survey.title = f.required_string("title");
    survey.source = f.required_string("source");
    survey.summary = f.optional_string("summary");
    survey.method = f.optional_string("method");
    const YAML::Node parts = (*root)["parts"];
    if (!parts || !parts.IsSequence() || parts.size() == 0) {
        f.error_at("parts", "missing list 'parts': each questionnaire and whom it was sent to");
        return survey;
    }
    std::set<std::string> ids;
    for_each_mapping(parts, "parts", file, diagnostics, [&](YamlFields& p, const YAML::Node& entry) {
        p.check_known_keys({"id", "title", "years", "roles"});
        SurveyPart part;
        part.where = p.where();
        part.id = p.required_string("id");
        check_catalogue_id("part", part.id, part.where, ids, diagnostics);
        part.title = p.required_string("title");
        part.years = read_years(p, entry);
        if (entry["roles"]) part.roles = read_options(p, entry, "roles", false, file, diagnostics);
        survey.parts.push_back(std::move(part));
    });
    read_questions(*root, file, survey, catalogue, diagnostics);
    return survey;
}

// What a hint about an old code says: "0515 is now 3435 Vågå".
std::string successor_hint(const Registry& registry, const Area& area) {
    const std::vector<std::string> now = registry.current_successors(area.code);
    if (now.size() != 1) return "";
    const Area* successor = registry.find(now.front());
    return successor ? " (" + area.code + " " + area.name + " is now " + successor->code + " " +
                           successor->name + ")"
                     : "";
}

// The answers of one part, one row per returned questionnaire.
void read_answers(const std::filesystem::path& site_dir, const SurveyPart& part,
                  Survey& survey, const Registry& registry, Diagnostics& diagnostics) {
    const std::string file = std::string(kSurveyAnswerDir) + "/" + part.id + ".csv";
    if (!std::filesystem::exists(site_dir / file)) {
        diagnostics.error({kSurveyFile, part.where.line, part.where.column},
                          "part '" + part.id + "' has no answers: " + file + " does not exist");
        return;
    }
    auto bytes = read_site_file(site_dir, file, diagnostics);
    if (!bytes) return;
    auto decoded = decode_text(*bytes, std::nullopt, file, diagnostics);
    if (!decoded) return;
    auto delimiter = detect_delimiter(decoded->text, file, diagnostics);
    if (!delimiter) return;
    auto table = make_csv_table(parse_csv(decoded->text, *delimiter, file, diagnostics), file,
                                diagnostics);
    if (!table) return;
    const int year_col = table->require_column("år", diagnostics);
    const int area_col = table->require_column("område", diagnostics);
    const int role_col = table->require_column("besvart_av", diagnostics);
    std::vector<std::pair<const SurveyQuestion*, int>> questions;  // in catalogue order
    std::set<int> known_columns{year_col, area_col, role_col};
    bool complete = year_col >= 0 && area_col >= 0 && role_col >= 0;
    for (const SurveyQuestion& q : survey.questions) {
        if (q.part != part.id) continue;
        const int col = table->find_column(q.id);
        if (col < 0) {
            diagnostics.error({file, table->header.line, 1},
                              "no column for question '" + q.id + "' of part '" + part.id +
                                  "'; write '.' in the years it was not put");
            complete = false;
        }
        questions.push_back({&q, col});
        known_columns.insert(col);
    }
    std::set<std::string> names;
    for (std::size_t c = 0; c < table->header.fields.size(); ++c) {
        const CsvField& h = table->header.fields[c];
        if (!names.insert(h.text).second) {
            diagnostics.error({file, h.line, h.column}, "column '" + h.text + "' appears twice");
            complete = false;
        } else if (!known_columns.count(static_cast<int>(c))) {
            diagnostics.error({file, h.line, h.column},
                              "'" + h.text + "' is not a question of part '" + part.id +
                                  "' in " + kSurveyFile);
        }
    }
    if (!complete) return;

    std::map<std::pair<int, std::string>, int> seen;  // (year, area) -> line
    for (const CsvRecord& row : table->rows) {
        const CsvField& year_field = row.fields[year_col];
        const CsvField& area_field = row.fields[area_col];
        auto at = [&file](const CsvField& field) {
            return SourceLocation{file, field.line, field.column};
        };
        const auto year = parse_year(year_field.text);
        if (!year) {
            diagnostics.error(at(year_field), "'" + year_field.text + "' is not a year");
            continue;
        }
        if (!part.years.count(*year)) {
            diagnostics.error(at(year_field), "part '" + part.id + "' was sent out in " +
                                                  year_list(part.years) + ", not in " +
                                                  year_field.text);
            continue;
        }
        const Area* area = registry.find(area_field.text);
        if (!area || (area->kind != AreaKind::municipality && area->kind != AreaKind::district)) {
            diagnostics.error(at(area_field), "'" + area_field.text +
                                                  "' is not a municipality or city district "
                                                  "in the registry");
            continue;
        }
        if (!area->is_current()) {
            diagnostics.error(at(area_field),
                              "'" + area->code + "' is no longer in use" +
                                  successor_hint(registry, *area) +
                                  "; survey answers are given under today's codes");
            continue;
        }
        auto [first, fresh] = seen.emplace(std::pair{*year, area->code}, row.line);
        if (!fresh) {
            diagnostics.error(at(area_field), area->code + " " + area->name +
                                                  " has a second questionnaire for " +
                                                  year_field.text + " (the first is on line " +
                                                  std::to_string(first->second) + ")");
            continue;
        }
        SurveyResponse response{*year, part.id, area->code, -1, {}, at(area_field)};
        const CsvField& role = row.fields[role_col];
        if (!role.text.empty()) {
            auto it = std::find_if(part.roles.begin(), part.roles.end(),
                                   [&](const SurveyOption& r) { return r.id == role.text; });
            if (it == part.roles.end()) {
                std::string known;
                for (const SurveyOption& r : part.roles) known += (known.empty() ? "" : ", ") + r.id;
                diagnostics.error(at(role), "'" + role.text + "' is not a role of part '" +
                                                part.id + "' (" +
                                                (known.empty() ? "none declared" : known) + ")");
            } else {
                response.role = static_cast<int>(it - part.roles.begin());
            }
        }
        for (const auto& [q, col] : questions) {
            const CsvField& cell = row.fields[col];
            const bool put_that_year = q->years.count(*year) > 0;
            // A condition on an earlier answer of this row.
            bool condition_met = true;
            std::string condition_text;
            for (const SurveyCondition& c : q->asked_if) {
                const SurveyQuestion* earlier = survey.question(c.question);
                auto found = response.answers.find(c.question);
                condition_met = false;
                if (earlier && found != response.answers.end() &&
                    found->second.state == AnswerState::answered)
                    for (int index : found->second.options)
                        for (const std::string& id : c.options)
                            if (earlier->options[index].id == id) condition_met = true;
                condition_text = "'" + c.question + "'";
            }
            if (cell.text.empty()) {
                diagnostics.error(at(cell), "no answer to '" + q->id + "': write '" +
                                                kNotAnswered + "' for a question left "
                                                "unanswered, or '.' for one not put");
                continue;
            }
            if (cell.text == kNotAsked) {
                if (put_that_year && condition_met)
                    diagnostics.error(
                        at(cell),
                        "'.' means '" + q->id + "' was not put, but in " + year_field.text +
                            " it was put to " +
                            (q->asked_if.empty() ? "every respondent of the part"
                                                 : "this respondent, from its answer to " +
                                                       condition_text) +
                            "; write '" + kNotAnswered + "' if it was left unanswered");
                if (put_that_year) response.answers[q->id] = {AnswerState::not_asked, {}};
                continue;
            }
            if (!put_that_year) {
                diagnostics.error(at(cell), "'" + q->id + "' was put in " +
                                                year_list(q->years) + " only; write '.' for " +
                                                year_field.text);
                continue;
            }
            if (!condition_met) {
                diagnostics.error(at(cell), "'" + q->id + "' was put only to those who gave " +
                                                "certain answers to " + condition_text +
                                                ", and this respondent did not; write '.'");
                continue;
            }
            if (cell.text == kNotAnswered) {
                response.answers[q->id] = {AnswerState::not_answered, {}};
                continue;
            }
            SurveyAnswer answer{AnswerState::answered, {}};
            bool valid = true;
            std::size_t start = 0;
            while (valid) {
                const std::size_t bar = cell.text.find('|', start);
                const std::string id = cell.text.substr(start, bar - start);
                const int index = q->option_index(id);
                if (index < 0) {
                    std::string known;
                    for (const SurveyOption& o : q->options)
                        known += (known.empty() ? "" : ", ") + o.id;
                    diagnostics.error(at(cell), "'" + id + "' is not an option of '" + q->id +
                                                    "' (" + known + ", or " + kNotAnswered +
                                                    ")");
                    valid = false;
                } else if (std::find(answer.options.begin(), answer.options.end(), index) !=
                           answer.options.end()) {
                    diagnostics.error(at(cell), "'" + id + "' is given twice");
                    valid = false;
                } else {
                    answer.options.push_back(index);
                }
                if (bar == std::string::npos) break;
                start = bar + 1;
            }
            if (!valid) continue;
            if (one_option(q->kind) && answer.options.size() > 1) {
                diagnostics.error(at(cell), "'" + q->id + "' takes one answer, not " +
                                                std::to_string(answer.options.size()));
                continue;
            }
            if (answer.options.size() > 1)
                for (int index : answer.options)
                    if (q->options[index].exclusive) {
                        diagnostics.error(at(cell), "'" + q->options[index].id +
                                                        "' is chosen alone, not with other "
                                                        "options");
                        valid = false;
                        break;
                    }
            if (!valid) continue;
            std::sort(answer.options.begin(), answer.options.end());
            response.answers[q->id] = std::move(answer);
        }
        survey.responses.push_back(std::move(response));
    }
    // A year of the part without one questionnaire is a file cut short or a wrong year: a
    // response rate of 0 would be published as if nobody had answered.
    for (int year : part.years)
        if (std::none_of(seen.begin(), seen.end(), [year](const auto& s) { return s.first.first == year; }))
            diagnostics.error({file, table->header.line, 1},
                              "no questionnaire for " + std::to_string(year) + ", a year part '" +
                                  part.id + "' was sent out (" + kSurveyFile + ")");
}

}  // namespace

Survey read_survey(const std::filesystem::path& site_dir, const Registry& registry,
                   const Catalogue& catalogue, Diagnostics& diagnostics) {
    if (!std::filesystem::exists(site_dir / kSurveyFile)) {
        if (std::filesystem::exists(site_dir / kSurveyAnswerDir))
            diagnostics.error({kSurveyAnswerDir, 0, 0},
                              std::string("survey answers without ") + kSurveyFile +
                                  ", which declares the questions");
        return {};
    }
    const std::size_t errors_before = diagnostics.error_count();
    Survey survey = read_catalogue_part(site_dir, catalogue, diagnostics);
    if (diagnostics.error_count() > errors_before) return survey;
    for (const SurveyPart& part : survey.parts) read_answers(site_dir, part, survey, registry, diagnostics);
    for (const std::string& path : list_site_files(site_dir, kSurveyAnswerDir, "", diagnostics)) {
        const std::string name = std::filesystem::path(path).stem().string();
        if (std::filesystem::path(path).extension() != ".csv" || !survey.part(name))
            diagnostics.error({path, 0, 0}, "not the answers of a part in " +
                                                std::string(kSurveyFile) +
                                                "; answer files are named <part id>.csv");
    }
    std::stable_sort(survey.responses.begin(), survey.responses.end(),
                     [&](const SurveyResponse& a, const SurveyResponse& b) {
                         if (a.part != b.part) {
                             auto pos = [&](const std::string& id) {
                                 return survey.part(id) - survey.parts.data();
                             };
                             return pos(a.part) < pos(b.part);
                         }
                         return std::tie(a.year, a.area) < std::tie(b.year, b.area);
                     });
    return survey;
}

}  // namespace kt
