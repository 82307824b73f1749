#include "site/adjustment_view.h"

#include <cctype>
#include <cmath>

#include "render/csv_writer.h"
#include "render/number_format.h"
#include "render/sentence.h"
#include "render/svg_frame.h"
#include "render/svg_scatter.h"
#include "render/value_text.h"
#include "site/figure_reading.h"
#include "site/site_paths.h"
#include "stats/ranking.h"
#include "stats/wilson_interval.h"

namespace kt {

namespace {

std::string years_text(const AdjustmentResult& result) {
    if (result.first_year == result.last_year) return std::to_string(result.last_year);
    return std::to_string(result.first_year) + "–" + std::to_string(result.last_year);
}

// Whether the 95 % interval of the difference lies wholly above or below 0.
Difference verdict_of(const AdjustedFigure& figure) {
    return compare_to_reference({figure.low, figure.high}, 0);
}

// "above", "below" or "none": the verdict as the words' patterns choose by it.
const char* verdict(const AdjustedFigure& figure) {
    switch (verdict_of(figure)) {
        case Difference::clearly_above:
            return "above";
        case Difference::clearly_below:
            return "below";
        case Difference::not_clearly_different:
            break;
    }
    return "none";
}

std::string method_href(const SiteData& data, const std::string& page_dir,
                        const std::string& anchor) {
    if (!data.method_page) return "";
    return page_link(page_dir, content_dir(data.method_page->path)) + "#" + anchor;
}

}  // namespace

std::string model_anchor(const std::string& indicator) { return "modell-" + indicator; }

std::string adjusted_text(const Words& words, const Indicator& indicator,
                          const AdjustmentResult& result, const AdjustedFigure& figure) {
    const int decimals = std::max(1, indicator.decimals);
    return words("adjusted.reading",
                 {{"years", years_text(result)},
                  {"expected", format_value(indicator, figure.expected)},
                  {"actual", format_value(indicator, figure.actual)},
                  {"verdict", verdict(figure)},
                  {"difference", difference_text(words, indicator, figure.difference)},
                  {"direction", figure.difference >= 0 ? "above" : "below"},
                  {"low", format_number(figure.low, decimals)},
                  {"high", format_number(figure.high, decimals)}});
}

nlohmann::json adjusted_reading(const SiteData& data, const Indicator& indicator, const Area& area,
                                const std::string& page_dir) {
    const AdjustmentResult* result = data.statistics.adjustment_of(indicator.id);
    if (!result) return nullptr;
    auto it = result->by_area.find(area.code);
    if (it == result->by_area.end()) {
        auto gap = result->left_out.find(area.code);
        if (gap == result->left_out.end() || !result->model) return nullptr;
        return {{"text",
                 data.words("adjusted.none", {{"years", years_text(*result)},
                                              {"no_figure", gap->second.no_figure ? "yes" : "no"},
                                              {"covariate", gap->second.covariate}})},
                {"href", method_href(data, page_dir, model_anchor(indicator.id))}};
    }
    return {{"text", adjusted_text(data.words, indicator, *result, it->second)},
            {"href", method_href(data, page_dir, model_anchor(indicator.id))}};
}

nlohmann::json model_sections(const SiteData& data, const std::string& page_dir) {
    nlohmann::json sections = nlohmann::json::array();
    for (const AdjustmentResult& result : data.adjustments) {
        const Indicator& indicator = *result.indicator;
        nlohmann::json terms = nlohmann::json::array();
        nlohmann::json model = nullptr;
        if (result.model) {
            const LinearModel& m = *result.model;
            for (Eigen::Index i = 0; i < m.coefficients.size(); ++i) {
                const double b = m.coefficients(i), se = m.standard_errors(i);
                terms.push_back(
                    {{"label",
                      i == 0 ? data.words("adjusted.intercept") : result.term_labels[i - 1]},
                     {"coefficient", format_number(b, 3)},
                     {"standard_error", format_number(se, 3)},
                     {"interval", data.words("adjusted.coefficient_interval",
                                             {{"low", format_number(b - z_95 * se, 3)},
                                              {"high", format_number(b + z_95 * se, 3)}})}});
            }
            int clearly_above = 0, clearly_below = 0;
            for (const auto& [code, figure] : result.by_area) {
                clearly_above += verdict_of(figure) == Difference::clearly_above;
                clearly_below += verdict_of(figure) == Difference::clearly_below;
            }
            model = {{"r_squared", format_number(m.r_squared, 2)},
                     {"observations", std::to_string(m.observations)},
                     {"left_out", std::to_string(result.left_out.size())},
                     {"clearly_above", std::to_string(clearly_above)},
                     {"clearly_below", std::to_string(clearly_below)},
                     {"terms", terms}};
        }
        sections.push_back({{"anchor", model_anchor(indicator.id)},
                            {"title", indicator.title},
                            {"href", page_link(page_dir, indicator_dir(indicator.id))},
                            {"years", years_text(result)},
                            {"model", model},
                            {"csv_href", file_link(page_dir, adjustment_download_path(indicator))},
                            {"csv_name", "justert-" + indicator.id + ".csv"}});
    }
    return sections;
}

std::string adjustment_download_path(const Indicator& indicator) {
    return indicator_dir(indicator.id) + "justert-" + indicator.id + ".csv";
}

std::string adjustment_csv(const SiteData& data, const AdjustmentResult& result) {
    std::string out =
        csv_record({"indikator", "områdekode", "områdenavn", "perioder", "faktisk", "forventet",
                    "forskjell", "ki95_nedre", "ki95_ovre", "nevner", "vurdering"});
    const Indicator& indicator = *result.indicator;
    const int decimals = indicator.decimals + 1;
    auto number = [&](double x) {
        return machine_number(round_to_decimals(x, decimals), decimals);
    };
    for (const Area* area : data.municipalities) {
        auto it = result.by_area.find(area->code);
        if (it == result.by_area.end()) continue;
        const AdjustedFigure& f = it->second;
        out += csv_record({indicator.id, area->code, area->name, years_text(result),
                           number(f.actual), number(f.expected), number(f.difference),
                           number(f.low), number(f.high), machine_number(f.weight, 0),
                           data.words("adjusted.verdict", {{"verdict", verdict(f)}})});
    }
    return out;
}

std::string adjustment_scatter_path(const Indicator& indicator) {
    return indicator_dir(indicator.id) + "faktisk-forventet.svg";
}

namespace {

// The words around the scatter: its title, and what it shows with its key numbers.
std::string scatter_description(const SiteData& data, const AdjustmentResult& result) {
    int above = 0, below = 0;
    for (const auto& [code, figure] : result.by_area) {
        above += verdict_of(figure) == Difference::clearly_above;
        below += verdict_of(figure) == Difference::clearly_below;
    }
    return data.words("scatter.description",
                      {{"observations", std::to_string(result.by_area.size())},
                       {"years", years_text(result)},
                       {"r_squared", format_number(result.model->r_squared, 2)},
                       {"clearly_above", std::to_string(above)},
                       {"clearly_below", std::to_string(below)}});
}

const AdjustmentResult* fitted_result(const SiteData& data, const Indicator& indicator) {
    for (const AdjustmentResult& result : data.adjustments)
        if (result.indicator == &indicator && result.model && !result.by_area.empty())
            return &result;
    return nullptr;
}

}  // namespace

namespace {

ScatterChart scatter_chart(const SiteData& data, const AdjustmentResult& result) {
    const Indicator& indicator = *result.indicator;
    const Words& words = data.words;
    ScatterChart chart;
    chart.title_lines = wrap_words(words("scatter.title", {{"title", indicator.title}}), 44);
    chart.subtitle = words("scatter.subtitle", {{"years", years_text(result)}, {"unit", indicator.unit}});
    chart.description = scatter_description(data, result);
    chart.source = words("chart.source", {{"source", as_sentence(indicator.source)}});
    chart.x_label = words("scatter.expected");
    chart.y_label = words("scatter.actual");
    chart.line_label = words("scatter.as_expected");
    chart.fit_note = "R² = " + format_number(result.model->r_squared, 2);
    // Rounded as the download has them: the scatter shows nothing the download does not.
    const int decimals = indicator.decimals + 1;
    for (const Area* area : data.municipalities) {
        const auto it = result.by_area.find(area->code);
        if (it == result.by_area.end()) continue;
        const double actual = round_to_decimals(it->second.actual, decimals);
        const double expected = round_to_decimals(it->second.expected, decimals);
        chart.points.push_back(
            {expected, actual,
             words("scatter.point", {{"area", data.distinct_name(*area)},
                                     {"actual", format_value(indicator, actual)},
                                     {"expected", format_value(indicator, expected)}})});
    }
    return chart;
}

}  // namespace

std::string adjustment_scatter_svg(const SiteData& data, const AdjustmentResult& result) {
    return render_scatter(scatter_chart(data, result));
}

nlohmann::json adjustment_scatter_figure(const SiteData& data, const Indicator& indicator,
                                         const std::string& page_dir) {
    const AdjustmentResult* result = fitted_result(data, indicator);
    if (!result) return nullptr;
    return {{"src", file_link(page_dir, adjustment_scatter_path(indicator))},
            {"width", "440"},
            {"height", std::to_string(static_cast<int>(std::ceil(scatter_height(scatter_chart(data, *result)))))},
            {"alt", data.words("scatter.title", {{"title", indicator.title}}) + ". " +
                        scatter_description(data, *result)}};
}

}  // namespace kt
