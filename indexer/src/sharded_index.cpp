#include "newsdex/index/sharded_index.hpp"

#include <algorithm>
#include <stdexcept>
#include <system_error>
#include <thread>

#include "newsdex/parallel.hpp"
#include "newsdex/schema/database_path.hpp"
#include "newsdex/schema/shards.hpp"

namespace newsdex::index {

namespace fs = std::filesystem;

namespace {

// The shard count of an existing database; 0 when there is none yet.
std::size_t shards_of_existing(const fs::path& database) {
    std::error_code ec;
    if (fs::is_regular_file(schema::shard_stub(database), ec))
        return schema::shard_folders(database).size();
    if (!fs::is_directory(database, ec) || fs::is_empty(database, ec)) return 0;
    return 1;  // one Xapian database (or something Xapian will name)
}

}  // namespace

std::size_t default_shard_count() {
    return std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
}

ShardedIndex::ShardedIndex(const fs::path& database, const WriterOptions& options,
                           std::size_t shards)
    : database_(database) {
    schema::check_database_path(database);
    std::error_code ec;
    if (fs::exists(database, ec) && !fs::is_directory(database, ec))
        throw std::runtime_error(database.string() +
                                 " is a file (a stub listing databases?): an indexer writes a "
                                 "database folder; give the folder of the database to write");
    const std::size_t existing = shards_of_existing(database);
    if (existing && shards && shards != existing)
        throw std::invalid_argument(
            "database " + database.string() + " has " + std::to_string(existing) +
            (existing == 1 ? " shard" : " shards") + "; --shards " + std::to_string(shards) +
            " needs --rebuild (or --compact, to make one)");
    const std::size_t count = existing ? existing : shards ? shards : default_shard_count();
    if (count == 1) {
        shards_.push_back(std::make_unique<IndexWriter>(database, options));
        return;
    }
    for (std::size_t i = 0; i < count; ++i)
        shards_.push_back(
            std::make_unique<IndexWriter>(schema::shard_folder(database, i), options));
    // Last, so that a search never opens a stub naming shards not made yet.
    if (!existing) schema::write_shard_stub(database, count);
}

IndexWriter& ShardedIndex::shard_for(const std::string& id_term) {
    return *shards_[schema::shard_of(id_term, shards_.size())];
}

void ShardedIndex::set_metadata(std::string key, std::string value) {
    metadata_[std::move(key)] = std::move(value);
}

void ShardedIndex::flush() {
    std::set<std::string> languages;
    for (std::size_t i = 1; i < shards_.size(); ++i) {
        shards_[i]->commit();
        const auto more = shards_[i]->languages();
        languages.insert(more.begin(), more.end());
    }
    records().add_languages(languages);
    for (auto& [key, value] : metadata_)
        records().set_metadata(key, std::move(value));
    metadata_.clear();
    records().flush();
}

void ShardedIndex::commit() {
    // Every shard's last batch at once, each by its own writer thread (one
    // after the other, the run's end waited for each in turn); then the
    // languages and metadata, a small commit of shard 0.
    if (shards_.size() > 1)
        for_each_in_parallel(shards_.size(), [&](std::size_t i) { shards_[i]->commit(); });
    flush();
    records().commit();
}

bool ShardedIndex::changed_anything() const {
    return std::any_of(shards_.begin(), shards_.end(),
                       [](const auto& shard) { return shard->changed_anything(); });
}

WriteTotals ShardedIndex::take_totals() {
    WriteTotals all;
    for (auto& shard : shards_) {
        WriteTotals one = shard->take_totals();
        all.added += one.added;
        all.updated += one.updated;
        all.removed += one.removed;
        for (auto& failed : one.failed)
            all.failed.push_back(std::move(failed));
    }
    return all;
}

}  // namespace newsdex::index
