#include "site/site_builder.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <functional>
#include <thread>

#include "input/source_file.h"
#include "model/threads.h"
#include "render/html_escape.h"
#include "site/adjustment_view.h"
#include "site/area_page.h"
#include "site/content_page.h"
#include "site/corrections_page.h"
#include "site/dataset_download.h"
#include "site/definitions_download.h"
#include "site/download_forms.h"
#include "site/downloads.h"
#include "site/family_page.h"
#include "site/front_page.h"
#include "site/group_page.h"
#include "site/historical_page.h"
#include "site/index_download.h"
#include "site/index_page.h"
#include "site/indicator_distribution.h"
#include "site/indicator_map.h"
#include "site/indicator_page.h"
#include "site/live_figures.h"
#include "site/page_notes.h"
#include "site/search_index.h"
#include "site/site_data.h"
#include "site/site_paths.h"
#include "site/survey_pages.h"

namespace kt {

namespace {

const char* const kRequiredTemplates[] = {"front", "area",  "historical", "indicator",  "family",
                                          "group", "index", "page",       "corrections", "404"};

// The charts of an indicator drawn once per build, each a standalone file the pages show.
struct IndicatorChart {
    bool (*has)(const SiteData&, const Indicator&);
    std::string (*path)(const Indicator&);
    std::string (*svg)(const SiteData&, const Indicator&);
};
const IndicatorChart kIndicatorCharts[] = {
    {has_indicator_distribution, indicator_distribution_path, indicator_distribution_svg},
    {has_indicator_tile_map, indicator_tile_map_path, indicator_tile_map_svg},
    {has_indicator_map, indicator_map_path, indicator_map_svg},
};

// A job makes one file, or a page and the files it shows (its charts).
using Job = std::function<std::vector<OutputFile>()>;

// Runs the jobs on `threads` threads. A job that throws (a bug, or memory running out) leaves
// no file and its message in `failures`, in job order, instead of ending the program.
std::vector<OutputFile> run_jobs(const std::vector<Job>& jobs, unsigned threads,
                                 std::vector<std::string>& failures, Progress* progress,
                                 const FileSink& sink) {
    // std::clamp below needs at least one job (a rebuild may have none to do).
    if (jobs.empty()) return {};
    std::vector<std::vector<OutputFile>> results(jobs.size());
    std::vector<std::string> errors(jobs.size());
    std::atomic<std::size_t> next{0}, done{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < jobs.size(); i = next++) {
            try {
                results[i] = jobs[i]();
                if (sink)
                    for (OutputFile& file : results[i]) sink(file);
            } catch (const std::exception& e) {
                errors[i] = e.what();
            }
            if (progress) progress->advance(++done, jobs.size());
        }
    };
    threads = static_cast<unsigned>(std::clamp<std::size_t>(threads, 1, jobs.size()));
    std::vector<std::thread> pool = start_threads(threads - 1, worker);
    worker();
    for (std::thread& thread : pool) thread.join();
    for (const std::string& error : errors)
        if (!error.empty()) failures.push_back(error);
    std::vector<OutputFile> files;
    for (std::vector<OutputFile>& made : results)
        for (OutputFile& file : made) files.push_back(std::move(file));
    return files;
}

// Every address is escaped: a base_url or content path may hold '&'.
std::string sitemap(const SiteConfig& config, const std::vector<std::string>& dirs) {
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const std::string& dir : dirs)
        out += "  <url><loc>" + escape_html(config.base_url + dir) + "</loc><lastmod>" +
               escape_html(config.data_updated) + "</lastmod></url>\n";
    return out + "</urlset>\n";
}

}  // namespace

void check_templates(const TemplateSet& templates, const SiteInput& site,
                     Diagnostics& diagnostics) {
    std::vector<const char*> required(std::begin(kRequiredTemplates), std::end(kRequiredTemplates));
    if (!site.survey.empty()) required.insert(required.end(), {"survey", "survey_question"});
    for (const char* name : required)
        if (!templates.has(name))
            diagnostics.error({std::string(kTemplateDir) + "/" + name + ".mustache", 0, 0},
                              "missing template");
}

std::vector<OutputFile> render_site(const SiteInput& site, const SiteStatistics& statistics,
                                    const TemplateSet& templates,
                                    const std::filesystem::path& site_dir, unsigned threads,
                                    Diagnostics& diagnostics, Progress* progress,
                                    const FileSink& sink,
                                    const std::set<std::string>* only_content,
                                    const PreviousPublication* previous) {
    SiteData site_data(site, statistics, templates.words());
    // Every content page's live figures, filled in once before any page shows them: a
    // shortcode that cannot be filled in fails the build (and `check`) at its line.
    for (const ContentPage& page : site.content)
        site_data.expanded_markdown[page.path] = expand_live_figures(site_data, page, diagnostics);
    // The whole dataset, and what changed in it since the build before: the corrections
    // show on area pages too.
    std::optional<DatasetTable> dataset;
    if (!only_content) {
        dataset = dataset_table(site_data);
        site_data.corrections = find_corrections(
            site_data, dataset->figures, previous ? *previous : PreviousPublication{}, diagnostics);
    }
    const SiteData& data = site_data;
    std::vector<Job> jobs;
    std::vector<std::string> page_dirs;
    // Whether a file that shows the content file `reads` (nullptr for none) is made this time.
    auto wanted = [only_content](const ContentPage* reads) {
        return !only_content || (reads && only_content->count(reads->path) > 0);
    };
    auto file = [&jobs, &wanted](std::function<OutputFile()> make) {
        if (wanted(nullptr)) jobs.push_back([make] { return std::vector<OutputFile>{make()}; });
    };
    auto file_set = [&jobs, &wanted](Job make) {
        if (wanted(nullptr)) jobs.push_back(std::move(make));
    };
    // `source` names the page in diagnostics: "the page of Vågå", or the content file. The
    // context may add files the page shows (its charts).
    using Context = std::function<nlohmann::json(std::vector<OutputFile>&)>;
    auto page_with_files = [&](std::string dir, std::string tmpl, std::string source,
                               const ContentPage* reads, Context context) {
        page_dirs.push_back(dir);
        if (!wanted(reads)) return;
        jobs.push_back([&templates, dir, tmpl, source, context] {
            std::vector<OutputFile> files(1);
            nlohmann::json page = context(files);
            gather_notes(page);
            files.front() = {dir + "index.html", templates.render(tmpl, page), source};
            return files;
        });
    };
    auto page = [&](std::string dir, std::string tmpl, std::string source,
                    const ContentPage* reads, std::function<nlohmann::json()> context) {
        page_with_files(std::move(dir), std::move(tmpl), std::move(source), reads,
                        [context](std::vector<OutputFile>&) { return context(); });
    };
    auto content_of = [](const auto& pages, const std::string& key) -> const ContentPage* {
        auto it = pages.find(key);
        return it == pages.end() ? nullptr : it->second;
    };

    page("", "front", "the front page", data.front_page, [&data] { return front_page(data); });
    for (const Area& area : site.registry.areas()) {
        if (area.is_current() || has_own_figures(data, area))
            file_set([&data, &area] { return download_files(data, area_download(data, area)); });
        if (area.is_current()) {
            page_with_files(area_dir(area), "area", "the page of " + area.name,
                            content_of(data.narratives, area.code), [&data, &area](std::vector<OutputFile>& files) {
                                return area_page(data, area, files);
                            });
            continue;
        }
        // Old codes keep their address but are not listed in the sitemap.
        file([&templates, &data, &area] {
            return OutputFile{area_dir(area) + "index.html",
                              templates.render("historical", historical_page(data, area)),
                              "the page of " + area.name + " (" + area.code + ")"};
        });
    }
    for (const Indicator& indicator : site.catalogue.indicators) {
        page_with_files(indicator_dir(indicator.id), "indicator",
                        "the page of indicator '" + indicator.id + "'", nullptr,
                        [&data, &indicator](std::vector<OutputFile>& files) {
                            return indicator_page(data, indicator, files);
                        });
        file_set([&data, &indicator] {
            return download_files(data, indicator_download(data, indicator));
        });
        for (const IndicatorChart& chart : kIndicatorCharts)
            if (chart.has(data, indicator))
                file([&data, &indicator, &chart] {
                    return OutputFile{chart.path(indicator), chart.svg(data, indicator)};
                });
    }
    for (const AdjustmentResult& result : data.adjustments) {
        if (!result.model) continue;  // the compute stage reported why
        file([&data, &result] {
            return OutputFile{adjustment_download_path(*result.indicator),
                              adjustment_csv(data, result)};
        });
        if (!result.by_area.empty())
            file([&data, &result] {
                return OutputFile{adjustment_scatter_path(*result.indicator),
                                  adjustment_scatter_svg(data, result)};
            });
    }
    for (const Family& family : site.catalogue.families)
        page(family_dir(family.id), "family", "the page of family '" + family.id + "'",
             content_of(data.family_pages, family.id), [&data, &family] { return family_page(data, family); });
    for (const Grouping& grouping : site.catalogue.groupings)
        page(grouping_dir(grouping.id), "group", "the page of grouping '" + grouping.id + "'",
             nullptr, [&data, &grouping] { return grouping_page(data, grouping); });
    for (const AreaGroup& group : data.figures.groups()) {
        page(group_dir(group), "group", "the page of " + data.group_name(group), nullptr,
             [&data, &group] { return group_page(data, group); });
        file_set([&data, &group] { return download_files(data, group_download(data, group)); });
    }
    if (!site.survey.empty()) {
        page(kSurveyDir, "survey", "the page of the survey", nullptr,
             [&data] { return survey_page(data); });
        for (const SurveyQuestion& question : site.survey.questions) {
            page_with_files(survey_question_dir(question.id), "survey_question",
                            "the page of survey question '" + question.id + "'", nullptr,
                            [&data, &question](std::vector<OutputFile>& files) {
                                return survey_question_page(data, question, files);
                            });
            file([&data, &question] {
                return OutputFile{survey_shares_path(question), survey_shares_csv(data, question)};
            });
            file([&data, &question] {
                return OutputFile{survey_answers_path(question), survey_answers_csv(data, question)};
            });
        }
    }
    for (const IndexTable& table : data.indexes) {
        page(index_dir(table.spec->id), "index", "the page of index '" + table.spec->id + "'",
             nullptr, [&data, &table] { return index_page(data, table); });
        file_set([&data, &table] {
            return table_download_files(data, index_download_path(table), table.spec->title,
                                        index_download_table(data, table));
        });
    }
    // Each job names what it renders: a loop variable captured by reference would be the
    // last one by the time the jobs run.
    for (const ContentPage* content : data.plain_pages) {
        const std::string dir = content_dir(content->path);
        if (!dir.empty() && (dir.front() == '/' || dir.find("//") != std::string::npos)) {
            diagnostics.error({content->where.file, 0, 0},
                              "the file name gives no address; name the file and its folders "
                              "with letters or digits, e.g. om-tallene.md");
            continue;
        }
        page(dir, "page", content->where.file, content,
             [&data, content] { return content_page(data, *content); });
    }
    file([&data, &templates] {
        return OutputFile{"404.html", templates.render("404", not_found_page(data)),
                          "the page for addresses that do not exist"};
    });
    file([&data] { return OutputFile{kDefinitionsPath, definitions_json(data)}; });
    if (dataset) {
        file_set([&data, &dataset] { return dataset_files(data, *dataset); });
        file([&data] { return OutputFile{kCorrectionsPath, corrections_csv(data.corrections)}; });
    }
    page(kCorrectionsDir, "corrections", "the page of corrections", nullptr,
         [&data] { return corrections_page(data); });

    std::vector<std::string> failures;
    if (progress) progress->stage("rendering pages");
    std::vector<OutputFile> files = run_jobs(jobs, threads, failures, progress, sink);
    for (const std::string& failure : failures)
        diagnostics.error({"kommunetall", 0, 0}, "a page could not be made: " + failure);
    auto add = [&](OutputFile file) {
        try {
            if (sink) sink(file);
        } catch (const std::exception& e) {
            diagnostics.error({"kommunetall", 0, 0},
                              "a file could not be written: " + std::string(e.what()));
        }
        files.push_back(std::move(file));
    };
    if (!only_content) {
        if (!site.config.base_url.empty())
            add({"sitemap.xml", sitemap(site.config, page_dirs)});
        std::string search_index = search_index_json(data);
        add({kSearchScriptPath, search_index_script(search_index)});
        add({kSearchIndexPath, std::move(search_index)});
        for (const std::string& asset : list_site_files(site_dir, "assets", "", diagnostics)) {
            if (auto content = read_site_file(site_dir, asset, diagnostics))
                add({asset, std::move(*content), asset});
        }
    }
    templates.report_missing_values(diagnostics);
    return files;
}

}  // namespace kt
