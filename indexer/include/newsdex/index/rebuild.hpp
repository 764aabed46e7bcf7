#pragma once
// `indexer --rebuild`: index the sources into a fresh database beside the
// live one, then switch the two in one atomic step (renameat2 with
// RENAME_EXCHANGE), so searches see the old index until the new one is
// complete and never a half-built one. The live database's write lock is
// held throughout, so no other indexer writes into what is replaced.
#include <filesystem>
#include <iosfwd>
#include <vector>

#include <xapian.h>

#include "newsdex/index/indexing.hpp"

namespace newsdex::index {

IndexingSummary rebuild_paths(const std::vector<std::filesystem::path>& paths,
                              const IndexingOptions& options, std::ostream& diagnostics);

// `indexer --compact`: merges the shards of the database into one compact
// Xapian database (xapian-compact's work, through Xapian::Database::compact)
// beside it, and switches to it in the same atomic step, holding every
// shard's lock. Returns the documents it holds.
Xapian::doccount compact_database(const std::filesystem::path& database,
                                  const WriterOptions& options);

// Rewrites each shard of a database compact, in place (each switched in one
// step like a rebuild). The indexer does it after the first run into a new
// database: commits every 500 documents leave its B-tree blocks half
// full (AG News twice the size written in one go), and compacting costs a
// twentieth of that run. Call it holding the database's write lock.
void compact_shards(const std::filesystem::path& database);

}  // namespace newsdex::index
