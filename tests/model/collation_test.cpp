#include "model/collation.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

using kt::initial_letter;
using kt::NorwegianCollator;

TEST_CASE("NorwegianCollator puts Æ, Ø, Å after Z", "[render][collation]") {
    const NorwegianCollator collator;
    std::vector<std::string> names = {"Ås", "Alta", "Øygarden", "Ørland", "Zzz", "Æsj", "Bø"};
    std::sort(names.begin(), names.end(), collator);
    // Ørland before Øygarden: equal first letters, then r < y.
    const std::vector<std::string> expected = {"Alta",   "Bø",       "Zzz", "Æsj",
                                               "Ørland", "Øygarden", "Ås"};
    CHECK(names == expected);
}

TEST_CASE("NorwegianCollator compares and orders", "[render][collation]") {
    const NorwegianCollator collator;
    CHECK(collator.compare("Alta", "Bø") < 0);
    CHECK(collator.compare("Bø", "Alta") > 0);
    CHECK(collator.compare("Vågå", "Vågå") == 0);
    CHECK(collator.less("Zzz", "Æsj"));
    CHECK(collator.less("Æsj", "Ørland"));
    CHECK(collator.less("Ørland", "Ås"));
    CHECK_FALSE(collator.less("Ås", "Ås"));
    // Å is a letter of its own, not an accented A: "Ås" comes after "Avaldsnes".
    CHECK(collator.less("Avaldsnes", "Ås"));
    // Case is a tie-breaker only: "bø" and "Bø" both sort before "Ca".
    CHECK(collator.less("bø", "Ca"));
    CHECK(collator.less("Bø", "ca"));
}

TEST_CASE("NorwegianCollator sorts double aa as å, as Norwegian convention does",
          "[render][collation]") {
    // CLDR's Norwegian rules make "aa" a variant of "å" (not of "a" + "a").
    const NorwegianCollator collator;
    CHECK(collator.less("Aurskog", "Ås"));    // "Au" is A + u; A < Å
    CHECK(collator.less("Zzz", "Aasen"));     // "Aasen" sorts as "Åsen"
    CHECK(collator.less("Åmot", "Aasen"));    // Åm < Ås
    CHECK(collator.less("Aasen", "Åseral"));  // Åsen < Åser
}

TEST_CASE("NorwegianCollator sorts ü with y, as Norwegian rules do", "[render][collation]") {
    const NorwegianCollator collator;
    CHECK(collator.less("Xanten", "Ülm"));
    CHECK(collator.less("Ülm", "Yy"));  // "Ülm" ~ "Ylm" and l < y
}

TEST_CASE("NorwegianCollator can be shared by several threads", "[render][collation]") {
    const NorwegianCollator collator;
    const std::vector<std::string> input = {"Ås",  "Alta", "Øygarden", "Ørland", "Zzz",
                                            "Æsj", "Bø",   "Vågå",     "Vang",   "Vadsø"};
    std::vector<std::vector<std::string>> results(4, input);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i) {
                std::vector<std::string> copy = input;
                std::sort(copy.begin(), copy.end(), collator);
                results[t] = copy;
            }
        });
    }
    for (auto& thread : threads) thread.join();
    const std::vector<std::string> expected = {"Alta", "Bø",  "Vadsø",  "Vang",     "Vågå",
                                               "Zzz",  "Æsj", "Ørland", "Øygarden", "Ås"};
    for (const auto& r : results) CHECK(r == expected);
}

TEST_CASE("initial_letter is the first letter, upper-cased", "[render][collation]") {
    CHECK(initial_letter("Ørland") == "Ø");
    CHECK(initial_letter("ålesund") == "Å");
    CHECK(initial_letter("Bø") == "B");
    CHECK(initial_letter("æ") == "Æ");
    CHECK(initial_letter("čáhcesuolu") == "Č");
    CHECK(initial_letter("  vågå") == "V");
    CHECK(initial_letter("a\u030Alesund") == "Å");  // decomposed å
    CHECK(initial_letter("") == "");
    CHECK(initial_letter(" - ") == "");
    // A leading "aa" is listed under Å, where the collator sorts it.
    CHECK(initial_letter("Aarborte - Hattfjelldal") == "Å");
    CHECK(initial_letter("aal") == "Å");
    CHECK(initial_letter("Alta") == "A");
    CHECK(initial_letter("A") == "A");
}
