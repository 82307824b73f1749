#include "site/page_notes.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kt {

namespace {

bool is_noted_cell(const nlohmann::json& node) {
    const auto note = node.find("note");
    return node.contains("status") && note != node.end() && note->is_string() &&
           !note->get_ref<const std::string&>().empty();
}

// Every noted cell under `node`, in the model's order (the list's order is the notes').
void find_noted_cells(nlohmann::json& node, std::vector<nlohmann::json*>& cells) {
    if (node.is_object() && is_noted_cell(node)) cells.push_back(&node);
    if (node.is_structured())
        for (nlohmann::json& child : node) find_noted_cells(child, cells);
}

// Text order with runs of digits compared as numbers: "1 av 46" before "2 av 351" before
// "11 av 56".
struct NaturalOrder {
    bool operator()(const std::string& a, const std::string& b) const {
        std::size_t i = 0, j = 0;
        auto digit = [](char c) { return c >= '0' && c <= '9'; };
        while (i < a.size() && j < b.size()) {
            if (digit(a[i]) && digit(b[j])) {
                std::size_t ei = i, ej = j;
                while (ei < a.size() && digit(a[ei])) ++ei;
                while (ej < b.size() && digit(b[ej])) ++ej;
                const std::string_view x = std::string_view(a).substr(i, ei - i);
                const std::string_view y = std::string_view(b).substr(j, ej - j);
                if (x.size() != y.size()) return x.size() < y.size();
                if (x != y) return x < y;
                i = ei;
                j = ej;
            } else {
                if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
                ++i;
                ++j;
            }
        }
        return a.size() - i < b.size() - j;
    }
};

}  // namespace

void gather_notes(nlohmann::json& page) {
    std::vector<nlohmann::json*> cells;
    find_noted_cells(page, cells);
    std::map<std::string, std::string, NaturalOrder> ids;  // note text -> id
    for (const nlohmann::json* cell : cells) ids.emplace((*cell)["note"], "");
    nlohmann::json notes = nlohmann::json::array();
    for (auto& [text, id] : ids) {
        id = std::to_string(notes.size() + 1);
        notes.push_back({{"id", "merknad-" + id}, {"text", text}});
    }
    for (nlohmann::json* cell : cells) {
        const std::string& number = ids.at((*cell)["note"]);
        (*cell)["note_id"] = "merknad-" + number;
        (*cell)["note_number"] = number;
    }
    page["has_notes"] = !notes.empty();
    page["notes"] = std::move(notes);
}

}  // namespace kt
