#pragma once
// The plain-Xapian reference every newsdex figure stands beside: the same
// documents indexed with Xapian::TermGenerator (English stemmer, positions)
// and searched with Xapian::QueryParser (English stemmer, its default
// STEM_SOME and OR) ranked by Xapian's default BM25.
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "newsdex/document.hpp"
#include "newsdex/search/evaluation.hpp"

namespace newsdex::bench {

// Documents read with newsdex's readers (the same input for both sides).
std::vector<Document> read_documents(const std::vector<std::filesystem::path>& paths,
                                     const std::string& format);

// How the reference runs a query. "As is" hands the topic to QueryParser
// unchanged (upper-case AND/OR/NOT in TIME's topics become operators);
// "fair" is what any user would do: the query lower-cased and stopwords
// removed (Xapian::SimpleStopper), the baseline newsdex must beat.
struct ReferenceSetup {
    bool fair = true;
    std::string scheme = "bm25";  // bm25, dph, dlh, pl2, lm, ineb2
};

class Reference {
  public:
    // Indexes the documents into a new database at `path`.
    static void build(const std::filesystem::path& path, const std::vector<Document>& documents);

    explicit Reference(const std::filesystem::path& path);
    // Document ids and scores of the best `limit` documents; with
    // `snippets`, also Xapian's own snippet of each (MSet::snippet).
    std::vector<search::RunEntry> search(const std::string& query, std::size_t limit,
                                         std::vector<std::string>* snippets = nullptr,
                                         const ReferenceSetup& setup = {false, "bm25"}) const;
    // The stopwords of fair queries: one word a line (e.g. TIME.STP).
    void load_stopwords(const std::filesystem::path& file);

  private:
    Xapian::Database db_;
    Xapian::Stem stemmer_{"en"};
    Xapian::QueryParser parser_;
    Xapian::SimpleStopper stopper_;
};

// Xapian's weighting scheme by name (as ReferenceSetup::scheme).
std::unique_ptr<Xapian::Weight> weighting_scheme(const std::string& name);

// qid<TAB>query lines.
std::vector<std::pair<std::string, std::string>> read_topics(const std::filesystem::path& file);

double seconds_since(std::chrono::steady_clock::time_point start);

}  // namespace newsdex::bench
