#include "newsdex/search/searcher.hpp"

#include <stdexcept>

#include "newsdex/index/stored_fields.hpp"

namespace newsdex::search {

namespace {

Xapian::Database open_database(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw std::runtime_error("no database at " + path.string() +
                                 " (create it with: indexer --db " + path.string() + " PATH...)");
    try {
        return Xapian::Database(path.string());
    } catch (const Xapian::DatabaseOpeningError& e) {
        throw std::runtime_error("cannot open database " + path.string() + ": " + e.get_msg());
    }
}

}  // namespace

Searcher::Searcher(const std::filesystem::path& database)
    : db_(open_database(database)),
      analyzer_(Analyzer::standard()),
      stopwords_(StopwordSet::load("en")),
      stemmers_(index::index_languages(db_)) {}

SearchResult Searcher::search(const SearchRequest& request) const {
    ParsedQuery parsed = QueryParser(analyzer_, stopwords_, &stemmers_).parse(request.query);
    Xapian::Enquire enquire(db_);
    enquire.set_query(parsed.query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                               static_cast<Xapian::doccount>(request.limit));
    SearchResult result;
    result.matches_estimated = mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        Hit hit{request.offset + it.get_rank() + 1,
                *it,
                it.get_weight(),
                index::decode_stored_fields(it.get_document().get_data()),
                {}};
        const Analyzer& analyzer = document_analyzers_.for_language(hit.document.lang);
        hit.snippet =
            make_snippet(hit.document.body, analyzer, parsed.highlight_sequences, request.snippet);
        result.hits.push_back(std::move(hit));
    }
    result.highlight_terms = std::move(parsed.highlight_terms);
    return result;
}

}  // namespace newsdex::search
