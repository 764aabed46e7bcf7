#pragma once
// The plain-Xapian reference every newsdex figure stands beside: the same
// documents indexed with Xapian::TermGenerator (English stemmer, positions)
// and searched with Xapian::QueryParser (English stemmer, its default
// STEM_SOME and OR) ranked by Xapian's default BM25.
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "newsdex/document.hpp"
#include "newsdex/search/evaluation.hpp"

namespace newsdex::bench {

// Documents read with newsdex's readers (the same input for both sides).
std::vector<Document> read_documents(const std::vector<std::filesystem::path>& paths,
                                     const std::string& format);

class Reference {
  public:
    // Indexes the documents into a new database at `path`.
    static void build(const std::filesystem::path& path, const std::vector<Document>& documents);

    explicit Reference(const std::filesystem::path& path);
    // Document ids and scores of the best `limit` documents; with
    // `snippets`, also Xapian's own snippet of each (MSet::snippet).
    std::vector<search::RunEntry> search(const std::string& query, std::size_t limit,
                                         std::vector<std::string>* snippets = nullptr) const;

  private:
    Xapian::Database db_;
    Xapian::Stem stemmer_{"en"};
    Xapian::QueryParser parser_;
};

// qid<TAB>query lines.
std::vector<std::pair<std::string, std::string>> read_topics(const std::filesystem::path& file);

double seconds_since(std::chrono::steady_clock::time_point start);

}  // namespace newsdex::bench
