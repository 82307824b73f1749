#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>
#include <stdexcept>

namespace kt {
namespace {

constexpr int options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES;

constexpr const char* extension_names[] = {"table", "strikethrough", "autolink", "tagfilter",
                                           "tasklist"};

// cmark-gfm 0.29's inline parser adds the extensions' characters to a global table when
// a parse starts and removes them when it ends, so a parse running beside another can
// lose e.g. "~" as a strikethrough delimiter. Parsing is therefore serialised.
std::mutex& parse_mutex() {
    static std::mutex mutex;
    return mutex;
}

struct ParserDeleter {
    void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct HtmlDeleter {
    void operator()(char* s) const { cmark_get_default_mem_allocator()->free(s); }
};

std::unique_ptr<cmark_parser, ParserDeleter> make_parser() {
    // Registration is not guarded inside cmark-gfm and aborts if done twice.
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
    if (!parser) throw std::runtime_error("cmark-gfm: cannot create parser");
    for (const char* name : extension_names) {
        cmark_syntax_extension* extension = cmark_find_syntax_extension(name);
        if (!extension || !cmark_parser_attach_syntax_extension(parser.get(), extension)) {
            throw std::runtime_error(std::string("cmark-gfm: missing extension ") + name);
        }
    }
    return parser;
}

// "/metode/" -> root_prefix + "metode/index.html"; other URLs are left alone.
void make_site_links_relative(cmark_node* document, const std::string& root_prefix) {
    cmark_iter* iter = cmark_iter_new(document);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (event != CMARK_EVENT_ENTER || (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE))
            continue;
        const char* url = cmark_node_get_url(node);
        if (!url || url[0] != '/' || url[1] == '/') continue;
        std::string target(url + 1);
        const std::size_t path_end = target.find_first_of("?#");
        std::string path = target.substr(0, path_end);
        const std::string rest = path_end == std::string::npos ? "" : target.substr(path_end);
        if (path.empty() || path.back() == '/') path += "index.html";
        cmark_node_set_url(node, (root_prefix + path + rest).c_str());
    }
    cmark_iter_free(iter);
}

// The document the parser makes of the Markdown (one parse at a time, see parse_mutex).
std::unique_ptr<cmark_node, NodeDeleter> parse(cmark_parser& parser, std::string_view markdown) {
    std::unique_ptr<cmark_node, NodeDeleter> document;
    {
        const std::lock_guard<std::mutex> lock(parse_mutex());
        cmark_parser_feed(&parser, markdown.data(), markdown.size());
        document.reset(cmark_parser_finish(&parser));
    }
    if (!document) throw std::runtime_error("cmark-gfm: parsing failed");
    return document;
}

}  // namespace

std::vector<std::pair<int, int>> literal_block_lines(std::string_view markdown) {
    auto parser = make_parser();
    const auto document = parse(*parser, markdown);
    std::vector<std::pair<int, int>> lines;
    cmark_iter* iter = cmark_iter_new(document.get());
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (event == CMARK_EVENT_ENTER &&
            (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK))
            lines.emplace_back(cmark_node_get_start_line(node), cmark_node_get_end_line(node));
    }
    cmark_iter_free(iter);
    return lines;
}

std::string markdown_to_html(std::string_view markdown, const std::string& root_prefix) {
    auto parser = make_parser();
    const auto document = parse(*parser, markdown);
    make_site_links_relative(document.get(), root_prefix);
    const std::unique_ptr<char, HtmlDeleter> html(cmark_render_html(
        document.get(), options, cmark_parser_get_syntax_extensions(parser.get())));
    if (!html) throw std::runtime_error("cmark-gfm: rendering failed");
    // A table wider than the text scrolls in a box a keyboard can reach and scroll too.
    std::string out(html.get());
    for (std::size_t at = 0; (at = out.find("<table>", at)) != std::string::npos;) {
        const std::string open = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Tabell\">";
        out.insert(at, open);
        at = out.find("</table>", at + open.size() + 7);
        if (at == std::string::npos) break;
        at += 8;
        out.insert(at, "</div>");
    }
    return out;
}

}  // namespace kt
