#pragma once
// Problems found in the user's files, reported as `file:line:col: severity: message`.
// Every stage collects them instead of stopping at the first, so one run shows all.
#include <algorithm>
#include <span>
#include <string>
#include <vector>

namespace kt {

struct SourceLocation {
    std::string file;  // path as given to the reader (relative to the site folder)
    int line = 0;      // 1-based; 0 means "the whole file"
    int column = 0;    // 1-based; 0 means "the whole line"
};

enum class Severity { warning, error };

struct Diagnostic {
    Severity severity = Severity::error;
    SourceLocation where;
    std::string message;
};

class Diagnostics {
public:
    void error(SourceLocation where, std::string message);
    void warning(SourceLocation where, std::string message);
    void add(Diagnostic d);
    void append(const Diagnostics& other);

    bool has_errors() const;
    std::size_t error_count() const;
    std::size_t warning_count() const;
    const std::vector<Diagnostic>& all() const { return items_; }
    // The diagnostics reported since there were `from`, for a reader that must restate
    // their locations.
    std::span<Diagnostic> since(std::size_t from) {
        return std::span<Diagnostic>(items_).subspan(std::min(from, items_.size()));
    }

private:
    std::vector<Diagnostic> items_;
};

// "file:line:col: error: message" (line/col omitted when 0).
std::string format_diagnostic(const Diagnostic& d);

}  // namespace kt
