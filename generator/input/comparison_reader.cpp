#include "input/comparison_reader.h"

#include <set>
#include <vector>

#include "input/catalogue_id.h"
#include "input/ssb_symbol.h"
#include "input/yaml_fields.h"

namespace kt {

namespace {

std::optional<IndexMethod> parse_index_method(const std::string& text) {
    if (text == "quartile_points") return IndexMethod::quartile_points;
    if (text == "grades") return IndexMethod::grades;
    return std::nullopt;
}

bool given(const YAML::Node& node) { return node && !node.IsNull(); }

// Whether a list may be absent or empty (the top-level sections) or needs an item.
enum class ListRule { optional, at_least_one };

class ComparisonReader {
  public:
    ComparisonReader(const std::string& file, Catalogue& catalogue, Diagnostics& diagnostics)
        : file_(file), catalogue_(catalogue), diagnostics_(diagnostics) {}

    void read(const YAML::Node& root) {
        YamlFields top = fields(root);
        std::set<std::string> grouping_ids, adjusted_indicators, index_ids;
        for_each_mapping(top, root, "groupings", ListRule::optional, "groupings",
                         [&](YamlFields& f, const YAML::Node& entry) {
                             catalogue_.groupings.push_back(read_grouping(f, entry, grouping_ids));
                         });
        for_each_mapping(
            top, root, "adjustments", ListRule::optional, "adjustments",
            [&](YamlFields& f, const YAML::Node& entry) {
                catalogue_.adjustments.push_back(read_adjustment(f, entry, adjusted_indicators));
            });
        if (const YAML::Node similar = root["similar"]; given(similar)) {
            if (similar.IsMap()) {
                YamlFields f = fields(similar);
                catalogue_.similarity = read_similarity(f, similar);
            } else {
                diagnostics_.error(top.location_of(similar),
                                   "'similar' must be a mapping with count and variables");
            }
        }
        for_each_mapping(top, root, "indexes", ListRule::optional, "indexes",
                         [&](YamlFields& f, const YAML::Node& entry) {
                             catalogue_.indexes.push_back(read_index(f, entry, index_ids));
                         });
    }

  private:
    YamlFields fields(const YAML::Node& map) const {
        return YamlFields(map, file_, 1, diagnostics_);
    }

    // Calls `read` with the fields and node of each mapping in the list under `key`.
    template <typename Read>
    void for_each_mapping(YamlFields& parent, const YAML::Node& parent_node, const std::string& key,
                          ListRule rule, const std::string& items, Read read) {
        const YAML::Node list = parent_node[key];
        if (!given(list)) {
            if (rule == ListRule::at_least_one)
                diagnostics_.error(parent.where(), "missing required key '" + key + "'");
            return;
        }
        if (!list.IsSequence() || (rule == ListRule::at_least_one && list.size() == 0)) {
            diagnostics_.error(parent.location_of(list),
                               "'" + key + "' must be a " +
                                   (rule == ListRule::at_least_one ? "non-empty " : "") +
                                   "list of " + items);
            return;
        }
        for (const YAML::Node& item : list) {
            if (!item.IsMap()) {
                diagnostics_.error(parent.location_of(item),
                                   "each item in '" + key + "' must be a mapping");
                continue;
            }
            YamlFields f = fields(item);
            read(f, item);
        }
    }

    // The indicator that `indicator: <id>` names; nullptr after reporting an unknown id.
    // Adjustments and indexes compare municipalities, so theirs must be published for them.
    const Indicator* known_indicator(YamlFields& f, const std::string& id) {
        if (id.empty()) return nullptr;  // reported as missing or empty
        const Indicator* indicator = catalogue_.indicator(id);
        if (!indicator) f.error_at("indicator", "unknown indicator '" + id + "'");
        else if (!publishes_municipalities(*indicator))
            f.error_at("indicator", "indicator '" + id +
                                        "' is not published for municipalities (its 'levels'), "
                                        "so municipalities cannot be compared on it");
        return indicator;
    }

    void check_measure(YamlFields& f, const YAML::Node& node, const std::string& id) {
        if (!catalogue_.measure(id))
            diagnostics_.error(f.location_of(node), "unknown measure '" + id + "'");
    }

    // `share_of: [numerator, denominator]`, both measure ids.
    void read_share_of(YamlFields& f, const YAML::Node& node, Variable& variable) {
        bool two_ids = node.IsSequence() && node.size() == 2;
        for (std::size_t i = 0; two_ids && i < 2; ++i)
            two_ids = node[i].IsScalar() && !node[i].Scalar().empty();
        if (!two_ids) {
            diagnostics_.error(f.location_of(node),
                               "'share_of' must be a list of exactly two measure ids, "
                               "[numerator, denominator], such as "
                               "[intro_avsluttet_kvinner, intro_avsluttet]");
            return;
        }
        variable.numerator = node[0].Scalar();
        variable.denominator = node[1].Scalar();
        check_measure(f, node[0], variable.numerator);
        check_measure(f, node[1], variable.denominator);
    }

    // A variable of an adjustment or of `similar`: exactly one of share_of, measure, attribute.
    Variable read_variable(YamlFields& f, const YAML::Node& entry) {
        f.check_known_keys({"id", "label", "share_of", "measure", "attribute", "log"});
        Variable variable;
        variable.where = f.where();
        variable.id = f.required_string("id");
        variable.label = f.required_string("label");
        variable.log = f.optional_bool("log").value_or(false);

        std::vector<std::string> sources;  // the source keys given
        for (const char* key : {"share_of", "measure", "attribute"})
            if (given(entry[key])) sources.push_back(key);
        const std::size_t source_count = sources.size();
        const std::string name =
            variable.id.empty() ? "variable" : "variable '" + variable.id + "'";
        if (source_count == 0) {
            diagnostics_.error(variable.where,
                               name + " needs one of share_of, measure or attribute");
            return variable;
        }
        if (source_count > 1) {
            const std::string given_keys =
                source_count == 2 ? sources[0] + " and " + sources[1]
                                  : sources[0] + ", " + sources[1] + " and " + sources[2];
            diagnostics_.error(variable.where, name + " has " + given_keys +
                                                   "; give only one of share_of, measure and "
                                                   "attribute");
            return variable;
        }
        if (given(entry["share_of"])) {
            variable.source = Variable::Source::share_of;
            read_share_of(f, entry["share_of"], variable);
        } else if (given(entry["measure"])) {
            variable.source = Variable::Source::measure;
            variable.measure = f.required_string("measure");
            if (!variable.measure.empty()) check_measure(f, entry["measure"], variable.measure);
        } else {
            variable.source = Variable::Source::attribute;
            variable.attribute = f.required_string("attribute");
        }
        return variable;
    }

    // The variables under `key` (covariates, variables), with ids unique among them.
    std::vector<Variable> read_variables(YamlFields& parent, const YAML::Node& parent_node,
                                         const std::string& key, const std::string& what) {
        std::vector<Variable> variables;
        std::set<std::string> ids;
        for_each_mapping(parent, parent_node, key, ListRule::at_least_one,
                         what + "s (id, label and one of share_of, measure or attribute)",
                         [&](YamlFields& f, const YAML::Node& entry) {
                             Variable variable = read_variable(f, entry);
                             check_catalogue_id(what, variable.id, variable.where, ids,
                                                diagnostics_);
                             variables.push_back(std::move(variable));
                         });
        return variables;
    }

    Grouping read_grouping(YamlFields& f, const YAML::Node& entry, std::set<std::string>& ids) {
        f.check_known_keys(
            {"id", "title", "description", "attribute", "size_groups", "indicator", "bands"});
        Grouping grouping;
        grouping.where = f.where();
        grouping.id = f.required_string("id");
        grouping.title = f.required_string("title");
        grouping.description = f.optional_string("description");
        grouping.attribute = f.optional_string("attribute");
        grouping.size_groups = f.optional_bool("size_groups").value_or(false);
        grouping.indicator = f.optional_string("indicator");
        check_catalogue_id("grouping", grouping.id, grouping.where, ids, diagnostics_);
        const std::string name = "grouping '" + grouping.id + "'";
        const int kinds = !grouping.attribute.empty() + grouping.size_groups +
                          !grouping.indicator.empty();
        if (kinds != 1)
            diagnostics_.error(grouping.where,
                               name + " needs exactly one of 'attribute' (an attribute in "
                                      "data/egenskaper.csv), 'size_groups: true' or 'indicator' "
                                      "with 'bands'");
        if (!grouping.indicator.empty()) read_bands(f, entry, grouping);
        else if (entry["bands"]) f.error_at("bands", "'bands' belong to a grouping by 'indicator'");
        return grouping;
    }

    // `indicator: innvandrere_andel` with `bands: [5, 10, 15]`: a percentage published for
    // municipalities, cut at increasing numbers.
    void read_bands(YamlFields& f, const YAML::Node& entry, Grouping& grouping) {
        const Indicator* indicator = known_indicator(f, grouping.indicator);
        if (indicator && indicator->computation != Computation::share &&
            indicator->computation != Computation::percent_of)
            f.error_at("indicator", "indicator '" + indicator->id + "' is computed as " +
                                        computation_keyword(indicator->computation) +
                                        "; bands need a percentage (share or percent_of)");
        const YAML::Node bands = entry["bands"];
        if (!bands || !bands.IsSequence() || bands.size() == 0) {
            diagnostics_.error(bands ? f.location_of(bands) : grouping.where,
                               "a grouping by 'indicator' needs 'bands', a list of increasing "
                               "numbers such as [5, 10, 15]");
            return;
        }
        std::string previous;
        for (const YAML::Node& item : bands) {
            const auto number = item.IsScalar() ? parse_plain_number(item.Scalar()) : std::nullopt;
            if (!number) {
                diagnostics_.error(f.location_of(item), "each of 'bands' must be a number");
                continue;
            }
            if (!grouping.bands.empty() && *number <= grouping.bands.back())
                diagnostics_.error(f.location_of(item), "'bands' must increase: " + item.Scalar() +
                                                            " after " + previous);
            grouping.bands.push_back(*number);
            previous = item.Scalar();
        }
    }

    Adjustment read_adjustment(YamlFields& f, const YAML::Node& entry,
                               std::set<std::string>& adjusted) {
        f.check_known_keys({"indicator", "covariates"});
        Adjustment adjustment;
        adjustment.where = f.where();
        adjustment.indicator = f.required_string("indicator");
        const Indicator* indicator = known_indicator(f, adjustment.indicator);
        // The model predicts a share of persons; other figures have no such model.
        if (indicator && indicator->computation != Computation::share)
            f.error_at("indicator", "indicator '" + indicator->id + "' is computed as " +
                                        computation_keyword(indicator->computation) +
                                        "; an adjustment needs an indicator computed as share");
        if (indicator && !adjusted.insert(indicator->id).second)
            f.error_at("indicator", "indicator '" + indicator->id + "' already has an adjustment");
        adjustment.covariates = read_variables(f, entry, "covariates", "covariate");
        return adjustment;
    }

    Similarity read_similarity(YamlFields& f, const YAML::Node& node) {
        f.check_known_keys({"count", "variables"});
        Similarity similarity;
        similarity.where = f.where();
        similarity.count = f.optional_int("count", similarity.count);
        if (similarity.count < 1) {
            f.error_at("count", "'count' must be at least 1");
            similarity.count = 1;
        }
        similarity.variables = read_variables(f, node, "variables", "variable");
        return similarity;
    }

    IndexComponentSpec read_component(YamlFields& f, const std::string& index_id,
                                      std::set<std::string>& seen) {
        f.check_known_keys({"indicator", "weight"});
        IndexComponentSpec component;
        component.indicator = f.required_string("indicator");
        const Indicator* indicator = known_indicator(f, component.indicator);
        if (indicator && !indicator->higher_is_better)
            f.error_at("indicator", "indicator '" + indicator->id +
                                        "' has no better direction (higher_is_better), so it "
                                        "cannot be scored in an index");
        if (indicator && !seen.insert(indicator->id).second)
            f.error_at("indicator", "indicator '" + indicator->id +
                                        "' is named twice in the components of '" + index_id + "'");
        component.weight = f.optional_number("weight").value_or(1);
        if (component.weight <= 0) {
            f.error_at("weight", "'weight' must be greater than 0");
            component.weight = 1;
        }
        return component;
    }

    CompositeIndexSpec read_index(YamlFields& f, const YAML::Node& entry,
                                  std::set<std::string>& ids) {
        f.check_known_keys({"id", "title", "description", "method", "min_share", "components"});
        CompositeIndexSpec index;
        index.where = f.where();
        index.id = f.required_string("id");
        index.title = f.required_string("title");
        index.description = f.required_string("description");
        check_catalogue_id("index", index.id, index.where, ids, diagnostics_);
        // No default: the method decides every score, so the catalogue must say which.
        const std::string method = f.required_string("method");
        if (auto parsed = parse_index_method(method)) {
            index.method = *parsed;
        } else if (!method.empty()) {
            f.error_at("method",
                       "unknown method '" + method + "' (expected quartile_points or grades)");
        }
        if (auto min_share = f.optional_number("min_share")) {
            if (*min_share > 0 && *min_share <= 1)
                index.min_share = *min_share;
            else
                f.error_at("min_share",
                           "'min_share' must be greater than 0 and at most 1 (the share of the "
                           "components a municipality needs figures for, such as 0.6)");
        }
        std::set<std::string> seen;  // component indicators
        for_each_mapping(f, entry, "components", ListRule::at_least_one,
                         "components (indicator and optional weight)",
                         [&](YamlFields& c, const YAML::Node&) {
                             index.components.push_back(read_component(c, index.id, seen));
                         });
        return index;
    }

    const std::string& file_;
    Catalogue& catalogue_;
    Diagnostics& diagnostics_;
};

}  // namespace

void read_comparisons(const YAML::Node& root, const std::string& file, Catalogue& catalogue,
                      Diagnostics& diagnostics) {
    ComparisonReader(file, catalogue, diagnostics).read(root);
}

}  // namespace kt
