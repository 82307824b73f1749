#include "serve/preview_server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <iomanip>
#include <map>
#include <nlohmann/json.hpp>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>

#include "pipeline/site_build.h"
#include "pipeline/terminal_progress.h"
#include "render/html_escape.h"
#include "serve/site_watcher.h"

namespace kt {

namespace {

constexpr const char* kStatusPath = "/__kommunetall/status";

// What is served: the last good build's files, and how the last build went.
// path -> content; a file a later build did not make again is shared with the snapshot before.
using Files = std::map<std::string, std::shared_ptr<const std::string>>;

struct Snapshot {
    // Shared with the snapshot before when a build fails: the last good files are not copied.
    std::shared_ptr<const Files> files = std::make_shared<Files>();
    bool has_site = false;                     // some build has succeeded
    std::uint64_t version = 0;                 // counts builds, good or not
    std::string errors;                        // the last build's report, if it failed
};

std::string content_type(const std::string& path) {
    static const std::map<std::string, std::string> types = {
        {".html", "text/html; charset=utf-8"},  {".css", "text/css; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"}, {".svg", "image/svg+xml"},
        {".csv", "text/csv; charset=utf-8"},    {".json", "application/json"},
        {".xml", "application/xml"},            {".txt", "text/plain; charset=utf-8"},
        {".png", "image/png"},                  {".jpg", "image/jpeg"},
        {".ico", "image/x-icon"},               {".woff2", "font/woff2"},
        {".geojson", "application/geo+json"},
    };
    const auto dot = path.rfind('.');
    if (dot != std::string::npos)
        if (auto it = types.find(path.substr(dot)); it != types.end()) return it->second;
    return "application/octet-stream";
}

// Asks for the status every half second and reloads the page when a build has finished.
std::string reload_script(std::uint64_t version) {
    return "<script>(function(){var v=" + std::to_string(version) +
           ";function poll(){fetch('" + kStatusPath +
           "',{cache:'no-store'}).then(function(r){return r.json()}).then(function(s){"
           "if(s.version!==v)location.reload();else setTimeout(poll,500)})"
           ".catch(function(){setTimeout(poll,2000)})}setTimeout(poll,500)})();</script>";
}

std::string error_banner(const std::string& errors) {
    return "<div role=\"alert\" style=\"position:sticky;top:0;z-index:9999;margin:0;padding:1em;"
           "background:#fff0f0;color:#000;border-bottom:3px solid #b00020;font:14px/1.4 "
           "monospace;max-height:60vh;overflow:auto\"><strong>The last build failed; this is "
           "the last good site.</strong><pre style=\"white-space:pre-wrap;margin:.5em 0 0\">" +
           escape_html(errors) + "</pre></div>";
}

// An HTML page as served: the banner after <body …> if the last build failed, the script
// before </body>.
std::string decorate(std::string html, const Snapshot& snapshot) {
    if (!snapshot.errors.empty()) {
        const auto body = html.find("<body");
        const auto open_end = body == std::string::npos ? body : html.find('>', body);
        const std::string banner = error_banner(snapshot.errors);
        if (open_end == std::string::npos)
            html.insert(0, banner);
        else
            html.insert(open_end + 1, banner);
    }
    const auto close = html.rfind("</body>");
    html.insert(close == std::string::npos ? html.size() : close, reload_script(snapshot.version));
    return html;
}

class PreviewServer {
  public:
    PreviewServer(const PreviewOptions& options, std::ostream& out, std::ostream& errors)
        : options_(options), out_(out), errors_(errors), snapshot_(std::make_shared<Snapshot>()) {}

    // Builds and publishes the result (the last good files stay if it fails).
    void rebuild(const std::string& cause) {
        const auto started = std::chrono::steady_clock::now();
        Diagnostics diagnostics;
        std::optional<SiteBuild> build =
            build_site(options_.site_dir, options_.threads, diagnostics, &cache_, progress_.get(),
                       {}, options_.memory);
        progress_->finish();
        const std::string report = diagnostics_report(diagnostics, options_.site_dir);
        auto next = std::make_shared<Snapshot>();
        {
            std::lock_guard lock(mutex_);
            next->version = snapshot_->version + 1;
            if (build) {
                next->has_site = true;
                // A partial build made only what changed since the last good one, which is
                // what is served now.
                auto files = build->partial ? std::make_shared<Files>(*snapshot_->files)
                                            : std::make_shared<Files>();
                for (OutputFile& file : build->files)
                    (*files)[std::move(file.path)] =
                        std::make_shared<const std::string>(std::move(file.content));
                next->files = std::move(files);
            } else {
                next->files = snapshot_->files;
                next->has_site = snapshot_->has_site;
                next->errors = report;
            }
            snapshot_ = next;
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (!report.empty()) errors_ << report << std::flush;
        out_ << (cause.empty() ? "built" : cause + " changed: rebuilt") << " in " << std::fixed
             << std::setprecision(2) << seconds << " s"
             << (cache_.computed() ? ""
                 : build && build->partial
                     ? " (statistics unchanged; " + std::to_string(build->files.size()) +
                           " file(s) made again)"
                     : " (statistics unchanged)")
             << (build ? "" : "; the build failed, the last good site is served") << std::endl;
    }

    // Only this machine's own names: a page elsewhere whose name is made to point here (DNS
    // rebinding) must not read figures before they are published.
    bool local_host(const httplib::Request& request, int port) const {
        const std::string host = request.get_header_value("Host");
        std::string suffix(1, ':');
        suffix += std::to_string(port);
        for (std::string_view name : {"127.0.0.1", "localhost", "[::1]"})
            if (host.size() == name.size() + suffix.size() && host.starts_with(name) &&
                host.ends_with(suffix))
                return true;
        return false;
    }

    void handle(const httplib::Request& request, httplib::Response& response, int port) {
        if (!local_host(request, port)) {
            response.status = 403;
            response.set_content("only for this machine (127.0.0.1)", "text/plain; charset=utf-8");
            return;
        }
        std::shared_ptr<const Snapshot> snapshot;
        {
            std::lock_guard lock(mutex_);
            snapshot = snapshot_;
        }
        response.set_header("Cache-Control", "no-store");
        if (request.path == kStatusPath) {
            const nlohmann::json status{{"version", snapshot->version},
                                        {"ok", snapshot->errors.empty()},
                                        {"errors", snapshot->errors}};
            response.set_content(status.dump(), "application/json");
            return;
        }
        if (!snapshot->has_site) {  // nothing good yet: the errors are the page
            response.status = 500;
            response.set_content(
                decorate("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                         "Build failed</title></head><body></body></html>",
                         *snapshot),
                "text/html; charset=utf-8");
            return;
        }
        std::string path = request.path.substr(request.path.starts_with('/') ? 1 : 0);
        if (path.empty() || path.ends_with('/')) path += "index.html";
        auto file = snapshot->files->find(path);
        if (file == snapshot->files->end() && snapshot->files->count(path + "/index.html")) {
            response.set_redirect("/" + path + "/");
            return;
        }
        if (file == snapshot->files->end()) {
            response.status = 404;
            file = snapshot->files->find("404.html");
            if (file == snapshot->files->end()) {
                response.set_content("not found", "text/plain; charset=utf-8");
                return;
            }
        }
        const std::string type = content_type(file->first);
        if (type.starts_with("text/html"))
            response.set_content(decorate(*file->second, *snapshot), type);
        else
            response.set_content(*file->second, type);
    }

  private:
    PreviewOptions options_;
    std::ostream& out_;
    std::ostream& errors_;
    RebuildCache cache_;  // only the rebuilding thread uses these two
    std::unique_ptr<Progress> progress_ = progress_for_stderr();
    std::mutex mutex_;
    std::shared_ptr<const Snapshot> snapshot_;
};

}  // namespace

int serve_preview(const PreviewOptions& options, std::ostream& out, std::ostream& errors) {
    // SIGINT and SIGTERM are taken by one thread, which stops the rest.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    SiteWatcher watcher(options.site_dir);  // before the first build: no change is missed
    PreviewServer preview(options, out, errors);
    preview.rebuild("");

    httplib::Server server;
    // Not the library's default SO_REUSEPORT: a second preview on a port in use must fail,
    // not share it.
    server.set_socket_options([](socket_t socket) {
        const int yes = 1;
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    int port = -1;
    server.Get(".*", [&](const httplib::Request& request, httplib::Response& response) {
        preview.handle(request, response, port);
    });
    port = options.port == 0 ? server.bind_to_any_port(options.host)
                             : (server.bind_to_port(options.host, options.port) ? options.port
                                                                                : -1);
    if (port < 0) {
        errors << "kommunetall: error: cannot listen on " << options.host << ":" << options.port
               << '\n';
        return 1;
    }
    out << "serving http://" << options.host << ":" << port << "/ (Ctrl+C to stop)" << std::endl;

    std::thread rebuilder([&] {
        for (std::string changed; !(changed = watcher.wait_for_change()).empty();)
            preview.rebuild(changed);
    });
    std::thread stopper([&] {
        int signal = 0;
        sigwait(&stop_signals, &signal);
        watcher.stop();
        server.stop();
    });
    server.listen_after_bind();
    // listen_after_bind returns only once stopped; wake the signal thread if it did not stop it.
    pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
    rebuilder.join();
    out << "stopped" << std::endl;
    return 0;
}

}  // namespace kt
