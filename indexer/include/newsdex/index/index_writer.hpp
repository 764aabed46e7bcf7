#pragma once
// Adds or replaces documents in one Xapian database, keyed by their unique
// id term, so re-running the indexer on the same files updates rather than
// duplicates. Commits in batches: one commit per document would be slow.
#include <xapian.h>

#include <filesystem>
#include <string>

#include <set>

#include "newsdex/document.hpp"
#include "newsdex/index/document_builder.hpp"
#include "newsdex/index/enricher.hpp"

namespace newsdex::index {

struct WriterOptions {
    std::size_t batch_size = 10000;  // documents between commits
};

class IndexWriter {
  public:
    enum class Outcome { kAdded, kUpdated };

    // Creates the database (and its parent folders) when missing. Throws
    // Xapian::Error (e.g. DatabaseLockError when another indexer runs).
    IndexWriter(const std::filesystem::path& path, WriterOptions options = {});

    // The document must have been enriched (Enricher::enrich). With an
    // enricher, the entities of its text are added from the tokens made
    // for indexing.
    Outcome add(Document& document, const Enricher* enricher = nullptr);
    void commit();
    Xapian::doccount document_count() const { return db_.get_doccount(); }

  private:
    Xapian::WritableDatabase db_;
    AnalyzerCache analyzers_;
    DocumentBuilder builder_;
    std::set<std::string> languages_;  // of the documents added, for queries
    WriterOptions options_;
    std::size_t pending_ = 0;
};

}  // namespace newsdex::index
