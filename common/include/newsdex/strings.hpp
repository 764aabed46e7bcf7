#pragma once
// Small string tests the libraries share (C++17 has no starts_with or
// ends_with on std::string_view).
#include <initializer_list>
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

// `text` ends in one of `suffixes`, with at least `min_stem` bytes before it.
template <typename Suffixes>
bool ends_with_any(std::string_view text, const Suffixes& suffixes, std::size_t min_stem = 0) {
    for (std::string_view suffix : suffixes)
        if (ends_with(text, suffix, min_stem)) return true;
    return false;
}
inline bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> suffixes,
                          std::size_t min_stem = 0) {
    return ends_with_any<std::initializer_list<std::string_view>>(text, suffixes, min_stem);
}

}  // namespace newsdex
