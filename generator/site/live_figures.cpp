#include "site/live_figures.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <functional>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "render/number_format.h"
#include "render/value_text.h"
#include "site/figure_reading.h"
#include "site/site_paths.h"
#include "site/value_cell.h"

namespace kt {

namespace {

// One shortcode as written: its name, its words and its key=value options.
struct Shortcode {
    std::string name;
    std::vector<std::string> arguments;
    std::map<std::string, std::string> options;
    SourceLocation where;
};

// Thrown while a shortcode is filled in: the message of its error.
struct Refusal {
    std::string message;
};

// Backslashes before the characters Markdown would read as markup, so a name is text.
std::string markdown_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (std::string_view("\\`*_[]<>|#!~").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string link(const std::string& text, const std::string& site_path) {
    return "[" + markdown_text(text) + "](/" + site_path + ")";
}

// "¹²" for 12: a note's number after a figure in a table.
std::string superscript(int number) {
    static const char* const digits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    std::string out;
    for (char c : std::to_string(number)) out += digits[c - '0'];
    return out;
}

// The sentences under a table that say what its symbols and marked figures mean, numbered in
// the order they are first needed; each figure carries its note's number.
class TableNotes {
  public:
    std::string mark(const std::string& explanation) {
        if (explanation.empty()) return "";
        auto it = std::find(notes_.begin(), notes_.end(), explanation);
        if (it == notes_.end()) it = notes_.insert(notes_.end(), explanation);
        return " " + superscript(static_cast<int>(it - notes_.begin()) + 1);
    }
    std::string text() const {
        std::string out;
        for (std::size_t i = 0; i < notes_.size(); ++i)
            out += superscript(static_cast<int>(i) + 1) + " " + markdown_text(notes_[i]) + "  \n";
        return out;
    }

  private:
    std::vector<std::string> notes_;
};

class Filler {
  public:
    explicit Filler(const SiteData& data) : data_(data) {}

    std::string fill(const Shortcode& code) const {
        using Handler = std::string (Filler::*)(const Shortcode&) const;
        static const std::map<std::string, Handler, std::less<>> handlers{
            {"tall", &Filler::figure},    {"landet", &Filler::country},
            {"endring", &Filler::change}, {"rang", &Filler::rank},
            {"år", &Filler::year},        {"mål", &Filler::goal},
            {"diagram", &Filler::chart},  {"tabell", &Filler::table}};
        auto it = handlers.find(code.name);
        if (it == handlers.end())
            throw Refusal{"unknown shortcode '" + code.name +
                          "' (known: tall, landet, endring, rang, år, mål, diagram, tabell)"};
        for (const auto& [key, value] : code.options)
            if (!(key == "vis" && value == "tegn") && !(key == "ki" && value == "ja"))
                throw Refusal{"unknown option '" + key + "=" + value +
                              "' (known: vis=tegn, ki=ja)"};
        return (this->*(it->second))(code);
    }

  private:
    // {{ tall INDIKATOR OMRÅDE [ÅR] }}
    std::string figure(const Shortcode& code) const {
        arity(code, 2, 3, "tall INDIKATOR OMRÅDE [ÅR]");
        const Indicator& indicator = indicator_named(code.arguments[0]);
        const Area& area = area_named(code.arguments[1], indicator);
        return figure_text(code, indicator, area, year_of(code, 2, indicator));
    }

    // {{ landet INDIKATOR [ÅR] }}
    std::string country(const Shortcode& code) const {
        arity(code, 1, 2, "landet INDIKATOR [ÅR]");
        const Indicator& indicator = indicator_named(code.arguments[0]);
        return figure_text(code, indicator, data_.input.registry.country(),
                           year_of(code, 1, indicator));
    }

    // {{ endring INDIKATOR OMRÅDE FRA TIL }}: as readers would subtract the figures shown.
    std::string change(const Shortcode& code) const {
        arity(code, 4, 4, "endring INDIKATOR OMRÅDE FRA TIL");
        const Indicator& indicator = indicator_named(code.arguments[0]);
        const Area& area = area_named(code.arguments[1], indicator);
        const int from = year_of(code, 2, indicator), to = year_of(code, 3, indicator);
        if (from >= to)
            throw Refusal{"the change runs from an earlier year to a later one, not from " +
                          std::to_string(from) + " to " + std::to_string(to)};
        const IndicatorValue& before = shown(indicator, area, from);
        const IndicatorValue& after = shown(indicator, area, to);
        const double difference =
            round_to_decimals(round_to_decimals(after.value, indicator.decimals) -
                                  round_to_decimals(before.value, indicator.decimals),
                              indicator.decimals);
        const std::string direction = difference > 0 ? "up" : difference < 0 ? "down" : "none";
        return data_.words("live.change",
                           {{"direction", direction},
                            {"difference", difference_text(data_.words, indicator, difference)}});
    }

    // {{ rang INDIKATOR OMRÅDE [ÅR] }}
    std::string rank(const Shortcode& code) const {
        arity(code, 2, 3, "rang INDIKATOR OMRÅDE [ÅR]");
        const Indicator& indicator = indicator_named(code.arguments[0]);
        const Area& area = area_named(code.arguments[1], indicator);
        const int year = year_of(code, 2, indicator);
        if (area.kind != AreaKind::municipality)
            throw Refusal{"only municipalities are ranked, and " + area.code + " " + area.name +
                          " is a " + kind_name(area.kind)};
        if (!is_ranked(indicator))
            throw Refusal{"indicator '" + indicator.id +
                          "' ranks no municipality: neither a high nor a low figure is better"};
        const RankEntry* entry = data_.figures.rank_of(indicator.id, area.code, year);
        if (!entry || !entry->rank)
            throw Refusal{area.name + " is not ranked on '" + indicator.id + "' in " +
                          std::to_string(year) +
                          (entry ? ": " + exclusion_text(data_.words, entry->exclusion, indicator,
                                                         entry->value)
                                 : "")};
        const auto& ranking = data_.figures.ranking(indicator.id, year);
        const auto ranked = std::count_if(ranking.begin(), ranking.end(),
                                          [](const RankEntry& e) { return e.rank.has_value(); });
        const bool uncertain = entry->plausible && entry->plausible->best != entry->plausible->worst;
        const std::string text = data_.words(
            "live.rank", {{"place", std::to_string(*entry->rank)},
                          {"ranked", std::to_string(ranked)},
                          {"uncertain", uncertain ? "yes" : "no"},
                          {"best", uncertain ? std::to_string(entry->plausible->best) : ""},
                          {"worst", uncertain ? std::to_string(entry->plausible->worst) : ""}});
        return link(text, indicator_dir(indicator.id));
    }

    // {{ år INDIKATOR }}
    std::string year(const Shortcode& code) const {
        arity(code, 1, 1, "år INDIKATOR");
        return std::to_string(latest_year(indicator_named(code.arguments[0])));
    }

    // {{ mål INDIKATOR }}: the national goal, as the pages write it.
    std::string goal(const Shortcode& code) const {
        arity(code, 1, 1, "mål INDIKATOR");
        const Indicator& indicator = indicator_named(code.arguments[0]);
        if (!indicator.goal) throw Refusal{"indicator '" + indicator.id + "' has no goal"};
        return link(format_value(indicator, *indicator.goal), indicator_dir(indicator.id));
    }

    // {{ diagram INDIKATOR OMRÅDE }}: the line chart the area's page shows.
    std::string chart(const Shortcode& code) const {
        arity(code, 2, 2, "diagram INDIKATOR OMRÅDE");
        const Indicator& indicator = indicator_named(code.arguments[0]);
        const Area& area = area_named(code.arguments[1], indicator);
        if (!data_.figures.covers(indicator.id, area.code))
            throw Refusal{"the data have no figure of '" + indicator.id + "' for " + area.name};
        const std::string alt = indicator.title + ", " + area.name + ". " +
                                indicator.short_definition;
        return "![" + markdown_text(alt) + "](/" + area_dir(area) + indicator.id + ".svg)";
    }

    // {{ tabell OMRÅDE INDIKATOR … }}: a row per year with a figure of any of the indicators.
    std::string table(const Shortcode& code) const {
        if (code.arguments.size() < 2)
            throw Refusal{"write 'tabell OMRÅDE INDIKATOR …' with at least one indicator"};
        std::vector<const Indicator*> indicators;
        for (std::size_t i = 1; i < code.arguments.size(); ++i)
            indicators.push_back(&indicator_named(code.arguments[i]));
        const Area& area = area_named(code.arguments[0], *indicators.front());
        for (const Indicator* indicator : indicators) area_named(code.arguments[0], *indicator);
        std::string out = "\n\n| " + markdown_text(data_.words("live.year")) + " |";
        std::string rule = "\n|---|";
        for (const Indicator* indicator : indicators) {
            out += " " + link(indicator->title, area_dir(area) + "#" + indicator->id) + " |";
            rule += "---:|";
        }
        out += rule + "\n";
        bool any = false;
        TableNotes notes;
        for (int year : data_.figures.years()) {
            std::string row = "| " + std::to_string(year) + " |";
            bool in_data = false;
            for (const Indicator* indicator : indicators) {
                const IndicatorValue& v = data_.figures.value(indicator->id, area.code, year);
                in_data = in_data || v.in_data();
                row += " " + markdown_text(value_text(*indicator, v)) +
                       notes.mark(explanation(v)) + " |";
            }
            if (!in_data) continue;
            out += row + "\n";
            any = true;
        }
        if (!any) throw Refusal{"the data have no figure of these indicators for " + area.name};
        std::vector<std::string> sources;
        for (const Indicator* indicator : indicators)
            if (std::find(sources.begin(), sources.end(), indicator->source) == sources.end())
                sources.push_back(indicator->source);
        std::string joined;
        for (std::string source : sources) {
            while (!source.empty() && source.back() == '.') source.pop_back();
            joined += (joined.empty() ? "" : "; ") + source;
        }
        return out + "\n" + notes.text() + "*" +
               markdown_text(data_.words("live.table_source",
                                         {{"area", area.name}, {"sources", joined}})) +
               "*\n\n";
    }

    // Why a figure is missing or hidden, what a sum leaves out, and that it is provisional.
    std::string explanation(const IndicatorValue& v) const {
        std::string note = value_explanation(data_.words, v, data_.input.config.suppression);
        if (v.provisional) note += (note.empty() ? "" : " ") + data_.words("value.provisional");
        return note;
    }

    std::string figure_text(const Shortcode& code, const Indicator& indicator, const Area& area,
                            int year) const {
        const IndicatorValue& v = data_.figures.value(indicator.id, area.code, year);
        const std::string target = area_dir(area) + "#" + indicator.id;
        const std::string explanation = this->explanation(v);
        if (!v.has_number()) {
            if (!code.options.count("vis"))
                throw Refusal{"the figure of '" + indicator.id + "' for " + area.name + " in " +
                              std::to_string(year) + " is not shown (" + status_symbol(v.status) +
                              (explanation.empty() ? "" : ": " + explanation) +
                              "); write vis=tegn to show its symbol"};
            return link(status_symbol(v.status), target) +
                   (explanation.empty() ? "" : " (" + markdown_text(explanation) + ")");
        }
        std::string text = value_text(indicator, v);
        if (code.options.count("ki")) text = with_interval(data_.words, text, interval_text(indicator, v));
        // A sum that leaves members out, or a provisional figure, says so where it stands.
        return link(text, target) +
               (explanation.empty() ? "" : " (" + markdown_text(explanation) + ")");
    }

    // The figure of a year for a change: it must have a number.
    const IndicatorValue& shown(const Indicator& indicator, const Area& area, int year) const {
        const IndicatorValue& v = data_.figures.value(indicator.id, area.code, year);
        if (!v.has_number())
            throw Refusal{"the figure of '" + indicator.id + "' for " + area.name + " in " +
                          std::to_string(year) + " is not shown (" + status_symbol(v.status) +
                          "), so no change can be given"};
        return v;
    }

    static void arity(const Shortcode& code, std::size_t least, std::size_t most,
                      const char* usage) {
        if (code.arguments.size() < least || code.arguments.size() > most)
            throw Refusal{"write '" + std::string(usage) + "'"};
    }

    const Indicator& indicator_named(const std::string& id) const {
        const Indicator* indicator = data_.input.catalogue.indicator(id);
        if (!indicator) throw Refusal{"unknown indicator '" + id + "'"};
        return *indicator;
    }

    const Area& area_named(const std::string& code, const Indicator& indicator) const {
        const Area* area = code == "landet" ? &data_.input.registry.country()
                                            : data_.input.registry.find(code);
        if (!area) throw Refusal{"unknown area '" + code + "'"};
        if (!area->is_current())
            throw Refusal{"area " + code + " " + area->name +
                          " is no longer in use; name the area it is part of today"};
        if (!publishes(indicator, area->kind))
            throw Refusal{"indicator '" + indicator.id + "' is not published for " +
                          kind_name(area->kind) + " areas"};
        return *area;
    }

    int latest_year(const Indicator& indicator) const {
        const auto year = data_.figures.latest_year(indicator.id);
        if (!year) throw Refusal{"indicator '" + indicator.id + "' has no figures"};
        return *year;
    }

    // Argument `at` as a year of the data, "siste" or left out as the latest.
    int year_of(const Shortcode& code, std::size_t at, const Indicator& indicator) const {
        if (at >= code.arguments.size() || code.arguments[at] == "siste")
            return latest_year(indicator);
        const std::string& text = code.arguments[at];
        int year = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
        const std::vector<int>& years = data_.figures.years();
        if (error != std::errc{} || end != text.data() + text.size())
            throw Refusal{"'" + text + "' is no year (write a year, or 'siste')"};
        if (std::find(years.begin(), years.end(), year) == years.end())
            throw Refusal{std::to_string(year) + " is not a year of the data (" +
                          std::to_string(years.front()) + "–" + std::to_string(years.back()) +
                          ")"};
        return year;
    }

    const SiteData& data_;
};

// The shortcode's words, split on spaces; "key=value" words are options.
Shortcode parse(std::string_view inside, const SourceLocation& where) {
    Shortcode code;
    code.where = where;
    std::vector<std::string> words;
    for (std::size_t i = 0; i < inside.size();) {
        while (i < inside.size() && (inside[i] == ' ' || inside[i] == '\t')) ++i;
        const std::size_t start = i;
        while (i < inside.size() && inside[i] != ' ' && inside[i] != '\t') ++i;
        if (i > start) words.emplace_back(inside.substr(start, i - start));
    }
    if (words.empty()) throw Refusal{"empty shortcode"};
    code.name = words.front();
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (const std::size_t eq = words[i].find('='); eq != std::string::npos)
            code.options[words[i].substr(0, eq)] = words[i].substr(eq + 1);
        else
            code.arguments.push_back(words[i]);
    }
    return code;
}

// A line that opens or closes a fenced code block: up to three spaces, then ``` or ~~~.
bool is_fence(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ') ++i;
    line.remove_prefix(i);
    return line.rfind("```", 0) == 0 || line.rfind("~~~", 0) == 0;
}

}  // namespace

std::string expand_live_figures(const SiteData& data, const ContentPage& page,
                                Diagnostics& diagnostics) {
    const std::string& text = page.markdown;
    const std::string file = page.where.file;
    const Filler filler(data);
    std::string out;
    out.reserve(text.size());
    bool in_fence = false;
    int line_number = page.body_line;
    for (std::size_t line_start = 0; line_start < text.size(); ++line_number) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string::npos) line_end = text.size();
        const std::string_view line(text.data() + line_start, line_end - line_start);
        if (is_fence(line)) in_fence = !in_fence;
        if (in_fence || line.find("{{") == std::string_view::npos) {
            out.append(line);
        } else {
            for (std::size_t i = 0; i < line.size();) {
                if (line[i] == '`') {  // a code span is copied as it is, up to its closing run
                    std::size_t run = line.find_first_not_of('`', i);
                    if (run == std::string_view::npos) run = line.size();
                    const std::string_view ticks = line.substr(i, run - i);
                    const std::size_t close = line.find(ticks, run);
                    const std::size_t end =
                        close == std::string_view::npos ? run : close + ticks.size();
                    out.append(line.substr(i, end - i));
                    i = end;
                    continue;
                }
                if (line.compare(i, 2, "{{") != 0) {
                    out += line[i++];
                    continue;
                }
                // Columns count characters: the bytes that do not continue a character.
                const int column = 1 + static_cast<int>(std::count_if(
                                           line.begin(), line.begin() + static_cast<long>(i),
                                           [](char c) { return (c & 0xC0) != 0x80; }));
                const SourceLocation where{file, line_number, column};
                const std::size_t close = line.find("}}", i + 2);
                if (close == std::string_view::npos) {
                    diagnostics.error(where, "shortcode '{{' without '}}' on the same line");
                    out.append(line.substr(i));
                    break;
                }
                try {
                    out += filler.fill(parse(line.substr(i + 2, close - i - 2), where));
                } catch (const Refusal& refusal) {
                    diagnostics.error(where, refusal.message);
                }
                i = close + 2;
            }
        }
        if (line_end < text.size()) out += '\n';
        line_start = line_end + 1;
    }
    return out;
}

}  // namespace kt
