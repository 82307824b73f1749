#pragma once
// The words the program puts into pages, from the site's language file (templates/words.yaml):
// each a pattern in ICU MessageFormat ("Plass {place} av {count}"), so a site about another
// subject, or in another language, changes the file and not the program.
#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace kt {

// A word the program uses: its key and the values it fills in, as text (which a pattern may
// choose by with select) and as numbers (which it may choose by with plural).
struct WordKey {
    const char* key;
    std::vector<const char*> texts;
    std::vector<const char*> numbers = {};
};

// Every word the program uses; a language file defines each of them and nothing else.
const std::vector<WordKey>& word_keys();

class Words {
  public:
    // An argument: text (numbers as readers see them, formatted already), or a number for a
    // pattern that chooses by it ({count, plural, one {…} other {…}}).
    using Argument = std::variant<std::string_view, double>;

    Words() = default;
    // Patterns by key; the reader has checked that they parse and name only their arguments.
    explicit Words(std::map<std::string, std::string, std::less<>> patterns);

    // The word `key` with its arguments filled in. A key the program does not declare in
    // word_keys() is a bug, and throws std::logic_error.
    std::string operator()(
        std::string_view key,
        std::initializer_list<std::pair<std::string_view, Argument>> arguments = {}) const;

    const std::map<std::string, std::string, std::less<>>& patterns() const { return patterns_; }

  private:
    std::uint64_t id_ = 0;  // unique to each set: the key of the parsed patterns' cache
    std::map<std::string, std::string, std::less<>> patterns_;
};

// The values the program gives a word: "{year}, {difference}; the numbers {count}", or "nothing".
std::string values_given(const WordKey& key);

// Why `pattern` is not a valid pattern for `key` (it does not parse, names a value the program
// does not give it, or treats a text as a number or the other way round), or "" when it is.
std::string word_pattern_error(const WordKey& key, const std::string& pattern);

}  // namespace kt
