#pragma once
// The indexer's command-line options, kept out of main so that main stays
// a page long and the options can be tested.
#include <cxxopts.hpp>

#include "newsdex/index/indexing.hpp"

namespace newsdex::index {

void add_indexer_options(cxxopts::Options& cli);

// What one invocation is to do.
struct IndexerCommand {
    enum class Mode {
        kIndex,    // index PATHs incrementally into the database
        kRebuild,  // index PATHs into a fresh database, then switch to it
        kStatus,   // print what the database holds
        kCompact,  // merge the shards into one database
    } mode = Mode::kIndex;
    IndexingOptions options;
    std::vector<std::filesystem::path> paths;
    bool json = false;  // --status --json
};

// Throws std::invalid_argument for values that make no sense (and for a
// missing PATH where one is needed).
IndexerCommand indexer_command_from(const cxxopts::ParseResult& args);
// The indexing options alone.
IndexingOptions indexing_options_from(const cxxopts::ParseResult& args);

inline constexpr const char* kIndexerHelpEpilogue =
    "\nFormats: auto (default: from each file's content and name), text, jsonl, trec, reuters,\n"
    "html, rss, atom; any of them may be gzip-compressed (.gz).\n"
    "A rerun skips unchanged files and records and removes the documents of files gone\n"
    "from the PATHs it is given (not from others); --status tells what a database holds.\n"
    "Exit status: 0 all indexed, 1 some documents or files failed (each reported on stderr\n"
    "as FILE:LINE: error: ...; every good document is still indexed), 2 fatal error.\n";

}  // namespace newsdex::index
