#include "newsdex/index/analysis_lane.hpp"

#include <pthread.h>

#include "newsdex/schema/schema.hpp"

namespace newsdex::index {

AnalysisLane::AnalysisLane(const entities::GazetteerOnDemand& gazetteer, IndexWriter& shard,
                           IndexWriter& aliases, std::size_t queue_size)
    : gazetteer_(gazetteer),
      builder_(analyzers_),
      shard_(shard),
      aliases_(aliases),
      queue_size_(queue_size),
      thread_([this] { loop(); }) {}

AnalysisLane::~AnalysisLane() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        closing_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

void AnalysisLane::analyse(ReadRecord record) {
    queue(std::move(record));
}

void AnalysisLane::then(std::function<void(IndexWriter&)> change) {
    queue(std::move(change));
}

void AnalysisLane::queue(Step step) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return steps_.size() < queue_size_ || failure_; });
    if (failure_) std::rethrow_exception(failure_);
    steps_.push_back(std::move(step));
    lock.unlock();
    changed_.notify_all();
}

void AnalysisLane::drain() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return (steps_.empty() && !busy_) || failure_; });
    if (failure_) std::rethrow_exception(failure_);
}

void AnalysisLane::loop() {
    pthread_setname_np(pthread_self(), "ndx-analysis");  // as top and perf show it
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        changed_.wait(lock, [&] { return !steps_.empty() || closing_; });
        // Closing with steps left happens only when the run failed.
        if (closing_ || failure_) return;
        Step step = std::move(steps_.front());
        steps_.pop_front();
        busy_ = true;
        lock.unlock();
        changed_.notify_all();  // room in the queue
        try {
            if (auto* record = std::get_if<ReadRecord>(&step)) {
                build(*record);
            } else {
                std::get<std::function<void(IndexWriter&)>>(step)(shard_);
            }
            lock.lock();
        } catch (...) {
            lock.lock();
            failure_ = std::current_exception();
        }
        busy_ = false;
        changed_.notify_all();
    }
}

void AnalysisLane::build(ReadRecord& record) {
    Document& document = record.document;
    enricher().enrich(document, record.not_after);
    const AnalyzedText text = builder_.analyze(document);
    // Entities come from the tokens made for indexing: nothing is
    // analysed twice.
    enricher().add_entities(document, text.title, text.body);
    record_aliases(document);
    Xapian::Document built = builder_.build(document, text);
    if (!record.file_term.empty()) built.add_boolean_term(record.file_term);
    built.add_value(schema::kRecordSlot, record.record_hash);
    shard_.add({std::move(record.id_term), std::move(built), std::move(document.lang),
                std::move(document.source), std::move(document.id)});
}

Enricher& AnalysisLane::enricher() {
    if (!enricher_) enricher_.emplace(gazetteer_.get());
    return *enricher_;
}

void AnalysisLane::record_aliases(const Document& document) {
    const struct {
        const std::vector<std::string>& names;
        entities::EntityType type;
        std::string_view prefix;
    } kinds[] = {
        {document.people, entities::EntityType::kPerson, schema::kPersonPrefix},
        {document.organizations, entities::EntityType::kOrganization, schema::kOrganizationPrefix},
        {document.places, entities::EntityType::kPlace, schema::kPlacePrefix}};
    for (const auto& kind : kinds)
        for (const std::string& name : kind.names) {
            std::string term = schema::boolean_term(kind.prefix, name);
            if (!aliased_.insert(term).second) continue;
            for (const std::string& key : gazetteer_.get().alias_keys(kind.type, name))
                aliases_.add_alias(std::string(schema::kEntityAliasKeyPrefix) + key, term);
        }
}

}  // namespace newsdex::index
