#include "newsdex/analysis/stopwords.hpp"

namespace newsdex::analysis {

namespace builtin {
// Generated from the lists (stopwords_builtin.cpp.in), sorted.
extern const std::string_view kStopwords_en[];
extern const std::size_t kStopwordCount_en;
}  // namespace builtin

StopwordSet StopwordSet::for_language(std::string_view lang) {
    StopwordSet set;
    if (lang == "en") {
        set.begin_ = builtin::kStopwords_en;
        set.end_ = builtin::kStopwords_en + builtin::kStopwordCount_en;
    }
    return set;
}

}  // namespace newsdex::analysis
