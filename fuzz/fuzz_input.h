#pragma once
// Shared by the fuzz harnesses: the input as text, and a scratch site folder for readers that
// take a site folder rather than text.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace kt::fuzz {

inline std::string text_of(const uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

// A folder of this process's own, made once; `relative` is (re)written with the input.
inline std::filesystem::path site_with(const std::string& relative, const std::string& text) {
    static const std::filesystem::path root = [] {
        auto dir = std::filesystem::temp_directory_path() /
                   ("kommunetall-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir / "data" / "observasjoner");
        return dir;
    }();
    std::ofstream(root / relative, std::ios::binary | std::ios::trunc) << text;
    return root;
}

}  // namespace kt::fuzz
