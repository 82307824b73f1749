#include "input/long_table_reader.h"

#include <unordered_map>

namespace kt {

std::optional<DataTable> read_long_table(CsvTable csv, const DataDescription& description,
                                         Diagnostics& diagnostics) {
    const std::string& file = description.data_file;
    const CsvRecord& header = csv.header;
    bool ok = true;
    auto require = [&](const std::string& name, const SourceLocation& named_at) {
        const int column = csv.require_column(name, diagnostics);
        if (column < 0) {
            if (!named_at.file.empty() && named_at.file != file)
                diagnostics.error(named_at, "'" + name + "' is not a column of " + file);
            ok = false;
        }
        return column;
    };
    const int area_col = require(description.area, {});
    const int period_col = require(description.period, {});
    const int value_col = require(description.value, {});

    // Dimensions: the measure column, then each column a rule names, in order of appearance.
    DataTable table;
    table.file = file;
    std::vector<int> dimension_columns;
    auto add_dimension = [&](const std::string& name, const SourceLocation& named_at) {
        for (const DataDimension& d : table.dimensions)
            if (d.name == name) return;
        const int column = require(name, named_at);
        if (column < 0) return;
        DataDimension dimension;
        dimension.name = name;
        dimension.where = {file, header.line, header.fields[column].column};
        table.dimensions.push_back(std::move(dimension));
        dimension_columns.push_back(column);
    };
    if (!description.measure.empty()) add_dimension(description.measure, description.location);
    for (const MeasureRule& rule : description.measures)
        for (const auto& [dimension, category] : rule.where)
            add_dimension(dimension, rule.location);
    if (!ok) return std::nullopt;

    // Category look-up by text: exports repeat a handful of categories tens of thousands of times.
    std::vector<std::unordered_map<std::string, int>> category_index(table.dimensions.size());
    table.cells.reserve(csv.rows.size());
    for (CsvRecord& row : csv.rows) {
        DataCell cell;
        cell.categories.reserve(dimension_columns.size());
        for (std::size_t d = 0; d < dimension_columns.size(); ++d) {
            const std::string& text = row.fields[dimension_columns[d]].text;
            auto [it, added] = category_index[d].try_emplace(text, 0);
            if (added) it->second = table.dimensions[d].add_category(text, text);
            cell.categories.push_back(it->second);
        }
        if (!description.measure.empty())
            cell.measure_column = row.fields[dimension_columns.front()].column;
        cell.area = std::move(row.fields[area_col]);
        cell.period = std::move(row.fields[period_col]);
        cell.value = std::move(row.fields[value_col]);
        table.cells.push_back(std::move(cell));
    }
    return table;
}

}  // namespace kt
