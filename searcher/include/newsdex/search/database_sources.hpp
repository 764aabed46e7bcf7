#pragma once
// Opening what a search runs over, as one Xapian::Database: any mix of
//   - a database folder (one database, or newsdex's shards under their
//     stub, XAPIANDB), waiting a moment for one an indexer is creating;
//   - a stub file listing databases (Xapian's format: "glass PATH",
//     "auto PATH", "remote HOST:PORT");
//   - remote:HOST:PORT, a shard served by xapian-tcpsrv.
// Remote shards are opened with our own timeouts (the stub lines too), so
// a server that is down or stops answering is an error within
// `timeout_seconds`, never a hang. No stub may run a program
// (schema/database_path.hpp).
#include <xapian.h>

#include <string>
#include <vector>

namespace newsdex::search {

struct SourceOptions {
    double timeout_seconds = 10;  // connecting, and each answer of a server
};

struct OpenedSources {
    Xapian::Database db;
    bool remote = false;               // some shard is served over the network
    std::vector<std::string> remotes;  // HOST:PORT of each, to name in errors
    // Each local database on its own, in the order `db` holds them (they
    // share its state: reopening `db` reopens them).
    std::vector<Xapian::Database> parts;
    std::vector<std::string> part_folders;  // the folder of each part (its facet file)
};

// "remote:HOST:PORT" (HOST may be [IPv6]).
bool is_remote_source(const std::string& source);

// Throws std::runtime_error naming the source that cannot be opened.
OpenedSources open_sources(const std::vector<std::string>& sources, const SourceOptions& options);

}  // namespace newsdex::search
