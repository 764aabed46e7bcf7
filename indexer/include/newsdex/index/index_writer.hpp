#pragma once
// Adds or replaces documents in one Xapian database, keyed by their unique
// id term, so re-running the indexer on the same files updates rather than
// duplicates. Commits in batches: one commit per document would be slow.
//
// The writer only writes: documents come built (pipeline.hpp analyses
// them in the caller's thread, most of the work) and a writing thread,
// which owns the database, adds them. A bounded queue between the two
// keeps memory flat.
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

#include "newsdex/corpus/reader.hpp"

namespace newsdex::index {

// A document ready for the database, with what the writer reports.
struct BuiltDocument {
    std::string id_term;  // the unique Q term it replaces
    Xapian::Document document;
    std::string lang, source, id;
};

struct WriterOptions {
    std::size_t batch_size = 10000;  // documents between commits
    std::size_t queue_size = 512;    // documents analysed but not yet written
};

struct WriteTotals {
    std::size_t added = 0, updated = 0;
    std::vector<corpus::ReadProblem> failed;  // documents the database refused
};

class IndexWriter {
  public:
    // Creates the database (and its parent folders) when missing. Throws
    // Xapian::Error (e.g. DatabaseLockError when another indexer runs).
    IndexWriter(const std::filesystem::path& path, WriterOptions options = {});
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    // Queues a document (waiting while the queue is full). Throws what the
    // writing thread could not get past (a full disk, say).
    void add(BuiltDocument document);
    // Waits until every document added is written, then commits.
    void commit();
    // What was written so far; failures are handed over once.
    WriteTotals take_totals();

  private:
    void write_loop();
    void write(BuiltDocument& pending);
    void commit_database();
    void rethrow_failure();

    Xapian::WritableDatabase db_;
    WriterOptions options_;

    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<BuiltDocument> queue_;
    bool commit_wanted_ = false, closing_ = false;
    std::exception_ptr failure_;
    // Owned by the writing thread (read under the mutex by take_totals).
    WriteTotals totals_;
    std::set<std::string> languages_;  // of the documents added, for queries
    std::size_t uncommitted_ = 0;
    std::thread writer_;
};

}  // namespace newsdex::index
