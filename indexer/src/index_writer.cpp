#include "newsdex/index/index_writer.hpp"

#include <pthread.h>

#include <chrono>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "newsdex/schema/database_path.hpp"
#include "newsdex/schema/metadata.hpp"

namespace newsdex::index {

namespace {

Xapian::WritableDatabase open_once(const std::filesystem::path& path, bool lock_only) {
    schema::check_database_path(path);
    std::filesystem::create_directories(path.parent_path().empty() ? "." : path.parent_path());
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OPEN);
    if (!lock_only) schema::check_or_stamp_schema_version(db, path.string());
    return db;
}

// One writer at a time: Xapian's own lock (flintlock in the database
// folder) says so; we wait for it when asked, else fail at once.
Xapian::WritableDatabase open_writable(const std::filesystem::path& path, double wait_seconds,
                                       bool lock_only) {
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::duration<double>(wait_seconds);
    for (;;) {
        try {
            return open_once(path, lock_only);
        } catch (const Xapian::DatabaseLockError&) {
            if (std::chrono::steady_clock::now() >= deadline)
                throw DatabaseBusy("database " + path.string() +
                                   " is being written by another indexer (lock " +
                                   (path / "flintlock").string() + ")" +
                                   (wait_seconds > 0 ? ", still after waiting"
                                                     : "; wait for it with --wait[=SECONDS]"));
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    }
}

// Documents are built in one thread and freed in the other, so glibc's
// per-thread heaps grow and shrink all the time, each time with an
// mprotect and a TLB flush: a third of the run on short documents. Freed
// memory is kept for reuse instead (peak memory barely moves).
void keep_freed_memory() {
#ifdef __GLIBC__
    static const bool once = [] {
        mallopt(M_TRIM_THRESHOLD, 512 << 20);
        mallopt(M_TOP_PAD, 64 << 20);
        return true;
    }();
    (void)once;
#endif
}

}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& path, WriterOptions options)
    : db_(open_writable(path, options.wait_seconds, options.lock_only)), options_(options) {
    keep_freed_memory();
    writer_ = std::thread([this] { write_loop(); });
}

IndexWriter::~IndexWriter() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        closing_ = true;
    }
    changed_.notify_all();
    writer_.join();
}

void IndexWriter::queue(Change change) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return queue_.size() < options_.queue_size || failure_; });
    rethrow_failure();
    queue_.push_back(std::move(change));
    // Documents the writer is done with are freed here, in the thread that
    // built them: glibc frees a block into the heap of the thread that
    // allocated it, under that heap's lock, so freeing them in the writer
    // contends with the analysis thread at every document.
    std::vector<Change> spent;
    spent.swap(spent_);
    lock.unlock();
    changed_.notify_all();
}

void IndexWriter::add(BuiltDocument document) {
    queue({Change::Kind::kAdd, std::move(document), {}, {}});
}

void IndexWriter::remove_all(std::string term) {
    queue({Change::Kind::kRemoveAll, {}, std::move(term), {}});
}

void IndexWriter::remove_if_from(std::string id_term, std::string file_term) {
    queue({Change::Kind::kRemoveIfFrom, {}, std::move(id_term), std::move(file_term)});
}

void IndexWriter::add_alias(std::string key, std::string term) {
    // Xapian refuses long metadata keys; a name that long is no alias.
    if (key.size() > 200) return;
    queue({Change::Kind::kAlias, {}, std::move(key), std::move(term)});
}

void IndexWriter::set_metadata(std::string key, std::string value) {
    queue({Change::Kind::kSetMetadata, {}, std::move(key), std::move(value)});
}

void IndexWriter::flush() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return (queue_.empty() && !applying_) || failure_; });
    rethrow_failure();
}

void IndexWriter::commit() {
    std::unique_lock<std::mutex> lock(mutex_);
    commit_wanted_ = true;
    changed_.notify_all();
    changed_.wait(lock, [&] { return !commit_wanted_ || failure_; });
    rethrow_failure();
}

bool IndexWriter::changed_anything() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return ever_dirty_;
}

std::set<std::string> IndexWriter::languages() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return languages_;
}

void IndexWriter::add_languages(const std::set<std::string>& languages) {
    std::lock_guard<std::mutex> lock(mutex_);
    languages_.insert(languages.begin(), languages.end());
}

WriteTotals IndexWriter::take_totals() {
    std::lock_guard<std::mutex> lock(mutex_);
    WriteTotals out = totals_;
    totals_.failed.clear();
    return out;
}

void IndexWriter::rethrow_failure() {
    if (failure_) std::rethrow_exception(failure_);
}

void IndexWriter::write_loop() {
    pthread_setname_np(pthread_self(), "ndx-writer");  // as top and perf show it
    std::unique_lock<std::mutex> lock(mutex_);
    while (!failure_) {
        changed_.wait(lock, [&] { return !queue_.empty() || commit_wanted_ || closing_; });
        try {
            if (!queue_.empty()) {
                Change change = std::move(queue_.front());
                queue_.pop_front();
                applying_ = true;
                lock.unlock();
                changed_.notify_all();  // room in the queue
                apply(change);
                lock.lock();
                if (change.kind == Change::Kind::kAdd) spent_.push_back(std::move(change));
                applying_ = false;
                changed_.notify_all();
            } else if (commit_wanted_) {
                lock.unlock();
                if (dirty_) commit_database();
                lock.lock();
                commit_wanted_ = false;
                changed_.notify_all();
            } else {
                return;  // closing, and nothing left
            }
        } catch (...) {
            if (!lock.owns_lock()) lock.lock();
            applying_ = false;
            failure_ = std::current_exception();
            changed_.notify_all();
        }
    }
}

void IndexWriter::apply(Change& change) {
    switch (change.kind) {
        case Change::Kind::kAdd: {
            {
                std::lock_guard<std::mutex> lock(mutex_);
                dirty_ = ever_dirty_ = true;
            }
            write(change.document);
            return;
        }
        case Change::Kind::kRemoveAll: {
            const Xapian::doccount removed = db_.get_termfreq(change.term);
            if (removed == 0) return;
            db_.delete_document(change.term);
            std::lock_guard<std::mutex> lock(mutex_);
            totals_.removed += removed;
            break;
        }
        case Change::Kind::kRemoveIfFrom:
            apply_remove_if_from(change.term, change.other);
            break;
        case Change::Kind::kAlias: {
            const std::string known = db_.get_metadata(change.term);
            if (!known.empty() && known <= change.other) return;
            db_.set_metadata(change.term, change.other);
            break;
        }
        case Change::Kind::kSetMetadata:
            if (db_.get_metadata(change.term) == change.other) return;
            db_.set_metadata(change.term, change.other);
            break;
    }
    std::lock_guard<std::mutex> lock(mutex_);
    dirty_ = ever_dirty_ = true;
}

void IndexWriter::apply_remove_if_from(const std::string& id_term, const std::string& file_term) {
    Xapian::PostingIterator doc = db_.postlist_begin(id_term);
    if (doc == db_.postlist_end(id_term)) return;
    Xapian::TermIterator term = db_.termlist_begin(*doc);
    term.skip_to(file_term);
    if (term == db_.termlist_end(*doc) || *term != file_term) return;  // moved elsewhere
    db_.delete_document(*doc);
    std::lock_guard<std::mutex> lock(mutex_);
    ++totals_.removed;
}

void IndexWriter::write(BuiltDocument& pending) {
    try {
        const bool existed = db_.term_exists(pending.id_term);
        // A new story (every one, in a first run) needs no second look-up
        // of its id term: replace_document would search for it again.
        if (existed) {
            db_.replace_document(pending.id_term, pending.document);
        } else {
            db_.add_document(pending.document);
        }
        std::lock_guard<std::mutex> lock(mutex_);
        ++(existed ? totals_.updated : totals_.added);
        if (!pending.lang.empty()) languages_.insert(pending.lang);
    } catch (const Xapian::DatabaseError&) {
        throw;  // the database itself is in trouble: stop
    } catch (const Xapian::Error& e) {
        // A single document the database refuses must not end the run.
        std::lock_guard<std::mutex> lock(mutex_);
        totals_.failed.push_back(corpus::ReadProblem{
            corpus::ReadProblem::Severity::kError, pending.source, 0,
            "cannot index document " + pending.id + ": " + e.get_description()});
        return;
    }
    if (++uncommitted_ >= options_.batch_size &&
        std::chrono::steady_clock::now() - last_commit_ >=
            std::chrono::duration<double>(options_.min_commit_seconds))
        commit_database();
}

void IndexWriter::commit_database() {
    std::set<std::string> languages;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        languages = languages_;
    }
    schema::record_index_languages(db_, languages);
    db_.commit();
    uncommitted_ = 0;
    last_commit_ = std::chrono::steady_clock::now();
    std::lock_guard<std::mutex> lock(mutex_);
    dirty_ = false;
}

}  // namespace newsdex::index
