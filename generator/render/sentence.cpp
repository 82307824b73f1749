#include "render/sentence.h"

namespace kt {

std::string as_sentence(std::string_view text) {
    std::string out(text);
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
    if (!out.empty() && out.back() != '.' && out.back() != '!' && out.back() != '?') out += '.';
    return out;
}

std::string joined(const Words& words, const std::vector<std::string>& items) {
    if (items.size() < 2) return items.empty() ? "" : items.front();
    std::string first;
    for (std::size_t i = 0; i + 1 < items.size(); ++i) first += (i > 0 ? ", " : "") + items[i];
    return words("list.and", {{"first", first}, {"last", items.back()}});
}

}  // namespace kt
