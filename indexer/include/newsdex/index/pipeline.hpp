#pragma once
// The indexing pipeline for one document, in one place:
//   read (corpus readers) -> skip if unchanged since the last run
//   -> enrich (language, date, sourced entities)
//   -> analyse (the language's analyzer) -> entities from those tokens
//   -> build (the Xapian document, as the schema lays it out) -> write.
// The caller's thread reads and skips; the lane of the document's shard
// (analysis_lane.hpp) enriches, analyses and builds; the shard's writer
// thread adds the result to its database.
#include <xapian.h>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "newsdex/document.hpp"
#include "newsdex/entities/gazetteer.hpp"
#include "newsdex/index/analysis_lane.hpp"
#include "newsdex/index/sharded_index.hpp"

namespace newsdex::index {

class DocumentPipeline {
  public:
    // `previous`: the database as the run found it, to skip records read
    // again unchanged; none to write every document.
    DocumentPipeline(const entities::GazetteerOnDemand& gazetteer, ShardedIndex& index,
                     Xapian::Database* previous = nullptr, std::string collection = {});

    // The file the next documents come from (its canonical path).
    void begin_file(const std::string& path);
    // Queues one document read from the current file for analysis, unless
    // the database holds it as read already.
    void add(Document&& document);
    // Removes every document indexed by `term` (a vanished file's XS term).
    void remove_all(const std::string& term);
    // Removes the document with `id_term` if it still carries `file_term`.
    void remove_if_from(const std::string& id_term, const std::string& file_term);
    // Waits until every document queued is handed to its writer.
    void finish();
    // The id terms of the documents read since begin_file.
    const std::set<std::string>& ids_in_file() const { return ids_in_file_; }
    std::size_t unchanged() const { return unchanged_; }
    std::size_t documents() const { return documents_; }

  private:
    std::string previous_record_hash(const std::string& id_term) const;

    std::vector<std::unique_ptr<AnalysisLane>> lanes_;  // one per shard
    Xapian::Database* previous_;
    std::string file_term_, collection_;
    std::optional<Date> not_after_;  // no text date later than this
    std::set<std::string> ids_in_file_;
    std::size_t unchanged_ = 0, documents_ = 0;
};

// A hash of a record as read, with the term of its file: equal when a
// rerun reads the same record from the same file (16 hex digits).
std::string record_hash(const Document& document, const std::string& file_term);

}  // namespace newsdex::index
