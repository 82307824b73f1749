// kommunetall: build a static site of municipality statistics from a site folder.
#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <exception>
#include <iomanip>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "audit/disclosure_audit.h"
#include "input/source_file.h"
#include "output/output_writer.h"
#include "output/protection_cache.h"
#include "pipeline/site_build.h"
#include "pipeline/terminal_progress.h"
#include "serve/preview_server.h"
#include "site/corrections.h"
#include "starter/starter_site.h"

namespace {

// Each diagnostic, with the line it points at quoted under it.
void report(const kt::Diagnostics& diagnostics, const std::filesystem::path& site_dir) {
    std::cerr << kt::diagnostics_report(diagnostics, site_dir);
}

// The site folder the build reads ("content/", ...) that would hold `out`, or "": output
// written there would be read back as input by the next build.
std::string input_folder_holding(const std::filesystem::path& site_dir,
                                 const std::filesystem::path& out) {
    const std::filesystem::path target = kt::real_path(out);
    for (const char* folder : {"content", "data", "templates", "assets"}) {
        const std::filesystem::path input = kt::real_path(site_dir / folder);
        if (target == input || kt::lies_inside(target, input)) return std::string(folder) + "/";
    }
    return "";
}

// The protection cache in `folder` (nullptr if none is asked for), or nullptr with `error`
// set. Its protection/ folder must lie outside the output folder (it would be published, or
// replaced) and the folders the site reads, and may hold neither the output nor the site.
std::unique_ptr<kt::ProtectionCache> open_cache(const std::optional<std::string>& folder,
                                                const std::filesystem::path& site_dir,
                                                const std::filesystem::path* out,
                                                bool read_only, std::string& error) {
    if (!folder) return nullptr;
    if (folder->empty()) {
        error = "--cache needs a folder";
        return nullptr;
    }
    kt::ProtectionCache::Placement placement;
    for (const char* input : {"content", "data", "templates", "assets"})
        placement.not_in.emplace_back(site_dir / input,
                                      std::string(input) + "/, which the site reads");
    placement.not_holding.emplace_back(site_dir, "the site folder");
    if (out) {
        placement.not_in.emplace_back(*out, "the output folder, which is published");
        placement.not_holding.emplace_back(*out, "the output folder");
    }
    return kt::ProtectionCache::open(*folder, read_only, placement, error);
}

// The program; main only stands guard around it.
int run(int argc, char** argv) {
    const auto started = std::chrono::steady_clock::now();
    CLI::App app{
        "kommunetall: builds a static website of municipality statistics from a site "
        "folder (data/, content/, templates/, assets/)."};
    app.set_version_flag("--version", std::string("kommunetall ") + KOMMUNETALL_VERSION);
    app.require_subcommand(1);

    std::string site_dir = ".";
    std::string out_dir;
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    auto* build = app.add_subcommand("build", "Check the site and write it to the output folder");
    build->add_option("--site", site_dir, "Site folder")->capture_default_str();
    build->add_option("--out", out_dir, "Output folder (default: <site>/public)");
    build->add_option("--threads", threads, "Pages rendered in parallel")->capture_default_str();
    std::optional<std::string> cache_dir;
    build->add_option("--cache", cache_dir,
                      "Folder where secondary suppression's results are kept for the next build "
                      "(none by default)");
    auto* check = app.add_subcommand("check", "Check every file of the site and write nothing");
    check->add_option("--site", site_dir, "Site folder")->capture_default_str();
    check->add_option("--cache", cache_dir, "Use the results builds kept in this folder");

    std::string audit_dir;
    std::size_t worst = 20;
    auto* audit = app.add_subcommand(
        "audit",
        "Attack a built site as an intruder would: from its downloads alone, work out how far "
        "each hidden number can be narrowed. Exit status 1 when any can");
    audit->add_option("folder", audit_dir, "The built site's folder")->required();
    audit->add_option("--worst", worst, "How many narrowed cells to list")->capture_default_str();

    kt::PreviewOptions preview;
    auto* serve = app.add_subcommand(
        "serve", "Build the site and serve it on this machine; rebuild when a file changes and "
                 "reload the open pages. Writes nothing to disk");
    serve->add_option("--site", site_dir, "Site folder")->capture_default_str();
    serve->add_option("--port", preview.port, "Port on 127.0.0.1 (0: any free one)")
        ->capture_default_str()
        ->check(CLI::Range(0, 65535));
    serve->add_option("--threads", threads, "Pages rendered in parallel")->capture_default_str();
    serve->add_option("--cache", cache_dir, "Use the results builds kept in this folder");

    std::string new_dir;
    auto* create = app.add_subcommand(
        "new", "Create a small site that builds at once: a few areas, one indicator, a page, "
               "templates and styles to start from");
    create->add_option("folder", new_dir, "The new site's folder (must not exist, or be empty)")
        ->required();

    CLI11_PARSE(app, argc, argv);

    if (*create) {
        if (std::string error = kt::create_folder(new_dir, kt::starter_files()); !error.empty()) {
            std::cerr << "kommunetall: error: " << error << '\n';
            return 1;
        }
        std::cout << "created a new site in " << new_dir << "; build it with:\n  kommunetall build --site "
                  << new_dir << '\n';
        return 0;
    }

    if (*audit) {
        kt::Diagnostics diagnostics;
        const kt::PublishedSite published = kt::read_published_site(audit_dir, diagnostics);
        report(diagnostics, audit_dir);
        if (diagnostics.has_errors()) return 1;
        const kt::AuditReport result = kt::audit_disclosure(published);
        std::cout << kt::format_audit_report(result, worst);
        return result.passed() ? 0 : 1;
    }

    const std::filesystem::path out = out_dir.empty() ? std::filesystem::path(site_dir) / "public"
                                                      : std::filesystem::path(out_dir);
    // `check` and `serve` write nothing: they use what builds kept, and keep nothing.
    std::string cache_error;
    const std::unique_ptr<kt::ProtectionCache> cache =
        open_cache(cache_dir, site_dir, *build ? &out : nullptr, !*build, cache_error);
    if (!cache_error.empty()) {
        std::cerr << "kommunetall: error: " << cache_error << '\n';
        return 1;
    }

    if (*serve) {
        preview.site_dir = site_dir;
        preview.threads = threads;
        preview.memory = cache.get();
        return kt::serve_preview(preview, std::cout, std::cerr);
    }

    kt::Diagnostics diagnostics;
    const std::unique_ptr<kt::Progress> progress = kt::progress_for_stderr();
    // read -> compute -> plan and render -> write. `check` runs every stage but the writing,
    // so it fails exactly when a build would. A build writes each file into the staging
    // folder as soon as it is rendered, and publishes the folder once every file is there
    // and the site has no errors.
    std::unique_ptr<kt::SitePublication> publication;
    std::string write_error;
    std::atomic<std::size_t> bytes{0};
    std::mutex writing;
    const kt::FileSink sink = [&](kt::OutputFile& file) {
        bytes += file.content.size();
        {
            const std::lock_guard<std::mutex> lock(writing);
            if (!write_error.empty()) {  // the build has failed: write nothing more
                std::string().swap(file.content);
                return;
            }
            if (!publication) {
                if (std::string folder = input_folder_holding(site_dir, out); !folder.empty())
                    write_error = "the output folder " + out.string() + " is inside " + folder +
                                  ", which the site reads; choose a folder outside it";
                else
                    publication = kt::SitePublication::begin(out, write_error);
            }
        }
        if (publication)
            if (std::string error = publication->add(file); !error.empty()) {
                const std::lock_guard<std::mutex> lock(writing);
                if (write_error.empty()) write_error = error;
            }
        std::string().swap(file.content);  // written: no need to keep it
    };
    // What the site in the output folder published, for the corrections (read now: the build
    // replaces it).
    const kt::PreviousPublication previous = kt::read_previous_publication(out);
    std::optional<kt::SiteBuild> built =
        kt::build_site(site_dir, threads, diagnostics, nullptr, progress.get(),
                       *check ? kt::FileSink{} : sink, cache.get(), &previous);
    progress->finish();
    report(diagnostics, site_dir);
    if (!built) return 1;
    const std::vector<kt::OutputFile>& files = built->files;
    if (*check) {
        std::cout << "ok: " << built->areas << " areas, " << built->indicators << " indicators, "
                  << built->observations << " observations, " << built->content_pages
                  << " content pages, " << files.size() << " files to write\n";
        return 0;
    }
    if (write_error.empty() && !publication)  // a site of no files at all
        publication = kt::SitePublication::begin(out, write_error);
    if (write_error.empty()) {
        progress->stage("writing the site");
        write_error = publication->commit();
        progress->finish();
    }
    if (!write_error.empty()) {
        std::cerr << "kommunetall: error: " << write_error << '\n';
        return 1;
    }
    const kt::DisclosureControl::Counts& suppression = built->suppression;
    std::cout << "hid " << suppression.primary << " small counts and " << suppression.secondary
              << " complementary cells";
    if (cache) {
        std::cout << " (protection of " << cache->recalled()
                  << " groups of linked cells from the cache, " << cache->remembered()
                  << " found afresh)";
        cache->prune();
    }
    std::cout << '\n';
    if (suppression.unprotected > 0)
        std::cout << "warning: " << suppression.unprotected
                  << " hidden cells could not be protected from every combination of published "
                     "figures (run kommunetall audit)\n";
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "wrote " << files.size() << " files to "
              << std::filesystem::absolute(out).lexically_normal().string() << " ("
              << std::fixed << std::setprecision(1) << bytes.load() / 1e6 << " MB in " << seconds
              << " s, " << diagnostics.warning_count() << " warning(s))\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    // No input may end the program with an abort: whatever escapes is reported and exits 1.
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "kommunetall: error: " << e.what() << '\n';
    } catch (...) {
        std::cerr << "kommunetall: error: unexpected failure\n";
    }
    return 1;
}
