#include "input/catalogue_id.h"

namespace kt {

bool valid_catalogue_id(const std::string& id) {
    if (id.empty()) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

void check_catalogue_id(const std::string& what, const std::string& id, const SourceLocation& where,
                        std::set<std::string>& seen, Diagnostics& diagnostics) {
    if (id.empty()) return;
    if (!valid_catalogue_id(id))
        diagnostics.error(where, what + " id '" + id + "' may use only a-z, 0-9 and _");
    if (!seen.insert(id).second) diagnostics.error(where, "duplicate " + what + " id '" + id + "'");
}

}  // namespace kt
