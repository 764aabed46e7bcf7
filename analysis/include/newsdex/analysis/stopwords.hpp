#pragma once
// Stopword lists, one word per line in <data dir>/stopwords/<lang>.txt.
// The query side drops them (unless the query is nothing but stopwords or
// they sit in a phrase); the index keeps every word, so phrases still match.
#include <string>
#include <string_view>
#include <unordered_set>

namespace newsdex::analysis {

class StopwordSet {
  public:
    StopwordSet() = default;
    // Loads the list for a language from the data directory; an empty set
    // when there is no list (stopwords improve ranking, they are optional).
    static StopwordSet load(std::string_view lang);
    bool contains(std::string_view word) const { return words_.count(std::string(word)) > 0; }
    std::size_t size() const { return words_.size(); }

  private:
    std::unordered_set<std::string> words_;
};

}  // namespace newsdex::analysis
