#pragma once
// Escaping text for HTML and XML (SVG) content and attribute values.
#include <string>
#include <string_view>

namespace kt {

// Replaces & < > " ' with &amp; &lt; &gt; &quot; &#39;; all other bytes pass through.
std::string escape_html(std::string_view text);

}  // namespace kt
