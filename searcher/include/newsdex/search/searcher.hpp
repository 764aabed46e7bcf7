#pragma once
// Runs a query against a newsdex database: parse with the shared analyzer,
// rank with BM25, and build printable hits with snippets.
#include <xapian.h>

#include <filesystem>
#include <string>
#include <vector>

#include "newsdex/analyzer.hpp"
#include "newsdex/document.hpp"
#include "newsdex/index/analysis.hpp"
#include "newsdex/search/query_parser.hpp"
#include "newsdex/search/snippet.hpp"
#include "newsdex/stopwords.hpp"

namespace newsdex::search {

struct SearchRequest {
    std::string query;
    std::size_t offset = 0;
    std::size_t limit = 10;
    SnippetOptions snippet;
};

struct Hit {
    std::size_t rank;  // 1-based, across pages
    Xapian::docid docid;
    double score;
    Document document;  // stored fields (body included)
    Snippet snippet;
};

struct SearchResult {
    std::vector<Hit> hits;
    Xapian::doccount matches_estimated = 0;
    std::set<std::string> highlight_terms;
};

class Searcher {
  public:
    // Throws std::runtime_error naming the path when there is no database.
    explicit Searcher(const std::filesystem::path& database);
    // Throws QuerySyntaxError for bad query syntax.
    SearchResult search(const SearchRequest& request) const;

  private:
    Xapian::Database db_;
    Analyzer analyzer_;  // for queries: no stemmer, stems come from stemmers_
    StopwordSet stopwords_;
    index::StemmerSet stemmers_;
    // Snippets are cut with the analyzer of each hit's language.
    mutable index::AnalyzerCache document_analyzers_;
};

}  // namespace newsdex::search
