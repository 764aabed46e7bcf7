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

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <set>
#include <stdexcept>
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
    // Documents between commits, at most. Xapian holds a batch's postings
    // in maps it walks for every posting added: 1,000 documents' worth
    // index Reuters-21578 with a quarter less CPU than 10,000 (Xapian's
    // own default), and 500 with less again when two shards' writers share
    // the caches (11 of 12 paired runs, about 5%); commits come two or
    // three times a second.
    std::size_t batch_size = 500;
    // Commits are at least this far apart, whatever the batch size: Xapian
    // lets a reader finish a revision only until the second commit after
    // it, so searches beside the indexer need time between commits.
    double min_commit_seconds = 0.25;
    std::size_t queue_size = 512;  // documents analysed but not yet written
    // How long to wait for another indexer's lock; 0: fail at once.
    double wait_seconds = 0;
    // Only hold the lock (indexer --rebuild, --compact): the schema
    // version is not checked, so a database of an older one can be
    // replaced.
    bool lock_only = false;
};

struct WriteTotals {
    std::size_t added = 0, updated = 0, removed = 0;
    std::vector<corpus::ReadProblem> failed;  // documents the database refused
};

class IndexWriter {
  public:
    // Creates the database (and its parent folders) when missing. Throws
    // DatabaseBusy when another indexer holds it past options.wait_seconds,
    // Xapian::Error for other trouble.
    IndexWriter(const std::filesystem::path& path, WriterOptions options = {});
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    // Each call queues one change (waiting while the queue is full); the
    // writing thread applies them in order. They throw what that thread
    // could not get past (a full disk, say).
    void add(BuiltDocument document);
    // Removes every document indexed by `term` (a vanished file's XS term).
    void remove_all(std::string term);
    // Removes the document with `id_term` if it still carries `file_term`:
    // a record gone from its file, unless this run moved it to another.
    void remove_if_from(std::string id_term, std::string file_term);
    // Records that the alias key `key` names the entity term `term`
    // (metadata, see schema.hpp); of several, the first in byte order.
    void add_alias(std::string key, std::string term);
    // Sets (or, with an empty value, deletes) a metadata entry, committed
    // together with the changes queued before it.
    void set_metadata(std::string key, std::string value);
    // Waits until every change queued is applied (totals are final then).
    void flush();
    // Waits until every change queued is applied, then commits, when there
    // was any change: an unchanged run leaves the revision as it was.
    void commit();
    bool changed_anything() const;
    // The languages of the documents written (recorded at each commit, so
    // that queries are stemmed in each); shard 0 records every shard's.
    std::set<std::string> languages() const;
    void add_languages(const std::set<std::string>& languages);
    // What was written so far; failures are handed over once.
    WriteTotals take_totals();

  private:
    struct Change {
        enum class Kind { kAdd, kRemoveAll, kRemoveIfFrom, kSetMetadata, kAlias } kind;
        BuiltDocument document;   // kAdd
        std::string term, other;  // the term(s), or the metadata key and value
    };
    void queue(Change change);
    void write_loop();
    void apply(Change& change);
    void write(BuiltDocument& pending);
    void apply_remove_if_from(const std::string& id_term, const std::string& file_term);
    void commit_database();
    void rethrow_failure();

    Xapian::WritableDatabase db_;
    WriterOptions options_;

    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Change> queue_;
    std::vector<Change> spent_;  // added, to be freed by the thread that queues
    bool commit_wanted_ = false, closing_ = false, applying_ = false;
    std::exception_ptr failure_;
    // Owned by the writing thread (read under the mutex by take_totals).
    WriteTotals totals_;
    std::set<std::string> languages_;  // of the documents added, for queries
    std::size_t uncommitted_ = 0;
    std::chrono::steady_clock::time_point last_commit_ = std::chrono::steady_clock::now();
    bool dirty_ = false;  // changes since the last commit
    bool ever_dirty_ = false;
    std::thread writer_;
};

// Another indexer holds the database's write lock.
class DatabaseBusy : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace newsdex::index
