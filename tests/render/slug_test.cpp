#include "render/slug.h"

#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

using kt::slugify;

TEST_CASE("slugify transliterates Norwegian letters", "[render][slug]") {
    CHECK(slugify("Vågå") == "vaga");
    CHECK(slugify("Bærum") == "baerum");
    CHECK(slugify("Øygarden") == "oygarden");
    CHECK(slugify("ÆØÅ æøå") == "aeoa-aeoa");
}

TEST_CASE("slugify transliterates Sami and other accented letters", "[render][slug]") {
    CHECK(slugify("Porsanger - Porsáŋgu - Porsanki") == "porsanger-porsangu-porsanki");
    CHECK(slugify("Hábmer - Hamarøy") == "habmer-hamaroy");
    CHECK(slugify("Unjárga - Nesseby") == "unjarga-nesseby");
    CHECK(slugify("áčšŋđŧžü") == "acsndtzu");
    CHECK(slugify("ÁČŠŊĐŦŽÜ") == "acsndtzu");
}

TEST_CASE("slugify turns runs of other characters into one hyphen", "[render][slug]") {
    CHECK(slugify("Nordre Land") == "nordre-land");
    CHECK(slugify("St. Hanshaugen") == "st-hanshaugen");
    CHECK(slugify("Moss (t.o.m. 2019)") == "moss-t-o-m-2019");
    CHECK(slugify("  --Ås--  ") == "as");
    CHECK(slugify("Aurskog-Høland") == "aurskog-holand");
    CHECK(slugify("") == "");
    CHECK(slugify(" - ") == "");
}

TEST_CASE("slugify treats decomposed letters like precomposed ones", "[render][slug]") {
    // "Vågå" with å written as a + U+030A COMBINING RING ABOVE.
    CHECK(slugify("Va\u030Aga\u030A") == "vaga");
}

TEST_CASE("area_slug is the code and the name's slug", "[render][slug]") {
    kt::Area area;
    area.code = "3435";
    area.name = "Vågå";
    CHECK(kt::area_slug(area) == "3435-vaga");
    area.code = "030101";
    area.name = "Gamle Oslo";
    CHECK(kt::area_slug(area) == "030101-gamle-oslo");
    area.name = "?";
    CHECK(kt::area_slug(area) == "030101");
}

TEST_CASE("slugify works from several threads", "[render][slug]") {
    std::vector<std::string> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&results, t] {
            for (int i = 0; i < 100; ++i) results[t] = slugify("Hábmer - Hamarøy");
        });
    }
    for (auto& thread : threads) thread.join();
    for (const auto& r : results) CHECK(r == "habmer-hamaroy");
}
