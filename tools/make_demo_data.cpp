// make_demo_data: writes the invented figures of the kommunetall demo site.
//
// Usage: make_demo_data <site-dir>
//
// Reads <site-dir>/data/omrader.csv (the real registry; today's areas) and writes synthetic but
// realistic-looking data: data/egenskaper.csv and data/observasjoner/{arbeidsmarked,befolkning,
// bosetting,introduksjonsprogram,norskopplaering}.csv plus a README.md saying the figures are
// made up; and the municipal survey's answers, data/undersokelse/{radmann,
// integreringsansvarlig}.csv, to the questions that the hand-written data/undersokelse.yaml
// declares (read only to check that it still matches the plan here).
//
// Counts are written as they are, small ones included: the site applies its own suppression
// rule. Only a handful of municipality-years of the programme arrive suppressed (':') from the
// "source", so that both paths are exercised. The programme's outcome follows a linear
// probability model on the published covariates (see OutcomeModel), so the site's regression
// has something to find.
//
// The output is byte-identical on every run and machine. Random numbers come from
// std::mt19937_64, whose raw output the standard fixes, through our own distributions,
// because the std:: distributions differ between standard libraries. Every purpose draws
// from its own stream, so changing one part of the model does not reshuffle the others.
// Results are rounded to whole persons, so a last-bit difference in libm would only matter
// at an exact tie; on targets with fused multiply-add (AArch64) compile with
// -ffp-contract=off so the arithmetic itself is the same as on x86-64.
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <numbers>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t kSeed = 0x6b6f6d6d756e6574;  // "kommunet"

constexpr int kFirstYear = 2015;
constexpr int kLastYear = 2023;             // settlement, programme and training data
constexpr int kLastPopulationYear = 2024;   // population on 1 January
constexpr int kFirstSimulatedYear = 2013;   // settlement feeds the programme two years later
constexpr int kRequestYear = 2024;          // the coming year: its request and decisions only
constexpr long kNationalPopulation2024 = 5'550'000;

// ---------------------------------------------------------------- random numbers

std::uint64_t splitmix64(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// One deterministic stream of random numbers, named by its purpose and an index (a year).
class RandomStream {
public:
    RandomStream(std::string_view purpose, std::uint64_t index)
        : engine_(seed_for(purpose, index)) {}

    double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }  // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    bool chance(double probability) { return uniform() < probability; }
    std::size_t below(std::size_t n) {
        return std::min(n - 1, static_cast<std::size_t>(uniform() * static_cast<double>(n)));
    }

    // Box-Muller; the second value is dropped to keep the stream simple to reason about.
    double normal() {
        const double u1 = 1.0 - uniform();  // (0, 1], so the log is finite
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }
    // Multiplicative noise with median 1.
    double lognormal(double sigma) { return std::exp(sigma * normal()); }

    // Exact: one Bernoulli trial per person (our counts are at most a few tens of thousands).
    long binomial(long n, double p) {
        long successes = 0;
        for (long i = 0; i < n; ++i) successes += chance(p) ? 1 : 0;
        return successes;
    }

    // Knuth's product method for small means, a rounded normal for large ones.
    long poisson(double mean) {
        if (mean <= 0) return 0;
        if (mean < 30) {
            const double limit = std::exp(-mean);
            long k = 0;
            double product = uniform();
            while (product > limit) {
                ++k;
                product *= uniform();
            }
            return k;
        }
        return std::max(0L, std::lround(mean + std::sqrt(mean) * normal()));
    }

private:
    static std::uint64_t seed_for(std::string_view purpose, std::uint64_t index) {
        std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a
        for (unsigned char c : purpose) {
            hash ^= c;
            hash *= 1099511628211ULL;
        }
        return splitmix64(hash ^ splitmix64(kSeed + index));
    }

    std::mt19937_64 engine_;
};

double logistic(double x) { return 1.0 / (1.0 + std::exp(-x)); }
double logit(double p) { return std::log(p / (1.0 - p)); }

// Integer shares of `total` proportional to `weights` (largest remainder, ties to the
// earlier entry), so the parts always add up to the total exactly.
std::vector<long> apportion(long total, const std::vector<double>& weights) {
    std::vector<long> parts(weights.size(), 0);
    if (weights.empty() || total <= 0) return parts;
    double weight_sum = 0;
    for (double w : weights) weight_sum += std::max(0.0, w);
    std::vector<double> effective = weights;
    if (weight_sum <= 0) {  // nobody has a claim: split evenly
        std::fill(effective.begin(), effective.end(), 1.0);
        weight_sum = static_cast<double>(weights.size());
    }
    std::vector<std::pair<double, std::size_t>> remainders;
    long given = 0;
    for (std::size_t i = 0; i < effective.size(); ++i) {
        const double quota = static_cast<double>(total) * std::max(0.0, effective[i]) / weight_sum;
        parts[i] = static_cast<long>(std::floor(quota));
        given += parts[i];
        remainders.emplace_back(quota - std::floor(quota), i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; given < total; k = (k + 1) % remainders.size()) {
        ++parts[remainders[k].second];
        ++given;
    }
    return parts;
}

// One uniform draw per person of each municipality, fixed before the success probability is
// chosen. Counting the draws below a probability is a binomial draw, and since the draws
// stay fixed the national count grows monotonically with the intercept: the national share
// can be hit exactly while every municipality keeps its binomial scatter.
class PersonDraws {
public:
    PersonDraws(RandomStream& random, const std::vector<long>& sizes) {
        for (long size : sizes) {
            draws_.emplace_back();
            for (long person = 0; person < size; ++person) draws_.back().push_back(random.uniform());
        }
    }

    long successes(std::size_t unit, double probability) const {
        return static_cast<long>(std::count_if(draws_[unit].begin(), draws_[unit].end(),
                                               [&](double u) { return u < probability; }));
    }

    // The smallest intercept a (within 1e-9) for which the count with probabilities
    // logistic(a + offset_i) reaches round(target_share * persons).
    double calibrate_intercept(const std::vector<double>& offsets, double target_share) const {
        long persons = 0;
        for (const auto& d : draws_) persons += static_cast<long>(d.size());
        const long wanted = std::lround(target_share * static_cast<double>(persons));
        double low = -15, high = 15;
        while (high - low > 1e-9) {
            const double middle = (low + high) / 2;
            long count = 0;
            for (std::size_t i = 0; i < draws_.size(); ++i)
                count += successes(i, logistic(middle + offsets[i]));
            (count < wanted ? low : high) = middle;
        }
        return high;
    }

private:
    std::vector<std::vector<double>> draws_;
};

// ---------------------------------------------------------------- registry

struct Place {
    std::string code, name, kind, parent;
};

// Our own registry file: comma-separated, fields quoted only when they hold a comma or quote.
std::vector<std::string> split_csv_line(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

std::vector<Place> read_registry(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(file.string() + ": cannot open");
    std::string line;
    std::getline(in, line);
    // The centres (lengdegrad, breddegrad) may follow; the data do not use them.
    std::vector<std::string> header{"kode", "navn", "type", "overordnet", "fra", "til"};
    const std::vector<std::string> with_centres{"kode", "navn", "type", "overordnet", "fra",
                                                "til", "lengdegrad", "breddegrad"};
    const std::vector<std::string> found = split_csv_line(line);
    if (found == with_centres)
        header = with_centres;
    else if (found != header)
        throw std::runtime_error(file.string() +
                                 ":1: expected header kode,navn,type,overordnet,fra,til"
                                 "[,lengdegrad,breddegrad]");
    std::vector<Place> places;
    for (int number = 2; std::getline(in, line); ++number) {
        if (line.empty()) continue;
        auto fields = split_csv_line(line);
        if (fields.size() != header.size())
            throw std::runtime_error(file.string() + ":" + std::to_string(number) +
                                     ": expected " + std::to_string(header.size()) + " fields");
        // The demo data use today's areas only (figures back-cast to today's borders).
        if (!fields[5].empty()) continue;
        places.push_back({fields[0], fields[1], fields[2], fields[3]});
    }
    return places;
}

// ---------------------------------------------------------------- population

// Rough real populations on 1 January 2024 for the largest municipalities, a few tiny ones
// and the three municipalities the demo pages feature; the rest are drawn. A share of 0
// means "derive the immigrant share from the size".
struct KnownSize {
    std::string_view code;
    long population_2024;
    double immigrant_share_2024;
};

constexpr KnownSize kKnownSizes[] = {
    {"0301", 717'700, 0.285}, {"4601", 291'200, 0.150}, {"5001", 214'600, 0.130},
    {"1103", 149'000, 0.185}, {"3201", 130'800, 0.190}, {"4204", 117'000, 0.140},
    {"3301", 103'300, 0.245}, {"3203", 98'100, 0.160},  {"3205", 92'400, 0.190},
    {"3107", 84'900, 0.160},  {"1108", 83'500, 0.150},  {"5501", 78'700, 0.125},
    {"3907", 65'500, 0.150},  {"3207", 62'400, 0.160},  {"3105", 59'300, 0.170},
    {"3905", 58'200, 0.130},  {"1508", 57'500, 0.140},  {"4003", 56'000, 0.130},
    {"1804", 53'700, 0.110},  {"3103", 51'200, 0.180},  {"3909", 48'200, 0.120},
    {"3222", 48'000, 0.255},  {"3118", 46'500, 0.140},  {"4203", 46'300, 0.120},
    {"1149", 43'100, 0.110},  {"3209", 41'800, 0.200},  {"4626", 39'900, 0.110},
    {"1106", 38'000, 0.185},  {"4001", 37'300, 0.140},  {"3411", 35'300, 0.100},
    {"3403", 32'900, 0.130},  {"1506", 32'700, 0.120},  {"3101", 31'900, 0.150},
    {"3305", 31'500, 0.120},  {"4631", 30'600, 0.090},  {"4627", 30'500, 0.100},
    {"3407", 30'500, 0.120},  {"3405", 29'000, 0.110},  {"3303", 28'400, 0.130},
    {"1124", 27'900, 0.150},  {"3312", 27'800, 0.130},  {"3901", 27'800, 0.130},
    {"3240", 27'500, 0.140},  {"3911", 27'300, 0.090},  {"1833", 26'400, 0.100},
    {"4624", 26'000, 0.100},  {"3903", 25'600, 0.120},  {"3232", 25'500, 0.130},
    {"5035", 25'000, 0.110},  {"5503", 24'800, 0.100},  {"4202", 24'500, 0.100},
    {"1505", 24'300, 0.120},  {"5006", 24'300, 0.090},  {"4205", 23'800, 0.110},
    {"4647", 22'500, 0.110},  {"5601", 21'800, 0.110},  {"3413", 21'600, 0.110},
    {"3420", 21'500, 0.110},  {"3218", 21'500, 0.160},  {"1806", 21'500, 0.120},
    {"3314", 20'400, 0.130},  {"5037", 20'400, 0.100},  {"3212", 20'300, 0.110},
    {"1120", 20'000, 0.120},  {"1119", 19'600, 0.130},  {"1121", 19'500, 0.130},
    {"3224", 19'000, 0.170},  {"3216", 19'000, 0.140},  {"4614", 19'000, 0.160},
    {"5059", 18'900, 0.100},  {"3401", 18'000, 0.120},  {"3226", 17'800, 0.140},
    {"4602", 17'300, 0.120},  {"5028", 17'000, 0.090},  {"4621", 16'000, 0.120},
    // Tiny island and mountain municipalities.
    {"1151", 200, 0.0}, {"4629", 390, 0.0}, {"5043", 440, 0.0}, {"1835", 450, 0.0},
    {"1856", 460, 0.0}, {"1816", 470, 0.0}, {"4633", 520, 0.0}, {"1144", 530, 0.0},
    {"5052", 560, 0.0}, {"1857", 730, 0.0}, {"5033", 760, 0.0}, {"4636", 780, 0.0},
    {"1145", 880, 0.0}, {"5614", 880, 0.0}, {"5020", 930, 0.0}, {"4224", 930, 0.0},
    {"4222", 990, 0.0},
    // Featured on the demo pages: Vågå, Sel, Nordre Land.
    {"3435", 3'500, 0.0}, {"3437", 5'800, 0.0}, {"3448", 6'600, 0.0},
};

// Municipalities whose settlement must show several persons in the big years.
const std::set<std::string> kFeatured = {"3435", "3437", "3448"};

struct Municipality {
    std::string code;
    std::map<int, long> population;  // 1 January, 2015-2024
    std::map<int, long> immigrants;
    int centrality = 0;
    double size_rank = 0;  // 0 = smallest, 1 = largest
    double programme_effect = 0;  // persistent, in probability of work or education
    double training_effect = 0;   // persistent, on the logit scale
    // Persistent differences in who finishes the programme here (logit offsets): a refugee
    // reception centre nearby, a large family-reunification group, a university town.
    double men_offset = 0, older_offset = 0, track1_offset = 0, track3_offset = 0;
    double unemployment_offset = 0;  // log offset from the national unemployment rate
    int kostra_group = 0;
};

std::vector<long> population_2024(const std::vector<std::string>& codes) {
    std::map<std::string_view, long> known;
    for (const auto& k : kKnownSizes) known[k.code] = k.population_2024;
    RandomStream random("population-size", 0);
    std::vector<long> sizes(codes.size(), 0);
    std::vector<double> drawn(codes.size(), 0);
    long known_total = 0;
    double drawn_total = 0;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const double value = std::exp(random.normal(std::log(4'500.0), 0.75));
        if (auto it = known.find(codes[i]); it != known.end()) {
            sizes[i] = it->second;
            known_total += it->second;
        } else {
            drawn[i] = value;
            drawn_total += value;
        }
    }
    // Scale the drawn ones so the country adds up to about its real size, keeping them
    // between the tiny ones and the smallest of the large municipalities listed above.
    // Values above a knee are squeezed smoothly towards the ceiling (no pile-up at the
    // limit); this makes the scale a fixed point, found by repeated adjustment.
    auto clamped = [](double value) {
        constexpr double kFloor = 600, kKnee = 10'000, kCeiling = 16'000;
        if (value <= kKnee) return std::max(kFloor, value);
        return kKnee + (kCeiling - kKnee) * (1.0 - std::exp(-(value - kKnee) / (kCeiling - kKnee)));
    };
    const double wanted = static_cast<double>(kNationalPopulation2024 - known_total);
    double scale = wanted / drawn_total;
    for (int iteration = 0; iteration < 50; ++iteration) {
        double total = 0;
        for (double value : drawn)
            if (value > 0) total += clamped(value * scale);
        scale *= wanted / total;
    }
    for (std::size_t i = 0; i < codes.size(); ++i)
        if (drawn[i] > 0) sizes[i] = std::lround(clamped(drawn[i] * scale));
    return sizes;
}

void fill_population(std::vector<Municipality>& municipalities) {
    std::vector<std::string> codes;
    for (const auto& m : municipalities) codes.push_back(m.code);
    const std::vector<long> sizes = population_2024(codes);

    std::map<std::string_view, double> known_share;
    for (const auto& k : kKnownSizes) known_share[k.code] = k.immigrant_share_2024;

    RandomStream growth_random("population-growth", 0);
    RandomStream share_random("immigrant-share", 0);
    for (std::size_t i = 0; i < municipalities.size(); ++i) {
        auto& m = municipalities[i];
        const double magnitude = std::log10(static_cast<double>(sizes[i]));
        // Cities grow about 1 % a year; small places stand still or shrink.
        const double growth = std::clamp(
            0.004 + 0.003 * (magnitude - 3.7) + growth_random.normal(0, 0.004), -0.012, 0.02);
        // SSB 2024: from about 4 % in some inland municipalities to over 30 %, most 8-18 %.
        double share = std::clamp(0.12 + 0.045 * (magnitude - 3.7) + share_random.normal(0, 0.04),
                                  0.035, 0.33);
        if (auto it = known_share.find(m.code); it != known_share.end() && it->second > 0)
            share = it->second;
        for (int year = kFirstYear; year <= kLastPopulationYear; ++year) {
            const int back = kLastPopulationYear - year;
            const double wobble = back == 0 ? 1.0 : growth_random.lognormal(0.002);
            const long people = std::lround(static_cast<double>(sizes[i]) *
                                            std::exp(-growth * back) * wobble);
            // The immigrant share rose by about a quarter from 2015 to 2024.
            const double share_then =
                std::max(0.025, share * (1.0 - 0.025 * back) * share_random.lognormal(0.005));
            m.population[year] = people;
            m.immigrants[year] = std::lround(static_cast<double>(people) * share_then);
        }
    }
}

// SSB's centrality class 1-6, imitated from size with noise; Akershus lies close to Oslo.
void fill_centrality(std::vector<Municipality>& municipalities) {
    RandomStream random("centrality", 0);
    for (auto& m : municipalities) {
        const long people = m.population.at(kLastPopulationYear);
        double score = std::log10(static_cast<double>(people)) + random.normal(0, 0.22);
        if (m.code.starts_with("32")) score += 0.35;
        int centrality = score >= 5.05 ? 1 : score >= 4.45 ? 2 : score >= 4.1 ? 3
                       : score >= 3.82 ? 4 : score >= 3.45 ? 5 : 6;
        if (people >= 50'000) centrality = std::min(centrality, 2);
        if (people < 2'000) centrality = std::max(centrality, 5);
        if (m.code == "0301") centrality = 1;
        m.centrality = centrality;
    }
}

void fill_size_ranks(std::vector<Municipality>& municipalities) {
    std::vector<std::size_t> order(municipalities.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return municipalities[a].population.at(kLastPopulationYear) <
               municipalities[b].population.at(kLastPopulationYear);
    });
    for (std::size_t rank = 0; rank < order.size(); ++rank)
        municipalities[order[rank]].size_rank =
            static_cast<double>(rank) / static_cast<double>(order.size() - 1);
}

// SSB's KOSTRA groups (the grouping per 2020, which SSB still applies to the 2024 codes)
// sort municipalities by population and two fiscal measures: bound costs per inhabitant
// (high where people live far apart) and free disposable income (high where power plants
// pay or regional support is large). The demo invents both measures from centrality and
// noise and then applies SSB's table:
//   under 600: 16;  600-1 999: 14, or 15 with high income;
//   2 000-9 999: 1-3 (low bound costs) or 4-6 (high), each by income low, middle, high;
//   10 000-19 999: 7 with low income, 8 otherwise;  20 000-29 999: 9;  30 000-44 999: 10;
//   45 000-74 999: 11;  75 000 and over: 12;  Oslo: 13;
//   17: the eight central municipalities of 20 000 or more with the highest income.
int kostra_group(long people, bool high_costs, int income_level) {
    if (people < 600) return 16;
    if (people < 2'000) return income_level == 2 ? 15 : 14;
    if (people < 10'000) return (high_costs ? 4 : 1) + income_level;
    if (people < 20'000) return income_level == 0 ? 7 : 8;
    if (people < 30'000) return 9;
    if (people < 45'000) return 10;
    if (people < 75'000) return 11;
    return 12;
}

void fill_kostra_groups(std::vector<Municipality>& municipalities) {
    RandomStream random("kostra", 0);
    std::vector<double> income(municipalities.size());
    for (std::size_t i = 0; i < municipalities.size(); ++i) {
        auto& m = municipalities[i];
        const long people = m.population.at(kLastPopulationYear);
        const double remoteness = m.centrality - 4.0;
        const bool high_costs = 0.6 * remoteness + random.normal() > 0;
        income[i] = 0.35 * remoteness + random.normal();
        const int income_level = income[i] < -0.3 ? 0 : income[i] < 0.7 ? 1 : 2;
        m.kostra_group = kostra_group(people, high_costs, income_level);
        if (m.code == "0301") m.kostra_group = 13;
    }
    std::vector<std::size_t> rich;
    for (std::size_t i = 0; i < municipalities.size(); ++i) {
        const auto& m = municipalities[i];
        if (m.code != "0301" && m.centrality <= 2 && m.population.at(kLastPopulationYear) >= 20'000)
            rich.push_back(i);
    }
    std::stable_sort(rich.begin(), rich.end(),
                     [&](std::size_t a, std::size_t b) { return income[a] > income[b]; });
    for (std::size_t k = 0; k < std::min<std::size_t>(8, rich.size()); ++k)
        municipalities[rich[k]].kostra_group = 17;
}

// ---------------------------------------------------------------- labour market

// Registered unemployment (NAV: fully unemployed, percent of the labour force), roughly the
// real annual national averages; 2020, the pandemic year (5.0 in reality), is damped to 3.6
// so that the demo's municipal values stay in a familiar range.
const std::map<int, double> kUnemployment = {
    {2015, 3.0}, {2016, 3.0}, {2017, 2.7}, {2018, 2.4}, {2019, 2.2},
    {2020, 3.6}, {2021, 3.1}, {2022, 1.8}, {2023, 1.8},
};

// unemployment[year][municipality] in percent, rounded to one decimal as published. Each
// municipality keeps its level relative to the country (a little higher far from the
// centres) and wobbles a little from year to year.
std::map<int, std::vector<double>> local_unemployment(
    const std::vector<Municipality>& municipalities) {
    std::map<int, std::vector<double>> result;
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        RandomStream random("unemployment", static_cast<std::uint64_t>(year));
        auto& rates = result[year];
        for (const auto& m : municipalities) {
            const double rate =
                kUnemployment.at(year) * std::exp(m.unemployment_offset + random.normal(0, 0.1));
            rates.push_back(std::round(std::clamp(rate, 0.6, 7.5) * 10.0) / 10.0);
        }
    }
    return result;
}

// ---------------------------------------------------------------- settlement

struct YearPlan {
    long settled_total;        // exact national total (2013-2014 only feed the programme)
    long requested_total;      // roughly what IMDi asked for
    double asked_probability;  // share of municipalities asked
    double minors_share;       // unaccompanied minors among the settled
    // Roughly what IMDi first asked for, in the years it revised its requests during the
    // year (as its export has "Opprinnelig anmodning": 5 120 for 2020, cut in the pandemic,
    // and 5 500 for 2022, raised after the war in Ukraine began); 0 in the other years.
    long original_total = 0;
};

// 2024 is the coming year: its request and decisions are known, its settlement is not.
const std::map<int, YearPlan> kSettlementPlan = {
    {2013, {5'935, 6'300, 0.85, 0.06}},     {2014, {7'015, 7'500, 0.88, 0.07}},
    {2015, {11'342, 12'150, 0.88, 0.07}},   {2016, {15'291, 16'350, 0.97, 0.09}},
    {2017, {11'078, 11'850, 0.85, 0.07}},   {2018, {4'903, 5'250, 0.62, 0.045}},
    {2019, {4'822, 5'350, 0.63, 0.03}},     {2020, {3'600, 3'850, 0.52, 0.025, 5'120}},
    {2021, {5'600, 6'000, 0.62, 0.02}},     {2022, {35'000, 37'000, 0.99, 0.01, 5'500}},
    {2023, {37'000, 40'500, 0.98, 0.012}},  {2024, {25'000, 26'400, 0.97, 0.012}},
};

// Who the settled are and how they came, nationally (IMDi's annual report 2019, table 3-1 and
// figure 3-1-2, for 2015-2019; the other years invented, with many Ukrainians from private
// homes in 2022-2023): the share in families with children, of resettlement refugees, and
// of those settled from a private home. About 0.4 % have a protected identity and are in no
// category of persons; they count with those from private homes.
struct CategoryPlan {
    double families, resettled, private_homes;
};
const std::map<int, CategoryPlan> kCategoryPlan = {
    {2013, {0.45, 0.20, 0.05}}, {2014, {0.45, 0.20, 0.05}}, {2015, {0.43, 0.21, 0.05}},
    {2016, {0.46, 0.21, 0.05}}, {2017, {0.56, 0.26, 0.05}}, {2018, {0.72, 0.51, 0.04}},
    {2019, {0.79, 0.58, 0.04}}, {2020, {0.75, 0.42, 0.05}}, {2021, {0.75, 0.55, 0.05}},
    {2022, {0.70, 0.06, 0.30}}, {2023, {0.70, 0.08, 0.25}}, {2024, {0.70, 0.10, 0.20}},
};
constexpr double kShieldedShare = 0.004;

struct Settlement {
    bool asked = false;
    long requested = 0;  // anmodning
    long original = 0;   // anmodning_opprinnelig, in the years IMDi revised its requests
    long decided = 0;    // vedtak
    long settled = 0;    // bosatte
    // The settled as IMDi counts persons: minors + families + other adults + shielded (the
    // data hold other adults with the shielded, as IMDi's figure 3-1-3).
    long minors = 0;        // enslige_mindreaarige
    long families = 0;      // bosatte_barnefamilier: adults and children in families with children
    long other_adults = 0;  // without the shielded; bosatte_andre_voksne_skjermet adds them
    long shielded = 0;      // protected identity, in no category of its own
    // And by how they came: resettled + from reception + (private homes and shielded).
    long resettled = 0;       // bosatte_overforingsflyktninger
    long from_reception = 0;  // bosatte_fra_mottak
    long private_homes = 0;   // without the shielded; bosatte_privat_skjermet adds them
};

// settlement[year][municipality]
using SettlementByYear = std::map<int, std::vector<Settlement>>;

std::vector<Settlement> settle_year(int year, const std::vector<Municipality>& municipalities) {
    const YearPlan& plan = kSettlementPlan.at(year);
    const int population_year = std::max(year, kFirstYear);
    const std::size_t n = municipalities.size();
    std::vector<Settlement> result(n);
    auto people = [&](std::size_t i) {
        return static_cast<double>(municipalities[i].population.at(population_year));
    };

    // Who is asked: large municipalities nearly always, small ones less often.
    RandomStream ask_random("asked", static_cast<std::uint64_t>(year));
    for (std::size_t i = 0; i < n; ++i) {
        const double refusal = (1.0 - plan.asked_probability) * (1.5 - municipalities[i].size_rank);
        result[i].asked = ask_random.chance(1.0 - refusal);
        if (people(i) >= 50'000) result[i].asked = true;
        const bool big_year = year <= 2017 || year >= 2022;
        if (big_year && kFeatured.contains(municipalities[i].code)) result[i].asked = true;
    }

    // Requests come in fives, at least five per asked municipality.
    RandomStream request_random("requested", static_cast<std::uint64_t>(year));
    std::vector<std::size_t> asked;
    std::vector<double> request_weights;
    for (std::size_t i = 0; i < n; ++i) {
        const double noise = request_random.lognormal(0.45);
        if (!result[i].asked) continue;
        asked.push_back(i);
        request_weights.push_back(std::pow(people(i), 0.9) * noise);
    }
    const long spare_fives = plan.requested_total / 5 - static_cast<long>(asked.size());
    const std::vector<long> fives = apportion(spare_fives, request_weights);
    for (std::size_t k = 0; k < asked.size(); ++k) result[asked[k]].requested = 5 * (1 + fives[k]);
    if (plan.original_total > 0) {
        RandomStream original_random("original-request", static_cast<std::uint64_t>(year));
        std::vector<double> original_weights;
        for (double w : request_weights) original_weights.push_back(w * original_random.lognormal(0.3));
        const std::vector<long> original_fives = apportion(
            plan.original_total / 5 - static_cast<long>(asked.size()), original_weights);
        for (std::size_t k = 0; k < asked.size(); ++k)
            result[asked[k]].original = 5 * (1 + original_fives[k]);
    }

    // Most councils decide what was asked; some less, a few more, very few nothing.
    RandomStream decision_random("decided", static_cast<std::uint64_t>(year));
    for (std::size_t i = 0; i < n; ++i) {
        const double u = decision_random.uniform();
        const double factor = decision_random.uniform();
        auto& s = result[i];
        if (!s.asked) continue;
        const double asked_for = static_cast<double>(s.requested);
        const bool may_decline = people(i) < 20'000 && !kFeatured.contains(municipalities[i].code);
        if (u < 0.01 && may_decline) s.decided = 0;
        else if (u < 0.11) s.decided = std::max(1L, std::lround(asked_for * (0.6 + 0.35 * factor)));
        else if (u < 0.19) s.decided = std::lround(asked_for * (1.05 + 0.3 * factor));
        else s.decided = s.requested;
    }

    // A municipality without a decision may still receive a few (family, late arrivals);
    // the rest of the national total follows the decisions, usually a little below them.
    RandomStream settle_random("settled", static_cast<std::uint64_t>(year));
    long preassigned = 0;
    std::vector<std::size_t> deciding;
    std::vector<double> settle_weights;
    for (std::size_t i = 0; i < n; ++i) {
        const double u = settle_random.uniform();
        const double factor = settle_random.uniform();
        const double extra = settle_random.uniform();
        auto& s = result[i];
        if (s.decided == 0) {
            s.settled = settle_random.poisson(0.15 + people(i) / 40'000.0);
            preassigned += s.settled;
            continue;
        }
        const double fulfilment = u < 0.6 ? 1.0 : u < 0.9 ? 0.6 + 0.37 * factor : 1.03 + 0.22 * factor;
        deciding.push_back(i);
        settle_weights.push_back(static_cast<double>(s.decided) * fulfilment + 0.3 * extra);
    }
    const std::vector<long> settled = apportion(plan.settled_total - preassigned, settle_weights);
    for (std::size_t k = 0; k < deciding.size(); ++k) result[deciding[k]].settled = settled[k];

    // Unaccompanied minors go to a minority of municipalities each year.
    RandomStream minors_random("minors", static_cast<std::uint64_t>(year));
    constexpr double kShareTakingMinors = 0.35;
    for (auto& s : result) {
        const bool takes_minors = minors_random.chance(kShareTakingMinors);
        const double p = std::min(0.5, plan.minors_share / kShareTakingMinors);
        s.minors = takes_minors ? minors_random.binomial(s.settled, p) : 0;
    }

    // The other settled persons by category, and everyone by how they came; each
    // municipality leaning its own way a little.
    const CategoryPlan& kinds = kCategoryPlan.at(year);
    RandomStream category_random("settled-categories", static_cast<std::uint64_t>(year));
    for (auto& s : result) {
        // Tilts with mean 1, so the national shares stay near the plan's.
        const double family_tilt = category_random.lognormal(0.1) / std::exp(0.1 * 0.1 / 2);
        const double resettled_tilt = category_random.lognormal(0.4) / std::exp(0.4 * 0.4 / 2);
        const long adults_and_families = s.settled - s.minors;
        s.shielded = category_random.binomial(adults_and_families, kShieldedShare);
        const double family_chance =
            adults_and_families > s.shielded
                ? std::min(1.0, kinds.families * static_cast<double>(s.settled) /
                                    static_cast<double>(adults_and_families - s.shielded) * family_tilt)
                : 0.0;
        s.families = category_random.binomial(adults_and_families - s.shielded, family_chance);
        s.other_adults = adults_and_families - s.shielded - s.families;
        s.resettled = category_random.binomial(s.settled - s.shielded,
                                               std::min(0.95, kinds.resettled * resettled_tilt));
        s.private_homes = category_random.binomial(s.settled - s.shielded - s.resettled,
                                                   kinds.private_homes / (1.0 - kinds.resettled));
        s.from_reception = s.settled - s.shielded - s.resettled - s.private_homes;
    }
    return result;
}

SettlementByYear settle_all(const std::vector<Municipality>& municipalities) {
    SettlementByYear result;
    for (int year = kFirstSimulatedYear; year <= kRequestYear; ++year)
        result[year] = settle_year(year, municipalities);
    return result;
}

// Oslo reports settlement per city district too; the districts add up to Oslo exactly.
// Relative weights: eastern districts settle more than the western ones.
constexpr double kDistrictWeights[] = {
    1.3,  // 030101 Gamle Oslo
    0.9,  // 030102 Grünerløkka
    0.7,  // 030103 Sagene
    0.5,  // 030104 St. Hanshaugen
    0.4,  // 030105 Frogner
    0.4,  // 030106 Ullern
    0.4,  // 030107 Vestre Aker
    0.6,  // 030108 Nordre Aker
    1.0,  // 030109 Bjerke
    1.2,  // 030110 Grorud
    1.4,  // 030111 Stovner
    1.5,  // 030112 Alna
    0.8,  // 030113 Østensjø
    0.7,  // 030114 Nordstrand
    1.4,  // 030115 Søndre Nordstrand
};

// Deals the city's persons of several kinds (`kinds`: how many of each) out to its districts,
// district d getting sizes[d] of them, without replacement: a district's kinds add up to its
// size and each kind's districts to the city's. sizes must add up to the kinds' sum.
std::vector<std::vector<long>> deal_out(RandomStream& random, std::vector<long> kinds,
                                        const std::vector<long>& sizes) {
    long left = 0;
    for (long k : kinds) left += k;
    std::vector<std::vector<long>> dealt(sizes.size(), std::vector<long>(kinds.size(), 0));
    for (std::size_t d = 0; d < sizes.size(); ++d) {
        for (long person = 0; person < sizes[d]; ++person, --left) {
            long draw = static_cast<long>(random.uniform() * static_cast<double>(left));
            std::size_t kind = 0;
            while (draw >= kinds[kind]) draw -= kinds[kind++];
            --kinds[kind];
            ++dealt[d][kind];
        }
    }
    return dealt;
}

std::map<int, std::vector<Settlement>> split_over_districts(
    const SettlementByYear& settlement, std::size_t oslo, std::size_t district_count) {
    std::map<int, std::vector<Settlement>> result;
    for (int year = kFirstYear; year <= kRequestYear; ++year) {
        const Settlement& city = settlement.at(year)[oslo];
        RandomStream random("districts", static_cast<std::uint64_t>(year));
        std::vector<double> weights(district_count), decided_weights(district_count),
            settled_weights(district_count);
        for (std::size_t d = 0; d < district_count; ++d)
            weights[d] = kDistrictWeights[d % std::size(kDistrictWeights)] * random.lognormal(0.25);
        const auto requested = apportion(city.requested, weights);
        for (std::size_t d = 0; d < district_count; ++d)
            decided_weights[d] = static_cast<double>(requested[d]) * random.lognormal(0.1);
        const auto decided = apportion(city.decided, decided_weights);
        for (std::size_t d = 0; d < district_count; ++d)
            settled_weights[d] = static_cast<double>(decided[d]) * random.lognormal(0.15);
        const auto settled = apportion(city.settled, settled_weights);

        std::vector<Settlement> districts(district_count);
        long minors_left = city.minors, people_left = city.settled;
        for (std::size_t d = 0; d < district_count; ++d) {
            districts[d].asked = city.asked;
            districts[d].requested = requested[d];
            districts[d].decided = decided[d];
            districts[d].settled = settled[d];
            // Draw the district's minors from the city's settled without replacement, so
            // no district has more minors than settled and the sum is Oslo's.
            for (long person = 0; person < settled[d]; ++person) {
                const double p = static_cast<double>(minors_left) / static_cast<double>(people_left);
                if (random.chance(p)) {
                    ++districts[d].minors;
                    --minors_left;
                }
                --people_left;
            }
        }
        // The other categories, then how everyone came (the shielded among those from private
        // homes), from a stream of their own so the draws above stay as they were.
        RandomStream kinds_random("district-categories", static_cast<std::uint64_t>(year));
        std::vector<long> adults_and_families, without_shielded;
        for (const Settlement& d : districts) adults_and_families.push_back(d.settled - d.minors);
        const auto household = deal_out(
            kinds_random, {city.families, city.other_adults, city.shielded}, adults_and_families);
        for (std::size_t d = 0; d < district_count; ++d) {
            districts[d].families = household[d][0];
            districts[d].other_adults = household[d][1];
            districts[d].shielded = household[d][2];
            without_shielded.push_back(districts[d].settled - districts[d].shielded);
        }
        const auto route = deal_out(
            kinds_random, {city.resettled, city.from_reception, city.private_homes}, without_shielded);
        for (std::size_t d = 0; d < district_count; ++d) {
            districts[d].resettled = route[d][0];
            districts[d].from_reception = route[d][1];
            districts[d].private_homes = route[d][2];
        }
        result[year] = districts;
    }
    return result;
}

// ---------------------------------------------------------------- settlement timing

// National figures of waiting time from the residence permit to settlement, 2015-2019 from
// IMDi's annual report 2019: the mean in months, the shares settled within 6 and 12 months and
// the share of the settled in families with children; 2015's 12-month share and 2020-2023 are
// invented. Only the summed months are written; the shares shape who waits how long.
struct TimingPlan {
    double mean_months, within_6, within_12, families;
};
const std::map<int, TimingPlan> kTimingPlan = {
    {2015, {8.4, 0.51, 0.88, 0.43}}, {2016, {4.8, 0.81, 0.95, 0.46}},
    {2017, {5.0, 0.76, 0.97, 0.56}}, {2018, {4.9, 0.83, 0.96, 0.72}},
    {2019, {3.3, 0.95, 0.985, 0.79}}, {2020, {4.1, 0.88, 0.97, 0.75}},
    {2021, {3.6, 0.92, 0.98, 0.75}}, {2022, {1.4, 0.97, 0.995, 0.70}},
    {2023, {1.6, 0.96, 0.99, 0.70}},
};

struct SettlementTiming {
    double months = 0;  // bosatte_ventetid_maaneder: summed over the settled
    long within_6 = 0, within_12 = 0;  // bosatte_innen_6mnd, bosatte_innen_12mnd
    long minors_within_3 = 0;          // enslige_mindreaarige_innen_3mnd
    long families = 0;                 // barnefamilier: families with children, not persons
    long families_within_3 = 0;        // barnefamilier_innen_3mnd
};

// Persons per family with children among the settled (IMDi: 3 793 in 847 families in 2019).
constexpr double kFamilySize = 4.5;

// The standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9).
double normal_quantile(double p) {
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                               -2.759285104469687e+02, 1.383577518672690e+02,
                               -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                               -1.556989798598866e+02, 6.680131188771972e+01,
                               -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                               -2.400758277161838e+00, -2.549671010448832e+00,
                               4.374664141464968e+00, 2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                               2.445134137142996e+00, 3.754408661907416e+00};
    const double low = 0.02425;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low) return -normal_quantile(1 - p);
    const double q = p - 0.5, r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

// Each settled person waits: with chance 1 - within_12 a long wait of 12 months and more
// (someone in the family not yet ready to move, a need for a special home), else a lognormal
// wait whose spread gives the year's share within 6 months. Families with children and
// unaccompanied minors wait less, the other adults more; each municipality is persistently
// quicker or slower, and a little different every year. One median a year, found by
// bisection over the fixed draws, makes the national mean the year's exactly (to a tenth of a
// month per person).
std::map<int, std::vector<SettlementTiming>> time_settlement(
    const std::vector<Municipality>& municipalities, const SettlementByYear& settlement) {
    const std::size_t n = municipalities.size();
    constexpr double kSpeedSd = 0.3, kYearSd = 0.15;  // log months, persistent and yearly
    std::vector<double> speed(n);
    {
        RandomStream random("settlement-speed", 0);
        for (double& v : speed) v = random.normal(0, kSpeedSd);
    }
    constexpr double kLongMean = 6.0;  // months beyond 12 for a long wait
    constexpr double kMinorShift = -0.2, kFamilyShift = -0.1, kOtherShift = 0.2;
    struct Wait {
        bool long_wait;
        double offset;  // log months beyond the year's median: category, place, person
        double long_months;
    };
    std::map<int, std::vector<SettlementTiming>> result;
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        const TimingPlan& plan = kTimingPlan.at(year);
        RandomStream random("settlement-timing", static_cast<std::uint64_t>(year));
        // The spread of the lognormal part: with mean m and a share p within 6 months among
        // those not waiting long, log 6 = mu + sigma z and log m = mu + sigma^2 / 2.
        const double mean = (plan.mean_months - (1 - plan.within_12) * (12 + kLongMean)) /
                            plan.within_12;
        const double z = normal_quantile(std::min(0.999, plan.within_6 / plan.within_12));
        const double discriminant = z * z - 2 * (std::log(6.0) - std::log(mean));
        const double sigma =
            std::clamp(discriminant > 0 ? z - std::sqrt(discriminant) : z, 0.3, 1.2);
        // The places' differences make part of that spread; the persons' the rest.
        const double person_sigma =
            std::sqrt(std::max(0.04, sigma * sigma - kSpeedSd * kSpeedSd - kYearSd * kYearSd));
        std::vector<std::vector<Wait>> waits(n);
        std::vector<long> family_count(n);
        long persons = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const Settlement& s = settlement.at(year)[i];
            const double here = speed[i] + random.normal(0, kYearSd);
            // A family moves together: its members take turns into the families, and each
            // family's first member draws the wait they all share.
            family_count[i] =
                s.families > 0 ? std::clamp(std::lround(static_cast<double>(s.families) / kFamilySize),
                                            1L, s.families)
                               : 0;
            for (long person = 0; person < s.settled; ++person) {
                const bool minor = person < s.minors;
                const bool family = !minor && person < s.minors + s.families;
                const long member = person - s.minors;
                if (family && member >= family_count[i]) {
                    waits[i].push_back(waits[i][static_cast<std::size_t>(
                        s.minors + member % family_count[i])]);
                    continue;
                }
                Wait w;
                w.long_wait = !random.chance(plan.within_12);
                const double shift = minor ? kMinorShift : family ? kFamilyShift : kOtherShift;
                w.offset = shift + here + person_sigma * random.normal();
                w.long_months = 12 - kLongMean * std::log(1.0 - random.uniform());
                waits[i].push_back(w);
            }
            persons += s.settled;
        }
        auto months = [](const Wait& w, double log_median) {
            return w.long_wait ? w.long_months : std::exp(log_median + w.offset);
        };
        const double wanted = plan.mean_months * static_cast<double>(persons);
        double low = -5, high = 5;
        while (high - low > 1e-9) {
            const double middle = (low + high) / 2;
            double total = 0;
            for (const auto& here : waits)
                for (const Wait& w : here) total += months(w, middle);
            (total < wanted ? low : high) = middle;
        }
        std::vector<SettlementTiming> timing(n);
        for (std::size_t i = 0; i < n; ++i) {
            const Settlement& s = settlement.at(year)[i];
            SettlementTiming& t = timing[i];
            t.families = family_count[i];
            for (std::size_t person = 0; person < waits[i].size(); ++person) {
                const double waited = months(waits[i][person], high);
                t.months += waited;
                t.within_6 += waited <= 6 ? 1 : 0;
                t.within_12 += waited <= 12 ? 1 : 0;
                const long p = static_cast<long>(person);
                if (p < s.minors) t.minors_within_3 += waited <= 3 ? 1 : 0;
                else if (p < s.minors + family_count[i]) t.families_within_3 += waited <= 3 ? 1 : 0;
            }
            t.months = std::round(10 * t.months) / 10;  // published with one decimal
        }
        result[year] = timing;
    }
    return result;
}

// ---------------------------------------------------------------- introduction programme

struct ProgrammeCohort {
    long participants = 0;  // intro_deltakere
    long finished_men = 0, finished_women = 0;
    long working_men = 0, working_women = 0;
    // Status a year later by category: of those in work or education, the employed (the rest
    // only in education); of the others, the registered unemployed or on a labour market
    // measure (the rest at home, ill, or with no known status).
    long employed = 0, unemployed = 0;
    // Among those finishing: aged 35 or more at immigration, and training track 1 (little or
    // no schooling) or 3 (good general education) in the Norwegian training.
    long aged_35_plus = 0, track1 = 0, track3 = 0;
    long finished() const { return finished_men + finished_women; }
    long working() const { return working_men + working_women; }
};

// National share in work or education a year after finishing, by exit cohort.
const std::map<int, double> kProgrammeShare = {
    {2015, 0.58}, {2016, 0.61}, {2017, 0.63}, {2018, 0.62}, {2019, 0.60},
    {2020, 0.61}, {2021, 0.63}, {2022, 0.62}, {2023, 0.64},
};
const std::map<int, double> kProgrammeMenShare = {
    {2015, 0.60}, {2016, 0.62}, {2017, 0.62}, {2018, 0.60}, {2019, 0.58},
    {2020, 0.56}, {2021, 0.55}, {2022, 0.50}, {2023, 0.42},
};

// Who finishes, nationally, by exit cohort: near NIBR's table 5.1 for the 2011-2016 exits
// (27 % aged 35 or more at immigration, 33 % in track 1, 9 % in track 3). The 2022-2023
// cohorts include the first Ukrainians, older and with more schooling.
struct Composition {
    double aged_35_plus, track1, track3;
};
const std::map<int, Composition> kComposition = {
    {2015, {0.27, 0.34, 0.09}}, {2016, {0.27, 0.33, 0.09}}, {2017, {0.26, 0.33, 0.09}},
    {2018, {0.27, 0.32, 0.09}}, {2019, {0.27, 0.32, 0.10}}, {2020, {0.28, 0.31, 0.10}},
    {2021, {0.28, 0.30, 0.10}}, {2022, {0.30, 0.27, 0.13}}, {2023, {0.33, 0.22, 0.17}},
};

// The chance that one person finishing is in work or education a year later: a linear
// probability model like NIBR's (report 001, table 5.2), reduced to what the demo publishes.
// Table 5.2 against this model:
//   men +0.146 against women                      -> woman -0.15
//   35-44 -0.189, 45+ -0.319 against 16-24 (25-34 -0.092); with table 5.1's age mix
//   the 35+ group lies about 0.17 below all under 35  -> aged 35+ -0.18
//   track 2 +0.119, track 3 +0.216 against track 1 -> track 1 -0.12, track 3 +0.10 against
//                                                     track 2 (and the unknown track)
//   log local unemployment -0.028                  -> -0.06: stronger than NIBR's, so that the
//      demo's regression on about 350 municipalities can see it through the noise.
// On top: a persistent municipality effect (sd 0.06), a municipality-year effect (sd 0.025)
// and binomial noise; one intercept per cohort is calibrated so the national share is
// kProgrammeShare exactly. Probabilities are kept within [0.03, 0.97].
struct OutcomeModel {
    static constexpr double woman = -0.15;
    static constexpr double aged_35_plus = -0.18;
    static constexpr double track1 = -0.12;
    static constexpr double track3 = 0.10;
    static constexpr double log_unemployment = -0.06;
    static constexpr double municipality_sd = 0.04;
    static constexpr double municipality_year_sd = 0.025;
    static constexpr double lowest = 0.03, highest = 0.97;
};

// One person finishing: the fixed part of their chance and their uniform draw.
struct Finisher {
    double offset;
    double draw;
};

// The intercept a (within 1e-9) at which the count of draws below clamp(a + offset) reaches
// round(target_share * persons). The count grows with a, so bisection finds it.
double calibrate_linear_intercept(const std::vector<std::vector<Finisher>>& finishers,
                                  double target_share) {
    long persons = 0;
    for (const auto& group : finishers) persons += static_cast<long>(group.size());
    const long wanted = std::lround(target_share * static_cast<double>(persons));
    double low = -2, high = 2;
    while (high - low > 1e-9) {
        const double middle = (low + high) / 2;
        long count = 0;
        for (const auto& group : finishers)
            for (const Finisher& f : group)
                count += f.draw < std::clamp(middle + f.offset, OutcomeModel::lowest,
                                             OutcomeModel::highest)
                             ? 1
                             : 0;
        (count < wanted ? low : high) = middle;
    }
    return high;
}

// People who share the chance logistic(shift + logit) of a characteristic, `scale` of them
// eligible (track 3 is drawn among those not in track 1).
struct LogitGroup {
    double persons, logit, scale;
};

// The shift at which the expected share of the characteristic over all groups is `target`,
// so that the persistent municipal differences do not move the national share.
double calibrate_logit_shift(const std::vector<LogitGroup>& groups, double target) {
    double persons = 0;
    for (const auto& g : groups) persons += g.persons;
    double low = -10, high = 10;
    while (high - low > 1e-9) {
        const double middle = (low + high) / 2;
        double expected = 0;
        for (const auto& g : groups) expected += g.persons * g.scale * logistic(middle + g.logit);
        (expected < target * persons ? low : high) = middle;
    }
    return high;
}

// Women more often have little schooling, men more often a good deal (logit shifts).
constexpr double kTrack1Woman = 0.3, kTrack1Man = -0.25;
constexpr double kTrack3Woman = -0.2, kTrack3Man = 0.15;

// cohorts[year][municipality]
std::map<int, std::vector<ProgrammeCohort>> run_programme(
    const std::vector<Municipality>& municipalities, const SettlementByYear& settlement,
    const std::map<int, std::vector<double>>& unemployment) {
    const std::size_t n = municipalities.size();
    std::map<int, std::vector<ProgrammeCohort>> result;
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        // Gender mix, composition and outcome have streams of their own, so changing one of
        // them leaves the numbers of participants and finishers as they are.
        RandomStream random("programme", static_cast<std::uint64_t>(year));
        RandomStream gender_random("programme-gender", static_cast<std::uint64_t>(year));
        RandomStream composition_random("programme-composition", static_cast<std::uint64_t>(year));
        RandomStream outcome_random("programme-outcome", static_cast<std::uint64_t>(year));
        std::vector<ProgrammeCohort> cohorts(n);
        std::vector<double> effect(n), older_logit(n), track1_logit(n), track3_logit(n);
        for (std::size_t i = 0; i < n; ++i) {
            const Municipality& m = municipalities[i];
            const long recent = settlement.at(year - 1)[i].settled + settlement.at(year - 2)[i].settled;
            const double mean = recent > 0 ? 1.6 * static_cast<double>(recent) * random.lognormal(0.1)
                                            : 0.3;
            auto& c = cohorts[i];
            c.participants = random.poisson(mean);
            const long finished = random.binomial(c.participants, 0.33);
            c.finished_men = gender_random.binomial(
                finished, logistic(logit(kProgrammeMenShare.at(year)) + m.men_offset));
            c.finished_women = finished - c.finished_men;
            effect[i] = m.programme_effect + random.normal(0, OutcomeModel::municipality_year_sd);
            older_logit[i] = m.older_offset + composition_random.normal(0, 0.15);
            track1_logit[i] = m.track1_offset + composition_random.normal(0, 0.15);
            track3_logit[i] = m.track3_offset + composition_random.normal(0, 0.15);
        }

        // Shift the logits so the expected national shares are those of kComposition.
        const Composition& national = kComposition.at(year);
        std::vector<LogitGroup> older_groups, track1_groups;
        for (std::size_t i = 0; i < n; ++i) {
            const auto men = static_cast<double>(cohorts[i].finished_men);
            const auto women = static_cast<double>(cohorts[i].finished_women);
            older_groups.push_back({men + women, older_logit[i], 1.0});
            track1_groups.push_back({men, track1_logit[i] + kTrack1Man, 1.0});
            track1_groups.push_back({women, track1_logit[i] + kTrack1Woman, 1.0});
        }
        const double older_shift = calibrate_logit_shift(older_groups, national.aged_35_plus);
        const double track1_shift = calibrate_logit_shift(track1_groups, national.track1);
        std::vector<LogitGroup> track3_groups;
        for (std::size_t i = 0; i < n; ++i) {
            const double not_track1_men =
                1.0 - logistic(track1_shift + track1_logit[i] + kTrack1Man);
            const double not_track1_women =
                1.0 - logistic(track1_shift + track1_logit[i] + kTrack1Woman);
            track3_groups.push_back({static_cast<double>(cohorts[i].finished_men),
                                     track3_logit[i] + kTrack3Man, not_track1_men});
            track3_groups.push_back({static_cast<double>(cohorts[i].finished_women),
                                     track3_logit[i] + kTrack3Woman, not_track1_women});
        }
        const double track3_shift = calibrate_logit_shift(track3_groups, national.track3);

        // Each person finishing: characteristics, then the fixed part of their chance.
        std::vector<std::vector<Finisher>> finishers(n);
        std::vector<std::vector<bool>> is_woman(n);
        for (std::size_t i = 0; i < n; ++i) {
            auto& c = cohorts[i];
            const double labour_market =
                OutcomeModel::log_unemployment * std::log(unemployment.at(year)[i]);
            for (long person = 0; person < c.finished(); ++person) {
                const bool woman = person >= c.finished_men;
                const bool older =
                    composition_random.chance(logistic(older_shift + older_logit[i]));
                const bool track1 = composition_random.chance(
                    logistic(track1_shift + track1_logit[i] + (woman ? kTrack1Woman : kTrack1Man)));
                const bool track3 = !track1 && composition_random.chance(
                                                   logistic(track3_shift + track3_logit[i] +
                                                            (woman ? kTrack3Woman : kTrack3Man)));
                c.aged_35_plus += older ? 1 : 0;
                c.track1 += track1 ? 1 : 0;
                c.track3 += track3 ? 1 : 0;
                const double offset =
                    effect[i] + labour_market + (woman ? OutcomeModel::woman : 0.0) +
                    (older ? OutcomeModel::aged_35_plus : 0.0) +
                    (track1 ? OutcomeModel::track1 : 0.0) + (track3 ? OutcomeModel::track3 : 0.0);
                finishers[i].push_back({offset, outcome_random.uniform()});
                is_woman[i].push_back(woman);
            }
        }
        const double intercept = calibrate_linear_intercept(finishers, kProgrammeShare.at(year));
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t k = 0; k < finishers[i].size(); ++k) {
                const Finisher& f = finishers[i][k];
                const bool working = f.draw < std::clamp(intercept + f.offset, OutcomeModel::lowest,
                                                         OutcomeModel::highest);
                if (working) ++(is_woman[i][k] ? cohorts[i].working_women : cohorts[i].working_men);
            }
        }
        // Nationally about four in five of those in work or education are employed, and
        // about one in three of the others is registered unemployed (SSB's statistics on
        // former participants); more in education where the labour market is weak.
        RandomStream status_random("status-category", static_cast<std::uint64_t>(year));
        for (std::size_t i = 0; i < n; ++i) {
            auto& c = cohorts[i];
            const double weak_market = std::clamp(unemployment.at(year)[i] / 2.5, 0.5, 2.0);
            const double market = std::pow(weak_market, 0.25);
            c.employed = status_random.binomial(
                c.working(), std::clamp(0.8 * status_random.lognormal(0.08) / market, 0.4, 0.97));
            c.unemployed = status_random.binomial(
                c.finished() - c.working(),
                std::clamp(0.33 * status_random.lognormal(0.25) * market, 0.05, 0.8));
        }
        result[year] = cohorts;
    }
    return result;
}

// Who started the programme during the year, who went straight on to work or education at
// exit (a measure of its own, beside the status a year later), and who took primary or upper
// secondary school subjects in it (formal qualification). National shares: starts over
// participants as IMDi's annual report 2019 gives them (7 061 of 17 961 in 2015 …), direct
// transition 48 % for 2017 and 52 % for 2018 (the municipal survey 2018), formal
// qualification 25 %, 33 % and 39 % in 2017-2019; the other years are invented.
struct ProgrammeExtras {
    long started = 0;     // intro_startet, of intro_deltakere
    long direct = 0;      // intro_direkte_overgang, of intro_avsluttet
    long qualifying = 0;  // intro_formell_kvalifisering, of intro_deltakere
};

struct ProgrammeShares {
    double started, direct, qualifying;
};
const std::map<int, ProgrammeShares> kProgrammeShares = {
    {2015, {0.39, 0.44, 0.17}}, {2016, {0.41, 0.46, 0.20}}, {2017, {0.33, 0.48, 0.25}},
    {2018, {0.16, 0.52, 0.33}}, {2019, {0.14, 0.50, 0.39}}, {2020, {0.15, 0.45, 0.38}},
    {2021, {0.25, 0.49, 0.41}}, {2022, {0.45, 0.51, 0.36}}, {2023, {0.50, 0.53, 0.40}},
};

std::map<int, std::vector<ProgrammeExtras>> programme_extras(
    const std::vector<Municipality>& municipalities,
    const std::map<int, std::vector<ProgrammeCohort>>& programme) {
    const std::size_t n = municipalities.size();
    std::vector<double> direct_effect(n), qualifying_effect(n);
    {
        RandomStream random("programme-extras-effects", 0);
        for (std::size_t i = 0; i < n; ++i) {
            // A municipality good at the outcome a year later tends to be good at exit too.
            direct_effect[i] = 5 * municipalities[i].programme_effect + random.normal(0, 0.35);
            qualifying_effect[i] = random.normal(0, 0.5);
        }
    }
    std::map<int, std::vector<ProgrammeExtras>> result;
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        const ProgrammeShares& shares = kProgrammeShares.at(year);
        const auto& cohorts = programme.at(year);
        RandomStream random("programme-extras", static_cast<std::uint64_t>(year));
        std::vector<long> participants(n), finished(n);
        std::vector<double> direct(n), qualifying(n);
        for (std::size_t i = 0; i < n; ++i) {
            participants[i] = cohorts[i].participants;
            finished[i] = cohorts[i].finished();
            direct[i] = direct_effect[i] + random.normal(0, 0.2);
            qualifying[i] = qualifying_effect[i] + random.normal(0, 0.2);
        }
        const PersonDraws start_draws(random, participants);
        const PersonDraws direct_draws(random, finished);
        const PersonDraws qualifying_draws(random, participants);
        const std::vector<double> none(n, 0.0);
        const double start = start_draws.calibrate_intercept(none, shares.started);
        const double exit = direct_draws.calibrate_intercept(direct, shares.direct);
        const double school = qualifying_draws.calibrate_intercept(qualifying, shares.qualifying);
        std::vector<ProgrammeExtras> extras(n);
        for (std::size_t i = 0; i < n; ++i) {
            extras[i].started = start_draws.successes(i, logistic(start));
            extras[i].direct = direct_draws.successes(i, logistic(exit + direct[i]));
            extras[i].qualifying = qualifying_draws.successes(i, logistic(school + qualifying[i]));
        }
        result[year] = extras;
    }
    return result;
}

// ---------------------------------------------------------------- Norwegian training

struct TrainingCohort {
    long target_group = 0;        // norsk_maalgruppe
    long started_in_time = 0;     // norsk_start_3mnd
};

const std::map<int, double> kTrainingShare = {
    {2015, 0.47}, {2016, 0.49}, {2017, 0.50}, {2018, 0.52}, {2019, 0.50},
    {2020, 0.47}, {2021, 0.51}, {2022, 0.55}, {2023, 0.53},
};

std::map<int, std::vector<TrainingCohort>> run_training(
    const std::vector<Municipality>& municipalities, const SettlementByYear& settlement) {
    const std::size_t n = municipalities.size();
    std::map<int, std::vector<TrainingCohort>> result;
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        RandomStream random("training", static_cast<std::uint64_t>(year));
        std::vector<TrainingCohort> cohorts(n);
        std::vector<long> sizes(n);
        std::vector<double> effects(n);
        for (std::size_t i = 0; i < n; ++i) {
            // Refugees settled this year plus family members and others with the right.
            const double mean =
                1.3 * static_cast<double>(settlement.at(year)[i].settled) * random.lognormal(0.1) +
                0.0006 * static_cast<double>(municipalities[i].population.at(year));
            cohorts[i].target_group = random.poisson(mean);
            sizes[i] = cohorts[i].target_group;
            effects[i] = municipalities[i].training_effect + random.normal(0, 0.3);
        }
        const PersonDraws draws(random, sizes);
        const double intercept = draws.calibrate_intercept(effects, kTrainingShare.at(year));
        for (std::size_t i = 0; i < n; ++i)
            cohorts[i].started_in_time = draws.successes(i, logistic(intercept + effects[i]));
        result[year] = cohorts;
    }
    return result;
}

// Started within six months (of the same target group, so at least those started within
// three), and the obligation completed within the three years: the cohort whose period ended
// in the year is what is left in the municipality of the target group three years before.
// National register data on completion exist from the periods ending in 2019 (70 %, IMDi's
// annual report 2019); earlier years are not available, as in the source.
struct TrainingExtras {
    long started_in_six_months = 0;  // norsk_start_6mnd
    long deadline = 0;               // norsk_frist_3aar
    long completed = 0;              // norsk_fullfort_3aar
};

constexpr int kFirstCompletionYear = 2019;
const std::map<int, double> kSixMonthShare = {
    {2015, 0.70}, {2016, 0.72}, {2017, 0.73}, {2018, 0.75}, {2019, 0.74},
    {2020, 0.69}, {2021, 0.73}, {2022, 0.78}, {2023, 0.77},
};
const std::map<int, double> kCompletionShare = {
    {2019, 0.70}, {2020, 0.72}, {2021, 0.68}, {2022, 0.71}, {2023, 0.74},
};

std::map<int, std::vector<TrainingExtras>> training_extras(
    const std::vector<Municipality>& municipalities,
    const std::map<int, std::vector<TrainingCohort>>& training) {
    const std::size_t n = municipalities.size();
    std::map<int, std::vector<TrainingExtras>> result;
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        RandomStream random("training-extras", static_cast<std::uint64_t>(year));
        std::vector<TrainingExtras> extras(n);
        std::vector<long> late(n), deadline(n);
        std::vector<double> effects(n);
        for (std::size_t i = 0; i < n; ++i) {
            const TrainingCohort& t = training.at(year)[i];
            late[i] = t.target_group - t.started_in_time;
            if (year >= kFirstCompletionYear)
                deadline[i] = random.binomial(training.at(year - 3)[i].target_group, 0.9);
            effects[i] = 0.5 * municipalities[i].training_effect + random.normal(0, 0.3);
        }
        // Of those not started within three months, enough start by six months to give the
        // national share.
        long target = 0, started = 0;
        for (const TrainingCohort& t : training.at(year)) {
            target += t.target_group;
            started += t.started_in_time;
        }
        const double wanted = kSixMonthShare.at(year) * static_cast<double>(target);
        const double of_late = std::clamp((wanted - static_cast<double>(started)) /
                                              std::max(1.0, static_cast<double>(target - started)),
                                          0.01, 0.99);
        const PersonDraws late_draws(random, late);
        const double catch_up = late_draws.calibrate_intercept(effects, of_late);
        const PersonDraws completion_draws(random, deadline);
        const double completion =
            year >= kFirstCompletionYear
                ? completion_draws.calibrate_intercept(effects, kCompletionShare.at(year))
                : 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            extras[i].started_in_six_months = training.at(year)[i].started_in_time +
                                              late_draws.successes(i, logistic(catch_up + effects[i]));
            extras[i].deadline = deadline[i];
            extras[i].completed = completion_draws.successes(i, logistic(completion + effects[i]));
        }
        result[year] = extras;
    }
    return result;
}

// Reporting gaps: a dozen municipality-years in 2015-2016 without training figures.
std::set<std::pair<std::size_t, int>> training_gaps(std::size_t municipality_count) {
    RandomStream random("training-gaps", 0);
    std::set<std::pair<std::size_t, int>> gaps;
    while (gaps.size() < 12)
        gaps.insert({random.below(municipality_count), random.chance(0.5) ? 2015 : 2016});
    return gaps;
}

// ---------------------------------------------------------------- output

struct Row {
    std::string area;
    int period;
    std::string measure;
    std::string value;
};

// An agency export hides person counts of 1-4 (zero is shown).
std::string suppressed_if_small(long count) {
    return count >= 1 && count <= 4 ? ":" : std::to_string(count);
}

// Which parts of a published total an agency hides. Primary: every part of 1-4.
// Complementary: when the total is shown and exactly one part is hidden, it could be
// recovered as the total minus the others, so the smallest other part is hidden too.
std::vector<bool> hidden_parts(long total, const std::vector<long>& parts) {
    std::vector<bool> hidden(parts.size());
    std::size_t count = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        hidden[i] = parts[i] >= 1 && parts[i] <= 4;
        count += hidden[i] ? 1 : 0;
    }
    const bool total_shown = !(total >= 1 && total <= 4);
    if (total_shown && count == 1 && parts.size() > 1) {
        std::size_t smallest = parts.size();
        for (std::size_t i = 0; i < parts.size(); ++i)
            if (!hidden[i] && (smallest == parts.size() || parts[i] < parts[smallest])) smallest = i;
        hidden[smallest] = true;
    }
    return hidden;
}

std::string shown_or_hidden(long count, bool hidden) {
    return hidden ? ":" : std::to_string(count);
}

// Programme figures of a few municipality-years arrive suppressed from the source, as in an
// agency export: six municipality-years in which 1-4 persons finished, so that the site meets
// ':' in its input beside the small counts it hides itself.
std::set<std::pair<std::size_t, int>> source_suppressed(
    const std::map<int, std::vector<ProgrammeCohort>>& programme) {
    std::vector<std::pair<std::size_t, int>> candidates;
    for (const auto& [year, cohorts] : programme)
        for (std::size_t i = 0; i < cohorts.size(); ++i)
            if (cohorts[i].finished() >= 1 && cohorts[i].finished() <= 4)
                candidates.emplace_back(i, year);
    RandomStream random("source-suppression", 0);
    std::set<std::pair<std::size_t, int>> chosen;
    while (chosen.size() < std::min<std::size_t>(6, candidates.size()))
        chosen.insert(candidates[random.below(candidates.size())]);
    return chosen;
}

void write_rows(const fs::path& file, const std::string& header, std::vector<Row> rows) {
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return std::tie(a.area, a.period, a.measure) < std::tie(b.area, b.period, b.measure);
    });
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error(file.string() + ": cannot write");
    out << header << '\n';
    for (const auto& r : rows) out << r.area << ',' << r.period << ',' << r.measure << ',' << r.value << '\n';
    if (!out) throw std::runtime_error(file.string() + ": write failed");
}

constexpr std::string_view kObservationHeader = "område,periode,mål,verdi";

std::string one_decimal(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

constexpr std::string_view kReadmeStart = R"(# Demo data: invented figures

Every figure in the CSV files in this folder (and in `data/egenskaper.csv`) is
**invented**. The files are written by `tools/make_demo_data.cpp` from the real
list of areas in `data/omrader.csv` so that the demo site has something realistic
to show: municipality sizes, national totals of settled refugees (IMDi's annual
totals for 2015-2019) and national shares are close to the real ones, but no
municipality's number is real. Do not cite them.

Tallene i denne mappen er oppdiktet og skal ikke siteres.

Files (columns `område,periode,mål,verdi`, UTF-8, one row per area, year and measure):

- `arbeidsmarked.csv`: `arbeidsledighet`, registered fully unemployed in percent of
  the labour force (NAV), one decimal (2015-2023)
- `befolkning.csv`: `folketall`, `innvandrere` and its parts by reason for immigration
  (`innvandrere_flukt`, `_arbeid`, `_familie`, `_utdanning`, `_uoppgitt`: 26/37/29/6/2 %
  nationally in 2015 moving to 34/31/28/5/2 % in 2024, refugees more common far from the
  centres), `norskfodte_innvandrerforeldre`
  (Norwegian-born to two immigrant parents: 21 % of the immigrants in 2015, 23 % in 2024,
  as SSB's national figures) (1 January, 2015-2024)
- `bosetting.csv`: `anmodning` and `vedtak` (2015-2024: 2024 is the coming year, with
  its request and decisions but no settlement yet), `anmodning_opprinnelig` (IMDi's first
  request, only for 2020 and 2022, the years it revised its requests, as IMDi's export
  has it: 5 120 and 5 500 nationally), `bosatte` (2015-2023) by category of persons
  (`enslige_mindreaarige`, `bosatte_barnefamilier` and `bosatte_andre_voksne_skjermet`:
  other adults with the protected identities, as IMDi's figure 3-1-3 counts them) and by
  how they came (`bosatte_overforingsflyktninger`, `bosatte_fra_mottak` and
  `bosatte_privat_skjermet`: private homes with the protected identities, as figure 3-1-2),
  national shares near IMDi's table 3-1 and figure 3-1-2 for 2015-2019; for municipalities
  and Oslo's city districts (the original request only for municipalities); for
  municipalities also the waiting time from residence permit to settlement, `bosatte_ventetid_maaneder`
  (months summed over the settled, one decimal): the national mean is IMDi's for
  2015-2019 (8.4, 4.8, 5.0, 4.9 and 3.3 months), and families with children and
  unaccompanied minors wait less than other adults; and how many were settled within 6
  and 12 months (`bosatte_innen_6mnd`, `bosatte_innen_12mnd`: 95 % and 98 % nationally in
  2019), the unaccompanied minors within 3 months (`enslige_mindreaarige_innen_3mnd`),
  the families with children as families (`barnefamilier`, about 4.5 persons each, who
  move together) and those within 3 months (`barnefamilier_innen_3mnd`)
- `introduksjonsprogram.csv` (exit cohorts 2015-2023): `intro_deltakere`,
  `intro_avsluttet`, `intro_arbeid_utdanning` and the last two by gender
  (`_menn`, `_kvinner`); the status a year later by category: `intro_sysselsatt` and
  `intro_kun_utdanning` (adding up to `intro_arbeid_utdanning`), `intro_ledig_tiltak`
  (registered unemployed or on a measure) and `intro_annen_status`; and among those finishing: `intro_avsluttet_35_aar_plus`
  (aged 35 or more at immigration), `intro_avsluttet_spor1` (training track 1:
  little or no schooling) and `intro_avsluttet_spor3` (track 3: good general
  education); `intro_startet` (started during the year), `intro_direkte_overgang`
  (in work or education directly at exit: 48 % nationally for 2017, 52 % for 2018) and
  `intro_formell_kvalifisering` (took primary or upper secondary school subjects:
  25 %, 33 % and 39 % in 2017-2019)
- `norskopplaering.csv`: `norsk_maalgruppe`, `norsk_start_3mnd`, `norsk_start_6mnd`
  (2015-2023); `norsk_frist_3aar` (whose three years to complete the training ended in
  the year) and `norsk_fullfort_3aar` (of them, completed in time: 70 % nationally in
  2019), `..` before 2019 as in the register

`data/egenskaper.csv` gives every municipality `sentralitet` (SSB's centrality
class 1-6, imitated from size) and `kostragruppe` (KOSTRA group 1-17, imitated
from SSB's grouping per 2020 that SSB still uses with the 2024 codes: by
population and two invented fiscal measures, bound costs per inhabitant, high
more often far from the centres, and free disposable income, also higher there,
each with noise). The rule: under 600 inhabitants (1 January 2024) group 16;
600-1 999: 15 with high income, else 14; 2 000-9 999: 1, 2, 3 (low bound costs)
or 4, 5, 6 (high) for low, middle and high income; 10 000-19 999: 7 with low
income, else 8; 20 000-29 999: 9; 30 000-44 999: 10; 45 000-74 999: 11; 75 000
and over: 12; Oslo: 13; and 17 for the eight municipalities of 20 000 or more in
centrality class 1-2 with the highest income.

Counts are the true invented counts, small ones included: the site applies its
own suppression rule. Values are whole numbers (`arbeidsledighet` has one
decimal) or SSB's symbols:

- `:` suppressed at the source, as in an agency export: only the programme
  figures of the municipality-years below (in which 1-4 persons finished), where
  every count of 1-4 is `:`, and for men and women a second part where one
  hidden part could be recovered from the total:
)";

constexpr std::string_view kReadmeMiddle =
    R"(- `..` not available: `norsk_maalgruppe` and `norsk_start_3mnd` of these
  municipality-years (reporting gaps):
)";

constexpr std::string_view kReadmeEnd = R"(
The share in work or education follows a linear probability model on the
published covariates, with coefficients near the NIBR report's (table 5.2):
woman -0.15, aged 35 or more at immigration -0.18, track 1 -0.12 and track 3
+0.10 against track 2, and -0.06 per log point of local unemployment (stronger
than NIBR's -0.03, so that a regression on municipalities can see it), plus a
persistent municipality effect, a yearly one and binomial noise. One intercept a
year makes the national share come out at the intended value. The covariates'
shares differ persistently between municipalities; nationally they are near the
NIBR report's table 5.1 (27 % aged 35 or more, 33 % track 1, 9 % track 3) until
2021, and the 2022-2023 cohorts, with the first Ukrainians, are older and have
more schooling.

County and national figures are not in the files: the site aggregates them.

## The municipal survey

`data/undersokelse/radmann.csv` and `data/undersokelse/integreringsansvarlig.csv`
hold answers to the two questionnaires of IMDi's municipal survey
(kommuneundersøkelsen) 2015-2018, whose questions `data/undersokelse.yaml`
declares. One row per returned questionnaire, sorted by year and area code; the
columns are `år,område,besvart_av` and then the part's questions in the
catalogue's order. `område` is a municipality or one of Oslo's city districts
(Oslo itself never answers; its districts do). `besvart_av` is the role of the
one who answered, empty where it was not stated. A question's cell holds an
option id, several joined by `|` (in the catalogue's order) for a multiple or
coded question, or one of two states:

- `ubesvart`: the questionnaire came back, but the question was left unanswered
- `.`: the question was not put: not in that year, or only to those who gave a
  certain earlier answer (`utfordringer_hvilke` after `ja` to
  `utfordringer_bosetting`), which this unit did not give

The answers are invented too, but tuned to the survey report of 2018: its
response rates (in 2018 the questionnaire to the one responsible for integration
came back from 64 % of the 372 municipalities and districts, the rådmann's from
42 %; the earlier years, invented, somewhat higher) and each question's national
shares among those who answered it. Small municipalities answer a little less
often, a unit that answered last year is likelier to answer again, and answers
tend to last from one year to the next.

To regenerate (the output is the same, byte for byte, on every run):

    g++ -std=c++20 -O1 -ffp-contract=off tools/make_demo_data.cpp -o /tmp/make_demo_data
    /tmp/make_demo_data .
)";

std::string percent(double numerator, double denominator) {
    if (denominator <= 0) return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.1f %%", 100.0 * numerator / denominator);
    return text;
}

// Weighted least squares through the normal equations (Gauss-Jordan with partial pivoting),
// for the summary only: coefficients and their standard errors.
struct Fit {
    std::vector<double> coefficients, standard_errors;
};

Fit weighted_least_squares(const std::vector<std::vector<double>>& x, const std::vector<double>& y,
                           const std::vector<double>& w) {
    const std::size_t k = x.front().size();
    // [X'WX | I | X'Wy]
    std::vector<std::vector<double>> a(k, std::vector<double>(2 * k + 1, 0.0));
    for (std::size_t r = 0; r < x.size(); ++r)
        for (std::size_t i = 0; i < k; ++i) {
            for (std::size_t j = 0; j < k; ++j) a[i][j] += w[r] * x[r][i] * x[r][j];
            a[i][2 * k] += w[r] * x[r][i] * y[r];
        }
    for (std::size_t i = 0; i < k; ++i) a[i][k + i] = 1;
    for (std::size_t c = 0; c < k; ++c) {
        std::size_t pivot = c;
        for (std::size_t r = c + 1; r < k; ++r)
            if (std::abs(a[r][c]) > std::abs(a[pivot][c])) pivot = r;
        std::swap(a[c], a[pivot]);
        const double d = a[c][c];
        for (double& v : a[c]) v /= d;
        for (std::size_t r = 0; r < k; ++r) {
            if (r == c) continue;
            const double f = a[r][c];
            for (std::size_t j = 0; j < a[r].size(); ++j) a[r][j] -= f * a[c][j];
        }
    }
    Fit fit;
    for (std::size_t i = 0; i < k; ++i) fit.coefficients.push_back(a[i][2 * k]);
    double residual = 0;
    for (std::size_t r = 0; r < x.size(); ++r) {
        double predicted = 0;
        for (std::size_t i = 0; i < k; ++i) predicted += x[r][i] * fit.coefficients[i];
        residual += w[r] * (y[r] - predicted) * (y[r] - predicted);
    }
    // Weights inversely proportional to each row's variance.
    const double variance = residual / static_cast<double>(x.size() - k);
    for (std::size_t i = 0; i < k; ++i)
        fit.standard_errors.push_back(std::sqrt(variance * a[i][k + i]));
    return fit;
}

// ---------------------------------------------------------------- municipal survey

// IMDi's municipal survey (kommuneundersøkelsen), 2015-2018: each year every municipality and
// each of Oslo's city districts is sent two questionnaires (parts). The questions are declared
// by hand in data/undersokelse.yaml; the tables below repeat what the answers depend on, with
// the national shares to hit (the survey report 2018, seed 000; years the report does not give
// are invented), and check_survey_catalogue stops the tool if the two have drifted apart.
//
// Shares are hit exactly (to the rounding of one unit): the number giving each option is
// fixed from the number answering, and the units with the highest scores get it. The scores
// carry the structure: a unit's lasting leaning, last year's answer, size, and noise.

constexpr int kFirstSurveyYear = 2015, kLastSurveyYear = 2018;

struct SurveyRole {
    std::string_view id;
    double share;  // among those who stated who answered
};

struct SurveyPartPlan {
    std::string_view id;
    std::vector<SurveyRole> roles;
    // Questionnaires returned: municipalities and districts, of the 357 and 15 invited. 2018
    // is the report's; earlier years are invented, higher, as the real rates fell.
    std::map<int, std::pair<int, int>> returned;
    // A unit's willingness to answer (latent scale): its lasting part and the pull of having
    // answered last year. Together they make the panel answering all four years.
    double lasting_sd, habit;
};

const std::vector<SurveyPartPlan> kSurveyParts = {
    {"radmann",
     {{"radmann", 0.45}, {"stab", 0.40}, {"annen_leder", 0.15}},
     {{2015, {194, 11}}, {2016, {176, 10}}, {2017, {165, 10}}, {2018, {147, 9}}},
     1.0, 0.8},
    {"integreringsansvarlig",
     {{"leder", 2.0 / 3.0}, {"annen_stilling", 1.0 / 3.0}},
     {{2015, {250, 10}}, {2016, {244, 9}}, {2017, {238, 8}}, {2018, {232, 6}}},
     0.6, 0.4},
};

enum class SurveyKind { single, multiple, scale, coded };

struct SurveyQuestionPlan {
    std::string_view id, part;
    SurveyKind kind;
    std::vector<std::string_view> options;  // in the catalogue's order
    std::string_view exclusive;             // the option only ever chosen alone, or ""
    // Put only to those who gave this answer to an earlier question of the part ("" if all).
    std::string_view asked_if, asked_if_option;
    // Per year put, each option's national share among those answering: adding up to 1 for
    // single and scale, each option on its own for multiple and coded.
    std::map<int, std::vector<double>> shares;
};

// In the catalogue's order: a condition refers to a question before it.
const std::vector<SurveyQuestionPlan> kSurveyQuestions = {
    {"utfordringer_bosetting", "radmann", SurveyKind::single, {"ja", "nei", "vet_ikke"}, "",
     "", "", {{2017, {0.77, 0.20, 0.03}}, {2018, {0.79, 0.18, 0.03}}}},
    {"utfordringer_hvilke", "radmann", SurveyKind::multiple,
     {"bemanning", "planlegging", "okonomi", "bolig", "kompetanse", "annet"}, "",
     "utfordringer_bosetting", "ja", {{2018, {0.84, 0.79, 0.73, 0.45, 0.35, 0.10}}}},
    {"resultatmaal", "integreringsansvarlig", SurveyKind::single, {"ja", "nei", "vet_ikke"}, "",
     "", "",
     {{2015, {0.57, 0.38, 0.05}}, {2016, {0.55, 0.40, 0.05}}, {2017, {0.60, 0.35, 0.05}},
      {2018, {0.68, 0.27, 0.05}}}},
    {"samarbeid_kommuner", "integreringsansvarlig", SurveyKind::single,
     {"kjoper", "tilbyr", "begge", "nei"}, "", "", "", {{2018, {0.30, 0.17, 0.12, 0.41}}}},
    // The report gives 2018 and the share with nothing special and with a position of its own
    // for 2016-2017; the rest of those years is invented near 2018.
    {"naeringsliv", "integreringsansvarlig", SurveyKind::multiple,
     {"nav_nettverk", "praksisplasser", "andre_avtaler", "stillingsressurs", "etablerer",
      "annet", "ingen"},
     "ingen", "", "",
     {{2016, {0.52, 0.42, 0.09, 0.18, 0.07, 0.27, 0.17}},
      {2017, {0.56, 0.46, 0.11, 0.27, 0.08, 0.31, 0.07}},
      {2018, {0.56, 0.45, 0.10, 0.26, 0.08, 0.30, 0.10}}}},
    {"evaluering", "integreringsansvarlig", SurveyKind::coded,
     {"ingen", "deltakere", "medarbeidere", "ledermoter", "annet"}, "ingen", "", "",
     {{2018, {0.36, 0.30, 0.18, 0.09, 0.12}}}},
    // The report's 2018 shares (48, 26 and 27 %) add up to 101 %: without the register 25 %.
    {"tolkeregister", "radmann", SurveyKind::single, {"med_register", "uten_register", "nei"},
     "", "", "",
     {{2015, {0.26, 0.22, 0.52}}, {2016, {0.25, 0.24, 0.51}}, {2017, {0.32, 0.26, 0.42}},
      {2018, {0.48, 0.25, 0.27}}}},
    {"nytte_kunnskapsdeling", "integreringsansvarlig", SurveyKind::scale,
     {"svaert_god", "god", "verken_eller", "daarlig", "svaert_daarlig", "ikke_relevant"}, "",
     "", "",
     {{2016, {0.18, 0.52, 0.17, 0.05, 0.02, 0.06}},
      {2017, {0.20, 0.53, 0.15, 0.05, 0.01, 0.06}},
      {2018, {0.22, 0.55, 0.12, 0.04, 0.01, 0.06}}}},
};

// Vågå's page shows answers to both parts in 2017 and 2018, and its history a year (2016)
// in which the rådmann's questionnaire did not come back.
struct ForcedResponse {
    std::string_view code, part;
    int year;
    bool returned;
};
constexpr ForcedResponse kForcedResponses[] = {
    {"3435", "radmann", 2016, false},
    {"3435", "radmann", 2017, true},
    {"3435", "radmann", 2018, true},
    {"3435", "integreringsansvarlig", 2017, true},
    {"3435", "integreringsansvarlig", 2018, true},
};

// A unit that can answer: a municipality other than Oslo (whose districts answer instead) or
// one of Oslo's districts.
struct SurveyUnit {
    std::string code;
    bool district = false;
    std::map<int, long> population;  // 1 January of the survey year; a district a 15th of Oslo
    std::map<int, long> settled;     // refugees settled in the survey year
    double programme_effect = 0;     // the municipality's; 0 for a district
};

// How big a unit is on the scale the answers use: 0 at 5 000 inhabitants, +-1 per factor 10.
double size_score(const SurveyUnit& unit, int year) {
    return std::log10(static_cast<double>(std::max(1L, unit.population.at(year))) / 5'000.0);
}

// One unit's answer to one question in one year.
struct SurveyCell {
    enum State { not_returned, not_asked, skipped, answered };
    State state = not_returned;
    unsigned options = 0;  // bit k: the question's option k
};

struct SurveyResult {
    // [part][year][unit]; a role of "" was not stated.
    std::map<std::string_view, std::map<int, std::vector<bool>>> returned;
    std::map<std::string_view, std::map<int, std::vector<std::string_view>>> role;
    // [question][year][unit]
    std::map<std::string_view, std::map<int, std::vector<SurveyCell>>> cells;
};

// A lasting effect per unit, the same every year: its own stream, index 0.
std::vector<double> lasting_effects(const std::string& purpose, std::size_t units, double sd) {
    RandomStream random(purpose, 0);
    std::vector<double> effects(units);
    for (double& e : effects) e = random.normal(0, sd);
    return effects;
}

// The k candidates with the highest score, best first (ties to the earlier candidate).
std::vector<std::size_t> best(std::vector<std::size_t> candidates, const std::vector<double>& score,
                              long k) {
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
    candidates.resize(std::min(candidates.size(), static_cast<std::size_t>(std::max(0L, k))));
    return candidates;
}

std::vector<bool> survey_returned(const SurveyPartPlan& part, int year,
                                  const std::vector<SurveyUnit>& units,
                                  const std::vector<bool>* last_year) {
    const std::size_t n = units.size();
    // Willingness shared by the two parts (a municipality that answers, answers) and its own.
    const auto shared = lasting_effects("survey-willing", n, 1.0);
    const auto own = lasting_effects("survey-willing-" + std::string(part.id), n, 1.0);
    RandomStream random("survey-returned-" + std::string(part.id),
                        static_cast<std::uint64_t>(year));
    std::vector<double> score(n);
    std::vector<std::size_t> municipalities, districts;
    for (std::size_t u = 0; u < n; ++u) {
        const SurveyUnit& unit = units[u];
        // The smallest municipalities answer a little less often.
        const double size =
            unit.district ? 0.0 : 0.25 * std::clamp(size_score(unit, year), -1.0, 0.5);
        score[u] = size + part.lasting_sd * (0.6 * shared[u] + 0.8 * own[u]) +
                   (last_year && (*last_year)[u] ? part.habit : 0.0) + random.normal();
        for (const ForcedResponse& f : kForcedResponses)
            if (f.code == unit.code && f.part == part.id && f.year == year)
                score[u] = f.returned ? 1e9 : -1e9;
        (unit.district ? districts : municipalities).push_back(u);
    }
    const auto [wanted_municipalities, wanted_districts] = part.returned.at(year);
    std::vector<bool> returned(n, false);
    for (std::size_t u : best(municipalities, score, wanted_municipalities)) returned[u] = true;
    for (std::size_t u : best(districts, score, wanted_districts)) returned[u] = true;
    return returned;
}

std::vector<std::string_view> survey_roles(const SurveyPartPlan& part, int year, std::size_t n) {
    RandomStream random("survey-role-" + std::string(part.id), static_cast<std::uint64_t>(year));
    std::vector<std::string_view> roles(n);
    for (auto& role : roles) {
        const bool stated = random.chance(0.98);
        double u = random.uniform();
        role = part.roles.back().id;
        for (const SurveyRole& r : part.roles) {
            if (u < r.share) {
                role = r.id;
                break;
            }
            u -= r.share;
        }
        if (!stated) role = "";
    }
    return roles;
}

// One step of a single or scale answer: the option goes to the units left with the highest
// score.
struct AnswerStep {
    std::size_t option;
    std::vector<double> score;
};

// Each step in turn takes its count of the units left; the rest get `rest`.
void answer_in_steps(std::vector<SurveyCell>& cells, std::vector<std::size_t> left,
                     const std::vector<long>& counts, const std::vector<AnswerStep>& steps,
                     std::size_t rest) {
    for (const AnswerStep& step : steps) {
        for (std::size_t u : best(left, step.score, counts[step.option]))
            cells[u].options = 1u << step.option;
        std::erase_if(left, [&](std::size_t u) { return cells[u].options != 0; });
    }
    if (static_cast<long>(left.size()) != counts[rest])
        throw std::logic_error("survey: the steps do not use up the answers");
    for (std::size_t u : left) cells[u].options = 1u << rest;
}

// A multiple or coded answer: the exclusive option (if any) to its count of units, then each
// other option to exactly its count of the rest. A unit left with nothing takes the likeliest
// option from the unit with several that scores lowest on it, so every count stays exact.
void answer_sets(std::vector<SurveyCell>& cells, const std::vector<std::size_t>& answering,
                 const std::vector<long>& counts, const std::vector<std::vector<double>>& scores,
                 int exclusive) {
    std::vector<std::size_t> left = answering;
    if (exclusive >= 0) {
        for (std::size_t u : best(left, scores[exclusive], counts[exclusive]))
            cells[u].options = 1u << exclusive;
        std::erase_if(left, [&](std::size_t u) { return cells[u].options != 0; });
    }
    std::vector<std::size_t> likeliest;
    for (std::size_t o = 0; o < counts.size(); ++o) {
        if (static_cast<int>(o) == exclusive) continue;
        likeliest.push_back(o);
        for (std::size_t u : best(left, scores[o], counts[o])) cells[u].options |= 1u << o;
    }
    std::stable_sort(likeliest.begin(), likeliest.end(),
                     [&](std::size_t a, std::size_t b) { return counts[a] > counts[b]; });
    for (std::size_t u : left) {
        if (cells[u].options != 0) continue;
        for (std::size_t o : likeliest) {
            std::size_t donor = cells.size();
            for (std::size_t d : left)
                if ((cells[d].options >> o & 1u) && std::popcount(cells[d].options) >= 2 &&
                    (donor == cells.size() || scores[o][d] < scores[o][donor]))
                    donor = d;
            if (donor == cells.size()) continue;
            cells[donor].options &= ~(1u << o);
            cells[u].options |= 1u << o;
            break;
        }
        if (cells[u].options == 0)
            throw std::logic_error("survey: too few options chosen for every unit to have one");
    }
}

const SurveyQuestionPlan& survey_question(std::string_view id) {
    const auto it = std::find_if(kSurveyQuestions.begin(), kSurveyQuestions.end(),
                                 [&](const SurveyQuestionPlan& q) { return q.id == id; });
    if (it == kSurveyQuestions.end())
        throw std::logic_error("survey: no question " + std::string(id));
    return *it;
}

std::size_t option_index(const SurveyQuestionPlan& q, std::string_view id) {
    const auto it = std::find(q.options.begin(), q.options.end(), id);
    if (it == q.options.end()) throw std::logic_error("survey: no option " + std::string(id));
    return static_cast<std::size_t>(it - q.options.begin());
}

bool has_option(const SurveyCell& cell, std::size_t option) {
    return cell.state == SurveyCell::answered && (cell.options >> option & 1u);
}

// A question's cells for one year: who was asked, who skipped it, and the answers.
void answer_question(const SurveyQuestionPlan& q, int year, const std::vector<SurveyUnit>& units,
                     SurveyResult& result) {
    const std::size_t n = units.size();
    const std::string id(q.id);
    const auto& returned = result.returned.at(q.part).at(year);
    auto& cells = result.cells[q.id][year];
    cells.assign(n, {});
    const bool put = q.shares.contains(year);

    std::vector<std::size_t> asked;
    for (std::size_t u = 0; u < n; ++u) {
        if (!returned[u]) continue;
        bool is_asked = put;
        if (is_asked && !q.asked_if.empty())
            is_asked = has_option(result.cells.at(q.asked_if).at(year)[u],
                                  option_index(survey_question(q.asked_if), q.asked_if_option));
        cells[u].state = is_asked ? SurveyCell::answered : SurveyCell::not_asked;
        if (is_asked) asked.push_back(u);
    }
    if (!put) return;

    // Item non-response: 1-4 % of those asked leave the question, so N varies by question.
    RandomStream skip_random("survey-skipped-" + id, static_cast<std::uint64_t>(year));
    const double skip_rate = skip_random.uniform(0.01, 0.04);
    std::vector<double> skip_draw(n);
    for (double& d : skip_draw) d = skip_random.uniform();
    const long skipping = std::lround(skip_rate * static_cast<double>(asked.size()));
    for (std::size_t u : best(asked, skip_draw, skipping)) cells[u].state = SurveyCell::skipped;
    std::vector<std::size_t> answering;
    for (std::size_t u : asked)
        if (cells[u].state == SurveyCell::answered) answering.push_back(u);

    const std::vector<double>& shares = q.shares.at(year);
    const auto answered = static_cast<long>(answering.size());
    std::vector<long> counts;
    if (q.kind == SurveyKind::single || q.kind == SurveyKind::scale) {
        counts = apportion(answered, shares);
    } else {
        for (double share : shares)
            counts.push_back(std::lround(share * static_cast<double>(answered)));
    }

    RandomStream random("survey-answer-" + id, static_cast<std::uint64_t>(year));
    auto noise = [&](double sd) {
        std::vector<double> values(n);
        for (double& v : values) v = random.normal(0, sd);
        return values;
    };
    auto lasting = [&](std::string_view option, double sd) {
        return lasting_effects("survey-lasting-" + id + "-" + std::string(option), n, sd);
    };
    // The unit's answer the last time it answered the question, if any.
    auto last_answer = [&](std::size_t u) -> const SurveyCell* {
        for (int before = year - 1; before >= kFirstSurveyYear; --before) {
            const SurveyCell& c = result.cells.at(q.id).at(before)[u];
            if (c.state == SurveyCell::answered) return &c;
        }
        return nullptr;
    };
    auto option = [&](std::string_view o) { return option_index(q, o); };
    auto size = [&](std::size_t u) { return size_score(units[u], year); };

    if (q.id == "resultatmaal") {
        // A goal once set tends to stay, and those who keep answering set one more often
        // (in the report, ja rose from 56 to 78 % among those answering all four years).
        // Municipalities good at direct transition lean to having a goal (its indicator).
        const auto leaning = lasting("ja", 1.0);
        const auto wobble = noise(0.8);
        const auto guess = noise(1.0);
        std::vector<double> ja(n);
        for (std::size_t u = 0; u < n; ++u) {
            const SurveyCell* last = last_answer(u);
            int years_answered = 0;
            for (int before = kFirstSurveyYear; before < year; ++before)
                years_answered += result.cells.at(q.id).at(before)[u].state == SurveyCell::answered;
            ja[u] = leaning[u] + 0.3 * units[u].programme_effect / OutcomeModel::municipality_sd +
                    (last && has_option(*last, option("ja")) ? 1.2 : 0.0) + 0.15 * years_answered +
                    wobble[u];
        }
        answer_in_steps(cells, answering, counts, {{option("ja"), ja}, {option("vet_ikke"), guess}},
                        option("nei"));
    } else if (q.id == "utfordringer_bosetting") {
        // Those whose settlement fell most from the peak in 2015-2016 feel it most.
        const auto leaning = lasting("ja", 1.0);
        const auto wobble = noise(0.8);
        const auto guess = noise(1.0);
        std::vector<double> ja(n);
        for (std::size_t u = 0; u < n; ++u) {
            const auto& s = units[u].settled;
            const double peak = static_cast<double>(std::max(s.at(2015), s.at(2016)));
            const double fall = std::log((1.0 + peak) / (1.0 + static_cast<double>(s.at(year))));
            ja[u] = leaning[u] + 0.5 * fall + wobble[u];
        }
        answer_in_steps(cells, answering, counts, {{option("ja"), ja}, {option("vet_ikke"), guess}},
                        option("nei"));
    } else if (q.id == "tolkeregister") {
        // One scale from no guidelines to guidelines with the register; guidelines stay.
        const auto leaning = lasting("retningslinjer", 1.0);
        const auto wobble = noise(0.8);
        std::vector<double> score(n);
        for (std::size_t u = 0; u < n; ++u) {
            const SurveyCell* last = last_answer(u);
            score[u] = leaning[u] + 0.3 * size(u) + wobble[u] +
                       (last && has_option(*last, option("med_register"))    ? 1.5
                        : last && has_option(*last, option("uten_register")) ? 0.7
                                                                             : 0.0);
        }
        answer_in_steps(cells, answering, counts,
                        {{option("med_register"), score}, {option("uten_register"), score}},
                        option("nei"));
    } else if (q.id == "samarbeid_kommuner") {
        // Large municipalities offer places to their neighbours, small ones buy them.
        const auto offer = noise(1.0), buy = noise(1.0), both = noise(1.0);
        std::vector<double> offers(n), buys(n);
        for (std::size_t u = 0; u < n; ++u) {
            offers[u] = 0.8 * size(u) + offer[u];
            buys[u] = -0.8 * size(u) + buy[u];
        }
        answer_in_steps(
            cells, answering, counts,
            {{option("tilbyr"), offers}, {option("kjoper"), buys}, {option("begge"), both}},
            option("nei"));
    } else if (q.id == "nytte_kunnskapsdeling") {
        // "Not relevant" where few are settled; the rest on one scale of satisfaction.
        const auto leaning = lasting("nytte", 1.0);
        const auto wobble = noise(0.7);
        const auto settled_noise = noise(1.0);
        std::vector<double> few(n), score(n);
        for (std::size_t u = 0; u < n; ++u) {
            few[u] = -std::log1p(static_cast<double>(units[u].settled.at(year))) + settled_noise[u];
            score[u] = leaning[u] + wobble[u];
        }
        answer_in_steps(cells, answering, counts,
                        {{option("ikke_relevant"), few},
                         {option("svaert_god"), score},
                         {option("god"), score},
                         {option("verken_eller"), score},
                         {option("daarlig"), score}},
                        option("svaert_daarlig"));
    } else if (q.kind == SurveyKind::multiple || q.kind == SurveyKind::coded) {
        // Multiple and coded: each option a lasting leaning of the unit plus this year's
        // noise. Small units more often do nothing special; large ones have a position of
        // their own; a good programme comes with work with employers (its indicator).
        std::vector<std::vector<double>> scores;
        for (std::string_view o : q.options) {
            auto score = lasting(o, 1.0);
            const auto wobble = noise(0.7);
            for (std::size_t u = 0; u < n; ++u) {
                score[u] += wobble[u];
                if (o == "ingen") score[u] -= 0.3 * size(u);
                if (o == "ingen" && q.id == "naeringsliv")
                    score[u] -= 0.3 * units[u].programme_effect / OutcomeModel::municipality_sd;
                if (o == "stillingsressurs") score[u] += 0.4 * size(u);
            }
            scores.push_back(std::move(score));
        }
        const int exclusive =
            q.exclusive.empty() ? -1 : static_cast<int>(option_index(q, q.exclusive));
        answer_sets(cells, answering, counts, scores, exclusive);
    } else {
        throw std::logic_error("survey: no model for the answers to " + id);
    }
}

SurveyResult run_survey(const std::vector<SurveyUnit>& units) {
    SurveyResult result;
    for (int year = kFirstSurveyYear; year <= kLastSurveyYear; ++year) {
        for (const SurveyPartPlan& part : kSurveyParts) {
            const auto& by_year = result.returned[part.id];
            const std::vector<bool>* last =
                by_year.contains(year - 1) ? &by_year.at(year - 1) : nullptr;
            result.returned[part.id][year] = survey_returned(part, year, units, last);
            result.role[part.id][year] = survey_roles(part, year, units.size());
            for (const SurveyQuestionPlan& q : kSurveyQuestions)
                if (q.part == part.id) answer_question(q, year, units, result);
        }
    }
    return result;
}

// The text of an answer as the data file gives it.
std::string survey_cell_text(const SurveyQuestionPlan& q, const SurveyCell& cell) {
    if (cell.state == SurveyCell::not_asked) return ".";
    if (cell.state == SurveyCell::skipped) return "ubesvart";
    if (cell.state != SurveyCell::answered || cell.options == 0)
        throw std::logic_error("survey: no answer for " + std::string(q.id));
    std::string text;
    for (std::size_t o = 0; o < q.options.size(); ++o)
        if (cell.options >> o & 1u) text += (text.empty() ? "" : "|") + std::string(q.options[o]);
    return text;
}

// The promises the site's reader relies on, checked on every returned questionnaire.
void check_survey(const SurveyResult& result) {
    for (const SurveyQuestionPlan& q : kSurveyQuestions) {
        const bool one = q.kind == SurveyKind::single || q.kind == SurveyKind::scale;
        const int exclusive =
            q.exclusive.empty() ? -1 : static_cast<int>(option_index(q, q.exclusive));
        for (const auto& [year, cells] : result.cells.at(q.id)) {
            const auto& returned = result.returned.at(q.part).at(year);
            for (std::size_t u = 0; u < cells.size(); ++u) {
                const SurveyCell& c = cells[u];
                const bool ok = returned[u] == (c.state != SurveyCell::not_returned) &&
                                (q.shares.contains(year) || c.state != SurveyCell::answered) &&
                                (c.state != SurveyCell::answered ||
                                 (c.options != 0 && (!one || std::popcount(c.options) == 1) &&
                                  (exclusive < 0 || !(c.options >> exclusive & 1u) ||
                                   c.options == 1u << exclusive)));
                if (!ok)
                    throw std::logic_error("survey: a broken answer to " + std::string(q.id) +
                                           " in " + std::to_string(year));
            }
        }
    }
}

// What the answers depend on in data/undersokelse.yaml, one line per part and question:
// "part radmann years=2015-2018 roles=radmann,stab,annen_leder" and "question naeringsliv
// part=... years=2016-2018 kind=multiple options=...,ingen! asked_if=" (! marks an exclusive
// option). The file is written by hand in one plain layout, read here line by line rather
// than as YAML in general: enough to notice a renamed, added or reordered id.
std::vector<std::string> catalogue_outline(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(file.string() + ": cannot open (the survey's catalogue)");
    struct Entry {
        std::string kind, id, part, years, question_kind, options, asked_if;
    };
    std::vector<Entry> entries;
    std::string section, line;
    auto after = [](const std::string& text, std::string_view key) {
        const std::size_t at = text.find(key);
        if (at == std::string::npos) return std::string();
        const std::size_t start = at + key.size();
        const std::size_t end = text.find_first_of(",}]", start);
        return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    };
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        if (line.front() != ' ') {
            section = line.substr(0, line.find(':'));
        } else if (line.starts_with("  - id: ")) {
            entries.push_back(
                {section == "parts" ? "part" : "question", line.substr(8), "", "", "", "", ""});
        } else if (entries.empty()) {
            continue;
        } else if (line.starts_with("    part: ")) {
            entries.back().part = line.substr(10);
        } else if (line.starts_with("    years: ")) {
            entries.back().years = line.substr(11);
        } else if (line.starts_with("    kind: ")) {
            entries.back().question_kind = line.substr(10);
        } else if (line.starts_with("    asked_if: ")) {
            entries.back().asked_if = after(line, "question: ") + ":";
            const std::size_t open = line.find('['), close = line.find(']');
            if (open != std::string::npos && close != std::string::npos)
                for (char c : line.substr(open + 1, close - open - 1))
                    if (c != ' ') entries.back().asked_if += c;
        } else if (line.starts_with("      - {id: ") || line.starts_with("      - id: ")) {
            Entry& e = entries.back();
            e.options += (e.options.empty() ? "" : ",") + after(line, "id: ");
            if (line.find("exclusive: true") != std::string::npos) e.options += '!';
        }
    }
    std::vector<std::string> outline;
    for (const Entry& e : entries)
        outline.push_back(e.kind == "part"
                              ? "part " + e.id + " years=" + e.years + " roles=" + e.options
                              : "question " + e.id + " part=" + e.part + " years=" + e.years +
                                    " kind=" + e.question_kind + " options=" + e.options +
                                    " asked_if=" + e.asked_if);
    return outline;
}

void check_survey_catalogue(const fs::path& file) {
    auto years = [](int first, int last) {
        return first == last ? std::to_string(first)
                             : std::to_string(first) + "-" + std::to_string(last);
    };
    const char* const kinds[] = {"single", "multiple", "scale", "coded"};
    std::vector<std::string> expected;
    for (const SurveyPartPlan& p : kSurveyParts) {
        std::string roles;
        for (const SurveyRole& r : p.roles) roles += (roles.empty() ? "" : ",") + std::string(r.id);
        expected.push_back("part " + std::string(p.id) + " years=" +
                           years(p.returned.begin()->first, p.returned.rbegin()->first) +
                           " roles=" + roles);
    }
    for (const SurveyQuestionPlan& q : kSurveyQuestions) {
        std::string options;
        for (std::string_view o : q.options)
            options +=
                (options.empty() ? "" : ",") + std::string(o) + (o == q.exclusive ? "!" : "");
        expected.push_back(
            "question " + std::string(q.id) + " part=" + std::string(q.part) +
            " years=" + years(q.shares.begin()->first, q.shares.rbegin()->first) +
            " kind=" + kinds[static_cast<int>(q.kind)] + " options=" + options + " asked_if=" +
            (q.asked_if.empty() ? std::string()
                                : std::string(q.asked_if) + ":" + std::string(q.asked_if_option)));
    }
    const std::vector<std::string> found = catalogue_outline(file);
    for (std::size_t k = 0; k < std::max(found.size(), expected.size()); ++k) {
        const std::string a = k < found.size() ? found[k] : "(nothing)";
        const std::string b = k < expected.size() ? expected[k] : "(nothing)";
        if (a != b)
            throw std::runtime_error(file.string() +
                                     " no longer matches the survey plan in "
                                     "tools/make_demo_data.cpp:\n  catalogue: " +
                                     a + "\n  plan:      " + b);
    }
}

// One file per part, one row per returned questionnaire, by year and area code.
void write_survey(const fs::path& folder, const std::vector<SurveyUnit>& units,
                  const SurveyResult& result) {
    fs::create_directories(folder);
    for (const SurveyPartPlan& part : kSurveyParts) {
        std::string header = "år,område,besvart_av";
        std::vector<const SurveyQuestionPlan*> questions;
        for (const SurveyQuestionPlan& q : kSurveyQuestions)
            if (q.part == part.id) {
                questions.push_back(&q);
                header += "," + std::string(q.id);
            }
        std::vector<std::pair<std::pair<int, std::string>, std::string>> rows;
        for (const auto& [year, returned] : result.returned.at(part.id))
            for (std::size_t u = 0; u < units.size(); ++u) {
                if (!returned[u]) continue;
                std::string line = std::to_string(year) + "," + units[u].code + "," +
                                   std::string(result.role.at(part.id).at(year)[u]);
                for (const SurveyQuestionPlan* q : questions)
                    line += "," + survey_cell_text(*q, result.cells.at(q->id).at(year)[u]);
                rows.push_back({{year, units[u].code}, line});
            }
        std::sort(rows.begin(), rows.end());
        const fs::path file = folder / (std::string(part.id) + ".csv");
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error(file.string() + ": cannot write");
        out << header << '\n';
        for (const auto& row : rows) out << row.second << '\n';
        if (!out) throw std::runtime_error(file.string() + ": write failed");
        std::cout << "Wrote " << file.string() << " (" << rows.size() << " rows)\n";
    }
}

// Per part and year who answered; per question and year N and the shares, to set beside the
// report's; and the panel of units answering all four years.
void print_survey_summary(const std::vector<SurveyUnit>& units, const SurveyResult& result,
                          std::size_t invited) {
    std::cout << "\nMunicipal survey: questionnaires returned, of " << invited
              << " invited (Oslo's districts answer, Oslo itself does not)\n";
    for (const SurveyPartPlan& part : kSurveyParts)
        for (const auto& [year, returned] : result.returned.at(part.id)) {
            int municipalities = 0, districts = 0, small = 0, small_all = 0, all = 0;
            for (std::size_t u = 0; u < units.size(); ++u) {
                const bool is_small = !units[u].district && units[u].population.at(year) < 2'000;
                small_all += is_small;
                all += !units[u].district;
                if (!returned[u]) continue;
                ++(units[u].district ? districts : municipalities);
                small += is_small;
            }
            char line[256];
            std::snprintf(line, sizeof line,
                          "%-22s %d: %3d municipalities + %2d districts = %3d (%s); under 2 000 "
                          "inhabitants %s of responding municipalities, %s of all\n",
                          std::string(part.id).c_str(), year, municipalities, districts,
                          municipalities + districts,
                          percent(municipalities + districts, static_cast<double>(invited)).c_str(),
                          percent(small, municipalities).c_str(), percent(small_all, all).c_str());
            std::cout << line;
        }
    std::cout << "\nquestion               year    N ubesvart    .  shares among those answering\n";
    for (const SurveyQuestionPlan& q : kSurveyQuestions)
        for (const auto& [year, cells] : result.cells.at(q.id)) {
            if (!q.shares.contains(year)) continue;
            int answered = 0, skipped = 0, not_asked = 0;
            std::vector<int> chosen(q.options.size());
            for (const SurveyCell& c : cells) {
                skipped += c.state == SurveyCell::skipped;
                not_asked += c.state == SurveyCell::not_asked;
                if (c.state != SurveyCell::answered) continue;
                ++answered;
                for (std::size_t o = 0; o < q.options.size(); ++o) chosen[o] += c.options >> o & 1u;
            }
            char line[128];
            std::snprintf(line, sizeof line, "%-22s %d  %3d %8d %4d ", std::string(q.id).c_str(),
                          year, answered, skipped, not_asked);
            std::cout << line;
            for (std::size_t o = 0; o < q.options.size(); ++o)
                std::cout << ' ' << q.options[o] << ' ' << percent(chosen[o], answered)
                          << (o + 1 < q.options.size() ? "," : "");
            std::cout << '\n';
        }

    // Cooperation by size (the report's figure 8: small municipalities buy, large ones offer).
    {
        const SurveyQuestionPlan& q = survey_question("samarbeid_kommuner");
        const char* const classes[] = {"under 5 000", "5 000-19 999", "20 000 and over"};
        std::cout
            << "\nsamarbeid_kommuner 2018 by size (municipalities; districts with the large):\n";
        for (int k = 0; k < 3; ++k) {
            int answered = 0;
            std::vector<int> chosen(q.options.size());
            for (std::size_t u = 0; u < units.size(); ++u) {
                const long people = units[u].population.at(2018);
                const int size_class = people < 5'000 ? 0 : people < 20'000 ? 1 : 2;
                const SurveyCell& c = result.cells.at(q.id).at(2018)[u];
                if (size_class != k || c.state != SurveyCell::answered) continue;
                ++answered;
                for (std::size_t o = 0; o < q.options.size(); ++o) chosen[o] += c.options >> o & 1u;
            }
            std::cout << "  " << classes[k] << " (N " << answered << "):";
            for (std::size_t o = 0; o < q.options.size(); ++o)
                std::cout << ' ' << q.options[o] << ' ' << percent(chosen[o], answered);
            std::cout << '\n';
        }
    }

    // The panel: units that returned the part, or answered the question, every year.
    std::cout << "\nPanel answering all of 2015-2018:\n";
    for (const SurveyPartPlan& part : kSurveyParts) {
        int panel = 0;
        for (std::size_t u = 0; u < units.size(); ++u) {
            bool every = true;
            for (const auto& [year, returned] : result.returned.at(part.id))
                every = every && returned[u];
            panel += every;
        }
        std::cout << "  part " << part.id << ": " << panel << " units\n";
    }
    for (std::string_view id :
         {std::string_view("resultatmaal"), std::string_view("tolkeregister")}) {
        const SurveyQuestionPlan& q = survey_question(id);
        const auto& by_year = result.cells.at(q.id);
        std::vector<std::size_t> panel;
        for (std::size_t u = 0; u < units.size(); ++u) {
            bool every = true;
            for (const auto& [year, cells] : by_year)
                every = every && cells[u].state == SurveyCell::answered;
            if (every) panel.push_back(u);
        }
        std::cout << "  question " << id << ": " << panel.size() << " units; " << q.options[0]
                  << " among them";
        for (const auto& [year, cells] : by_year) {
            int chosen = 0;
            for (std::size_t u : panel) chosen += cells[u].options & 1u;
            std::cout << ' ' << year << ' ' << percent(chosen, static_cast<double>(panel.size()));
        }
        std::cout << '\n';
    }
}

int run(const fs::path& site) {
    const std::vector<Place> places = read_registry(site / "data" / "omrader.csv");
    std::vector<Municipality> municipalities;
    std::vector<std::string> districts;
    std::map<std::string, std::string> names;
    for (const auto& p : places) {
        names[p.code] = p.name;
        if (p.kind == "kommune") {
            Municipality m;
            m.code = p.code;
            municipalities.push_back(m);
        }
        if (p.kind == "bydel" && p.parent == "0301") districts.push_back(p.code);
    }
    std::size_t oslo = municipalities.size();
    for (std::size_t i = 0; i < municipalities.size(); ++i)
        if (municipalities[i].code == "0301") oslo = i;
    if (municipalities.empty() || oslo == municipalities.size())
        throw std::runtime_error("data/omrader.csv: no municipalities, or no Oslo (0301)");

    fill_population(municipalities);
    fill_size_ranks(municipalities);
    fill_centrality(municipalities);
    fill_kostra_groups(municipalities);
    {
        RandomStream random("municipality-effects", 0);
        for (auto& m : municipalities) {
            m.programme_effect = random.normal(0, OutcomeModel::municipality_sd);
            m.training_effect = random.normal(0, 0.7);
        }
    }
    {
        // Far from the centres: a little more unemployment, fewer with a good education.
        RandomStream random("municipality-composition", 0);
        for (auto& m : municipalities) {
            const double remoteness = m.centrality - 3.5;
            m.men_offset = random.normal(0, 0.3);
            m.older_offset = random.normal(0, 0.5);
            m.track1_offset = random.normal(0, 0.6);
            m.track3_offset = -0.5 * m.track1_offset - 0.12 * remoteness + random.normal(0, 0.6);
            m.unemployment_offset = 0.05 * remoteness + random.normal(0, 0.22);
        }
    }
    const SettlementByYear settlement = settle_all(municipalities);
    const auto district_settlement = split_over_districts(settlement, oslo, districts.size());
    const auto unemployment = local_unemployment(municipalities);
    const auto programme = run_programme(municipalities, settlement, unemployment);
    const auto training = run_training(municipalities, settlement);
    const auto timing = time_settlement(municipalities, settlement);
    const auto programme_more = programme_extras(municipalities, programme);
    const auto training_more = training_extras(municipalities, training);
    const auto gaps = training_gaps(municipalities.size());
    const auto suppressed = source_suppressed(programme);

    // The survey's units: the municipalities but Oslo, then Oslo's districts.
    check_survey_catalogue(site / "data" / "undersokelse.yaml");
    std::vector<SurveyUnit> survey_units;
    for (std::size_t i = 0; i < municipalities.size(); ++i) {
        if (i == oslo) continue;
        SurveyUnit unit{municipalities[i].code, false, {}, {}, municipalities[i].programme_effect};
        for (int year = kFirstSurveyYear; year <= kLastSurveyYear; ++year) {
            unit.population[year] = municipalities[i].population.at(year);
            unit.settled[year] = settlement.at(year)[i].settled;
        }
        survey_units.push_back(unit);
    }
    for (std::size_t d = 0; d < districts.size(); ++d) {
        SurveyUnit unit{districts[d], true, {}, {}, 0.0};
        for (int year = kFirstSurveyYear; year <= kLastSurveyYear; ++year) {
            unit.population[year] =
                std::lround(static_cast<double>(municipalities[oslo].population.at(year)) /
                            static_cast<double>(districts.size()));
            unit.settled[year] = district_settlement.at(year)[d].settled;
        }
        survey_units.push_back(unit);
    }
    const SurveyResult survey = run_survey(survey_units);
    check_survey(survey);

    // Checks of the promises other people rely on.
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        long national = 0;
        for (const auto& s : settlement.at(year)) national += s.settled;
        if (national != kSettlementPlan.at(year).settled_total)
            throw std::logic_error("national settled total off in " + std::to_string(year));
        Settlement sum;
        for (const auto& d : district_settlement.at(year)) {
            sum.requested += d.requested;
            sum.decided += d.decided;
            sum.settled += d.settled;
            sum.minors += d.minors;
        }
        const Settlement& city = settlement.at(year)[oslo];
        if (std::tie(sum.requested, sum.decided, sum.settled, sum.minors) !=
            std::tie(city.requested, city.decided, city.settled, city.minors))
            throw std::logic_error("Oslo's districts do not add up in " + std::to_string(year));
        for (const ProgrammeCohort& c : programme.at(year))
            if (c.aged_35_plus > c.finished() || c.track1 + c.track3 > c.finished() ||
                c.working_men > c.finished_men || c.working_women > c.finished_women)
                throw std::logic_error("a programme count exceeds its cohort in " +
                                       std::to_string(year));
        for (std::size_t i = 0; i < municipalities.size(); ++i) {
            const ProgrammeCohort& c = programme.at(year)[i];
            const ProgrammeExtras& e = programme_more.at(year)[i];
            const TrainingCohort& tc = training.at(year)[i];
            const TrainingExtras& te = training_more.at(year)[i];
            if (e.started > c.participants ||
                e.qualifying > c.participants || e.direct > c.finished() ||
                te.started_in_six_months < tc.started_in_time ||
                te.started_in_six_months > tc.target_group || te.completed > te.deadline)
                throw std::logic_error("a part exceeds its whole in " + std::to_string(year));
        }
    }

    // Egenskaper.
    fs::create_directories(site / "data" / "observasjoner");
    {
        std::ofstream out(site / "data" / "egenskaper.csv", std::ios::binary | std::ios::trunc);
        out << "kode,egenskap,verdi\n";
        for (const auto& m : municipalities) {
            out << m.code << ",sentralitet," << m.centrality << '\n';
            out << m.code << ",kostragruppe," << m.kostra_group << '\n';
        }
        if (!out) throw std::runtime_error("data/egenskaper.csv: write failed");
    }

    // Norwegian-born to immigrant parents per immigrant: about 0.21 in 2015 rising to 0.23 in
    // 2024 nationally (SSB: 212 000 against 931 000 immigrants on 1 January 2024); a
    // municipality keeps its own level, higher where immigrants settled long ago.
    std::vector<double> born_here_ratio;
    {
        RandomStream random("norwegian-born", 0);
        for (const auto& m : municipalities)
            born_here_ratio.push_back(0.215 * random.lognormal(0.35) *
                                      (1.0 + 0.04 * (3.5 - m.centrality)));
    }
    // Immigrants by reason for immigration (flight, work, family, education, not stated), as
    // IMDi's export has them: national shares moving from 26/37/29/6/2 % in 2015 to
    // 34/31/28/5/2 % in 2024; refugees weigh more far from the centres, students less. The
    // reasons add up to the immigrants exactly.
    constexpr std::array<const char*, 5> kReasons{"innvandrere_flukt", "innvandrere_arbeid",
                                                  "innvandrere_familie", "innvandrere_utdanning",
                                                  "innvandrere_uoppgitt"};
    constexpr std::array<double, 5> kReasons2015{0.26, 0.37, 0.29, 0.06, 0.02};
    constexpr std::array<double, 5> kReasons2024{0.34, 0.31, 0.28, 0.05, 0.02};
    std::vector<std::array<double, 5>> reason_tilt;
    {
        RandomStream random("immigration-reason", 0);
        for (const auto& m : municipalities) {
            const double remoteness = m.centrality - 3.5;
            reason_tilt.push_back({random.lognormal(0.35) * (1.0 + 0.1 * remoteness),
                                   random.lognormal(0.3), random.lognormal(0.15),
                                   random.lognormal(0.5) * (1.0 - 0.15 * remoteness),
                                   random.lognormal(0.3)});
        }
    }
    std::vector<Row> labour_rows, population_rows, settlement_rows, programme_rows, training_rows;
    // IMDi's original request went to the city of Oslo; its districts have none of their own.
    auto add_requests = [&](const std::string& code, int year, const Settlement& s,
                            bool municipality) {
        settlement_rows.push_back({code, year, "anmodning", std::to_string(s.requested)});
        if (kSettlementPlan.at(year).original_total > 0 && municipality)
            settlement_rows.push_back({code, year, "anmodning_opprinnelig", std::to_string(s.original)});
        settlement_rows.push_back({code, year, "vedtak", std::to_string(s.decided)});
    };
    auto add_settlement = [&](const std::string& code, int year, const Settlement& s,
                              bool municipality) {
        add_requests(code, year, s, municipality);
        const std::pair<const char*, long> values[] = {
            {"bosatte", s.settled},
            {"enslige_mindreaarige", s.minors},
            {"bosatte_barnefamilier", s.families},
            {"bosatte_andre_voksne_skjermet", s.other_adults + s.shielded},
            {"bosatte_overforingsflyktninger", s.resettled},
            {"bosatte_fra_mottak", s.from_reception},
            {"bosatte_privat_skjermet", s.private_homes + s.shielded},
        };
        for (const auto& [measure, value] : values)
            settlement_rows.push_back({code, year, measure, std::to_string(value)});
    };
    for (std::size_t i = 0; i < municipalities.size(); ++i) {
        const auto& m = municipalities[i];
        for (int year = kFirstYear; year <= kLastPopulationYear; ++year) {
            population_rows.push_back({m.code, year, "folketall", std::to_string(m.population.at(year))});
            population_rows.push_back({m.code, year, "innvandrere", std::to_string(m.immigrants.at(year))});
            const double trend = 0.91 + 0.01 * (year - kFirstYear);
            population_rows.push_back(
                {m.code, year, "norskfodte_innvandrerforeldre",
                 std::to_string(std::lround(static_cast<double>(m.immigrants.at(year)) *
                                            born_here_ratio[i] * trend))});
            const double t = (year - kFirstYear) / double(kLastPopulationYear - kFirstYear);
            std::vector<double> weights;
            for (std::size_t r = 0; r < kReasons.size(); ++r)
                weights.push_back(((1 - t) * kReasons2015[r] + t * kReasons2024[r]) * reason_tilt[i][r]);
            const std::vector<long> by_reason = apportion(m.immigrants.at(year), weights);
            for (std::size_t r = 0; r < kReasons.size(); ++r)
                population_rows.push_back({m.code, year, kReasons[r], std::to_string(by_reason[r])});
        }
        for (int year = kFirstYear; year <= kLastYear; ++year) {
            labour_rows.push_back(
                {m.code, year, "arbeidsledighet", one_decimal(unemployment.at(year)[i])});

            add_settlement(m.code, year, settlement.at(year)[i], true);
            const SettlementTiming& when = timing.at(year)[i];
            settlement_rows.push_back(
                {m.code, year, "bosatte_ventetid_maaneder", one_decimal(when.months)});
            const std::pair<const char*, long> timed[] = {
                {"bosatte_innen_6mnd", when.within_6},
                {"bosatte_innen_12mnd", when.within_12},
                {"enslige_mindreaarige_innen_3mnd", when.minors_within_3},
                {"barnefamilier", when.families},
                {"barnefamilier_innen_3mnd", when.families_within_3},
            };
            for (const auto& [measure, value] : timed)
                settlement_rows.push_back({m.code, year, measure, std::to_string(value)});

            const ProgrammeCohort& c = programme.at(year)[i];
            // As delivered: true counts, except where the source suppressed them. There
            // men + women = total, so a hidden gender figure must not be recoverable.
            const bool at_source = suppressed.contains({i, year});
            auto count = [&](long value) {
                return at_source ? suppressed_if_small(value) : std::to_string(value);
            };
            auto part = [&](long total, const std::vector<long>& parts, std::size_t which) {
                return at_source ? shown_or_hidden(parts[which], hidden_parts(total, parts)[which])
                                 : std::to_string(parts[which]);
            };
            const std::vector<long> finished{c.finished_men, c.finished_women};
            const std::vector<long> working{c.working_men, c.working_women};
            const std::pair<std::string_view, std::string> programme_values[] = {
                {"intro_deltakere", count(c.participants)},
                {"intro_avsluttet", count(c.finished())},
                {"intro_arbeid_utdanning", count(c.working())},
                {"intro_avsluttet_menn", part(c.finished(), finished, 0)},
                {"intro_arbeid_utdanning_menn", part(c.working(), working, 0)},
                {"intro_avsluttet_kvinner", part(c.finished(), finished, 1)},
                {"intro_arbeid_utdanning_kvinner", part(c.working(), working, 1)},
                {"intro_avsluttet_35_aar_plus", count(c.aged_35_plus)},
                {"intro_avsluttet_spor1", count(c.track1)},
                {"intro_sysselsatt", count(c.employed)},
                {"intro_kun_utdanning", count(c.working() - c.employed)},
                {"intro_ledig_tiltak", count(c.unemployed)},
                {"intro_annen_status", count(c.finished() - c.working() - c.unemployed)},
                {"intro_avsluttet_spor3", count(c.track3)},
                {"intro_startet", count(programme_more.at(year)[i].started)},
                {"intro_direkte_overgang", count(programme_more.at(year)[i].direct)},
                {"intro_formell_kvalifisering", count(programme_more.at(year)[i].qualifying)},
            };
            for (const auto& [measure, value] : programme_values)
                programme_rows.push_back({m.code, year, std::string(measure), value});

            const TrainingCohort& t = training.at(year)[i];
            const bool gap = gaps.contains({i, year});
            training_rows.push_back(
                {m.code, year, "norsk_maalgruppe", gap ? ".." : std::to_string(t.target_group)});
            training_rows.push_back(
                {m.code, year, "norsk_start_3mnd", gap ? ".." : std::to_string(t.started_in_time)});
            const TrainingExtras& te = training_more.at(year)[i];
            training_rows.push_back({m.code, year, "norsk_start_6mnd",
                                     gap ? ".." : std::to_string(te.started_in_six_months)});
            // No register figures on completion before the periods ending in 2019.
            const bool completion_known = year >= kFirstCompletionYear;
            training_rows.push_back({m.code, year, "norsk_frist_3aar",
                                     completion_known ? std::to_string(te.deadline) : ".."});
            training_rows.push_back({m.code, year, "norsk_fullfort_3aar",
                                     completion_known ? std::to_string(te.completed) : ".."});
        }
    }
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        for (std::size_t d = 0; d < districts.size(); ++d)
            add_settlement(districts[d], year, district_settlement.at(year)[d], false);
    }
    // The coming year: what IMDi asked for and what the councils decided.
    for (std::size_t i = 0; i < municipalities.size(); ++i)
        add_requests(municipalities[i].code, kRequestYear, settlement.at(kRequestYear)[i], true);
    for (std::size_t d = 0; d < districts.size(); ++d)
        add_requests(districts[d], kRequestYear, district_settlement.at(kRequestYear)[d], false);

    const std::string header(kObservationHeader);
    const fs::path folder = site / "data" / "observasjoner";
    const std::pair<std::string, std::vector<Row>*> outputs[] = {
        {"arbeidsmarked.csv", &labour_rows},     {"befolkning.csv", &population_rows},
        {"bosetting.csv", &settlement_rows},     {"introduksjonsprogram.csv", &programme_rows},
        {"norskopplaering.csv", &training_rows},
    };
    std::cout << "Wrote " << (site / "data" / "egenskaper.csv").string() << " ("
              << 2 * municipalities.size() << " rows)\n";
    for (const auto& [name, rows] : outputs) {
        write_rows(folder / name, header, *rows);
        std::cout << "Wrote " << (folder / name).string() << " (" << rows->size() << " rows)\n";
    }
    {
        auto listed = [&](const std::set<std::pair<std::size_t, int>>& cells) {
            std::set<std::pair<std::string, int>> sorted;
            for (const auto& [i, year] : cells) sorted.insert({municipalities[i].code, year});
            std::string text;
            for (const auto& [code, year] : sorted)
                text += "  - " + code + " " + names.at(code) + ", " + std::to_string(year) + "\n";
            return text;
        };
        std::ofstream out(folder / "README.md", std::ios::binary | std::ios::trunc);
        out << kReadmeStart << listed(suppressed) << kReadmeMiddle << listed(gaps) << kReadmeEnd;
        if (!out) throw std::runtime_error("data/observasjoner/README.md: write failed");
        std::cout << "Wrote " << (folder / "README.md").string() << "\n";
    }
    write_survey(site / "data" / "undersokelse", survey_units, survey);

    // Summary.
    long population = 0;
    for (const auto& m : municipalities) population += m.population.at(kLastPopulationYear);
    std::map<int, int> centrality_counts, kostra_counts;
    for (const auto& m : municipalities) {
        ++centrality_counts[m.centrality];
        ++kostra_counts[m.kostra_group];
    }
    std::cout << "\nPopulation 1.1." << kLastPopulationYear << ": " << population
              << "; centrality classes 1-6:";
    for (const auto& [centrality, count] : centrality_counts) std::cout << ' ' << count;
    std::cout << "\nKOSTRA groups (group:count):";
    for (const auto& [group, count] : kostra_counts) std::cout << ' ' << group << ':' << count;
    std::cout << "\n\nyear  asked requested decided  settled  1-4  training  unemployment  "
                 "(mean, finisher-weighted, min-max)\n";
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        long requested = 0, decided = 0, settled = 0;
        int asked = 0, small = 0;
        for (const Settlement& s : settlement.at(year)) {
            requested += s.requested;
            decided += s.decided;
            settled += s.settled;
            asked += s.asked ? 1 : 0;
            small += s.settled >= 1 && s.settled <= 4 ? 1 : 0;
        }
        double target = 0, started = 0;
        for (const auto& c : training.at(year)) {
            target += static_cast<double>(c.target_group);
            started += static_cast<double>(c.started_in_time);
        }
        const auto& rates = unemployment.at(year);
        double rate_sum = 0, weighted = 0, weight = 0;
        for (std::size_t i = 0; i < rates.size(); ++i) {
            rate_sum += rates[i];
            weighted += rates[i] * static_cast<double>(programme.at(year)[i].finished());
            weight += static_cast<double>(programme.at(year)[i].finished());
        }
        char line[256];
        std::snprintf(line, sizeof line, "%d  %5d %9ld %7ld  %7ld %4d  %8s  %.2f %.2f %.1f-%.1f\n",
                      year, asked, requested, decided, settled, small,
                      percent(started, target).c_str(),
                      rate_sum / static_cast<double>(rates.size()), weighted / weight,
                      *std::min_element(rates.begin(), rates.end()),
                      *std::max_element(rates.begin(), rates.end()));
        std::cout << line;
    }
    std::cout << "\nyear  finished  work/educ (men, women)       women   35+  track1 track3\n";
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        double finished = 0, working = 0, men = 0, men_working = 0, women = 0, women_working = 0;
        double older = 0, track1 = 0, track3 = 0;
        for (const auto& c : programme.at(year)) {
            finished += static_cast<double>(c.finished());
            working += static_cast<double>(c.working());
            men += static_cast<double>(c.finished_men);
            men_working += static_cast<double>(c.working_men);
            women += static_cast<double>(c.finished_women);
            women_working += static_cast<double>(c.working_women);
            older += static_cast<double>(c.aged_35_plus);
            track1 += static_cast<double>(c.track1);
            track3 += static_cast<double>(c.track3);
        }
        char line[256];
        std::snprintf(line, sizeof line, "%d  %8.0f  %s (%s, %s)  %s %s %s %s\n", year, finished,
                      percent(working, finished).c_str(), percent(men_working, men).c_str(),
                      percent(women_working, women).c_str(), percent(women, finished).c_str(),
                      percent(older, finished).c_str(), percent(track1, finished).c_str(),
                      percent(track3, finished).c_str());
        std::cout << line;
    }

    // What a regression on municipality shares finds, pooled over the cohorts with one
    // intercept per cohort (municipality-years published at the source only).
    const char* const covariates[] = {"women", "aged 35+", "track 1", "track 3",
                                      "log unemployment"};
    const double truth[] = {OutcomeModel::woman, OutcomeModel::aged_35_plus, OutcomeModel::track1,
                            OutcomeModel::track3, OutcomeModel::log_unemployment};
    auto regression = [&](long minimum, bool weighted) {
        std::vector<std::vector<double>> x;
        std::vector<double> y, w;
        for (const auto& [year, cohorts] : programme) {
            for (std::size_t i = 0; i < cohorts.size(); ++i) {
                const ProgrammeCohort& c = cohorts[i];
                if (c.finished() < std::max(1L, minimum) || suppressed.contains({i, year}))
                    continue;
                const double n = static_cast<double>(c.finished());
                std::vector<double> row{
                    static_cast<double>(c.finished_women) / n,
                    static_cast<double>(c.aged_35_plus) / n, static_cast<double>(c.track1) / n,
                    static_cast<double>(c.track3) / n, std::log(unemployment.at(year)[i])};
                for (int cohort = kFirstYear; cohort <= kLastYear; ++cohort)
                    row.push_back(cohort == year ? 1.0 : 0.0);
                x.push_back(row);
                y.push_back(static_cast<double>(c.working()) / n);
                w.push_back(weighted ? n : 1.0);
            }
        }
        return std::pair{weighted_least_squares(x, y, w), x.size()};
    };
    const auto [all, all_rows] = regression(1, true);
    const auto [larger, larger_rows] = regression(20, false);
    std::cout << "\nRegression of the share in work or education on municipality shares, 2015-"
              << kLastYear << ", one intercept per cohort:\n"
              << "covariate          model   weighted by finishers (" << all_rows
              << " rows)   unweighted, 20+ finishing (" << larger_rows << " rows)\n";
    for (std::size_t k = 0; k < std::size(covariates); ++k) {
        char line[256];
        std::snprintf(line, sizeof line,
                      "%-17s %6.3f   %6.3f (%.3f)                   %6.3f (%.3f)\n", covariates[k],
                      truth[k], all.coefficients[k], all.standard_errors[k], larger.coefficients[k],
                      larger.standard_errors[k]);
        std::cout << line;
    }
    std::cout << "\nSuppressed at the source (':'), municipality-years:";
    for (const auto& [i, year] : suppressed)
        std::cout << ' ' << municipalities[i].code << '/' << year;
    if (suppressed.empty()) throw std::logic_error("no programme figures suppressed at the source");
    std::cout << "\nTraining values not available ('..'): " << 2 * gaps.size() << '\n';
    print_survey_summary(survey_units, survey, municipalities.size() + districts.size());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: make_demo_data <site-dir>\n";
        return 2;
    }
    try {
        return run(argv[1]);
    } catch (const std::exception& e) {
        std::cerr << "make_demo_data: " << e.what() << '\n';
        return 1;
    }
}
