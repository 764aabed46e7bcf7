#include "newsdex/index/rebuild.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <stdexcept>

#include "newsdex/index/sharded_index.hpp"
#include "newsdex/parallel.hpp"
#include "newsdex/schema/facet_file.hpp"
#include "newsdex/schema/shards.hpp"

namespace newsdex::index {

namespace fs = std::filesystem;

namespace {

// Swaps two folders in one step where the file system can; else two
// renames, with a moment in which the live path is missing (searches wait
// for a database being created, see the search library).
void switch_folders(const fs::path& fresh, const fs::path& live) {
    if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE) == 0) return;
    if (errno != EINVAL && errno != ENOSYS)
        throw std::runtime_error("cannot switch " + live.string() +
                                 " to the rebuilt database: " + std::strerror(errno));
    const fs::path aside = live.string() + ".old-" + std::to_string(::getpid());
    fs::rename(live, aside);
    fs::rename(fresh, live);
    fs::rename(aside, fresh);  // so that the old one is removed below
}

// Compacts `source` into the folder `fresh`, checks that no document was
// lost, and switches `live` to it (the old one is then at `fresh`).
void compact_and_switch(Xapian::Database& source, const fs::path& fresh, const fs::path& live,
                        unsigned flags = 0) {
    const Xapian::doccount documents = source.get_doccount();
    source.compact(fresh.string(), flags);
    if (Xapian::Database(fresh.string()).get_doccount() != documents)
        throw std::runtime_error("compacting " + live.string() + " lost documents");
    switch_folders(fresh, live);
}

}  // namespace

IndexingSummary rebuild_paths(const std::vector<fs::path>& paths, const IndexingOptions& options,
                              std::ostream& diagnostics) {
    std::error_code ec;
    if (!fs::exists(options.database, ec)) return index_paths(paths, options, diagnostics);
    // Holding the live database's lock keeps other indexers out until the
    // switch; the writers take them (and wait for them with --wait).
    WriterOptions lock_only = options.writer;
    lock_only.lock_only = true;  // an older schema's database is replaced too
    std::optional<ShardedIndex> hold(std::in_place, options.database, lock_only);
    IndexingOptions fresh_options = options;
    fresh_options.database = options.database.string() + ".rebuild-" + std::to_string(::getpid());
    fs::remove_all(fresh_options.database, ec);
    IndexingSummary summary;
    try {
        summary = index_paths(paths, fresh_options, diagnostics);
        switch_folders(fresh_options.database, options.database);
    } catch (...) {
        fs::remove_all(fresh_options.database, ec);
        throw;
    }
    hold.reset();
    fs::remove_all(fresh_options.database, ec);  // the old database, now
    return summary;
}

// Shards are compacted at once, a thread each (up to one a core): each
// reads and writes only its own files.
void compact_shards(const fs::path& database) {
    const std::vector<fs::path> shards = schema::shard_folders(database);
    for_each_in_parallel(shards.size(), [&](std::size_t i) {
        std::error_code ec;
        const fs::path& shard = shards[i];
        const fs::path fresh = shard.string() + ".compact-" + std::to_string(::getpid());
        fs::remove_all(fresh, ec);
        try {
            Xapian::Database written(shard.string());
            compact_and_switch(written, fresh, shard, Xapian::DBCOMPACT_NO_RENUMBER);
        } catch (...) {
            fs::remove_all(fresh, ec);
            throw;
        }
        fs::remove_all(fresh, ec);  // the shard as written, now
    });
}

Xapian::doccount compact_database(const fs::path& database, const WriterOptions& options) {
    std::error_code ec;
    if (!fs::exists(database, ec)) throw std::runtime_error("no database at " + database.string());
    std::optional<ShardedIndex> hold(std::in_place, database, options);
    const fs::path fresh = database.string() + ".compact-" + std::to_string(::getpid());
    fs::remove_all(fresh, ec);
    Xapian::doccount documents = 0;
    try {
        // Metadata (the database's records) is taken from the first
        // source, shard 0, where it lives.
        Xapian::Database shards(database.string());
        documents = shards.get_doccount();
        compact_and_switch(shards, fresh, database);
        schema::write_facet_files(database);
    } catch (...) {
        fs::remove_all(fresh, ec);
        throw;
    }
    hold.reset();
    fs::remove_all(fresh, ec);  // the shards, now
    return documents;
}

}  // namespace newsdex::index
