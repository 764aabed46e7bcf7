#include "newsdex/search/batch.hpp"

#include <cstdio>
#include <istream>
#include <ostream>

namespace newsdex::search {

BatchSummary run_batch(const Searcher& searcher, std::istream& queries, std::ostream& run,
                       std::ostream& errors, const SearchRequest& base, const std::string& tag) {
    BatchSummary summary;
    std::size_t line_number = 0;
    for (std::string line; std::getline(queries, line);) {
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        const auto tab = line.find('\t');
        if (tab == std::string::npos || tab == 0) {
            errors << "search: line " << line_number << ": expected qid<TAB>query\n";
            ++summary.failed;
            continue;
        }
        ++summary.queries;
        SearchRequest request = base;
        request.query = line.substr(tab + 1);
        try {
            const SearchResult result = searcher.search(request);
            const std::string qid = line.substr(0, tab);
            char score[32];
            for (const Hit& hit : result.hits) {
                std::snprintf(score, sizeof score, "%.6f", hit.score);
                run << qid << " Q0 " << hit.document.id << ' ' << hit.rank << ' ' << score << ' '
                    << tag << '\n';
                ++summary.lines_written;
            }
        } catch (const QuerySyntaxError& e) {
            errors << "search: line " << line_number << ": " << e.what() << '\n';
            ++summary.failed;
        }
    }
    return summary;
}

}  // namespace newsdex::search
