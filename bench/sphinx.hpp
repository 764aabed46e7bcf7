#pragma once
// Sphinx (Debian's sphinxsearch, 2.2) as a third engine in index_bench:
// the documents as newsdex's readers read them, written once as an
// xmlpipe2 stream, then Sphinx's own `indexer` run on them, timed. Sphinx
// 2.2 keeps no text of its own (no snippets from its index), positions yes.
#include <filesystem>
#include <string>
#include <vector>

#include "newsdex/document.hpp"

namespace newsdex::bench {

class SphinxRun {
  public:
    // Writes the stream and a configuration under `work`, for the
    // Sphinx indexer at `indexer` (/usr/bin/indexer).
    SphinxRun(const std::filesystem::path& work, const std::vector<Document>& documents,
              std::string indexer);
    // Indexes once, in this process (call it in a child: it execs).
    [[noreturn]] void exec_indexer() const;
    std::filesystem::path index_folder() const { return work_ / "index"; }

  private:
    std::filesystem::path work_;
    std::string indexer_;
};

}  // namespace newsdex::bench
