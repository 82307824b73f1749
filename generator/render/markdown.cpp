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

}  // namespace

std::string markdown_to_html(std::string_view markdown) {
    auto parser = make_parser();
    std::unique_ptr<cmark_node, NodeDeleter> document;
    {
        const std::lock_guard<std::mutex> lock(parse_mutex());
        cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
        document.reset(cmark_parser_finish(parser.get()));
    }
    if (!document) throw std::runtime_error("cmark-gfm: parsing failed");
    const std::unique_ptr<char, HtmlDeleter> html(cmark_render_html(
        document.get(), options, cmark_parser_get_syntax_extensions(parser.get())));
    if (!html) throw std::runtime_error("cmark-gfm: rendering failed");
    return std::string(html.get());
}

}  // namespace kt
