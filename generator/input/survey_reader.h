#pragma once
// The municipal survey: its catalogue (data/undersokelse.yaml) and the returned
// questionnaires (data/undersokelse/<part>.csv). A site without the catalogue has no survey.
#include <filesystem>

#include "model/area.h"
#include "model/catalogue.h"
#include "model/diagnostics.h"
#include "model/survey.h"

namespace kt {

inline constexpr const char* kSurveyFile = "data/undersokelse.yaml";
inline constexpr const char* kSurveyAnswerDir = "data/undersokelse";

// Reads the catalogue and every part's answers. The catalogue's ids follow the indicator
// catalogue's rules; a question's part, condition and indicator must exist. An answer file
// has the columns år, område, besvart_av and one per question of its part, as a survey
// export would after its columns are renamed: one row per returned questionnaire, in any
// delimiter and encoding the data readers accept. A cell holds an option id (several joined
// by "|" where the question allows several), "ubesvart" for a question left unanswered, or
// "." for one not put to the unit (a year without the question, a condition not met); a
// blank cell is an error, since it cannot tell these apart.
Survey read_survey(const std::filesystem::path& site_dir, const Registry& registry,
                   const Catalogue& catalogue, Diagnostics& diagnostics);

}  // namespace kt
