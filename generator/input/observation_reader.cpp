#include "input/observation_reader.h"

#include "input/source_file.h"
#include "input/ssb_symbol.h"

namespace kt {

namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2100;

std::optional<int> parse_year(const std::string& text) {
    if (text.size() != 4) return std::nullopt;
    auto number = parse_plain_number(text);
    if (!number || *number != static_cast<int>(*number)) return std::nullopt;
    int year = static_cast<int>(*number);
    if (year < kFirstYear || year > kLastYear) return std::nullopt;
    return year;
}

}  // namespace

void read_observation_file(const std::filesystem::path& site_dir, const std::string& relative,
                           const Registry& registry, const Catalogue& catalogue,
                           ObservationTable& table, Diagnostics& diagnostics) {
    auto csv = read_csv_table(site_dir, relative, ',', diagnostics);
    if (!csv) return;
    const int area_col = csv->require_column("område", diagnostics);
    const int period_col = csv->require_column("periode", diagnostics);
    const int measure_col = csv->require_column("mål", diagnostics);
    const int value_col = csv->require_column("verdi", diagnostics);
    if (area_col < 0 || period_col < 0 || measure_col < 0 || value_col < 0) return;

    for (const CsvRecord& row : csv->rows) {
        const CsvField& area = row.fields[area_col];
        const CsvField& period = row.fields[period_col];
        const CsvField& measure = row.fields[measure_col];
        const CsvField& value = row.fields[value_col];
        auto at = [&](const CsvField& f) { return SourceLocation{relative, f.line, f.column}; };
        bool ok = true;
        if (!registry.find(area.text)) {
            diagnostics.error(at(area), "unknown area code '" + area.text + "'");
            ok = false;
        }
        auto year = parse_year(period.text);
        if (!year) {
            diagnostics.error(at(period), "period '" + period.text + "' is not a year (" +
                                              std::to_string(kFirstYear) + "-" +
                                              std::to_string(kLastYear) + ")");
            ok = false;
        }
        if (!catalogue.measure(measure.text)) {
            diagnostics.error(at(measure), "unknown measure '" + measure.text +
                                               "' (not in the catalogue)");
            ok = false;
        }
        Observation obs{area.text, year.value_or(0), measure.text, ValueStatus::present, 0, false,
                        at(value)};
        if (auto symbol = parse_ssb_symbol(value.text)) {
            obs.status = *symbol;
        } else if (auto number = parse_plain_number(value.text)) {
            obs.value = *number;
        } else {
            diagnostics.error(at(value), "value '" + value.text +
                                             "' is neither a number nor an SSB symbol "
                                             "(: . .. ... -)");
            ok = false;
        }
        if (!ok) continue;
        if (const Observation* first = table.insert(std::move(obs))) {
            diagnostics.error(at(area), "duplicate observation of '" + measure.text + "' for " +
                                            area.text + " in " + period.text +
                                            "; first given at " + first->where.file + ":" +
                                            std::to_string(first->where.line));
        }
    }
}

void read_observations(const std::filesystem::path& site_dir, const Registry& registry,
                       const Catalogue& catalogue, ObservationTable& table,
                       Diagnostics& diagnostics) {
    for (const std::string& file : list_site_files(site_dir, kObservationDir, ".csv"))
        read_observation_file(site_dir, file, registry, catalogue, table, diagnostics);
}

}  // namespace kt
