// make_demo_data: writes the invented figures of the kommunetall demo site.
//
// Usage: make_demo_data <site-dir>
//
// Reads <site-dir>/data/omrader.csv (the real registry; today's areas) and writes synthetic but
// realistic-looking data: data/egenskaper.csv and data/observasjoner/{befolkning,bosetting,
// introduksjonsprogram,norskopplaering}.csv plus a README.md saying the figures are made up.
//
// The output is byte-identical on every run and machine. Random numbers come from
// std::mt19937_64, whose raw output the standard fixes, through our own distributions,
// because the std:: distributions differ between standard libraries. Every purpose draws
// from its own stream, so changing one part of the model does not reshuffle the others.
// Results are rounded to whole persons, so a last-bit difference in libm would only matter
// at an exact tie; on targets with fused multiply-add (AArch64) compile with
// -ffp-contract=off so the arithmetic itself is the same as on x86-64.
#include <algorithm>
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
    const std::vector<std::string> header{"kode", "navn", "type", "overordnet", "fra", "til"};
    if (split_csv_line(line) != header)
        throw std::runtime_error(file.string() + ":1: expected header kode,navn,type,overordnet,fra,til");
    std::vector<Place> places;
    for (int number = 2; std::getline(in, line); ++number) {
        if (line.empty()) continue;
        auto fields = split_csv_line(line);
        if (fields.size() != header.size())
            throw std::runtime_error(file.string() + ":" + std::to_string(number) +
                                     ": expected 6 fields");
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
    double programme_effect = 0;
    double training_effect = 0;
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
        double share = std::clamp(0.115 + 0.045 * (magnitude - 3.7) + share_random.normal(0, 0.025),
                                  0.10, 0.30);
        if (auto it = known_share.find(m.code); it != known_share.end() && it->second > 0)
            share = it->second;
        for (int year = kFirstYear; year <= kLastPopulationYear; ++year) {
            const int back = kLastPopulationYear - year;
            const double wobble = back == 0 ? 1.0 : growth_random.lognormal(0.002);
            const long people = std::lround(static_cast<double>(sizes[i]) *
                                            std::exp(-growth * back) * wobble);
            // The immigrant share rose by about a quarter from 2015 to 2024.
            const double share_then =
                std::max(0.082, share * (1.0 - 0.025 * back) * share_random.lognormal(0.005));
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

// ---------------------------------------------------------------- settlement

struct YearPlan {
    long settled_total;        // exact national total (2013-2014 only feed the programme)
    long requested_total;      // roughly what IMDi asked for
    double asked_probability;  // share of municipalities asked
    double minors_share;       // unaccompanied minors among the settled
};

const std::map<int, YearPlan> kSettlementPlan = {
    {2013, {5'935, 6'300, 0.85, 0.06}},     {2014, {7'015, 7'500, 0.88, 0.07}},
    {2015, {11'342, 12'150, 0.88, 0.07}},   {2016, {15'291, 16'350, 0.97, 0.09}},
    {2017, {11'078, 11'850, 0.85, 0.07}},   {2018, {4'903, 5'250, 0.62, 0.045}},
    {2019, {4'822, 5'350, 0.63, 0.03}},     {2020, {3'600, 3'850, 0.52, 0.025}},
    {2021, {5'600, 6'000, 0.62, 0.02}},     {2022, {35'000, 37'000, 0.99, 0.01}},
    {2023, {37'000, 40'500, 0.98, 0.012}},
};

struct Settlement {
    bool asked = false;
    long requested = 0;  // anmodning
    long decided = 0;    // vedtak
    long settled = 0;    // bosatte
    long minors = 0;     // enslige_mindreaarige
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
    return result;
}

SettlementByYear settle_all(const std::vector<Municipality>& municipalities) {
    SettlementByYear result;
    for (int year = kFirstSimulatedYear; year <= kLastYear; ++year)
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

std::map<int, std::vector<Settlement>> split_over_districts(
    const SettlementByYear& settlement, std::size_t oslo, std::size_t district_count) {
    std::map<int, std::vector<Settlement>> result;
    for (int year = kFirstYear; year <= kLastYear; ++year) {
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
        result[year] = districts;
    }
    return result;
}

// ---------------------------------------------------------------- introduction programme

struct ProgrammeCohort {
    long participants = 0;  // intro_deltakere
    long finished_men = 0, finished_women = 0;
    long working_men = 0, working_women = 0;
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
// Men's share minus women's (72 % against 48 % in 2017); narrower in the later cohorts.
const std::map<int, double> kProgrammeGenderGap = {
    {2015, 0.24}, {2016, 0.24}, {2017, 0.24}, {2018, 0.24}, {2019, 0.24},
    {2020, 0.22}, {2021, 0.22}, {2022, 0.19}, {2023, 0.18},
};

// cohorts[year][municipality]
std::map<int, std::vector<ProgrammeCohort>> run_programme(
    const std::vector<Municipality>& municipalities, const SettlementByYear& settlement) {
    const std::size_t n = municipalities.size();
    std::map<int, std::vector<ProgrammeCohort>> result;
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        RandomStream random("programme", static_cast<std::uint64_t>(year));
        std::vector<ProgrammeCohort> cohorts(n);
        std::vector<long> men(n), women(n);
        std::vector<double> effects(n);
        for (std::size_t i = 0; i < n; ++i) {
            const long recent = settlement.at(year - 1)[i].settled + settlement.at(year - 2)[i].settled;
            const double mean = recent > 0 ? 1.6 * static_cast<double>(recent) * random.lognormal(0.1)
                                            : 0.3;
            auto& c = cohorts[i];
            c.participants = random.poisson(mean);
            const long finished = random.binomial(c.participants, 0.33);
            c.finished_men = random.binomial(finished, kProgrammeMenShare.at(year));
            c.finished_women = finished - c.finished_men;
            men[i] = c.finished_men;
            women[i] = c.finished_women;
            effects[i] = municipalities[i].programme_effect + random.normal(0, 0.2);
        }
        // Hit the national share: split the target between the genders using the realised
        // gender mix, then find the intercepts that give exactly those shares.
        double all_men = 0, all_finished = 0;
        for (std::size_t i = 0; i < n; ++i) {
            all_men += static_cast<double>(men[i]);
            all_finished += static_cast<double>(men[i] + women[i]);
        }
        const double men_fraction = all_finished > 0 ? all_men / all_finished : 0.5;
        const double gap = kProgrammeGenderGap.at(year);
        const double women_target = kProgrammeShare.at(year) - men_fraction * gap;
        const PersonDraws men_draws(random, men), women_draws(random, women);
        const double men_intercept = men_draws.calibrate_intercept(effects, women_target + gap);
        const double women_intercept = women_draws.calibrate_intercept(effects, women_target);
        for (std::size_t i = 0; i < n; ++i) {
            cohorts[i].working_men = men_draws.successes(i, logistic(men_intercept + effects[i]));
            cohorts[i].working_women =
                women_draws.successes(i, logistic(women_intercept + effects[i]));
        }
        result[year] = cohorts;
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

// SSB and IMDi suppress person counts of 1-4; zero is shown.
std::string suppressed_if_small(long count) {
    return count >= 1 && count <= 4 ? ":" : std::to_string(count);
}

// Which parts of a published total to hide. Primary: every part of 1-4. Complementary:
// when the total is shown and exactly one part is hidden, it could be recovered as the total
// minus the others, so the smallest other part is hidden too (as statistics agencies do).
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

constexpr std::string_view kReadme = R"(# Demo data: invented figures

Every figure in the CSV files in this folder (and in `data/egenskaper.csv`) is
**invented**. The files are written by `tools/make_demo_data.cpp` from the real
list of areas in `data/omrader.csv` so that the demo site has something realistic
to show: municipality sizes, national totals of settled refugees (IMDi's annual
totals for 2015-2019) and national shares are close to the real ones, but no
municipality's number is real. Do not cite them.

Tallene i denne mappen er oppdiktet og skal ikke siteres.

Files (columns `område,periode,mål,verdi`, UTF-8, one row per area, year and measure):

- `befolkning.csv`: `folketall`, `innvandrere` (1 January, 2015-2024)
- `bosetting.csv`: `anmodning`, `vedtak`, `bosatte`, `enslige_mindreaarige`
  (2015-2023), for municipalities and Oslo's city districts
- `introduksjonsprogram.csv`: `intro_deltakere`, `intro_avsluttet`,
  `intro_arbeid_utdanning` and the last two by gender (exit cohorts 2015-2023)
- `norskopplaering.csv`: `norsk_maalgruppe`, `norsk_start_3mnd` (2015-2023)

Values are whole numbers or SSB's symbols: `:` suppressed (person counts of 1-4,
and a second part where a total and its parts (men and women, Oslo and its districts)
would otherwise give a hidden count away by subtraction), `..` not available. County and national figures are not in the files: the site
aggregates them.

To regenerate (the output is the same, byte for byte, on every run):

    g++ -std=c++20 -O1 -ffp-contract=off tools/make_demo_data.cpp -o /tmp/make_demo_data
    /tmp/make_demo_data .
)";

struct Totals {
    long before = 0;     // sum of all values before suppression
    long visible = 0;    // sum of the values still shown
    int suppressed = 0;  // values written as ':'
};

void add(Totals& totals, long count) {
    totals.before += count;
    if (count >= 1 && count <= 4) ++totals.suppressed;
    else totals.visible += count;
}

std::string percent(double numerator, double denominator) {
    if (denominator <= 0) return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.1f %%", 100.0 * numerator / denominator);
    return text;
}

int run(const fs::path& site) {
    const std::vector<Place> places = read_registry(site / "data" / "omrader.csv");
    std::vector<Municipality> municipalities;
    std::vector<std::string> districts;
    for (const auto& p : places) {
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
    {
        RandomStream random("municipality-effects", 0);
        for (auto& m : municipalities) {
            m.programme_effect = random.normal(0, 0.35);
            m.training_effect = random.normal(0, 0.7);
        }
    }
    const SettlementByYear settlement = settle_all(municipalities);
    const auto district_settlement = split_over_districts(settlement, oslo, districts.size());
    const auto programme = run_programme(municipalities, settlement);
    const auto training = run_training(municipalities, settlement);
    const auto gaps = training_gaps(municipalities.size());

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
    }

    // Egenskaper.
    fs::create_directories(site / "data" / "observasjoner");
    {
        std::ofstream out(site / "data" / "egenskaper.csv", std::ios::binary | std::ios::trunc);
        out << "kode,egenskap,verdi\n";
        for (const auto& m : municipalities) out << m.code << ",sentralitet," << m.centrality << '\n';
        if (!out) throw std::runtime_error("data/egenskaper.csv: write failed");
    }

    std::vector<Row> population_rows, settlement_rows, programme_rows, training_rows;
    std::map<int, Totals> settled_totals;
    std::map<int, std::tuple<long, long, int>> asked_summary;  // requested, decided, asked count
    for (std::size_t i = 0; i < municipalities.size(); ++i) {
        const auto& m = municipalities[i];
        for (int year = kFirstYear; year <= kLastPopulationYear; ++year) {
            population_rows.push_back({m.code, year, "folketall", std::to_string(m.population.at(year))});
            population_rows.push_back({m.code, year, "innvandrere", std::to_string(m.immigrants.at(year))});
        }
        for (int year = kFirstYear; year <= kLastYear; ++year) {
            const Settlement& s = settlement.at(year)[i];
            settlement_rows.push_back({m.code, year, "anmodning", std::to_string(s.requested)});
            settlement_rows.push_back({m.code, year, "vedtak", std::to_string(s.decided)});
            settlement_rows.push_back({m.code, year, "bosatte", suppressed_if_small(s.settled)});
            settlement_rows.push_back({m.code, year, "enslige_mindreaarige", suppressed_if_small(s.minors)});
            add(settled_totals[year], s.settled);
            auto& [requested, decided, asked] = asked_summary[year];
            requested += s.requested;
            decided += s.decided;
            asked += s.asked ? 1 : 0;

            const ProgrammeCohort& c = programme.at(year)[i];
            // Men + women = total, so a hidden gender figure must not be recoverable.
            const auto finished = hidden_parts(c.finished(), {c.finished_men, c.finished_women});
            const auto working = hidden_parts(c.working(), {c.working_men, c.working_women});
            const std::pair<std::string_view, std::string> programme_values[] = {
                {"intro_deltakere", suppressed_if_small(c.participants)},
                {"intro_avsluttet", suppressed_if_small(c.finished())},
                {"intro_arbeid_utdanning", suppressed_if_small(c.working())},
                {"intro_avsluttet_menn", shown_or_hidden(c.finished_men, finished[0])},
                {"intro_arbeid_utdanning_menn", shown_or_hidden(c.working_men, working[0])},
                {"intro_avsluttet_kvinner", shown_or_hidden(c.finished_women, finished[1])},
                {"intro_arbeid_utdanning_kvinner", shown_or_hidden(c.working_women, working[1])},
            };
            for (const auto& [measure, value] : programme_values)
                programme_rows.push_back({m.code, year, std::string(measure), value});

            const TrainingCohort& t = training.at(year)[i];
            const bool gap = gaps.contains({i, year});
            training_rows.push_back({m.code, year, "norsk_maalgruppe",
                                     gap ? ".." : suppressed_if_small(t.target_group)});
            training_rows.push_back({m.code, year, "norsk_start_3mnd",
                                     gap ? ".." : suppressed_if_small(t.started_in_time)});
        }
    }
    // Oslo's districts sum to Oslo's own figures, so they get complementary suppression.
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        const auto& parts = district_settlement.at(year);
        std::vector<long> settled, minors;
        for (const Settlement& s : parts) {
            settled.push_back(s.settled);
            minors.push_back(s.minors);
        }
        const Settlement& city = settlement.at(year)[oslo];
        const auto hidden_settled = hidden_parts(city.settled, settled);
        const auto hidden_minors = hidden_parts(city.minors, minors);
        for (std::size_t d = 0; d < districts.size(); ++d) {
            const Settlement& s = parts[d];
            settlement_rows.push_back({districts[d], year, "anmodning", std::to_string(s.requested)});
            settlement_rows.push_back({districts[d], year, "vedtak", std::to_string(s.decided)});
            settlement_rows.push_back({districts[d], year, "bosatte", shown_or_hidden(s.settled, hidden_settled[d])});
            settlement_rows.push_back({districts[d], year, "enslige_mindreaarige", shown_or_hidden(s.minors, hidden_minors[d])});
        }
    }

    const std::string header(kObservationHeader);
    const fs::path folder = site / "data" / "observasjoner";
    const std::pair<std::string, std::vector<Row>*> outputs[] = {
        {"befolkning.csv", &population_rows},
        {"bosetting.csv", &settlement_rows},
        {"introduksjonsprogram.csv", &programme_rows},
        {"norskopplaering.csv", &training_rows},
    };
    std::cout << "Wrote " << (site / "data" / "egenskaper.csv").string() << " ("
              << municipalities.size() << " rows)\n";
    for (const auto& [name, rows] : outputs) {
        write_rows(folder / name, header, *rows);
        std::cout << "Wrote " << (folder / name).string() << " (" << rows->size() << " rows)\n";
    }
    {
        std::ofstream out(folder / "README.md", std::ios::binary | std::ios::trunc);
        out << kReadme;
        if (!out) throw std::runtime_error("data/observasjoner/README.md: write failed");
        std::cout << "Wrote " << (folder / "README.md").string() << "\n";
    }

    // Summary.
    long population = 0;
    for (const auto& m : municipalities) population += m.population.at(kLastPopulationYear);
    std::map<int, int> centrality_counts;
    for (const auto& m : municipalities) ++centrality_counts[m.centrality];
    std::cout << "\nPopulation 1.1." << kLastPopulationYear << ": " << population
              << "; centrality classes 1-6:";
    for (const auto& [centrality, count] : centrality_counts) std::cout << ' ' << count;
    std::cout << "\n\nyear  asked requested decided  settled visible suppressed  "
                 "intro share (men, women)  visible  training share\n";
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        const auto& [requested, decided, asked] = asked_summary.at(year);
        const Totals& t = settled_totals.at(year);
        double finished = 0, working = 0, men = 0, men_working = 0, women = 0, women_working = 0;
        double finished_shown = 0, working_shown = 0, target = 0, started = 0;
        for (const auto& c : programme.at(year)) {
            finished += static_cast<double>(c.finished());
            working += static_cast<double>(c.working());
            men += static_cast<double>(c.finished_men);
            men_working += static_cast<double>(c.working_men);
            women += static_cast<double>(c.finished_women);
            women_working += static_cast<double>(c.working_women);
            if (suppressed_if_small(c.finished()) != ":" && suppressed_if_small(c.working()) != ":") {
                finished_shown += static_cast<double>(c.finished());
                working_shown += static_cast<double>(c.working());
            }
        }
        for (const auto& c : training.at(year)) {
            target += static_cast<double>(c.target_group);
            started += static_cast<double>(c.started_in_time);
        }
        char line[256];
        std::snprintf(line, sizeof line, "%d  %5d %9ld %7ld  %7ld %7ld %10d  %s (%s, %s)  %s  %s\n",
                      year, asked, requested, decided, t.before, t.visible, t.suppressed,
                      percent(working, finished).c_str(), percent(men_working, men).c_str(),
                      percent(women_working, women).c_str(),
                      percent(working_shown, finished_shown).c_str(),
                      percent(started, target).c_str());
        std::cout << line;
    }
    std::cout << "\nFeatured municipalities (values written as ':'):";
    for (std::size_t i = 0; i < municipalities.size(); ++i) {
        if (!kFeatured.contains(municipalities[i].code)) continue;
        int suppressed = 0;
        for (const auto* rows : {&settlement_rows, &programme_rows, &training_rows})
            for (const auto& r : *rows)
                if (r.area == municipalities[i].code && r.value == ":") ++suppressed;
        std::cout << ' ' << municipalities[i].code << '=' << suppressed;
        if (suppressed == 0) throw std::logic_error("featured municipality without suppression");
    }
    std::cout << "\nTraining values not available ('..'): " << 2 * gaps.size() << '\n';
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
