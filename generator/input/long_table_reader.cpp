#include "input/long_table_reader.h"

#include <unordered_map>

namespace kt {

namespace {

int find_column(const CsvRecord& header, const std::string& name) {
    for (std::size_t i = 0; i < header.fields.size(); ++i)
        if (header.fields[i].text == name) return static_cast<int>(i);
    return -1;
}

std::string header_list(const CsvRecord& header) {
    std::string out;
    for (const CsvField& f : header.fields) out += (out.empty() ? "" : ", ") + f.text;
    return out;
}

}  // namespace

std::optional<DataTable> read_long_table(std::vector<CsvRecord> records,
                                         const DataDescription& description,
                                         Diagnostics& diagnostics) {
    const std::string& file = description.data_file;
    if (records.empty()) {
        diagnostics.error({file, 1, 1}, "file is empty (expected a header row)");
        return std::nullopt;
    }
    const CsvRecord& header = records.front();
    bool ok = true;
    auto require = [&](const std::string& name, const SourceLocation& named_at) {
        const int column = find_column(header, name);
        if (column < 0) {
            diagnostics.error(
                {file, header.line, 1},
                "missing column '" + name + "' in header (columns: " + header_list(header) + ")");
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
    const std::size_t width = header.fields.size();
    table.cells.reserve(records.size() - 1);
    for (std::size_t r = 1; r < records.size(); ++r) {
        CsvRecord& row = records[r];
        if (row.fields.size() != width) {
            diagnostics.error({file, row.line, 1}, "row has " + std::to_string(row.fields.size()) +
                                                       " fields, the header has " +
                                                       std::to_string(width));
            continue;
        }
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
