#include "newsdex/index/rebuild.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "newsdex/index/sharded_index.hpp"
#include "newsdex/parallel.hpp"
#include "newsdex/schema/mapped_file.hpp"
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

// The folder a replacement for `live` is built in, beside it
// (live.WHAT-PID): emptied of any leftover first, and removed when this
// goes, whether the build failed or, after switch_folders, it holds what
// was live. Declared before the lock on `live`, it is removed after the
// lock is let go.
class FreshFolder {
  public:
    FreshFolder(const fs::path& live, const char* what)
        : path_(live.string() + "." + what + "-" + std::to_string(::getpid())) {
        remove();
    }
    ~FreshFolder() { remove(); }
    FreshFolder(const FreshFolder&) = delete;
    FreshFolder& operator=(const FreshFolder&) = delete;
    const fs::path& path() const { return path_; }

  private:
    void remove() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    fs::path path_;
};

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
    const FreshFolder fresh(options.database, "rebuild");
    // Holding the live database's lock keeps other indexers out until the
    // switch; the writers take them (and wait for them with --wait).
    WriterOptions lock_only = options.writer;
    lock_only.lock_only = true;  // an older schema's database is replaced too
    const ShardedIndex hold(options.database, lock_only);
    IndexingOptions fresh_options = options;
    fresh_options.database = fresh.path();
    IndexingSummary summary = index_paths(paths, fresh_options, diagnostics);
    switch_folders(fresh.path(), options.database);
    return summary;  // and the old database, now in `fresh`, goes
}

// Shards are compacted at once, a thread each (up to one a core): each
// reads and writes only its own files.
void compact_shards(const fs::path& database) {
    const std::vector<fs::path> shards = schema::shard_folders(database);
    for_each_in_parallel(shards.size(), [&](std::size_t i) {
        const FreshFolder fresh(shards[i], "compact");
        Xapian::Database written(shards[i].string());
        compact_and_switch(written, fresh.path(), shards[i], Xapian::DBCOMPACT_NO_RENUMBER);
    });  // each shard as written goes with its `fresh`
}

Xapian::doccount compact_database(const fs::path& database, const WriterOptions& options) {
    std::error_code ec;
    if (!fs::exists(database, ec)) throw std::runtime_error("no database at " + database.string());
    const FreshFolder fresh(database, "compact");
    const ShardedIndex hold(database, options);
    // Metadata (the database's records) is taken from the first source,
    // shard 0, where it lives.
    Xapian::Database shards(database.string());
    const Xapian::doccount documents = shards.get_doccount();
    compact_and_switch(shards, fresh.path(), database);
    schema::write_files_for_search(database);
    return documents;  // and the shards as they were, now in `fresh`, go
}

}  // namespace newsdex::index
