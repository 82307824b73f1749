#include "pipeline/site_build.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <map>

#include "input/site_reader.h"
#include "input/source_file.h"
#include "output/output_writer.h"
#include "render/template_set.h"
#include "site/site_builder.h"
#include "stats/site_statistics.h"

namespace kt {

namespace {

// site.yaml and every file under data/, path and bytes, as one 64-bit FNV-1a hash each with
// its size: what the statistics are computed from.
std::string statistics_fingerprint(const std::filesystem::path& site_dir) {
    namespace fs = std::filesystem;
    std::vector<fs::path> files{"site.yaml"};
    std::error_code error;
    for (fs::recursive_directory_iterator it(site_dir / "data", error), end; !error && it != end;
         it.increment(error))
        if (it->is_regular_file(error)) files.push_back(fs::relative(it->path(), site_dir));
    std::sort(files.begin() + 1, files.end());
    std::string out;
    for (const fs::path& file : files) {
        std::ifstream in(site_dir / file, std::ios::binary);
        std::uint64_t hash = 14695981039346656037ull, size = 0;
        char buffer[1 << 16];
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
            for (std::streamsize i = 0; i < in.gcount(); ++i)
                hash = (hash ^ static_cast<unsigned char>(buffer[i])) * 1099511628211ull;
            size += static_cast<std::uint64_t>(in.gcount());
        }
        out += file.string() + '\0' + std::to_string(size) + ':' + std::to_string(hash) + '\n';
    }
    return out;
}

}  // namespace

StatisticsCache::StatisticsCache() = default;
StatisticsCache::~StatisticsCache() = default;

std::optional<SiteBuild> build_site(const std::filesystem::path& site_dir, unsigned threads,
                                    Diagnostics& diagnostics, StatisticsCache* cache,
                                    Progress* progress, const FileSink& sink,
                                    ProtectionMemory* memory) {
    Progress quiet;
    if (!progress) progress = &quiet;
    progress->stage("reading the site");
    const std::string fingerprint = cache ? statistics_fingerprint(site_dir) : "";
    auto site = std::make_unique<SiteInput>(read_site(site_dir, diagnostics));
    const TemplateSet templates = TemplateSet::load(site_dir, diagnostics);
    check_templates(templates, diagnostics);
    if (diagnostics.has_errors()) return std::nullopt;
    std::unique_ptr<SiteStatistics> fresh;  // computed now, and worth keeping
    const SiteInput* input = site.get();
    const SiteStatistics* statistics = nullptr;
    if (cache && cache->statistics_ && cache->fingerprint_ == fingerprint) {
        // The same data: the cached site gets the new content, the statistics stay.
        cache->site_->content = std::move(site->content);
        cache->site_->map = std::move(site->map);
        cache->site_->tiles = std::move(site->tiles);
        input = cache->site_.get();
        statistics = cache->statistics_.get();
        diagnostics.append(cache->diagnostics_);
        cache->computed_ = false;
    } else {
        progress->stage("computing the statistics (secondary suppression takes longest)");
        Diagnostics computing;
        fresh = std::make_unique<SiteStatistics>(*site, computing, memory);
        diagnostics.append(computing);
        statistics = fresh.get();
        if (cache) {
            cache->statistics_.reset();
            cache->site_.reset();
            cache->computed_ = true;
            cache->fingerprint_ = fingerprint;
            cache->diagnostics_ = computing;
        }
    }
    SiteBuild out;
    // A site with errors goes nowhere, but is still rendered for the errors its pages show.
    const FileSink no_sink;
    out.files = render_site(*input, *statistics, templates, site_dir, threads, diagnostics,
                            progress, diagnostics.has_errors() ? no_sink : sink);
    check_output_paths(out.files, diagnostics);
    out.suppression = statistics->figures.suppression_counts();
    out.areas = input->registry.areas().size();
    out.indicators = input->catalogue.indicators.size();
    out.observations = input->observations.size();
    out.content_pages = input->content.size();
    if (cache && fresh && !cache->diagnostics_.has_errors()) {
        cache->site_ = std::move(site);
        cache->statistics_ = std::move(fresh);
    }
    if (diagnostics.has_errors()) return std::nullopt;
    return out;
}

std::string diagnostics_report(const Diagnostics& diagnostics,
                               const std::filesystem::path& site_dir) {
    std::string out;
    std::map<std::string, std::optional<std::string>> texts;  // each file read once
    for (const Diagnostic& d : diagnostics.all()) {
        out += format_diagnostic(d) + '\n';
        if (d.where.line <= 0) continue;
        auto [it, fresh] = texts.try_emplace(d.where.file);
        if (fresh) {
            Diagnostics ignored;
            it->second = read_site_file(site_dir, d.where.file, ignored);
        }
        if (it->second) out += quote_source_line(*it->second, d.where);
    }
    if (!diagnostics.all().empty())
        out += std::to_string(diagnostics.error_count()) + " error(s), " +
               std::to_string(diagnostics.warning_count()) + " warning(s)\n";
    return out;
}

}  // namespace kt
