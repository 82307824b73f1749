#pragma once
// Ids in the catalogue: they appear in URLs (/indikator/<id>/, /indeks/<id>/) and as keys, so
// they use only a-z, 0-9 and _, and each kind's ids are unique.
#include <set>
#include <string>

#include "model/diagnostics.h"

namespace kt {

bool valid_catalogue_id(const std::string& id);

// Reports an id with other characters, and an id that is already in `seen` (then adds it).
// `what` names the kind in the messages ("measure", "grouping"). An empty id is left to the
// missing-key diagnostic.
void check_catalogue_id(const std::string& what, const std::string& id, const SourceLocation& where,
                        std::set<std::string>& seen, Diagnostics& diagnostics);

}  // namespace kt
