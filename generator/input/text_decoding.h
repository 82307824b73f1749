#pragma once
// A data file's bytes as UTF-8 text. Agencies export UTF-8 (with or without a byte-order mark),
// ISO-8859-1 or windows-1252; the encoding is taken from the data description, or detected
// with ICU and then reported as a warning, so that a guess is never silent.
#include <optional>
#include <string>
#include <string_view>

#include "model/diagnostics.h"

namespace kt {

struct DecodedText {
    std::string text;      // UTF-8, without a byte-order mark; same lines as the file
    std::string encoding;  // canonical name actually used: "utf-8", "iso-8859-1", "windows-1252"
};

// Converts a data file's bytes to UTF-8 text.
// `declared`: the encoding the data description names ("utf-8", "iso-8859-1", "windows-1252"
// or a common alias such as "latin1", "cp1252", "UTF8", case-insensitively), or nullopt.
// Returns nullopt after reporting an error (unknown encoding, bytes invalid in the encoding,
// a byte-order mark in the middle, mixed encodings, an encoding that cannot be told).
std::optional<DecodedText> decode_text(std::string_view bytes,
                                       const std::optional<std::string>& declared,
                                       const std::string& file, Diagnostics& diagnostics);

}  // namespace kt
