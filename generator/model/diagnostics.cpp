#include "model/diagnostics.h"

#include <algorithm>

namespace kt {

void Diagnostics::error(SourceLocation where, std::string message) {
    items_.push_back({Severity::error, std::move(where), std::move(message)});
}

void Diagnostics::warning(SourceLocation where, std::string message) {
    items_.push_back({Severity::warning, std::move(where), std::move(message)});
}

void Diagnostics::add(Diagnostic d) { items_.push_back(std::move(d)); }

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::size_t Diagnostics::error_count() const {
    return std::count_if(items_.begin(), items_.end(),
                         [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::size_t Diagnostics::warning_count() const { return items_.size() - error_count(); }

namespace {

// Messages quote values from the files; a 10 MB field or the rest of a file after an unclosed
// quote must not flood the terminal.
constexpr std::size_t kLongestMessage = 400;

std::string cut(const std::string& message) {
    if (message.size() <= kLongestMessage) return message;
    std::size_t end = kLongestMessage;
    while (end > 0 && (static_cast<unsigned char>(message[end]) & 0xC0) == 0x80) --end;
    return message.substr(0, end) + " … (" + std::to_string(message.size() - end) + " more bytes)";
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.where.file;
    if (d.where.line > 0) {
        out += ':' + std::to_string(d.where.line);
        if (d.where.column > 0) out += ':' + std::to_string(d.where.column);
    }
    out += d.severity == Severity::error ? ": error: " : ": warning: ";
    out += cut(d.message);
    return out;
}

}  // namespace kt
