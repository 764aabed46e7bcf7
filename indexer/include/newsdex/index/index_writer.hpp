#pragma once
// Adds or replaces documents in one Xapian database, keyed by their unique
// id term, so re-running the indexer on the same files updates rather than
// duplicates. Commits in batches: one commit per document would be slow.
//
// Two stages on two cores: add() analyses a document in the caller's
// thread (ICU, stems, entities: most of the work) and hands the finished
// Xapian::Document to a writing thread, which owns the database. A bounded
// queue between them keeps memory flat.
#include <xapian.h>

#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "newsdex/document.hpp"
#include "newsdex/index/document_builder.hpp"
#include "newsdex/index/enricher.hpp"
#include "newsdex/reader.hpp"

namespace newsdex::index {

struct WriterOptions {
    std::size_t batch_size = 10000;  // documents between commits
    std::size_t queue_size = 512;    // documents analysed but not yet written
};

struct WriteTotals {
    std::size_t added = 0, updated = 0;
    std::vector<ReadProblem> failed;  // documents the database refused
};

class IndexWriter {
  public:
    // Creates the database (and its parent folders) when missing. Throws
    // Xapian::Error (e.g. DatabaseLockError when another indexer runs).
    IndexWriter(const std::filesystem::path& path, WriterOptions options = {});
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    // The document must have been enriched (Enricher::enrich). With an
    // enricher, the entities of its text are added from the tokens made
    // for indexing. Throws what the writing thread could not get past
    // (a full disk, say).
    void add(Document& document, const Enricher* enricher = nullptr);
    // Waits until every document added is written, then commits.
    void commit();
    // What was written so far; failures are handed over once.
    WriteTotals take_totals();

  private:
    struct Pending {
        std::string id_term;
        Xapian::Document document;
        std::string lang, source, id;
    };
    void write_loop();
    void write(Pending& pending);
    void commit_database();
    void rethrow_failure();

    Xapian::WritableDatabase db_;
    AnalyzerCache analyzers_;
    DocumentBuilder builder_;
    WriterOptions options_;

    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Pending> queue_;
    bool commit_wanted_ = false, closing_ = false;
    std::exception_ptr failure_;
    // Owned by the writing thread (read under the mutex by take_totals).
    WriteTotals totals_;
    std::set<std::string> languages_;  // of the documents added, for queries
    std::size_t uncommitted_ = 0;
    std::thread writer_;
};

}  // namespace newsdex::index
