#pragma once
// One indexing run: walk the named paths, read each file with its reader,
// enrich and add every document, report each problem as it happens, and
// sum up. Per-file problems are counted, never fatal.
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "newsdex/corpus/reader.hpp"
#include "newsdex/index/index_writer.hpp"

namespace newsdex::index {

struct IndexingOptions {
    std::filesystem::path database;
    std::string format = "auto";  // or one of reader_formats()
    WriterOptions writer;
    corpus::ReaderOptions reader;
    std::vector<std::filesystem::path> gazetteers;  // the user's own, beside the shipped ones
};

struct IndexingSummary {
    std::size_t files = 0;
    std::size_t added = 0;
    std::size_t updated = 0;
    std::size_t failed = 0;    // documents or files lost to errors
    std::size_t warnings = 0;  // problems after which the document was still indexed
    std::size_t skipped = 0;   // files in folders that no reader claims
    double seconds = 0;

    // "indexed 45 documents (45 added, 0 updated, 0 failed) ... in 0.21 s"
    std::string describe(const std::filesystem::path& database) const;
};

// Throws on what stops the whole run (unknown format, database that
// cannot be opened); writes per-file problems to `diagnostics`.
IndexingSummary index_paths(const std::vector<std::filesystem::path>& paths,
                            const IndexingOptions& options, std::ostream& diagnostics);

}  // namespace newsdex::index
