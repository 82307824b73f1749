#include "pipeline/site_build.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <future>
#include <map>
#include <set>
#include <string_view>
#include <system_error>

#include "input/site_reader.h"
#include "input/source_file.h"
#include "output/output_writer.h"
#include "render/template_set.h"
#include "site/site_builder.h"
#include "stats/site_statistics.h"

namespace kt {

namespace {

namespace fs = std::filesystem;

// 64-bit FNV-1a.
struct Fnv {
    std::uint64_t hash = 14695981039346656037ull, size = 0;
    void add(std::string_view bytes) {
        for (char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        size += bytes.size();
    }
    std::string text() const { return std::to_string(size) + ':' + std::to_string(hash); }
};

// Path, size and hash of each file, one line each ("?" for a file that cannot be read).
std::string files_fingerprint(const fs::path& site_dir, const std::vector<fs::path>& files) {
    std::string out;
    for (const fs::path& file : files) {
        std::ifstream in(site_dir / file, std::ios::binary);
        Fnv fnv;
        char buffer[1 << 16];
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0)
            fnv.add({buffer, static_cast<std::size_t>(in.gcount())});
        out += file.string() + '\0' + (in.bad() || !in.eof() ? "?" : fnv.text()) + '\n';
    }
    return out;
}

// Every file under site_dir/dir, relative to site_dir, in name order.
std::vector<fs::path> files_under(const fs::path& site_dir, const std::string& dir) {
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::recursive_directory_iterator it(site_dir / dir, error), end; !error && it != end;
         it.increment(error))
        if (it->is_regular_file(error)) files.push_back(fs::relative(it->path(), site_dir));
    std::sort(files.begin(), files.end());
    return files;
}

// What the site's data are read from, but the boundary file: site.yaml and data/.
std::string data_fingerprint(const fs::path& site_dir) {
    std::vector<fs::path> files = files_under(site_dir, "data");
    files.insert(files.begin(), "site.yaml");
    return files_fingerprint(site_dir, files);
}

std::string boundary_fingerprint(const fs::path& site_dir, const std::string& boundaries) {
    return boundaries.empty() ? "" : files_fingerprint(site_dir, {boundaries});
}

// What every page is made with besides the statistics and its own content: the templates,
// the assets, and where each content file sits in the site (path, title, front matter: the
// menu and the pages' links follow from them).
std::string layout_fingerprint(const fs::path& site_dir, const std::vector<ContentPage>& content) {
    std::vector<fs::path> files = files_under(site_dir, "templates");
    for (fs::path& asset : files_under(site_dir, "assets")) files.push_back(std::move(asset));
    std::string out = files_fingerprint(site_dir, files);
    for (const ContentPage& page : content) {
        out += page.path + '\0' + page.title;
        for (const auto& [key, value] : page.params) out += '\0' + key + '=' + value;
        out += '\n';
    }
    return out;
}

// Each content file's text (description and body) as a fingerprint.
std::map<std::string, std::string> content_texts(const std::vector<ContentPage>& content) {
    std::map<std::string, std::string> texts;
    for (const ContentPage& page : content) {
        Fnv fnv;
        const std::string_view separator("\0", 1);
        fnv.add(page.description);
        fnv.add(separator);
        fnv.add(std::to_string(page.body_line));
        fnv.add(separator);
        fnv.add(page.markdown);
        texts[page.path] = fnv.text();
    }
    return texts;
}

}  // namespace

RebuildCache::RebuildCache() = default;
RebuildCache::~RebuildCache() = default;

std::optional<SiteBuild> build_site(const std::filesystem::path& site_dir, unsigned threads,
                                    Diagnostics& diagnostics, RebuildCache* cache,
                                    Progress* progress, const FileSink& sink,
                                    ProtectionMemory* memory, const PreviousPublication* previous) {
    Progress quiet;
    if (!progress) progress = &quiet;
    progress->stage("reading the site");
    // Taken before reading: a file that changes while it is read makes the next build read
    // it again.
    const std::string data = cache ? data_fingerprint(site_dir) : "";
    const bool reuse = cache && cache->statistics_ &&
                       cache->fingerprint_ ==
                           data + boundary_fingerprint(site_dir,
                                                       cache->site_->config.map.boundaries);
    std::unique_ptr<SiteInput> site;  // read now, if the cached one cannot be reused
    SiteInput* input = nullptr;
    std::string fingerprint;
    Diagnostics reading;  // the warnings reading the data gave
    // The maps need only the registry and the boundary file: they are made while the content
    // is read and the statistics are computed (on the calling thread with one thread).
    std::future<Diagnostics> making_map;
    Diagnostics map;  // what making them said
    if (reuse) {
        input = cache->site_.get();
        diagnostics.append(cache->diagnostics_);
        read_site_content(site_dir, *input, diagnostics);
    } else {
        site = std::make_unique<SiteInput>(read_site_data(site_dir, reading));
        if (cache) fingerprint = data + boundary_fingerprint(site_dir, site->config.map.boundaries);
        diagnostics.append(reading);
        auto make_map = [&site_dir, &made = *site] {
            Diagnostics said;
            read_site_map(site_dir, made, said);
            return said;
        };
        // Where the system allows no other thread (a container's process limit), later.
        try {
            making_map = std::async(threads > 1 ? std::launch::async : std::launch::deferred,
                                    make_map);
        } catch (const std::system_error&) {
            making_map = std::async(std::launch::deferred, make_map);
        }
        read_site_content(site_dir, *site, diagnostics);
        input = site.get();
    }
    auto map_made = [&] {
        if (!making_map.valid()) return;
        map = making_map.get();
        diagnostics.append(map);
    };
    const TemplateSet templates = TemplateSet::load(site_dir, diagnostics);
    check_templates(templates, *input, diagnostics);
    if (diagnostics.has_errors()) {
        map_made();
        return std::nullopt;
    }
    std::unique_ptr<SiteStatistics> fresh;  // computed now, and worth keeping
    const SiteStatistics* statistics = nullptr;
    if (reuse) {
        statistics = cache->statistics_.get();
        cache->computed_ = false;
    } else {
        progress->stage("computing the statistics (secondary suppression takes longest)");
        Diagnostics computing;
        fresh = std::make_unique<SiteStatistics>(*site, computing, memory);
        map_made();
        diagnostics.append(computing);
        statistics = fresh.get();
        if (cache) {
            cache->statistics_.reset();
            cache->site_.reset();
            cache->computed_ = true;
            cache->fingerprint_ = fingerprint;
            cache->diagnostics_ = reading;
            cache->diagnostics_.append(map);
            cache->diagnostics_.append(computing);
        }
    }
    // Only the texts of content files changed since the last good build: only their pages.
    std::string layout;
    std::map<std::string, std::string> texts;
    std::optional<std::set<std::string>> changed;
    if (cache) {
        layout = layout_fingerprint(site_dir, input->content);
        texts = content_texts(input->content);
        if (reuse && cache->layout_ == layout) {
            changed.emplace();
            for (const auto& [path, text] : texts)
                if (auto before = cache->texts_.find(path);
                    before == cache->texts_.end() || before->second != text)
                    changed->insert(path);
        }
    }
    SiteBuild out;
    // A site with errors goes nowhere, but is still rendered for the errors its pages show.
    const FileSink no_sink;
    out.files = render_site(*input, *statistics, templates, site_dir, threads, diagnostics,
                            progress, diagnostics.has_errors() ? no_sink : sink,
                            changed ? &*changed : nullptr, previous);
    out.partial = changed.has_value();
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
    if (cache) {
        cache->layout_ = std::move(layout);
        cache->texts_ = std::move(texts);
    }
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
