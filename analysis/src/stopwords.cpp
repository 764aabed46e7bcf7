#include "newsdex/analysis/stopwords.hpp"

#include <fstream>

#include "newsdex/paths.hpp"

namespace newsdex::analysis {

StopwordSet StopwordSet::load(std::string_view lang) {
    StopwordSet set;
    auto dir = data_directory();
    if (!dir) return set;
    std::ifstream in(*dir / "stopwords" / (std::string(lang) + ".txt"));
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        set.words_.insert(line);
    }
    return set;
}

}  // namespace newsdex::analysis
