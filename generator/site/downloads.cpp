#include "site/downloads.h"

#include <algorithm>

#include "render/csv_writer.h"
#include "render/slug.h"
#include "render/value_text.h"
#include "site/series_block.h"
#include "site/site_paths.h"
#include "site/value_cell.h"
#include "stats/ranking.h"

namespace kt {

namespace {

// ki95_nedre/ki95_ovre: the 95 % Wilson interval of a share. foreløpig: "ja" for a provisional
// number (site/value_cell's note says so on the pages). grunn, teller_grunn and
// nevner_grunn: why the figure, its numerator and its denominator are hidden (see
// suppression_code). periode is a year, or "2021-2023" for a pooled figure.
const std::vector<std::string> kHeader{"indikator",  "områdekode", "områdenavn",   "områdetype",
                                       "periode",    "verdi",      "symbol",       "grunn",
                                       "teller",     "nevner",     "teller_grunn", "nevner_grunn",
                                       "ki95_nedre", "ki95_ovre",  "enhet",        "merknad",
                                       "foreløpig"};

}  // namespace

std::string suppression_code(Suppression reason) {
    switch (reason) {
        case Suppression::none:
            return "";
        case Suppression::in_source:
            return "kilde";
        case Suppression::confidential:
            return "personvern";
        case Suppression::small_denominator:
            return "lite_nevner";
        case Suppression::unpublished:
            return "ikke_publisert";
    }
    return "";
}

namespace {

// Whose figures a block of rows holds: an area, or a group of municipalities.
struct RowSubject {
    std::string figures_code;  // the code Figures knows it by
    std::string code, name, kind;
    bool aggregate;            // a sum of its members' figures
    const Area* area = nullptr;  // an area's, not a group's
};

RowSubject subject(const Area& area) {
    return {area.code, area.code, area.name, kind_name(area.kind),
            area.kind == AreaKind::country || area.kind == AreaKind::county, &area};
}

RowSubject subject(const SiteData& data, const AreaGroup& group) {
    return {group.key, group_download_code(group), data.group_name(group), "gruppe", true};
}

}  // namespace

std::string group_download_code(const AreaGroup& group) {
    return group.grouping + ":" + group.value;
}

namespace {

std::vector<std::string> row(const SiteData& data, const Indicator& indicator,
                             const RowSubject& area, const std::string& period,
                             const IndicatorValue& v) {
    const bool number = v.has_number();
    const bool ratio = indicator.computation != Computation::count;
    const auto interval = share_interval(indicator, v);
    // Counts of persons are whole; a mean's numerator (months summed over persons) keeps the
    // mean's decimals, so a county's is the sum of its municipalities' as written.
    const int numerator_decimals =
        indicator.computation == Computation::mean ? indicator.decimals : 0;
    return {
        indicator.id,
        area.code,
        area.name,
        area.kind,
        period,
        number ? machine_number(round_to_decimals(v.value, indicator.decimals), indicator.decimals)
               : "",
        status_symbol(v.status),
        v.status == ValueStatus::suppressed ? suppression_code(v.suppression) : "",
        number || v.numerator_published ? machine_number(v.numerator, numerator_decimals) : "",
        ratio && (number || v.denominator_published) ? machine_number(v.denominator, 0) : "",
        suppression_code(v.numerator_suppression),
        ratio ? suppression_code(v.denominator_suppression) : "",
        interval ? machine_number(round_to_decimals(interval->low, indicator.decimals + 1),
                                  indicator.decimals + 1)
                 : "",
        interval ? machine_number(round_to_decimals(interval->high, indicator.decimals + 1),
                                  indicator.decimals + 1)
                 : "",
        indicator.unit,
        value_explanation(data.words, v, data.input.config.suppression),
        number && v.provisional ? "ja" : "",
    };
}

// The years of the area's rows on the indicator: the years its page tabulates, ".." rows
// included, so every row the page shows is in the file. Old codes and indicators the page
// does not tabulate list the years in the data; a sum lists every year of the indicator, even
// with nothing to sum, but not a year no area has data for (a request for the coming year
// makes no settlement share).
std::vector<int> row_years(const SiteData& data, const Indicator& indicator,
                           const RowSubject& subject) {
    if (subject.area && subject.area->is_current() && publishes(indicator, subject.area->kind))
        return shown_years(data, indicator, comparison_areas(data, *subject.area));
    const std::string& country = data.input.registry.country().code;
    std::vector<int> years;
    for (int year : data.figures.years())
        if (data.figures.value(indicator.id, subject.figures_code, year).in_data() ||
            (subject.aggregate && data.figures.value(indicator.id, country, year).in_data()))
            years.push_back(year);
    return years;
}

// Every year's figure, then the pooled figures (municipalities only).
void add_rows(DownloadTable& out, const SiteData& data, const Indicator& indicator,
              const RowSubject& area) {
    for (int year : row_years(data, indicator, area))
        out.rows.push_back(row(data, indicator, area, std::to_string(year),
                               data.figures.value(indicator.id, area.figures_code, year)));
    for (int year : data.figures.years()) {
        const Figures::PooledValue* pooled =
            data.figures.pooled(indicator.id, area.figures_code, year);
        if (!pooled) continue;
        out.rows.push_back(row(data, indicator, area,
                               std::to_string(pooled->first_year) + "-" +
                                   std::to_string(pooled->last_year),
                               pooled->value));
    }
}


}  // namespace

DownloadTable figure_table() {
    DownloadTable table{{kHeader}, std::vector<bool>(kHeader.size(), false)};
    for (const char* number : {"verdi", "teller", "nevner", "ki95_nedre", "ki95_ovre"})
        table.numeric[std::find(kHeader.begin(), kHeader.end(), number) - kHeader.begin()] = true;
    return table;
}

std::string area_download_name(const Area& area) { return area_slug(area) + ".csv"; }
std::string area_download_path(const Area& area) {
    return area_dir(area) + area_download_name(area);
}
std::string indicator_download_name(const Indicator& indicator) { return indicator.id + ".csv"; }
std::string indicator_download_path(const Indicator& indicator) {
    return indicator_dir(indicator.id) + indicator_download_name(indicator);
}

std::string group_download_name(const AreaGroup& group) {
    return group.grouping + "-" + slugify(group.value) + ".csv";
}
std::string group_download_path(const AreaGroup& group) {
    return group_dir(group) + group_download_name(group);
}

namespace {

// Adds the indicator's rows for the subjects, and the indicator if it has any.
void add_indicator(Download& out, const SiteData& data, const Indicator& indicator,
                   const std::vector<RowSubject>& subjects) {
    const std::size_t before = out.figures.rows.size();
    for (const RowSubject& subject : subjects) add_rows(out.figures, data, indicator, subject);
    if (out.figures.rows.size() > before) out.indicators.push_back(&indicator);
}

}  // namespace

Download area_download(const SiteData& data, const Area& area) {
    Download out{area_download_path(area), area.name + " (" + area.code + ")", figure_table(), {}};
    for (const Indicator& indicator : data.input.catalogue.indicators)
        add_indicator(out, data, indicator, {subject(area)});
    return out;
}

// A group is of municipalities: an indicator not published for them has no group rows.
Download group_download(const SiteData& data, const AreaGroup& group) {
    Download out{group_download_path(group), data.group_name(group), figure_table(), {}};
    for (const Indicator& indicator : data.input.catalogue.indicators)
        if (publishes_municipalities(indicator))
            add_indicator(out, data, indicator, {subject(data, group)});
    return out;
}

Download indicator_download(const SiteData& data, const Indicator& indicator) {
    std::vector<RowSubject> subjects;
    for (const Area& area : data.input.registry.areas())
        if (area.is_current()) subjects.push_back(subject(area));
    if (publishes_municipalities(indicator))
        for (const AreaGroup& group : data.figures.groups())
            subjects.push_back(subject(data, group));
    Download out{indicator_download_path(indicator), indicator.title, figure_table(), {}};
    add_indicator(out, data, indicator, subjects);
    return out;
}

}  // namespace kt
