#pragma once
// The indexing pipeline for one document, in one place:
//   read (corpus readers) -> skip if unchanged since the last run
//   -> enrich (language, date, sourced entities)
//   -> analyse (the language's analyzer) -> entities from those tokens
//   -> build (the Xapian document, as the schema lays it out) -> write.
// Everything up to the write runs in the caller's thread; the writer's own
// thread adds the result to the database.
#include <xapian.h>

#include <optional>
#include <set>
#include <string>

#include "newsdex/document.hpp"
#include "newsdex/entities/gazetteer.hpp"
#include "newsdex/index/document_builder.hpp"
#include "newsdex/index/enricher.hpp"
#include "newsdex/index/index_writer.hpp"

namespace newsdex::index {

class DocumentPipeline {
  public:
    // `previous`: the database as the run found it, to skip records read
    // again unchanged; none to write every document.
    DocumentPipeline(const entities::Gazetteer& gazetteer, IndexWriter& writer,
                     Xapian::Database* previous = nullptr, std::string collection = {})
        : gazetteer_(gazetteer),
          enricher_(gazetteer),
          builder_(analyzers_),
          writer_(writer),
          previous_(previous),
          collection_(std::move(collection)) {}

    // The file the next documents come from (its canonical path).
    void begin_file(const std::string& path);
    // Enriches, analyses, builds and queues one document read from the
    // current file, unless the database holds it as read already.
    void add(Document&& document);
    // The id terms of the documents read since begin_file.
    const std::set<std::string>& ids_in_file() const { return ids_in_file_; }
    std::size_t unchanged() const { return unchanged_; }
    std::size_t documents() const { return documents_; }

  private:
    std::string previous_record_hash(const std::string& id_term) const;
    void record_aliases(const Document& document);

    const entities::Gazetteer& gazetteer_;
    Enricher enricher_;
    analysis::AnalyzerCache analyzers_;
    DocumentBuilder builder_;
    IndexWriter& writer_;
    Xapian::Database* previous_;
    std::string file_term_, collection_;
    std::optional<Date> not_after_;  // no text date later than this
    std::set<std::string> ids_in_file_;
    std::size_t unchanged_ = 0, documents_ = 0;
    std::set<std::string> aliased_;  // entity terms whose aliases are written
};

// A hash of a record as read, with the term of its file: equal when a
// rerun reads the same record from the same file (16 hex digits).
std::string record_hash(const Document& document, const std::string& file_term);

}  // namespace newsdex::index
