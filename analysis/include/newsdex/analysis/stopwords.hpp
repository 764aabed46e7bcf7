#pragma once
// Stopword lists, one word per line in analysis/data/stopwords/<lang>.txt,
// compiled in (see analysis/CMakeLists.txt): a search needs its list on
// every start, and reading a file cost more than the rest of its set-up.
// The query side drops them (unless the query is nothing but stopwords or
// they sit in a phrase); the index keeps every word, so phrases still match.
#include <algorithm>
#include <cstddef>
#include <string_view>

namespace newsdex::analysis {

class StopwordSet {
  public:
    StopwordSet() = default;
    // The list newsdex has for a language; an empty set when there is none
    // (stopwords improve ranking, they are optional).
    static StopwordSet for_language(std::string_view lang);
    bool contains(std::string_view word) const { return std::binary_search(begin_, end_, word); }
    std::size_t size() const { return static_cast<std::size_t>(end_ - begin_); }

  private:
    // A sorted static list.
    const std::string_view* begin_ = nullptr;
    const std::string_view* end_ = nullptr;
};

}  // namespace newsdex::analysis
