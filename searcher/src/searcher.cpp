#include "newsdex/search/searcher.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <numeric>
#include <stdexcept>
#include <thread>

#include "matching_ids.hpp"
#include "newsdex/schema/database_path.hpp"
#include "newsdex/schema/metadata.hpp"
#include "newsdex/schema/schema.hpp"
#include "newsdex/schema/stored_fields.hpp"
#include "newsdex/search/date_query.hpp"
#include "newsdex/search/spelling.hpp"
#include "ranking_extras.hpp"

namespace newsdex::search {

using analysis::Analyzer;
using analysis::StopwordSet;

namespace {

namespace fs = std::filesystem;

// Which folder the path names now: indexer --rebuild swaps in another.
unsigned long folder_inode(const fs::path& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? static_cast<unsigned long>(st.st_ino) : 0;
}

}  // namespace

Searcher::Searcher(const std::filesystem::path& database)
    : Searcher(std::vector<std::string>{database.string()}) {}

Searcher::Searcher(std::vector<std::string> sources, SourceOptions options)
    : sources_(std::move(sources)),
      options_(options),
      opened_(open_sources(sources_, options_)),
      folder_inode_(folder_inode(sources_.front())),
      analyzer_(Analyzer::standard()),
      stopwords_(StopwordSet::for_language("en")),
      stemmers_(schema::index_languages(opened_.db)) {}

std::string Searcher::resolve(entities::EntityType type, const std::string& name) const {
    // The lists are loaded on the first entity query only: plain searches
    // should not pay for them at start-up.
    if (!gazetteer_) {
        // The user's own lists the indexer was given, where they still are.
        std::vector<std::filesystem::path> extra;
        for (const std::string& file :
             schema::read_list(opened_.db, std::string(schema::kGazetteersKey))) {
            std::error_code ec;
            if (std::filesystem::is_regular_file(file, ec)) extra.emplace_back(file);
        }
        gazetteer_ = entities::Gazetteer::load(extra);
    }
    return gazetteer_->canonical(type, name);
}

Xapian::Query Searcher::build_query(const SearchRequest& request, ParsedQuery& parsed) const {
    const EntityResolver resolver = [this](entities::EntityType type, const std::string& name) {
        return resolve(type, name);
    };
    // Names in any script: the alias table the indexer wrote.
    const EntityAliases aliases = [this](const std::string& key) -> std::string {
        return key.size() > 200
                   ? std::string()
                   : opened_.db.get_metadata(std::string(schema::kEntityAliasKeyPrefix) + key);
    };
    Xapian::Query query;
    if (!request.like_id.empty()) {
        query = more_like(opened_.db, request.like_id, parsed.highlight_terms);
        for (const std::string& word : parsed.highlight_terms)
            parsed.highlight_sequences.push_back({{word}});
        if (!request.query.empty()) {
            ParsedQuery also = QueryParser(analyzer_, stopwords_, &stemmers_, &resolver, &aliases)
                                   .parse(request.query);
            query = Xapian::Query(Xapian::Query::OP_FILTER, query, also.query);
        }
    } else {
        parsed = QueryParser(analyzer_, stopwords_, &stemmers_, &resolver, &aliases)
                     .parse(request.query);
        query = parsed.query;
    }
    if (request.recent_half_life_days > 0)
        query = with_recency(query, opened_.db, request.recent_half_life_days);
    if (request.since.empty() && request.until.empty()) return query;
    return Xapian::Query(Xapian::Query::OP_FILTER, query, date_range(request.since, request.until));
}

SearchResult Searcher::search(const SearchRequest& request) const {
    // A stock xapian-tcpsrv runs only what Xapian itself defines: newsdex's
    // recency weighting is code of ours, so it cannot run there.
    if (opened_.remote && request.recent_half_life_days > 0)
        throw std::invalid_argument(
            "--recent is not available over remote shards (xapian-tcpsrv cannot run newsdex's "
            "recency weighting); sort by date with --sort date instead");
    try {
        return search_with_retries(request);
    } catch (const Xapian::NetworkError& e) {
        throw std::runtime_error(remote_failure(e));
    }
}

std::string Searcher::remote_failure(const Xapian::NetworkError& e) const {
    std::string servers;
    for (const std::string& remote : opened_.remotes)
        servers += (servers.empty() ? "" : ", ") + remote;
    return "a remote database stopped answering (" + e.get_msg() + "); servers: " + servers +
           "; is xapian-tcpsrv running on each?";
}

SearchResult Searcher::search_with_retries(const SearchRequest& request) const {
    // Xapian keeps a revision readable until the second commit after it:
    // an indexer committing every few milliseconds can outrun a long
    // search (facets read much), so the waits between attempts grow until
    // a search fits between two commits.
    constexpr int kAttempts = 30;
    for (int attempt = 1;; ++attempt) {
        try {
            // Every search sees the newest revision: an archive is
            // reindexed while it is searched, and a batch runs for long.
            if (attempt == 1) {
                refresh();
            } else {
                std::this_thread::sleep_for(std::chrono::milliseconds(std::min(1 << attempt, 100)));
                reopen();
            }
            return run(request);
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt == kAttempts) throw;
        } catch (const Xapian::DatabaseOpeningError&) {
            // The version file read in the middle of a commit.
            if (attempt == kAttempts) throw;
        } catch (const Xapian::DatabaseCorruptError&) {
            // Reading blocks an indexer freed while we read them looks like
            // corruption; real corruption is still there after reopening.
            if (attempt == kAttempts) throw;
        }
    }
}

Document Searcher::story(const std::string& id) const {
    try {
        refresh();
        return schema::decode_stored_fields(
            opened_.db.get_document(document_with_id(opened_.db, id)).get_data());
    } catch (const Xapian::NetworkError& e) {
        throw std::runtime_error(remote_failure(e));
    }
}

void Searcher::refresh() const {
    if (folder_inode(sources_.front()) != folder_inode_) return reopen();
    if (opened_.db.reopen()) read_revision();
}

void Searcher::read_revision() const {
    // What a revision decides: the languages to stem in, the facet table,
    // the word files.
    stemmers_ = analysis::StemmerSet(schema::index_languages(opened_.db));
    facet_table_.reset();
    part_tables_.clear();
    word_files_.clear();
    word_files_looked_for_ = false;
}

IndexWords Searcher::index_words() const {
    if (!word_files_looked_for_ && !opened_.remote) {
        word_files_looked_for_ = true;
        for (std::size_t i = 0; i < opened_.parts.size(); ++i) {
            auto file = schema::MappedWordFile::open(opened_.part_folders[i], opened_.parts[i]);
            if (!file) {
                word_files_.clear();
                break;
            }
            word_files_.push_back(std::move(file));
        }
    }
    IndexWords words{opened_.db, {}};
    for (const auto& file : word_files_)
        words.files.push_back(file.get());
    return words;
}

void Searcher::reopen() const {
    // A new handle, not Database::reopen(): indexer --rebuild swaps the
    // folder for another database.
    folder_inode_ = folder_inode(sources_.front());
    opened_ = open_sources(sources_, options_);
    read_revision();
}

SearchResult Searcher::run(const SearchRequest& request) const {
    SearchResult result = search_once(request);
    if (!request.suggest || !request.like_id.empty() || request.query.empty()) return result;
    // Suggestions read the word lists, a round trip per word to each remote
    // shard (50 ms for a long query over loopback): remotely, only a query
    // that found nothing gets one.
    if (opened_.remote && result.matches_estimated > 0) return result;
    auto better = suggest_spelling(index_words(), analyzer_, request.query);
    if (!better) return result;
    if (result.hits.empty() && result.matches_estimated == 0) {
        // Nothing found: search for the suggestion, and say so.
        SearchRequest corrected = request;
        corrected.query = *better;
        result = search_once(corrected);
        result.searched_suggestion = true;
    }
    result.suggestion = *better;
    return result;
}

namespace {

// Undated stories last either way (see the schema's two date slots); copies
// of a story (same folded title and lead) as one hit when asked.
void order(Xapian::Enquire& enquire, const SearchRequest& request) {
    if (request.sort == SortOrder::kNewestFirst)
        enquire.set_sort_by_value_then_relevance(schema::kDateSlot, true);
    if (request.sort == SortOrder::kOldestFirst)
        enquire.set_sort_by_value_then_relevance(schema::kDateAscendingSlot, false);
    if (request.collapse) enquire.set_collapse_key(schema::kContentSlot);
}

Xapian::MSet ranked_page(const Xapian::Enquire& enquire, const SearchRequest& request,
                         Xapian::doccount check_at_least) {
    try {
        return enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                static_cast<Xapian::doccount>(request.limit), check_at_least);
    } catch (const Xapian::WildcardError& e) {
        throw QuerySyntaxError("a wildcard matches too many words (" + e.get_msg() +
                               "): give more letters before '*'");
    }
}

}  // namespace

SearchResult Searcher::search_once(const SearchRequest& request) const {
    ParsedQuery parsed;
    // k1 = 1.2, b = 0.6 (Xapian's defaults are 1 and 0.5): measured best on
    // TIME and the Reuters-21578 dev topics (docs/benchmarks.md).
    const Xapian::BM25Weight weighting(1.2, 0, 1, 0.6, 0.5);
    const Xapian::Query query = final_query(request, parsed, weighting);
    Xapian::Enquire enquire(opened_.db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(weighting);
    order(enquire, request);
    // Facets: over local databases, their docids are listed and counted by
    // the facet tables (over several, each on its own, since docids of the
    // whole name no document of a part); with remote shards, Xapian's
    // value counting spies count. The matches of one local database are
    // listed apart from the ranked match, which stops at the page: from
    // the posting lists of a query of terms, else by an unranked match
    // (matches_in). With collapsing, a spy on the ranked match lists them.
    DocidSpy matches;
    ValueFacetSpies spies;
    const bool remote_facets = request.facets && opened_.remote;
    const bool unranked_facets = request.facets && !opened_.remote && !request.collapse;
    if (remote_facets) spies.add_to(enquire);
    if (request.facets && request.collapse && opened_.db.size() == 1 && !opened_.remote)
        enquire.add_matchspy(&matches);
    // An exact count of a query of terms is its posting lists'
    // (matching_ids.hpp), not a ranking of every match.
    const std::optional<std::vector<Xapian::docid>> counted =
        request.exact_count && !unranked_facets && !request.collapse && !opened_.remote
            ? matching_ids_from_postings(opened_.db, query)
            : std::nullopt;
    // Facet counts and copies are exact only when every match is seen.
    const bool see_all =
        remote_facets || request.collapse || (request.exact_count && !unranked_facets && !counted);
    const Xapian::doccount check_at_least = see_all ? opened_.db.get_doccount() : 0;
    const Xapian::MSet mset = ranked_page(enquire, request, check_at_least);
    SearchResult result;
    // When every match was seen, the lower bound is the count itself; the
    // estimate may not be (with collapse it can exceed every match, and it
    // differs between one database and its shards).
    result.matches_estimated =
        check_at_least ? mset.get_matches_lower_bound() : mset.get_matches_estimated();
    if (counted) result.matches_estimated = static_cast<Xapian::doccount>(counted->size());
    add_hits(result, mset, enquire, weighting, request, parsed);
    if (remote_facets) result.facets = spies.count(request.facet_limit);
    if (request.facets && !opened_.remote) add_local_facets(result, request, query, matches);
    result.highlight_terms = std::move(parsed.highlight_terms);
    return result;
}

Xapian::Query Searcher::final_query(const SearchRequest& request, ParsedQuery& parsed,
                                    const Xapian::Weight& weighting) const {
    Xapian::Query query = build_query(request, parsed);
    if (request.feedback_documents == 0) return query;
    const auto stopword = [this](const std::string& stem) { return stopwords_.contains(stem); };
    std::set<std::string> added;
    return with_feedback(
        query, opened_.db, weighting,
        {request.feedback_documents, request.feedback_terms, request.feedback_original_weight},
        stopword, added);
}

void Searcher::add_hits(SearchResult& result, const Xapian::MSet& mset,
                        const Xapian::Enquire& enquire, const Xapian::Weight& weighting,
                        const SearchRequest& request, const ParsedQuery& parsed) const {
    const SnippetMaker snippets(parsed.highlight_sequences, parsed.highlight_terms);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        // get_rank() counts from the first match, not from the page.
        Hit hit{it.get_rank() + 1,
                *it,
                it.get_weight(),
                schema::decode_stored_fields(it.get_document().get_data()),
                {},
                request.collapse ? it.get_collapse_count() : 0,
                {}};
        if (request.explain) hit.explanation = explain(opened_.db, enquire, weighting, it);
        if (request.snippets) {
            // The words are stemmed where they may match (see OnDemandStems).
            const analysis::SplitAnalysis split =
                document_analyzers_.split_for_language(hit.document.lang);
            const Analyzer& analyzer = split.surface
                                           ? *split.surface
                                           : document_analyzers_.for_language(hit.document.lang);
            hit.snippet = snippets.make_in_window(hit.document.body, analyzer, request.snippet,
                                                  {split.stems, split.keeps_first_byte});
        }
        result.hits.push_back(std::move(hit));
    }
}

void Searcher::add_local_facets(SearchResult& result, const SearchRequest& request,
                                const Xapian::Query& query, DocidSpy& matches) const {
    const bool unranked = !request.collapse;  // else the spy listed them
    if (opened_.db.size() == 1) {
        // One database: counted by ids, names looked up for the top only.
        if (unranked) {
            matches.docids = matches_in(opened_.db, query);
            result.matches_estimated = static_cast<Xapian::doccount>(matches.docids.size());
        }
        result.facets = count_facets(matches.docids, request.facet_limit);
        return;
    }
    FacetTally tally;
    Xapian::doccount all = 0;
    part_tables_.resize(opened_.parts.size());
    for (std::size_t i = 0; i < opened_.parts.size(); ++i) {
        const std::vector<Xapian::docid> docids = matches_in(opened_.parts[i], query);
        all += static_cast<Xapian::doccount>(docids.size());
        tally_part(opened_.parts[i], opened_.part_folders[i], part_tables_[i], docids, tally);
    }
    result.facets = tally.facets(request.facet_limit);
    if (unranked) result.matches_estimated = all;
}

Facets Searcher::count_facets(const std::vector<Xapian::docid>& docids, std::size_t limit) const {
    // Reading the whole table costs about as much as reading the values of
    // a quarter of the documents one by one; below that, and until some
    // query has paid for it, the matches are read on their own.
    // The indexer's facet file, when it describes the database as it is,
    // costs nothing to map.
    if (!facet_table_ && !opened_.part_folders.empty())
        facet_table_ = FacetTable::mapped(opened_.part_folders.front(), opened_.db);
    if (!facet_table_ && docids.size() * 4 < opened_.db.get_doccount())
        return FacetTable(opened_.db, docids).count_all(limit);
    if (!facet_table_) facet_table_ = std::make_unique<FacetTable>(opened_.db);
    return facet_table_->count(docids, limit);
}

std::vector<Xapian::docid> Searcher::matches_in(const Xapian::Database& part,
                                                const Xapian::Query& query) const {
    if (auto ids = matching_ids_from_postings(part, query)) return std::move(*ids);
    Xapian::Enquire enquire(part);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());  // counted, not ranked
    DocidSpy matches;
    enquire.add_matchspy(&matches);
    enquire.get_mset(0, 0, part.get_doccount());
    return matches.docids;
}

void Searcher::tally_part(const Xapian::Database& part, const std::string& folder,
                          std::unique_ptr<FacetTable>& table,
                          const std::vector<Xapian::docid>& docids, FacetTally& tally) const {
    // As count_facets decides.
    if (!table) table = FacetTable::mapped(folder, part);
    if (!table && docids.size() * 4 < part.get_doccount()) {
        std::vector<Xapian::docid> rows(docids.size());
        std::iota(rows.begin(), rows.end(), 0);
        FacetTable(part, docids).tally(rows, tally);
    } else {
        if (!table) table = std::make_unique<FacetTable>(part);
        table->tally(docids, tally);
    }
}

}  // namespace newsdex::search
