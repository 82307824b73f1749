#include "model/survey.h"

#include <algorithm>

namespace kt {

std::string question_kind_keyword(QuestionKind kind) {
    switch (kind) {
        case QuestionKind::single: return "single";
        case QuestionKind::multiple: return "multiple";
        case QuestionKind::scale: return "scale";
        case QuestionKind::coded: return "coded";
    }
    return "single";
}

int SurveyQuestion::option_index(const std::string& option) const {
    auto it = std::find_if(options.begin(), options.end(),
                           [&](const SurveyOption& o) { return o.id == option; });
    return it == options.end() ? -1 : static_cast<int>(it - options.begin());
}

const SurveyPart* Survey::part(const std::string& id) const {
    auto it = std::find_if(parts.begin(), parts.end(),
                           [&](const SurveyPart& p) { return p.id == id; });
    return it == parts.end() ? nullptr : &*it;
}

const SurveyQuestion* Survey::question(const std::string& id) const {
    auto it = std::find_if(questions.begin(), questions.end(),
                           [&](const SurveyQuestion& q) { return q.id == id; });
    return it == questions.end() ? nullptr : &*it;
}

}  // namespace kt
