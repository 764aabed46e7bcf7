#pragma once
// One indexing run: walk the named paths, skip the files and records the
// database holds unchanged, read the rest through the pipeline, remove
// what vanished from the named sources, report each problem as it
// happens, and sum up. Per-file problems are counted, never fatal. The
// run's bookkeeping is committed with its documents.
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "newsdex/corpus/reader.hpp"
#include "newsdex/index/index_writer.hpp"

namespace newsdex::index {

enum class Verbosity {
    kQuiet,    // errors and the summary only
    kNormal,   // also warnings and files skipped
    kVerbose,  // also every file, read or unchanged
};

struct IndexingOptions {
    std::filesystem::path database;
    std::string format = "auto";  // or one of reader_formats()
    WriterOptions writer;
    corpus::ReaderOptions reader;
    std::vector<std::filesystem::path> gazetteers;  // the user's own, beside the shipped ones
    // Shards of a new database (0: one per core); an existing one keeps its.
    std::size_t shards = 0;
    bool prune = true;                  // remove documents of files gone from the named sources
    std::vector<std::string> excludes;  // --exclude GLOB patterns
    // Ids are unique within a collection and a format: two sources of one
    // format whose ids may clash go into collections of their own.
    std::string collection;
    Verbosity verbosity = Verbosity::kNormal;
    bool progress = false;  // a redrawn progress line on the diagnostics stream
};

struct IndexingSummary {
    std::size_t files = 0;
    std::size_t added = 0;
    std::size_t updated = 0;
    std::size_t removed = 0;
    std::size_t unchanged = 0;
    std::size_t failed = 0;    // documents or files lost to errors
    std::size_t warnings = 0;  // problems after which the document was still indexed
    std::size_t skipped = 0;   // files in folders that no reader claims
    double seconds = 0;

    // "indexed 45 documents from 45 files into DB (45 added, 0 updated,
    // 0 removed, 0 unchanged, 0 failed) in 0.21 s"
    std::string describe(const std::filesystem::path& database) const;
};

// Throws on what stops the whole run (unknown format, database that
// cannot be opened or is locked); writes per-file problems to
// `diagnostics`.
IndexingSummary index_paths(const std::vector<std::filesystem::path>& paths,
                            const IndexingOptions& options, std::ostream& diagnostics);

}  // namespace newsdex::index
