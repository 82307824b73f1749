#pragma once
// How to read one data file as the agency exported it: its shape, encoding and number syntax,
// which column or dimension holds the area, the period and the value, and which catalogue
// measure each combination of the other dimensions is. Written by hand beside the data file
// (data/observasjoner/<name>.yaml for <name>.csv or <name>.json), so that exports are
// committed exactly as they were downloaded.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostics.h"

namespace kt {

enum class DataFormat {
    long_table,   // "long": one value per row; area, period and value are columns
    pivot_table,  // "pivot": one row per area; header rows "Dimension: value" above each column
    json_stat,    // "json-stat": a JSON-stat 2.0 dataset
};

// Values that select one catalogue measure: every listed dimension must have the category
// (matched against its code or its label).
struct MeasureRule {
    std::string measure;
    std::vector<std::pair<std::string, std::string>> where;  // dimension -> category
    SourceLocation location;
};

struct DataDescription {
    std::string file;       // the description's site-relative path ("" for the tidy default)
    std::string data_file;  // the data file it describes
    DataFormat format = DataFormat::long_table;
    std::optional<std::string> encoding;  // as written; nullopt: detect
    std::optional<char> delimiter;        // nullopt: detect from the first line
    char decimal = '.';
    bool space_thousands = false;  // "1 234"
    // Roles: column names (long), the area column and the period's header dimension (pivot),
    // or dimension ids (json-stat; empty: the dataset's roles).
    std::string area;
    std::string period;
    std::string value;    // long only
    std::string measure;  // long only, optional: a column whose values are measure ids
    // Only these years are read (rows for other years are skipped on purpose).
    std::optional<int> first_period;
    std::optional<int> last_period;
    // Codes in the file that are not areas of the site, skipped on purpose, with the reason.
    std::map<std::string, std::string> skip_areas;
    std::vector<MeasureRule> measures;
    SourceLocation location;  // the description file

    bool reads_period(int year) const {
        return (!first_period || *first_period <= year) && (!last_period || year <= *last_period);
    }
};

// The description every data file without one gets: UTF-8 CSV with the columns
// område,periode,mål,verdi, where mål holds catalogue measure ids.
DataDescription tidy_description(const std::string& data_file);

}  // namespace kt
