#include "site/definitions_download.h"

#include <nlohmann/json.hpp>

#include "site/downloads.h"

namespace kt {

std::string definitions_json(const SiteData& data) {
    const SiteInput& site = data.input;
    nlohmann::ordered_json out;
    out["min_count"] = site.config.suppression.min_count;
    out["min_denominator"] = site.config.suppression.min_denominator;
    out["indicators"] = nlohmann::ordered_json::array();
    for (const Indicator& indicator : site.catalogue.indicators) {
        nlohmann::ordered_json entry{{"id", indicator.id},
                                     {"computation", computation_keyword(indicator.computation)},
                                     {"numerator", indicator.numerator}};
        entry["denominator"] = has_denominator(indicator)
                                   ? nlohmann::ordered_json(indicator.denominator)
                                   : nlohmann::ordered_json(nullptr);
        out["indicators"].push_back(std::move(entry));
    }
    out["measures"] = nlohmann::ordered_json::array();
    // Parts add up to their measure; a measure within another is never larger.
    for (const Measure& measure : site.catalogue.measures) {
        if (measure.breakdowns.empty() && measure.within.empty()) continue;
        nlohmann::ordered_json entry{{"id", measure.id}, {"breakdowns", measure.breakdowns}};
        if (!measure.within.empty()) entry["within"] = measure.within;
        out["measures"].push_back(std::move(entry));
    }
    // An area's figure is the sum of its members' (the country of its counties, a county of
    // its municipalities, Oslo of its districts); a group's, of its municipalities.
    out["sums"] = nlohmann::ordered_json::array();
    for (const auto& [code, members] : data.children) {
        std::vector<std::string> codes;
        for (const Area* member : members) codes.push_back(member->code);
        out["sums"].push_back({{"code", code}, {"members", codes}});
    }
    for (const AreaGroup& group : data.figures.groups())
        out["sums"].push_back({{"code", group_download_code(group)}, {"members", group.members}});
    return out.dump(1) + "\n";
}

}  // namespace kt
