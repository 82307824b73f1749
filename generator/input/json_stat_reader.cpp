#include "input/json_stat_reader.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <numeric>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kt {

namespace {

using nlohmann::json;

// SSB's API hands out at most 800 000 cells per extract; a far larger cube is a hostile or
// broken `size`, refused before anything is allocated for it.
constexpr std::uint64_t kMaxCells = 10'000'000;

// A fault repeated over a whole cube is reported this many times, then counted.
constexpr int kReportedPerKind = 10;

const std::set<std::string> kProvisionalStatuses = {"*", "p"};  // SSB, Eurostat
// Statuses saying that there is no number: contradicted by a number in `value`.
const std::set<std::string> kNoNumberStatuses = {":", "..", ".", "..."};

bool is_utf8_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

bool is_json_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t after_byte_order_mark(std::string_view text) {
    return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

struct TextPosition {
    int line = 0;
    int column = 0;
};

// Byte offsets to 1-based lines and columns counted in characters (UTF-8 code points).
class TextPositions {
  public:
    explicit TextPositions(std::string_view text)
        : text_(text), first_(after_byte_order_mark(text)) {
        line_starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') line_starts_.push_back(i + 1);
    }

    TextPosition at(std::size_t offset) const { return at_all({offset}).front(); }

    // Many offsets in one walk over the text: SSB's API writes a whole dataset on one line,
    // so counting each value's column from its line start would take quadratic time.
    std::vector<TextPosition> at_all(const std::vector<std::size_t>& offsets) const {
        std::vector<std::size_t> order(offsets.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
        std::vector<TextPosition> result(offsets.size());
        std::size_t cursor = 0;
        TextPosition position;
        bool started = false;
        for (std::size_t k : order) {
            const std::size_t offset = std::min(offsets[k], text_.size());
            const auto line_index = static_cast<std::size_t>(
                std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                line_starts_.begin() - 1);
            // Restart at the line's start unless the previous offset is on the same line.
            if (!started || position.line != static_cast<int>(line_index) + 1) {
                cursor = std::max(line_starts_[line_index], line_index == 0 ? first_ : 0);
                position = {static_cast<int>(line_index) + 1, 1};
                started = true;
            }
            for (; cursor < offset; ++cursor)
                if (!is_utf8_continuation(static_cast<unsigned char>(text_[cursor])))
                    ++position.column;
            result[k] = position;
        }
        return result;
    }

  private:
    std::string_view text_;
    std::size_t first_;  // a byte-order mark takes no column
    std::vector<std::size_t> line_starts_;
};

// Finds where values start in text that nlohmann::json has accepted as JSON: nlohmann::json
// keeps no positions. It relies on the text being valid JSON and only stays within bounds.
class JsonTextScanner {
  public:
    struct Member {
        std::size_t key_at = 0;    // the key's opening quote
        std::size_t value_at = 0;  // the value's first character
    };
    using Members = std::unordered_map<std::string, Member>;

    explicit JsonTextScanner(std::string_view text) : text_(text) {}

    std::size_t root() const { return skip_whitespace(after_byte_order_mark(text_)); }

    // The members of the object starting at `object_at`; of duplicate keys the last counts,
    // as in nlohmann::json.
    const Members& members(std::size_t object_at) const {
        auto found = members_cache_.find(object_at);
        if (found != members_cache_.end()) return found->second;
        Members& members = members_cache_[object_at];
        if (object_at >= text_.size() || text_[object_at] != '{') return members;
        std::size_t i = skip_whitespace(object_at + 1);
        while (i < text_.size() && text_[i] == '"') {
            const std::size_t key_at = i;
            const std::size_t key_end = skip_string(i);
            std::string key = decode_string(key_at, key_end);
            i = skip_whitespace(key_end);
            if (i < text_.size() && text_[i] == ':') i = skip_whitespace(i + 1);
            members[std::move(key)] = Member{key_at, i};
            i = skip_whitespace(skip_value(i));
            if (i >= text_.size() || text_[i] != ',') break;
            i = skip_whitespace(i + 1);
        }
        return members;
    }

    // Where each element of the array starting at `array_at` starts.
    std::vector<std::size_t> elements(std::size_t array_at) const {
        std::vector<std::size_t> starts;
        if (array_at >= text_.size() || text_[array_at] != '[') return starts;
        std::size_t i = skip_whitespace(array_at + 1);
        if (i < text_.size() && text_[i] == ']') return starts;
        while (i < text_.size()) {
            starts.push_back(i);
            i = skip_whitespace(skip_value(i));
            if (i >= text_.size() || text_[i] != ',') break;
            i = skip_whitespace(i + 1);
        }
        return starts;
    }

  private:
    std::size_t skip_whitespace(std::size_t i) const {
        while (i < text_.size() && is_json_whitespace(text_[i])) ++i;
        return i;
    }

    // From an opening quote to just past the closing quote, over escapes.
    std::size_t skip_string(std::size_t i) const {
        for (++i; i < text_.size(); ++i) {
            if (text_[i] == '\\') {
                ++i;
            } else if (text_[i] == '"') {
                return i + 1;
            }
        }
        return text_.size();
    }

    // Past one value: a string, a number or literal, or a whole array or object.
    std::size_t skip_value(std::size_t i) const {
        if (i >= text_.size()) return i;
        const char c = text_[i];
        if (c == '"') return skip_string(i);
        if (c == '[' || c == '{') {
            std::size_t depth = 0;
            while (i < text_.size()) {
                const char d = text_[i];
                if (d == '"') {
                    i = skip_string(i);
                    continue;
                }
                if (d == '[' || d == '{') {
                    ++depth;
                } else if (d == ']' || d == '}') {
                    if (--depth == 0) return i + 1;
                }
                ++i;
            }
            return i;
        }
        while (i < text_.size() && text_[i] != ',' && text_[i] != ']' && text_[i] != '}' &&
               !is_json_whitespace(text_[i]))
            ++i;
        return i;
    }

    // The text of the string token [begin, end), escapes decoded by nlohmann::json.
    std::string decode_string(std::size_t begin, std::size_t end) const {
        if (end < begin + 2) return {};
        const std::string_view token = text_.substr(begin, end - begin);
        if (token.find('\\') == std::string_view::npos)
            return std::string(token.substr(1, token.size() - 2));
        try {
            return json::parse(token.begin(), token.end()).get<std::string>();
        } catch (const json::exception&) {
            return std::string(token.substr(1, token.size() - 2));
        }
    }

    std::string_view text_;
    mutable std::unordered_map<std::size_t, Members> members_cache_;
};

// The text of a JSON-stat number: plain machine format, shortest round-trip, no exponent.
std::string format_number(const json& number) {
    char buffer[512];  // the longest fixed-notation double (a denormal) needs about 330
    std::to_chars_result written{};
    if (number.is_number_unsigned()) {
        written = std::to_chars(buffer, buffer + sizeof buffer, number.get<std::uint64_t>());
    } else if (number.is_number_integer()) {
        written = std::to_chars(buffer, buffer + sizeof buffer, number.get<std::int64_t>());
    } else {
        double value = number.get<double>();
        if (value == 0) value = 0;  // "-0" would read as a sign without a number
        written = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    }
    return std::string(buffer, written.ptr);
}

// "a string (\"12\")", "an object": what was found where something else belongs.
std::string describe(const json& value) {
    switch (value.type()) {
        case json::value_t::string: {
            std::string text = value.get<std::string>();
            if (text.size() > 40) text = text.substr(0, 40) + "...";
            return "a string (\"" + text + "\")";
        }
        case json::value_t::array:
            return "an array";
        case json::value_t::object:
            return "an object";
        case json::value_t::boolean:
            return value.get<bool>() ? "true" : "false";
        case json::value_t::null:
            return "null";
        default:
            return "the number " + format_number(value);
    }
}

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

// A cell index written as a JSON object key ("0", "17"), when below `cell_count`.
std::optional<std::uint64_t> cell_index(const std::string& key, std::uint64_t cell_count) {
    if (key.empty() ||
        !std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    std::uint64_t index = 0;
    auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), index);
    if (ec != std::errc{} || end != key.data() + key.size() || index >= cell_count)
        return std::nullopt;
    return index;
}

// "(the cube's cells are 0 to 7)": what a key in a sparse "value" or "status" may be.
std::string cell_range(std::uint64_t cell_count) {
    return cell_count == 0 ? "(the cube has no cells)"
                           : "(the cube's cells are 0 to " + std::to_string(cell_count - 1) + ")";
}

// nlohmann's message without its prefix and its own (byte-counted) position.
std::string parse_error_message(const json::exception& e) {
    std::string message = e.what();
    if (auto column = message.find(", column "); column != std::string::npos) {
        if (auto colon = message.find(": ", column); colon != std::string::npos)
            return message.substr(colon + 2);
    }
    if (auto bracket = message.find("] "); bracket != std::string::npos)
        return message.substr(bracket + 2);
    return message;
}

class JsonStatReader {
  public:
    JsonStatReader(std::string_view text, const std::string& file, Diagnostics& diagnostics)
        : text_(text), file_(file), diagnostics_(diagnostics), positions_(text), scanner_(text) {}

    std::optional<DataTable> read(const JsonStatRoles& roles) {
        if (scanner_.root() >= text_.size()) {
            diagnostics_.error({file_, 0, 0},
                               "the file is empty; expected a JSON-stat 2.0 dataset");
            return std::nullopt;
        }
        json document;
        try {
            document = json::parse(text_.begin(), text_.end());
        } catch (const json::parse_error& e) {
            const std::size_t offset = e.byte > 0 ? static_cast<std::size_t>(e.byte - 1) : 0;
            error(std::min(offset, text_.size()), "invalid JSON: " + parse_error_message(e));
            return std::nullopt;
        } catch (const json::exception& e) {
            diagnostics_.error({file_, 0, 0}, "invalid JSON: " + parse_error_message(e));
            return std::nullopt;
        }
        const auto dataset = find_dataset(Node{&document, scanner_.root()});
        if (!dataset) return std::nullopt;
        return read_dataset(*dataset, roles);
    }

  private:
    struct Node {
        const json* value = nullptr;
        std::size_t at = 0;  // where the value starts in the text
    };

    struct Dimension {
        std::string id;
        std::size_t key_at = 0;  // the dimension's key in "dimension"
        std::vector<std::string> codes;
        std::vector<std::string> labels;
        std::vector<std::size_t> code_at;  // each code in category.index (or .label)
    };

    // Reports the first few faults of one kind, then how many more there were.
    class FaultCounter {
      public:
        explicit FaultCounter(JsonStatReader& reader) : reader_(reader) {}
        void report(std::size_t at, std::string message) {
            if (count_++ < kReportedPerKind) {
                reader_.error(at, std::move(message));
                last_at_ = at;
            }
        }
        void finish(const std::string& what) {
            if (count_ > kReportedPerKind)
                reader_.error(last_at_, std::to_string(count_ - kReportedPerKind) + " more " +
                                            what + " not reported one by one");
        }
        int count() const { return count_; }

      private:
        JsonStatReader& reader_;
        int count_ = 0;
        std::size_t last_at_ = 0;
    };

    SourceLocation where(std::size_t at) const {
        const TextPosition position = positions_.at(at);
        return {file_, position.line, position.column};
    }

    void error(std::size_t at, std::string message) {
        diagnostics_.error(where(at), std::move(message));
    }

    std::optional<Node> member(const Node& object, const std::string& key) const {
        if (!object.value->is_object()) return std::nullopt;
        auto found = object.value->find(key);
        if (found == object.value->end()) return std::nullopt;
        const auto& members = scanner_.members(object.at);
        auto located = members.find(key);
        return Node{&*found, located != members.end() ? located->second.value_at : object.at};
    }

    std::size_t key_at(const Node& object, const std::string& key) const {
        const auto& members = scanner_.members(object.at);
        auto located = members.find(key);
        return located != members.end() ? located->second.key_at : object.at;
    }

    // The dataset in the document: the document itself, the single embedded item of a
    // collection, or the single member of an object that wraps one dataset.
    std::optional<Node> find_dataset(const Node& root) {
        if (!root.value->is_object()) {
            error(root.at, "expected a JSON-stat 2.0 dataset (a JSON object), found " +
                               describe(*root.value));
            return std::nullopt;
        }
        if (const auto kind = member(root, "class")) {
            if (!kind->value->is_string()) {
                error(kind->at, "\"class\" must be \"dataset\", found " + describe(*kind->value));
                return std::nullopt;
            }
            const std::string name = kind->value->get<std::string>();
            if (name == "dataset") {
                if (!check_version(root)) return std::nullopt;
                return root;
            }
            if (name == "collection") {
                if (!check_version(root)) return std::nullopt;
                return dataset_in_collection(root);
            }
            error(kind->at, "this is a JSON-stat \"" + name +
                                "\", not a dataset (expected \"class\": \"dataset\")");
            return std::nullopt;
        }
        return dataset_in_wrapper(root);
    }

    // No "class": JSON-stat 1.x ({"<dataset id>": {"dimension": ..., "value": ...}}), or an
    // object wrapping JSON-stat 2.0 datasets.
    std::optional<Node> dataset_in_wrapper(const Node& root) {
        const json& object = *root.value;
        std::vector<std::string> dataset_ids;
        bool all_version_2 = true;
        for (const auto& [key, item] : object.items()) {
            if (!item.is_object() || !(item.contains("dimension") || item.contains("value")))
                continue;
            dataset_ids.push_back("\"" + key + "\"");
            all_version_2 = all_version_2 && item.value("class", json()) == "dataset";
        }
        if (!dataset_ids.empty() && dataset_ids.size() == object.size()) {
            if (!all_version_2) {
                error(root.at,
                      "this is JSON-stat 1.x (datasets inside an object, without \"class\" and "
                      "\"version\"); only JSON-stat 2.0 is read: export \"json-stat2\", the "
                      "default format of SSB's PxWebApi v2");
                return std::nullopt;
            }
            if (dataset_ids.size() > 1) {
                error(root.at, "the file holds " + std::to_string(dataset_ids.size()) +
                                   " datasets (" + joined(dataset_ids) +
                                   "); export one dataset per file");
                return std::nullopt;
            }
            const Node dataset = *member(root, object.begin().key());
            if (!check_version(dataset)) return std::nullopt;
            return dataset;
        }
        if (object.contains("dimension") || object.contains("value")) {
            error(root.at,
                  "the dataset has no \"class\": a JSON-stat 2.0 dataset says \"class\": "
                  "\"dataset\" and \"version\": \"2.0\" (JSON-stat 1.x is not read)");
        } else {
            error(root.at,
                  "not a JSON-stat dataset: expected \"class\": \"dataset\" and \"version\": "
                  "\"2.0\"");
        }
        return std::nullopt;
    }

    std::optional<Node> dataset_in_collection(const Node& collection) {
        const auto link = member(collection, "link");
        const auto items = link ? member(*link, "item") : std::nullopt;
        if (!items || !items->value->is_array()) {
            error(collection.at,
                  "the collection has no \"link\": {\"item\": [...]} listing "
                  "its dataset");
            return std::nullopt;
        }
        if (items->value->size() != 1) {
            error(items->at, "the collection holds " + std::to_string(items->value->size()) +
                                 " items; export one dataset per file");
            return std::nullopt;
        }
        const std::vector<std::size_t> starts = scanner_.elements(items->at);
        const Node item{&(*items->value)[0], starts.empty() ? items->at : starts.front()};
        if (!item.value->is_object() || item.value->value("class", json()) != "dataset") {
            error(item.at,
                  "the collection's item is not a dataset (expected \"class\": "
                  "\"dataset\")");
            return std::nullopt;
        }
        if (!item.value->contains("dimension") && !item.value->contains("value")) {
            error(item.at, "the collection only links to its dataset" +
                               (item.value->contains("href")
                                    ? " (" + item.value->value("href", json()).dump() + ")"
                                    : std::string()) +
                               "; export the dataset itself");
            return std::nullopt;
        }
        return item;
    }

    bool check_version(const Node& holder) {
        const auto version = member(holder, "version");
        if (!version) {
            error(holder.at,
                  "no \"version\": a JSON-stat 2.0 dataset says \"version\": \"2.0\" "
                  "(older versions are not read)");
            return false;
        }
        if (*version->value != "2.0") {
            const std::string found = version->value->is_string()
                                          ? "\"" + version->value->get<std::string>() + "\""
                                          : describe(*version->value);
            error(version->at, "JSON-stat version " + found + " is not read; expected \"2.0\"");
            return false;
        }
        return true;
    }

    std::optional<DataTable> read_dataset(const Node& dataset, const JsonStatRoles& roles) {
        const auto ids = member(dataset, "id");
        const auto sizes = member(dataset, "size");
        const auto described = member(dataset, "dimension");
        bool readable = true;
        if (!ids || !ids->value->is_array() ||
            !std::all_of(ids->value->begin(), ids->value->end(),
                         [](const json& id) { return id.is_string(); })) {
            error(ids ? ids->at : dataset.at,
                  "\"id\" must list the dataset's dimensions as an array of strings");
            readable = false;
        }
        if (!sizes || !sizes->value->is_array() ||
            !std::all_of(sizes->value->begin(), sizes->value->end(),
                         [](const json& size) { return size.is_number_unsigned(); })) {
            error(sizes ? sizes->at : dataset.at,
                  "\"size\" must give each dimension's number of categories as an array of "
                  "whole numbers");
            readable = false;
        }
        if (!described || !described->value->is_object()) {
            error(described ? described->at : dataset.at,
                  "\"dimension\" must describe each dimension in an object");
            readable = false;
        }
        if (!readable) return std::nullopt;
        if (ids->value->size() != sizes->value->size()) {
            error(sizes->at, "\"id\" names " + std::to_string(ids->value->size()) +
                                 " dimensions but \"size\" gives " +
                                 std::to_string(sizes->value->size()) + " sizes");
            return std::nullopt;
        }

        std::vector<Dimension> dimensions;
        std::vector<std::uint64_t> size_of;
        std::set<std::string> seen;
        for (std::size_t d = 0; d < ids->value->size(); ++d) {
            const std::string id = (*ids->value)[d].get<std::string>();
            size_of.push_back((*sizes->value)[d].get<std::uint64_t>());
            if (!seen.insert(id).second) {
                error(ids->at, "dimension \"" + id + "\" is listed twice in \"id\"");
                readable = false;
                continue;
            }
            auto dimension = read_dimension(*described, id);
            if (!dimension) {
                readable = false;
                continue;
            }
            if (dimension->codes.size() != size_of.back()) {
                error(dimension->key_at,
                      "dimension \"" + id + "\" has " + std::to_string(dimension->codes.size()) +
                          " categories but \"size\" gives " + std::to_string(size_of.back()));
                readable = false;
            }
            dimensions.push_back(std::move(*dimension));
        }
        if (!readable) return std::nullopt;

        std::vector<std::string> id_names;
        for (const Dimension& dimension : dimensions) id_names.push_back(dimension.id);
        const auto area =
            choose_dimension(dataset, *ids, id_names, roles.area, "geo", "Region", "area");
        const auto period =
            choose_dimension(dataset, *ids, id_names, roles.period, "time", "Tid", "period");
        if (!area || !period) return std::nullopt;
        if (*area == *period) {
            error(ids->at,
                  "dimension \"" + id_names[*area] + "\" cannot be both the area and the period");
            return std::nullopt;
        }

        const auto cell_count = count_cells(size_of, sizes->at);
        if (!cell_count) return std::nullopt;
        auto values = read_values(dataset, size_of, *cell_count);
        auto statuses = read_statuses(dataset, *cell_count);
        if (!values || !statuses) return std::nullopt;
        return build_table(dimensions, size_of, *area, *period, *values, *statuses);
    }

    std::optional<Dimension> read_dimension(const Node& described, const std::string& id) {
        const auto dimension_node = member(described, id);
        Dimension dimension{id, key_at(described, id), {}, {}, {}};
        if (!dimension_node || !dimension_node->value->is_object()) {
            error(described.at, "dimension \"" + id +
                                    "\" is listed in \"id\" but not "
                                    "described in \"dimension\"");
            return std::nullopt;
        }
        const auto category = member(*dimension_node, "category");
        if (!category || !category->value->is_object()) {
            error(dimension.key_at, "dimension \"" + id + "\" has no \"category\" object");
            return std::nullopt;
        }
        const auto index = member(*category, "index");
        const auto label = member(*category, "label");
        if (label && !label->value->is_object()) {
            error(label->at, "category.label of dimension \"" + id + "\" must be an object");
            return std::nullopt;
        }
        if (index && index->value->is_array()) {
            if (!read_index_array(*index, dimension)) return std::nullopt;
        } else if (index && index->value->is_object()) {
            if (!read_index_object(*index, dimension)) return std::nullopt;
        } else if (index) {
            error(index->at, "category.index of dimension \"" + id +
                                 "\" must be an array or an object, found " +
                                 describe(*index->value));
            return std::nullopt;
        } else if (label && label->value->size() == 1) {
            // The format lets a dimension of one category leave out its index.
            const std::string code = label->value->begin().key();
            dimension.codes.push_back(code);
            dimension.code_at.push_back(key_at(*label, code));
        } else {
            error(dimension.key_at,
                  "dimension \"" + id + "\" has " +
                      (label && !label->value->empty()
                           ? std::to_string(label->value->size()) +
                                 " categories but no category.index giving their order"
                           : std::string("no categories (no category.index or .label)")));
            return std::nullopt;
        }
        for (const std::string& code : dimension.codes) {
            const json* text = nullptr;
            if (label) {
                auto found = label->value->find(code);
                if (found != label->value->end() && found->is_string()) text = &*found;
            }
            dimension.labels.push_back(text ? text->get<std::string>() : code);
        }
        return dimension;
    }

    bool read_index_array(const Node& index, Dimension& dimension) {
        const std::vector<std::size_t> starts = scanner_.elements(index.at);
        std::set<std::string> seen;
        bool ok = true;
        for (std::size_t k = 0; k < index.value->size(); ++k) {
            const json& code = (*index.value)[k];
            const std::size_t at = k < starts.size() ? starts[k] : index.at;
            if (!code.is_string()) {
                error(at, "a category code must be a string, found " + describe(code));
                ok = false;
                continue;
            }
            if (!seen.insert(code.get<std::string>()).second) {
                error(at, "category \"" + code.get<std::string>() +
                              "\" is listed twice in dimension \"" + dimension.id + "\"");
                ok = false;
                continue;
            }
            dimension.codes.push_back(code.get<std::string>());
            dimension.code_at.push_back(at);
        }
        return ok;
    }

    // {"3001": 0, "3002": 1}: each code with its place in the order.
    bool read_index_object(const Node& index, Dimension& dimension) {
        const std::size_t count = index.value->size();
        std::vector<std::optional<std::string>> codes(count);
        std::vector<std::size_t> code_at(count, index.at);
        bool ok = true;
        for (const auto& [code, place] : index.value->items()) {
            const std::size_t at = key_at(index, code);
            const bool in_range = place.is_number_unsigned() && place.get<std::uint64_t>() < count;
            if (!in_range || codes[place.get<std::size_t>()]) {
                error(at, "category \"" + code + "\" of dimension \"" + dimension.id +
                              "\" has index " + describe(place) + "; expected each of 0 to " +
                              std::to_string(count - 1) + " once");
                ok = false;
                continue;
            }
            codes[place.get<std::size_t>()] = code;
            code_at[place.get<std::size_t>()] = at;
        }
        if (!ok) return false;
        for (std::size_t k = 0; k < count; ++k) {
            dimension.codes.push_back(*codes[k]);
            dimension.code_at.push_back(code_at[k]);
        }
        return true;
    }

    // The dimension named in the data description, else the one the dataset's role gives,
    // else the one SSB calls `fallback`.
    std::optional<std::size_t> choose_dimension(const Node& dataset, const Node& ids,
                                                const std::vector<std::string>& id_names,
                                                const std::string& named, const std::string& role,
                                                const std::string& fallback,
                                                const std::string& what) {
        const auto position_of = [&](const std::string& id) -> std::optional<std::size_t> {
            auto found = std::find(id_names.begin(), id_names.end(), id);
            if (found == id_names.end()) return std::nullopt;
            return static_cast<std::size_t>(found - id_names.begin());
        };
        const std::string listing = "the dataset's dimensions are " + joined(id_names);
        if (!named.empty()) {
            if (auto position = position_of(named)) return position;
            error(ids.at,
                  "the " + what + " dimension \"" + named + "\" is not in the dataset; " + listing);
            return std::nullopt;
        }
        std::vector<std::string> with_role;
        if (const auto roles = member(dataset, "role"); roles && roles->value->is_object()) {
            const json listed = roles->value->value(role, json::array());
            if (listed.is_array())
                for (const json& id : listed)
                    if (id.is_string()) with_role.push_back(id.get<std::string>());
        }
        if (with_role.size() == 1)
            if (auto position = position_of(with_role.front())) return position;
        if (auto position = position_of(fallback)) return position;
        const std::string roles_say = with_role.empty()
                                          ? "role." + role + " names no dimension"
                                          : "role." + role + " names " + joined(with_role);
        error(ids.at, "no " + what + " dimension: " + roles_say + " and there is no dimension \"" +
                          fallback + "\"; " + listing + " (name the " + what +
                          " dimension in the data description)");
        return std::nullopt;
    }

    std::optional<std::uint64_t> count_cells(const std::vector<std::uint64_t>& size_of,
                                             std::size_t sizes_at) {
        if (std::find(size_of.begin(), size_of.end(), 0) != size_of.end()) return 0;
        std::uint64_t cells = 1;
        for (std::uint64_t size : size_of) {
            if (size > kMaxCells / cells) {
                error(sizes_at, "\"size\" gives a cube of more than " + std::to_string(kMaxCells) +
                                    " cells, too many to read");
                return std::nullopt;
            }
            cells *= size;
        }
        return cells;
    }

    std::string product_text(const std::vector<std::uint64_t>& size_of) const {
        std::string text;
        for (std::uint64_t size : size_of)
            text += (text.empty() ? "" : " x ") + std::to_string(size);
        return text;
    }

    struct CellValues {
        std::vector<const json*> values;  // nullptr: absent from a sparse "value" object
        std::vector<std::size_t> at;
    };

    std::optional<CellValues> read_values(const Node& dataset,
                                          const std::vector<std::uint64_t>& size_of,
                                          std::uint64_t cell_count) {
        const auto value = member(dataset, "value");
        if (!value) {
            error(dataset.at, "the dataset has no \"value\"");
            return std::nullopt;
        }
        CellValues cells{std::vector<const json*>(cell_count, nullptr),
                         std::vector<std::size_t>(cell_count, value->at)};
        if (value->value->is_array()) {
            if (value->value->size() != cell_count) {
                error(value->at, "\"value\" has " + std::to_string(value->value->size()) +
                                     " entries but the dimension sizes give " +
                                     std::to_string(cell_count) + " cells (" +
                                     product_text(size_of) + ")");
                return std::nullopt;
            }
            const std::vector<std::size_t> starts = scanner_.elements(value->at);
            for (std::size_t k = 0; k < cell_count; ++k) {
                cells.values[k] = &(*value->value)[k];
                if (starts.size() == cell_count) cells.at[k] = starts[k];
            }
            return cells;
        }
        if (value->value->is_object()) {
            FaultCounter faults(*this);
            for (const auto& [key, item] : value->value->items()) {
                const auto k = cell_index(key, cell_count);
                if (!k) {
                    faults.report(key_at(*value, key), "\"value\" key \"" + key +
                                                           "\" is not a cell index " +
                                                           cell_range(cell_count));
                    continue;
                }
                cells.values[*k] = &item;
                cells.at[*k] = member(*value, key)->at;
            }
            faults.finish("\"value\" keys that are not cell indexes");
            if (faults.count() > 0) return std::nullopt;
            return cells;
        }
        error(value->at,
              "\"value\" must be an array or an object, found " + describe(*value->value));
        return std::nullopt;
    }

    // Each cell's status, nullptr when it has none.
    std::optional<std::vector<const std::string*>> read_statuses(const Node& dataset,
                                                                 std::uint64_t cell_count) {
        std::vector<const std::string*> statuses(cell_count, nullptr);
        const auto status = member(dataset, "status");
        if (!status || status->value->is_null()) return statuses;
        const json& given = *status->value;
        FaultCounter faults(*this);
        const auto take = [&](const json& item, std::size_t at) -> const std::string* {
            if (item.is_null()) return nullptr;
            if (!item.is_string()) {
                faults.report(at, "a status must be a string or null, found " + describe(item));
                return nullptr;
            }
            return item.get_ref<const std::string&>().empty() ? nullptr
                                                              : &item.get_ref<const std::string&>();
        };
        if (given.is_string()) {
            std::fill(statuses.begin(), statuses.end(), take(given, status->at));
        } else if (given.is_array() && given.size() == 1) {
            // One status for every cell, as the JSON-stat Javascript Toolkit reads it.
            const std::vector<std::size_t> starts = scanner_.elements(status->at);
            std::fill(statuses.begin(), statuses.end(),
                      take(given[0], starts.empty() ? status->at : starts.front()));
        } else if (given.is_array()) {
            if (given.size() != cell_count) {
                error(status->at, "\"status\" has " + std::to_string(given.size()) +
                                      " entries but the cube has " + std::to_string(cell_count) +
                                      " cells");
                return std::nullopt;
            }
            const std::vector<std::size_t> starts = scanner_.elements(status->at);
            for (std::size_t k = 0; k < cell_count; ++k)
                statuses[k] = take(given[k], starts.size() == cell_count ? starts[k] : status->at);
        } else if (given.is_object()) {
            for (const auto& [key, item] : given.items()) {
                const auto k = cell_index(key, cell_count);
                if (!k) {
                    faults.report(key_at(*status, key), "\"status\" key \"" + key +
                                                            "\" is not a cell index " +
                                                            cell_range(cell_count));
                    continue;
                }
                statuses[*k] = take(item, member(*status, key)->at);
            }
        } else {
            error(status->at,
                  "\"status\" must be a string, an array or an object, found " + describe(given));
            return std::nullopt;
        }
        faults.finish("faults in \"status\"");
        if (faults.count() > 0) return std::nullopt;
        return statuses;
    }

    // Each category's code as a positioned field.
    std::vector<CsvField> code_fields(const Dimension& dimension) const {
        const std::vector<TextPosition> found = positions_.at_all(dimension.code_at);
        std::vector<CsvField> fields;
        for (std::size_t k = 0; k < dimension.codes.size(); ++k)
            fields.push_back({dimension.codes[k], found[k].line, found[k].column});
        return fields;
    }

    DataTable build_table(const std::vector<Dimension>& dimensions,
                          const std::vector<std::uint64_t>& size_of, std::size_t area,
                          std::size_t period, const CellValues& values,
                          const std::vector<const std::string*>& statuses) {
        DataTable table;
        table.file = file_;
        std::vector<std::size_t> others;
        for (std::size_t d = 0; d < dimensions.size(); ++d) {
            if (d == area || d == period) continue;
            others.push_back(d);
            const TextPosition position = positions_.at(dimensions[d].key_at);
            table.dimensions.push_back({dimensions[d].id,
                                        dimensions[d].codes,
                                        dimensions[d].labels,
                                        {file_, position.line, position.column}});
        }
        const std::vector<CsvField> area_fields = code_fields(dimensions[area]);
        const std::vector<CsvField> period_fields = code_fields(dimensions[period]);
        const std::vector<TextPosition> value_positions = positions_.at_all(values.at);

        FaultCounter wrong_values(*this);
        FaultCounter contradictions(*this);
        struct UnknownStatus {
            int count = 0;
            std::size_t first_at = 0;
        };
        std::map<std::string, UnknownStatus> unknown_statuses;
        std::vector<std::size_t> category(dimensions.size(), 0);  // of the current cell
        table.cells.reserve(values.values.size());
        for (std::size_t k = 0; k < values.values.size(); ++k) {
            if (k > 0) {
                // Row-major order: the last dimension changes fastest.
                for (std::size_t d = dimensions.size(); d-- > 0;) {
                    if (++category[d] < size_of[d]) break;
                    category[d] = 0;
                }
            }
            const json* value = values.values[k];
            const std::string* status = statuses[k];
            DataCell cell;
            cell.area = area_fields[category[area]];
            cell.period = period_fields[category[period]];
            cell.value.line = value_positions[k].line;
            cell.value.column = value_positions[k].column;
            for (std::size_t d : others) cell.categories.push_back(static_cast<int>(category[d]));

            if (value == nullptr || value->is_null()) {
                cell.value.text = status ? *status : "..";
            } else if (value->is_number()) {
                cell.value.text = format_number(*value);
                if (status && kProvisionalStatuses.count(*status)) {
                    cell.provisional = true;
                } else if (status && (kNoNumberStatuses.count(*status) ||
                                      (*status == "-" && cell.value.text != "0"))) {
                    contradictions.report(values.at[k], "the number " + cell.value.text +
                                                            " has status \"" + *status +
                                                            "\", which says there is no such "
                                                            "number");
                    continue;
                } else if (status && *status != "-") {
                    ++unknown_statuses.try_emplace(*status, UnknownStatus{0, values.at[k]})
                          .first->second.count;
                }
            } else {
                wrong_values.report(values.at[k],
                                    "a value must be a number or null, found " + describe(*value));
                continue;
            }
            table.cells.push_back(std::move(cell));
        }
        wrong_values.finish("values that are neither numbers nor null");
        contradictions.finish("numbers with a status saying there is no number");
        for (const auto& [status, seen] : unknown_statuses)
            diagnostics_.warning(where(seen.first_at),
                                 "status \"" + status + "\" on " + std::to_string(seen.count) +
                                     (seen.count == 1 ? " number" : " numbers") +
                                     " is not understood; the numbers are read without it");
        return table;
    }

    std::string_view text_;
    const std::string& file_;
    Diagnostics& diagnostics_;
    TextPositions positions_;
    JsonTextScanner scanner_;
};

}  // namespace

std::optional<DataTable> read_json_stat(std::string_view utf8_text, const std::string& file,
                                        const JsonStatRoles& roles, Diagnostics& diagnostics) {
    return JsonStatReader(utf8_text, file, diagnostics).read(roles);
}

}  // namespace kt
