#pragma once
// One analysis thread of the indexing pipeline. The reading thread hands
// it documents read (with what it learnt of them: id term, record hash,
// file); the lane enriches, analyses, extracts entities and builds each,
// and queues it on its shard's writer. Each shard has its lane, so with N
// shards N documents are analysed at once, and changes to a shard (adds
// and removals) reach its writer in the order the reading thread made them.
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <variant>

#include "newsdex/analysis/stemming.hpp"
#include "newsdex/date.hpp"
#include "newsdex/document.hpp"
#include "newsdex/entities/gazetteer.hpp"
#include "newsdex/index/document_builder.hpp"
#include "newsdex/index/enricher.hpp"
#include "newsdex/index/index_writer.hpp"

namespace newsdex::index {

// A document as read, and what the reading thread learnt of it.
struct ReadRecord {
    Document document;
    std::string id_term, record_hash, file_term;
    std::optional<Date> not_after;  // no date from the text later than this
};

class AnalysisLane {
  public:
    // Documents go to `shard`; the aliases of the entities they mention to
    // `aliases` (shard 0, which keeps the database's records).
    AnalysisLane(const entities::GazetteerOnDemand& gazetteer, IndexWriter& shard,
                 IndexWriter& aliases, std::size_t queue_size = 64);
    ~AnalysisLane();
    AnalysisLane(const AnalysisLane&) = delete;
    AnalysisLane& operator=(const AnalysisLane&) = delete;

    // Each queues a step (waiting while the queue is full) and throws what
    // the lane could not get past.
    void analyse(ReadRecord record);
    // A change to the shard, made after everything queued before it.
    void then(std::function<void(IndexWriter&)> change);
    // Waits until every step queued is handed to the writer.
    void drain();

  private:
    using Step = std::variant<ReadRecord, std::function<void(IndexWriter&)>>;
    void queue(Step step);
    void loop();
    void build(ReadRecord& record);
    void record_aliases(const Document& document);

    // The entity lists are loaded with the first document to analyse.
    Enricher& enricher();
    const entities::GazetteerOnDemand& gazetteer_;
    std::optional<Enricher> enricher_;
    analysis::AnalyzerCache analyzers_;
    DocumentBuilder builder_;
    IndexWriter& shard_;
    IndexWriter& aliases_;
    std::set<std::string> aliased_;  // entity terms whose aliases are written

    std::size_t queue_size_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Step> steps_;
    bool busy_ = false, closing_ = false;
    std::exception_ptr failure_;
    std::thread thread_;
};

}  // namespace newsdex::index
