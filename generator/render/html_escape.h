#pragma once
// Escaping text for HTML and XML (SVG) content and attribute values.
#include <string>
#include <string_view>

namespace kt {

// Replaces & < > " ' with &amp; &lt; &gt; &quot; &#39;, and characters XML cannot hold
// (controls other than tab and line breaks, U+FFFE, U+FFFF) with U+FFFD; all else passes.
std::string escape_html(std::string_view text);

}  // namespace kt
