#pragma once
// Runs a query against a newsdex database: parse with the shared analyzer,
// rank with BM25, and build printable hits with snippets.
#include <xapian.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsdex/analysis/analyzer.hpp"
#include "newsdex/analysis/stemming.hpp"
#include "newsdex/analysis/stopwords.hpp"
#include "newsdex/document.hpp"
#include "newsdex/entities/gazetteer.hpp"
#include "newsdex/search/database_sources.hpp"
#include "newsdex/search/facets.hpp"
#include "newsdex/search/query_parser.hpp"
#include "newsdex/search/snippet.hpp"
#include "newsdex/search/spelling.hpp"

namespace newsdex::search {

enum class SortOrder { kRelevance, kOldestFirst, kNewestFirst };

struct SearchRequest {
    std::string query;
    std::size_t offset = 0;
    std::size_t limit = 10;
    SnippetOptions snippet;
    std::string since, until;  // YYYY[-MM[-DD]], either may be empty
    SortOrder sort = SortOrder::kRelevance;
    bool facets = false;
    std::size_t facet_limit = 10;
    bool snippets = true;              // off for batch runs: only ids and scores are needed
    bool collapse = false;             // one hit per story: copies (same words) folded into it
    std::string like_id;               // more like this story (its id): the query is optional then
    bool explain = false;              // say per hit how its score was made
    double recent_half_life_days = 0;  // > 0: newer stories rank higher
    bool suggest = true;               // "did you mean" for misspelt words
    bool exact_count = false;          // matches_estimated is exact (every match is seen)
    // Pseudo-relevance feedback (RM3-like): stems of the top documents
    // added to the query; 0 documents: off.
    unsigned feedback_documents = 0, feedback_terms = 10;
    double feedback_original_weight = 0.9;
};

struct Hit {
    std::size_t rank;  // 1-based, across pages
    Xapian::docid docid;
    double score;
    Document document;  // stored fields (body included)
    Snippet snippet;
    Xapian::doccount copies = 0;  // with collapse: other matching copies of this story
    std::string explanation;      // with explain
};

struct SearchResult {
    std::vector<Hit> hits;
    Xapian::doccount matches_estimated = 0;
    std::set<std::string> highlight_terms;
    std::optional<Facets> facets;  // when asked for
    // A better spelling of the query, when it has misspelt words; when the
    // query found nothing, the hits are those of the suggestion.
    std::string suggestion;
    bool searched_suggestion = false;
};

class Searcher {
  public:
    // Throws std::runtime_error naming the path when there is no database
    // (waiting a few seconds for one that an indexer is creating).
    explicit Searcher(const std::filesystem::path& database);
    // Several databases (folders, stubs, remote:HOST:PORT) searched as one
    // (database_sources.hpp).
    explicit Searcher(std::vector<std::string> sources, SourceOptions options = {});
    // Throws QuerySyntaxError for bad query syntax. An indexer may commit
    // while a search runs: the search then opens the new revision and runs
    // again (a few times at most), so it never fails for that.
    SearchResult search(const SearchRequest& request) const;
    // The stored story with this id (as search prints it); throws
    // std::runtime_error when there is none.
    Document story(const std::string& id) const;

  private:
    SearchResult search_with_retries(const SearchRequest& request) const;
    std::string remote_failure(const Xapian::NetworkError& e) const;
    SearchResult search_once(const SearchRequest& request) const;
    SearchResult run(const SearchRequest& request) const;
    // Moves to the newest committed revision (a new handle when the folder
    // was swapped by indexer --rebuild).
    void refresh() const;
    void reopen() const;
    void read_revision() const;
    // Where suggestions find the index's words (spelling.hpp).
    IndexWords index_words() const;
    Xapian::Query build_query(const SearchRequest& request, ParsedQuery& parsed) const;
    // build_query's, with pseudo-relevance feedback when asked.
    Xapian::Query final_query(const SearchRequest& request, ParsedQuery& parsed,
                              const Xapian::Weight& weighting) const;
    // The page's hits: stored fields, snippets, explanations.
    void add_hits(SearchResult& result, const Xapian::MSet& mset, const Xapian::Enquire& enquire,
                  const Xapian::Weight& weighting, const SearchRequest& request,
                  const ParsedQuery& parsed) const;
    // Facets over local databases, and the count they make exact; `matches`
    // holds the ranked match's docids when a spy listed them (collapse).
    void add_local_facets(SearchResult& result, const SearchRequest& request,
                          const Xapian::Query& query, DocidSpy& matches) const;
    std::string resolve(entities::EntityType type, const std::string& name) const;
    Facets count_facets(const std::vector<Xapian::docid>& docids, std::size_t limit) const;
    // The docids (its own) of a local database's matches.
    std::vector<Xapian::docid> matches_in(const Xapian::Database& part,
                                          const Xapian::Query& query) const;
    // Adds the facet counts of one local database's matches, from its
    // table (read on its first broad query) or from their own values.
    void tally_part(const Xapian::Database& part, const std::string& folder,
                    std::unique_ptr<FacetTable>& table, const std::vector<Xapian::docid>& docids,
                    FacetTally& tally) const;

    std::vector<std::string> sources_;
    SourceOptions options_;
    mutable OpenedSources opened_;  // opened_.db: everything searched, as one
    mutable unsigned long folder_inode_ = 0;
    analysis::Analyzer analyzer_;  // for queries: no stemmer, stems come from stemmers_
    analysis::StopwordSet stopwords_;
    mutable analysis::StemmerSet stemmers_;
    // Snippets are cut with the analyzer of each hit's language.
    mutable analysis::AnalyzerCache document_analyzers_;
    mutable std::optional<entities::Gazetteer> gazetteer_;
    mutable std::unique_ptr<FacetTable> facet_table_;  // read on the first broad facet query
    mutable std::vector<std::unique_ptr<FacetTable>> part_tables_;  // of each local shard
    // The word file of each local database, mapped for the first
    // suggestion; empty when some database has none at its revision.
    mutable std::vector<std::unique_ptr<schema::MappedWordFile>> word_files_;
    mutable bool word_files_looked_for_ = false;
};

}  // namespace newsdex::search
