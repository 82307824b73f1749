#include "model/catalogue.h"

namespace kt {

namespace {
template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
    for (const T& item : items)
        if (item.id == id) return &item;
    return nullptr;
}
}  // namespace

const Family* Catalogue::family(const std::string& id) const { return find_by_id(families, id); }
const Measure* Catalogue::measure(const std::string& id) const { return find_by_id(measures, id); }
const Indicator* Catalogue::indicator(const std::string& id) const {
    return find_by_id(indicators, id);
}

std::vector<const Indicator*> Catalogue::indicators_in(const std::string& family_id) const {
    std::vector<const Indicator*> out;
    for (const Indicator& i : indicators)
        if (i.family == family_id) out.push_back(&i);
    return out;
}

}  // namespace kt
