#include "site/live_figures.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <map>
#include <string_view>
#include <vector>

#include "render/markdown.h"
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
        const double difference = shown_difference(indicator, after.value, before.value);
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
        return link(goal_text(indicator), indicator_dir(indicator.id));
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
            for (const Indicator* indicator : indicators)
                in_data = in_data || data_.figures.value(indicator->id, area.code, year).in_data();
            if (!in_data) continue;  // a year no indicator has: no row, and no notes for it
            for (const Indicator* indicator : indicators) {
                const IndicatorValue& v = data_.figures.value(indicator->id, area.code, year);
                row += " " + markdown_text(value_text(*indicator, v)) +
                       notes.mark(explanation(v)) + " |";
            }
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
        return value_note(data_.words, v, data_.input.config.suppression);
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
        if (code.options.count("ki")) {
            if (indicator.computation != Computation::share)
                throw Refusal{"'" + indicator.id + "' is no share, so it has no interval (ki=ja)"};
            text = with_interval(data_.words, text, interval_text(indicator, v));
        }
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

// Where a shortcode stands within its line, if it is somewhere a link cannot be: in a link's
// text, its address, an autolink or a link reference definition. Each live figure is a link.
const char* inside_link(std::string_view before) {
    int brackets = 0;
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (before[i] == '\\') ++i;
        else if (before[i] == '[') ++brackets;
        else if (before[i] == ']' && brackets > 0) --brackets;
    }
    if (brackets > 0) return "in a link's text";
    const std::size_t address = before.rfind("](");
    if (address != std::string_view::npos && before.find(')', address) == std::string_view::npos)
        return "in a link's address";
    const std::size_t angle = before.rfind('<');
    if (angle != std::string_view::npos && before.find('>', angle) == std::string_view::npos)
        return "in an autolink";
    const std::size_t start = before.find_first_not_of(' ');
    if (start != std::string_view::npos && start < 4 && before[start] == '[' &&
        before.find("]:", start) != std::string_view::npos)
        return "in a link reference definition";
    return nullptr;
}

// The end of a code span that opens with the backtick run at `at` (CommonMark: the next run
// of as many backticks, before the paragraph ends at a blank line), or npos.
std::size_t code_span_end(std::string_view text, std::size_t at) {
    std::size_t run_end = text.find_first_not_of('`', at);
    if (run_end == std::string_view::npos) return std::string_view::npos;
    const std::size_t length = run_end - at;
    for (std::size_t i = run_end; i < text.size();) {
        if (text[i] == '\n') {
            const std::size_t next = text.find_first_not_of(" \t\r", i + 1);
            if (next == std::string_view::npos || text[next] == '\n') return std::string_view::npos;
        }
        if (text[i] != '`') {
            ++i;
            continue;
        }
        const std::size_t end = text.find_first_not_of('`', i);
        const std::size_t found = (end == std::string_view::npos ? text.size() : end) - i;
        if (found == length) return i + found;
        i += found;
    }
    return std::string_view::npos;
}

}  // namespace

std::string expand_live_figures(const SiteData& data, const ContentPage& page,
                                Diagnostics& diagnostics) {
    const std::string& text = page.markdown;
    const std::string file = page.where.file;
    for (const std::string* field : {&page.title, &page.description})
        if (field->find("{{") != std::string::npos)
            diagnostics.error(page.where,
                              "live figures are filled in in the text, not in the front matter");
    const Filler filler(data);
    // Code blocks and raw HTML blocks, as cmark-gfm reads them, are shown as written.
    const std::vector<std::pair<int, int>> literal = literal_block_lines(text);
    auto is_literal = [&](int body_line) {
        return std::any_of(literal.begin(), literal.end(), [&](const auto& block) {
            return body_line >= block.first && body_line <= block.second;
        });
    };
    std::string out;
    out.reserve(text.size());
    int body_line = 1;             // of the body, as cmark counts
    std::size_t line_start = 0;    // where that line starts in the text
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\n') {
            out += c;
            line_start = ++i;
            ++body_line;
            continue;
        }
        if (is_literal(body_line)) {
            const std::size_t end = text.find('\n', i);
            const std::size_t stop = end == std::string::npos ? text.size() : end;
            out.append(text, i, stop - i);
            i = stop;
            continue;
        }
        if (c == '`') {  // a code span is copied as it is, over line breaks too
            const std::size_t end = code_span_end(text, i);
            const std::size_t stop =
                end != std::string::npos ? end : text.find_first_not_of('`', i);
            for (std::size_t k = i; k < stop && k < text.size(); ++k)
                if (text[k] == '\n') {
                    line_start = k + 1;
                    ++body_line;
                }
            out.append(text, i, (stop == std::string::npos ? text.size() : stop) - i);
            i = stop == std::string::npos ? text.size() : stop;
            continue;
        }
        if (c == '\\' && i + 1 < text.size() && text[i + 1] != '\n') {  // an escaped character
            out.append(text, i, 2);
            i += 2;
            continue;
        }
        if (text.compare(i, 2, "{{") != 0) {
            out += c;
            ++i;
            continue;
        }
        const std::string_view before(text.data() + line_start, i - line_start);
        // Columns count characters: the bytes that do not continue a character.
        const int column = 1 + static_cast<int>(std::count_if(
                                   before.begin(), before.end(),
                                   [](char b) { return (b & 0xC0) != 0x80; }));
        const SourceLocation where{file, page.body_line + body_line - 1, column};
        std::size_t line_end = text.find('\n', i);
        if (line_end == std::string::npos) line_end = text.size();
        const std::size_t close = text.find("}}", i + 2);
        if (close == std::string::npos || close > line_end) {
            diagnostics.error(where, "shortcode '{{' without '}}' on the same line");
            out.append(text, i, line_end - i);
            i = line_end;
            continue;
        }
        try {
            if (const char* place = inside_link(before))
                throw Refusal{std::string("a live figure is a link of its own, so it cannot "
                                          "stand ") + place};
            const Shortcode code = parse(std::string_view(text).substr(i + 2, close - i - 2), where);
            const std::string_view after = std::string_view(text).substr(close + 2, line_end - close - 2);
            if (code.name == "tabell" &&
                (before.find_first_not_of(" \t") != std::string_view::npos ||
                 after.find_first_not_of(" \t\r") != std::string_view::npos))
                throw Refusal{"a table stands alone on its line"};
            out += filler.fill(code);
        } catch (const Refusal& refusal) {
            diagnostics.error(where, refusal.message);
        }
        i = close + 2;
    }
    return out;
}

}  // namespace kt
