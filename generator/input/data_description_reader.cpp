#include "input/data_description_reader.h"

#include "input/csv_dialect.h"
#include "input/number_syntax.h"
#include "input/source_file.h"
#include "input/yaml_fields.h"
#include "input/year_range.h"

namespace kt {

namespace {

std::optional<DataFormat> parse_format(const std::string& text) {
    if (text == "long") return DataFormat::long_table;
    if (text == "pivot") return DataFormat::pivot_table;
    if (text == "json-stat") return DataFormat::json_stat;
    return std::nullopt;
}

void read_skip_areas(const YAML::Node& node, YamlFields& fields, DataDescription& d,
                     Diagnostics& diagnostics) {
    if (!node) return;
    if (!node.IsMap()) {
        diagnostics.error(fields.location_of(node),
                          "'skip_areas' must map each skipped code to the reason, e.g. "
                          "\"9999\": Uoppgitt kommune");
        return;
    }
    for (const auto& entry : node) {
        const std::string reason = entry.second.IsScalar() ? entry.second.Scalar() : "";
        if (reason.empty())
            diagnostics.error(fields.location_of(entry.first),
                              "say why code '" + entry.first.Scalar() + "' is skipped");
        d.skip_areas[entry.first.Scalar()] = reason;
    }
}

void read_measure_rules(const YAML::Node& node, YamlFields& fields, DataDescription& d,
                        Diagnostics& diagnostics) {
    if (!node) return;
    if (!node.IsSequence()) {
        diagnostics.error(fields.location_of(node), "'measures' must be a list");
        return;
    }
    for (const YAML::Node& entry : node) {
        YamlFields rule_fields(entry, d.file, 1, diagnostics);
        if (!entry.IsMap()) {
            diagnostics.error(rule_fields.where(),
                              "each entry in 'measures' must be a mapping with 'measure' and "
                              "'where'");
            continue;
        }
        rule_fields.check_known_keys({"measure", "where"});
        MeasureRule rule;
        rule.location = rule_fields.where();
        rule.measure = rule_fields.required_string("measure");
        const YAML::Node where = entry["where"];
        if (!where || !where.IsMap() || where.size() == 0) {
            diagnostics.error(where ? rule_fields.location_of(where) : rule.location,
                              "'where' must map dimensions to categories, e.g. "
                              "{Enhet: Personer}");
            continue;
        }
        for (const auto& condition : where) {
            if (!condition.second.IsScalar()) {
                diagnostics.error(
                    rule_fields.location_of(condition.second),
                    "the category of '" + condition.first.Scalar() + "' must be a single value");
                continue;
            }
            rule.where.emplace_back(condition.first.Scalar(), condition.second.Scalar());
        }
        d.measures.push_back(std::move(rule));
    }
}

}  // namespace

std::optional<DataDescription> read_data_description(const std::filesystem::path& site_dir,
                                                     const std::string& relative,
                                                     const std::string& data_file,
                                                     Diagnostics& diagnostics) {
    auto text = read_site_text(site_dir, relative, diagnostics);
    if (!text) return std::nullopt;
    const YamlColumns columns(diagnostics, relative, *text);
    auto yaml = parse_yaml(*text, relative, 1, diagnostics);
    if (!yaml) return std::nullopt;
    if (!yaml->IsMap()) {
        diagnostics.error({relative, 1, 1}, "a data description must be a YAML mapping");
        return std::nullopt;
    }
    DataDescription d;
    d.file = relative;
    d.data_file = data_file;
    d.location = {relative, 1, 1};
    YamlFields f(*yaml, relative, 1, diagnostics);
    f.check_known_keys({"format", "encoding", "delimiter", "decimal", "thousands", "area", "period",
                        "value", "measure", "periods", "skip_areas", "measures"});

    const std::string format = f.required_string("format");
    if (auto parsed = parse_format(format)) {
        d.format = *parsed;
    } else if (!format.empty()) {
        f.error_at("format", "format '" + format + "' is not one of long, pivot, json-stat");
    }
    if (auto encoding = f.optional_string("encoding"); !encoding.empty()) d.encoding = encoding;
    if (auto delimiter = f.optional_string("delimiter"); !delimiter.empty()) {
        d.delimiter = parse_delimiter_name(delimiter);
        if (!d.delimiter) f.error_at("delimiter", "delimiter must be \";\", \",\" or tab");
    }
    if (auto decimal = parse_decimal_name(f.optional_string("decimal", "."))) {
        d.decimal = *decimal;
    } else {
        f.error_at("decimal", "decimal must be \".\" or \",\"");
    }
    const std::string thousands = f.optional_string("thousands");
    if (thousands == "space" || thousands == " ") {
        d.space_thousands = true;
    } else if (!thousands.empty()) {
        f.error_at("thousands",
                   "thousands must be space (the only grouping agencies use with "
                   "a decimal comma or point)");
    }

    d.area = f.optional_string("area");
    d.period = f.optional_string("period");
    d.value = f.optional_string("value");
    d.measure = f.optional_string("measure");
    if (d.format != DataFormat::json_stat) {
        if (d.area.empty()) f.error_at("area", "name the column that holds the area codes (area:)");
        if (d.period.empty())
            f.error_at("period",
                       "name the column or header dimension that holds the year (period:)");
    }
    if (d.format == DataFormat::long_table && d.value.empty())
        f.error_at("value", "name the column that holds the values (value:)");
    if (d.format != DataFormat::long_table && !d.value.empty())
        f.error_at("value", "'value' is only for long tables");
    if (d.format != DataFormat::long_table && !d.measure.empty())
        f.error_at("measure", "'measure' is only for long tables; use 'measures' rules");

    if (auto periods = f.optional_string("periods"); !periods.empty()) {
        if (auto range = parse_year_range(periods)) {
            d.first_period = range->first;
            d.last_period = range->last;
        } else {
            f.error_at("periods", "periods must be written 2015-2023, 2015- or 2019");
        }
    }
    read_skip_areas((*yaml)["skip_areas"], f, d, diagnostics);
    read_measure_rules((*yaml)["measures"], f, d, diagnostics);
    if (d.measures.empty() && d.measure.empty())
        diagnostics.error(d.location,
                          "say which measures the file holds: a 'measures' list of "
                          "rules, or (long tables) a 'measure' column of measure ids");
    if (!d.measures.empty() && !d.measure.empty())
        f.error_at("measure", "give either a 'measure' column or 'measures' rules, not both");
    return d;
}

}  // namespace kt
