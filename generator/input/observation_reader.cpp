#include "input/observation_reader.h"

#include <map>

#include "input/csv_dialect.h"
#include "input/data_description_reader.h"
#include "input/json_stat_reader.h"
#include "input/long_table_reader.h"
#include "input/observation_mapping.h"
#include "input/pivot_table_reader.h"
#include "input/source_file.h"
#include "input/text_decoding.h"

namespace kt {

namespace {

std::optional<DataTable> read_table(const std::string& text, const DataDescription& description,
                                    Diagnostics& diagnostics) {
    if (description.format == DataFormat::json_stat)
        return read_json_stat(text, description.data_file,
                              JsonStatRoles{description.area, description.period}, diagnostics);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        diagnostics.error({description.data_file, 1, 1}, "file is empty (expected a header row)");
        return std::nullopt;
    }
    std::optional<char> delimiter = description.delimiter;
    if (!delimiter) delimiter = detect_delimiter(text, description.data_file, diagnostics);
    if (!delimiter) return std::nullopt;
    auto csv = make_csv_table(parse_csv(text, *delimiter, description.data_file, diagnostics),
                              description.data_file, diagnostics);
    if (!csv) return std::nullopt;
    if (description.format == DataFormat::pivot_table)
        return read_pivot_table(std::move(*csv), description, diagnostics);
    return read_long_table(std::move(*csv), description, diagnostics);
}

}  // namespace

void read_observation_file(const std::filesystem::path& site_dir, const std::string& data_file,
                           const std::string& description_file, const Registry& registry,
                           const Catalogue& catalogue, ObservationTable& table,
                           Diagnostics& diagnostics) {
    std::optional<DataDescription> description =
        description_file.empty()
            ? tidy_description(data_file)
            : read_data_description(site_dir, description_file, data_file, diagnostics);
    if (!description) return;
    auto bytes = read_site_file(site_dir, data_file, diagnostics);
    if (!bytes) return;
    auto decoded = decode_text(*bytes, description->encoding, data_file, diagnostics);
    if (!decoded) return;
    auto data = read_table(decoded->text, *description, diagnostics);
    if (!data) return;
    map_observations(*data, *description, registry, catalogue, table, diagnostics);
}

void read_observations(const std::filesystem::path& site_dir, const Registry& registry,
                       const Catalogue& catalogue, ObservationTable& table,
                       Diagnostics& diagnostics) {
    // Pair each data file with the description of the same name.
    std::map<std::string, std::string> descriptions;  // stem -> description file
    std::map<std::string, std::string> data_files;    // stem -> data file
    for (const std::string& file : list_site_files(site_dir, kObservationDir, "", diagnostics)) {
        const std::filesystem::path path(file);
        const std::string stem = (path.parent_path() / path.stem()).generic_string();
        const std::string extension = path.extension().string();
        if (extension == ".yaml") {
            descriptions[stem] = file;
        } else if (extension == ".csv" || extension == ".json") {
            if (auto [it, added] = data_files.try_emplace(stem, file); !added)
                diagnostics.error({file, 0, 0}, "two data files named " + stem + ": " + it->second +
                                                    " and " + file + "; rename one");
        }
    }
    for (const auto& [stem, description] : descriptions)
        if (!data_files.count(stem))
            diagnostics.error({description, 0, 0}, "data description without its data file (" +
                                                       stem + ".csv or " + stem + ".json)");
    for (const auto& [stem, data_file] : data_files) {
        auto description = descriptions.find(stem);
        if (description == descriptions.end() && data_file.ends_with(".json")) {
            diagnostics.error({data_file, 0, 0}, "a JSON-stat file needs a data description (" +
                                                     stem + ".yaml) naming its measures");
            continue;
        }
        read_observation_file(site_dir, data_file,
                              description == descriptions.end() ? "" : description->second,
                              registry, catalogue, table, diagnostics);
    }
}

}  // namespace kt
