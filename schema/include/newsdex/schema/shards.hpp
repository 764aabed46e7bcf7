#pragma once
// How a database is split into shards, as Xapian itself reads it: the
// database folder holds one Xapian database per shard (shard0, shard1, ...)
// and a stub file XAPIANDB listing them, so that Xapian::Database(folder)
// opens all of them as one. A folder without a stub is one database (one
// shard). A document lives in the shard its id term hashes to, so that a
// rerun finds it where it was put.
//
// The database's own records (metadata: schema, file records, runs,
// sources, languages) live in shard 0 only: Xapian reads metadata from the
// first database of a set. Entity aliases
// (metadata too) live there with them.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace newsdex::schema {

// The stub inside a sharded database folder.
std::filesystem::path shard_stub(const std::filesystem::path& database);
// The shard folders of a database: those its stub lists (in order), or the
// folder itself when it has no stub. Throws std::runtime_error naming the
// stub's line for one newsdex did not write (anything but "auto shardN").
std::vector<std::filesystem::path> shard_folders(const std::filesystem::path& database);
// The folder of shard `index` of a sharded database.
std::filesystem::path shard_folder(const std::filesystem::path& database, std::size_t index);
// Writes the stub listing `count` shards (atomically: written beside, then
// renamed), with paths relative to the folder so that it may be moved.
void write_shard_stub(const std::filesystem::path& database, std::size_t count);
// The shard (0 .. count-1) a document's id term belongs to: FNV-1a, stable
// across runs, machines and versions.
std::size_t shard_of(std::string_view id_term, std::size_t count);

}  // namespace newsdex::schema
