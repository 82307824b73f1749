#include "pipeline/site_build.h"

#include <map>

#include "input/site_reader.h"
#include "input/source_file.h"
#include "output/output_writer.h"
#include "render/template_set.h"
#include "site/site_builder.h"
#include "stats/site_statistics.h"

namespace kt {

std::optional<SiteBuild> build_site(const std::filesystem::path& site_dir, unsigned threads,
                                    Diagnostics& diagnostics) {
    const SiteInput site = read_site(site_dir, diagnostics);
    const TemplateSet templates = TemplateSet::load(site_dir, diagnostics);
    check_templates(templates, diagnostics);
    if (diagnostics.has_errors()) return std::nullopt;
    const SiteStatistics statistics(site, diagnostics);
    SiteBuild out;
    out.files = render_site(site, statistics, templates, site_dir, threads, diagnostics);
    check_output_paths(out.files, diagnostics);
    if (diagnostics.has_errors()) return std::nullopt;
    out.suppression = statistics.figures.suppression_counts();
    out.areas = site.registry.areas().size();
    out.indicators = site.catalogue.indicators.size();
    out.observations = site.observations.size();
    out.content_pages = site.content.size();
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
