#include "input/data_table.h"

namespace kt {

int DataDimension::add_category(const std::string& code, const std::string& label) {
    for (std::size_t i = 0; i < codes.size(); ++i)
        if (codes[i] == code) return static_cast<int>(i);
    codes.push_back(code);
    labels.push_back(label);
    return static_cast<int>(codes.size()) - 1;
}

}  // namespace kt
