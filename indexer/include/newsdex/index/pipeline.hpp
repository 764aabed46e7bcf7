#pragma once
// The indexing pipeline for one document, in one place:
//   read (corpus readers) -> enrich (language, date, sourced entities)
//   -> analyse (the language's analyzer) -> entities from those tokens
//   -> build (the Xapian document, as the schema lays it out) -> write.
// Everything up to the write runs in the caller's thread; the writer's own
// thread adds the result to the database.
#include "newsdex/document.hpp"
#include "newsdex/entities/gazetteer.hpp"
#include "newsdex/index/document_builder.hpp"
#include "newsdex/index/enricher.hpp"
#include "newsdex/index/index_writer.hpp"

namespace newsdex::index {

class DocumentPipeline {
  public:
    DocumentPipeline(const entities::Gazetteer& gazetteer, IndexWriter& writer)
        : enricher_(gazetteer), builder_(analyzers_), writer_(writer) {}

    // Enriches, analyses, builds and queues one document read from a source.
    void add(Document&& document);

  private:
    Enricher enricher_;
    analysis::AnalyzerCache analyzers_;
    DocumentBuilder builder_;
    IndexWriter& writer_;
};

}  // namespace newsdex::index
