#pragma once
// The indexer's command-line options, kept out of main so that main stays
// a page long and the options can be tested.
#include <cxxopts.hpp>

#include "newsdex/index/indexing.hpp"

namespace newsdex::index {

void add_indexer_options(cxxopts::Options& cli);

// Throws std::invalid_argument for values that make no sense.
IndexingOptions indexing_options_from(const cxxopts::ParseResult& args);

inline constexpr const char* kIndexerHelpEpilogue =
    "\nFormats: auto (default: from each file's content and name), text, jsonl, trec, reuters,\n"
    "html, rss, atom; any of them may be gzip-compressed (.gz).\n"
    "Exit status: 0 all indexed, 1 some documents or files failed (each reported on stderr\n"
    "as FILE:LINE: error: ...; every good document is still indexed), 2 fatal error.\n";

}  // namespace newsdex::index
