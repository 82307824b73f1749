#include "site/area_bars.h"

#include <algorithm>
#include <cmath>

#include "render/map_classes.h"
#include "render/sentence.h"
#include "render/svg_bars.h"
#include "site/site_paths.h"
#include "site/value_cell.h"

namespace kt {

namespace {

// The figure's data for a page: the image with its size, and what it says.
nlohmann::json image(const std::string& src, const BarChart& chart, const std::string& alt) {
    const BarLayout layout = layout_bars(chart);
    return {{"src", src},
            {"width", std::to_string(static_cast<int>(std::ceil(layout.width)))},
            {"height", std::to_string(static_cast<int>(std::ceil(layout.height)))},
            {"alt", alt}};
}

std::vector<const Area*> current_members(const SiteData& data, const Area& area) {
    std::vector<const Area*> members;
    if (const auto it = data.children.find(area.code); it != data.children.end())
        for (const Area* member : it->second)
            if (member->is_current()) members.push_back(member);
    return members;
}

std::string member_bars_name(const Indicator& indicator) { return indicator.id + "-rangert.svg"; }

// The members of `parent` highest first (ties and areas without a figure in name order, the
// latter last: where a hidden figure would rank is not given away). Their shown values, so
// a bar is as long as its printed figure says.
BarChart ranking(const SiteData& data, const Indicator& indicator, const Area& parent,
                 const std::vector<const Area*>& members, int year, std::vector<const Area*>& order) {
    const Words& words = data.words;
    struct Member {
        const Area* area;
        std::optional<double> value;
        std::string text;
    };
    std::vector<Member> rows;
    for (const Area* member : members) {
        const IndicatorValue& v = data.figures.value(indicator.id, member->code, year);
        rows.push_back({member,
                        v.has_number() ? std::optional(shown_value(v.value, indicator.decimals))
                                       : std::nullopt,
                        value_text(indicator, v)});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Member& a, const Member& b) {
        if (a.value.has_value() != b.value.has_value()) return a.value.has_value();
        return a.value && *a.value > *b.value;
    });
    BarChart chart;
    chart.id = "bars";
    chart.percent = indicator.computation == Computation::share ||
                    indicator.computation == Computation::percent_of;
    chart.title_lines = wrap_words(indicator.title, 46);
    chart.subtitle = words("bars.subtitle", {{"kind", kind_name(members.front()->kind)},
                                             {"parent", parent.name},
                                             {"year", std::to_string(year)},
                                             {"unit", indicator.unit}});
    chart.source = words("chart.source", {{"source", as_sentence(indicator.source)}});
    std::size_t with_figure = 0;
    for (const Member& row : rows) {
        chart.rows.push_back({row.area->name, {row.value}, {row.text}});
        order.push_back(row.area);
        with_figure += row.value.has_value();
    }
    const auto line = [&](const Area& area, const char* css) {
        const IndicatorValue& v = data.figures.value(indicator.id, area.code, year);
        if (v.has_number())
            chart.lines.push_back({shown_value(v.value, indicator.decimals),
                                   area.name + " " + value_text(indicator, v), css});
    };
    const Area& country = data.input.registry.country();
    line(parent, &parent == &country ? "line-country" : "line-county");
    if (&parent != &country) line(country, "line-country");
    if (indicator.goal)
        chart.lines.push_back({*indicator.goal,
                               goal_label(words, indicator) + " " + goal_text(indicator), "line-goal"});
    if (with_figure == 0) {
        chart.description = words("chart.description_empty", {{"year", std::to_string(year)}});
    } else {
        chart.description =
            words("bars.description", {{"with_figure", std::to_string(with_figure)},
                                       {"members", std::to_string(rows.size())},
                                       {"highest_area", rows.front().area->name},
                                       {"highest", rows.front().text},
                                       {"lowest_area", rows[with_figure - 1].area->name},
                                       {"lowest", rows[with_figure - 1].text}});
    }
    return chart;
}

// "I arbeid eller utdanning …, menn" beside "I arbeid eller utdanning …": "menn".
std::string part_label(const Indicator& whole, const Indicator& part) {
    const std::string prefix = whole.title + ", ";
    if (part.title.compare(0, prefix.size(), prefix) == 0 && part.title.size() > prefix.size())
        return part.title.substr(prefix.size());
    return part.title;
}

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

}  // namespace

nlohmann::json member_bars(const SiteData& data, const Indicator& indicator, const Area& area,
                           const std::string& page_dir, std::vector<OutputFile>& files) {
    if (indicator.computation == Computation::count) return nullptr;
    const std::optional<int> latest = data.figures.latest_year(indicator.id);
    if (!latest) return nullptr;
    const int year = *latest;

    const Area* parent = &area;
    const Area* marked = nullptr;
    std::vector<const Area*> members = current_members(data, area);
    if (members.size() < 2) {
        if (area.parent.empty() || data.is_only_member(area)) return nullptr;
        parent = &data.area(area.parent);
        marked = &area;
        members = current_members(data, *parent);
        if (members.size() < 2 || !parent->is_current()) return nullptr;
    }
    std::vector<const Area*> order;
    BarChart chart = ranking(data, indicator, *parent, members, year, order);
    // Members without a single figure (Oslo's districts on the programme): nothing to rank.
    if (std::none_of(chart.rows.begin(), chart.rows.end(),
                     [](const BarRow& row) { return row.values.front().has_value(); }))
        return nullptr;
    if (!marked) files.push_back({page_dir + member_bars_name(indicator), render_bars(chart)});

    nlohmann::json figure =
        image(file_link(page_dir, area_dir(*parent) + member_bars_name(indicator)), chart,
              indicator.title + ". " + as_sentence(chart.subtitle) + " " + chart.description);
    figure["marks"] = "";
    figure["caption"] = "";
    if (marked) {
        const auto row = std::find(order.begin(), order.end(), marked);
        if (row == order.end()) return nullptr;
        figure["marks"] = render_bar_marks(layout_bars(chart), static_cast<std::size_t>(row - order.begin()));
        figure["caption"] = data.words("bars.marked", {{"area", area.name}});
    }
    return figure;
}

std::vector<const Indicator*> part_indicators(const Catalogue& catalogue, const Indicator& indicator) {
    const Measure* numerator = catalogue.measure(indicator.numerator);
    const Measure* denominator =
        indicator.denominator.empty() ? nullptr : catalogue.measure(indicator.denominator);
    if (!numerator) return {};
    auto match = [&](const std::vector<std::string>& parts,
                     const std::vector<std::string>* denominator_parts) {
        std::vector<const Indicator*> found;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const Indicator* part = nullptr;
            for (const Indicator& candidate : catalogue.indicators)
                if (candidate.numerator == parts[i] &&
                    candidate.computation == indicator.computation &&
                    (denominator_parts ? candidate.denominator == (*denominator_parts)[i]
                                       : candidate.denominator.empty()))
                    part = &candidate;
            if (!part) return std::vector<const Indicator*>{};
            found.push_back(part);
        }
        return found;
    };
    for (const auto& parts : numerator->breakdowns) {
        if (!denominator) {
            if (auto found = match(parts, nullptr); !found.empty()) return found;
            continue;
        }
        for (const auto& denominator_parts : denominator->breakdowns)
            if (denominator_parts.size() == parts.size())
                if (auto found = match(parts, &denominator_parts); !found.empty()) return found;
    }
    return {};
}

nlohmann::json part_bars(const SiteData& data, const Indicator& indicator,
                         const std::vector<const Area*>& areas, int year,
                         const std::string& page_dir, std::vector<OutputFile>& files) {
    const std::vector<const Indicator*> parts = part_indicators(data.input.catalogue, indicator);
    if (parts.empty()) return nullptr;
    BarChart chart;
    chart.id = "parts";
    chart.arrangement = BarChart::Arrangement::grouped;
    chart.percent = indicator.computation == Computation::share ||
                    indicator.computation == Computation::percent_of;
    bool any = false;
    std::string figures;
    std::vector<std::string> labels;  // "menn", "kvinner"
    for (const Indicator* part : parts) {
        labels.push_back(part_label(indicator, *part));
        chart.series.push_back(capitalised(labels.back()));
    }
    for (const Area* area : areas) {
        BarRow row{area->name, {}, {}};
        for (std::size_t p = 0; p < parts.size(); ++p) {
            const IndicatorValue& v = data.figures.value(parts[p]->id, area->code, year);
            row.values.push_back(v.has_number() ? std::optional(shown_value(v.value, parts[p]->decimals))
                                                : std::nullopt);
            row.texts.push_back(value_text(*parts[p], v));
            any = any || v.has_number();
            figures += (figures.empty() ? "" : ", ") + area->name + ", " + labels[p] + " " +
                       row.texts.back();
        }
        chart.rows.push_back(std::move(row));
    }
    if (!any) return nullptr;
    const Words& words = data.words;
    chart.title_lines = wrap_words(
        words("bars.parts_title", {{"title", indicator.title}, {"parts", joined(words, labels)}}), 46);
    chart.subtitle = words("chart.subtitle", {{"years", std::to_string(year)}, {"unit", indicator.unit}});
    chart.description = words("bars.parts_description", {{"figures", figures}});
    chart.source = words("chart.source", {{"source", as_sentence(indicator.source)}});
    const std::string name = indicator.id + "-deler.svg";
    files.push_back({page_dir + name, render_bars(chart)});
    std::string title;
    for (const std::string& line : chart.title_lines) title += (title.empty() ? "" : " ") + line;
    return image(name, chart, title + ". " + as_sentence(chart.subtitle) + " " + chart.description);
}

}  // namespace kt
