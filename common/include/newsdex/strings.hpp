#pragma once
// Small string tests the libraries share (C++17 has no starts_with or
// ends_with on std::string_view).
#include <string_view>

namespace newsdex {

inline bool starts_with(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

// `text` ends in `suffix` with at least `min_stem` bytes before it.
inline bool ends_with(std::string_view text, std::string_view suffix, std::size_t min_stem = 0) {
    return text.size() >= suffix.size() + min_stem &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace newsdex
