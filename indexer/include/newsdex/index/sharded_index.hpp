#pragma once
// A database of one or more shards (schema/shards.hpp), each written by its
// own IndexWriter (its own thread and its own Xapian lock). A document
// goes to the shard its id term hashes to; removals by file go to every
// shard; the database's records (metadata) go to shard 0.
//
// Crash safety: Xapian commits each shard on its own, so the records that
// say a file is indexed reach shard 0 only after every other shard has
// committed its documents. A run killed before that leaves files without
// their records: the next run reads them again and finds their records
// unchanged (record hashes), so nothing is lost or counted twice.
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "newsdex/index/index_writer.hpp"

namespace newsdex::index {

// Shards of a new database when none are asked for: one per core (at most
// 8), so that analysis and writing use them all.
std::size_t default_shard_count();

class ShardedIndex {
  public:
    // Opens every shard of the database, creating it (with `shards`
    // shards, or default_shard_count() when 0) when missing. An existing
    // database keeps its shards: asking for another count throws
    // std::invalid_argument (rebuild or compact to change it).
    ShardedIndex(const std::filesystem::path& database, const WriterOptions& options,
                 std::size_t shards = 0);
    std::size_t size() const { return shards_.size(); }
    IndexWriter& shard(std::size_t index) { return *shards_[index]; }
    IndexWriter& shard_for(const std::string& id_term);
    // Shard 0: the database's records and entity aliases.
    IndexWriter& records() { return *shards_.front(); }

    // Kept until every other shard is flushed, then written to shard 0.
    void set_metadata(std::string key, std::string value);
    // Applies every change queued, commits the other shards, then hands
    // shard 0 the records and every shard's languages.
    void flush();
    // flush(), then commits every shard that changed, shard 0 last.
    void commit();
    bool changed_anything() const;
    WriteTotals take_totals();

  private:
    std::filesystem::path database_;
    std::vector<std::unique_ptr<IndexWriter>> shards_;
    std::map<std::string, std::string> metadata_;  // not yet handed to shard 0
};

}  // namespace newsdex::index
