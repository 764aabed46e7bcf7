#include "newsdex/index/index_writer.hpp"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "newsdex/schema/metadata.hpp"

namespace newsdex::index {

namespace {

Xapian::WritableDatabase open_writable(const std::filesystem::path& path) {
    std::filesystem::create_directories(path.parent_path().empty() ? "." : path.parent_path());
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OPEN);
    schema::check_or_stamp_schema_version(db, path.string());
    return db;
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
    : db_(open_writable(path)), options_(options) {
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

void IndexWriter::add(BuiltDocument pending) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return queue_.size() < options_.queue_size || failure_; });
    rethrow_failure();
    queue_.push_back(std::move(pending));
    lock.unlock();
    changed_.notify_all();
}

void IndexWriter::commit() {
    std::unique_lock<std::mutex> lock(mutex_);
    commit_wanted_ = true;
    changed_.notify_all();
    changed_.wait(lock, [&] { return !commit_wanted_ || failure_; });
    rethrow_failure();
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
    std::unique_lock<std::mutex> lock(mutex_);
    while (!failure_) {
        changed_.wait(lock, [&] { return !queue_.empty() || commit_wanted_ || closing_; });
        try {
            if (!queue_.empty()) {
                BuiltDocument pending = std::move(queue_.front());
                queue_.pop_front();
                lock.unlock();
                changed_.notify_all();  // room in the queue
                write(pending);
                lock.lock();
            } else if (commit_wanted_) {
                lock.unlock();
                commit_database();
                lock.lock();
                commit_wanted_ = false;
                changed_.notify_all();
            } else {
                return;  // closing, and nothing left
            }
        } catch (...) {
            if (!lock.owns_lock()) lock.lock();
            failure_ = std::current_exception();
            changed_.notify_all();
        }
    }
}

void IndexWriter::write(BuiltDocument& pending) {
    try {
        const bool existed = db_.term_exists(pending.id_term);
        db_.replace_document(pending.id_term, pending.document);
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
    if (++uncommitted_ >= options_.batch_size) commit_database();
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
}

}  // namespace newsdex::index
