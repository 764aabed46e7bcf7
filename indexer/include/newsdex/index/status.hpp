#pragma once
// `indexer --status`: what a database holds and how its last run went,
// for an operator or a monitoring script (--json).
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "newsdex/schema/metadata.hpp"

namespace newsdex::index {

struct DatabaseStatus {
    std::filesystem::path path;
    std::uint64_t documents = 0;
    std::vector<std::pair<std::string, std::uint64_t>> sources;  // path, documents
    std::optional<schema::RunRecord> last_run;
    std::uint64_t bytes = 0;
    std::string schema_version;
    // Of one database; over shards, the sum of theirs (it grows with every
    // commit of any shard, and stays when nothing changed).
    std::uint64_t revision = 0;
    std::size_t shards = 1;
};

// Throws std::runtime_error when there is no database at `database`.
DatabaseStatus read_status(const std::filesystem::path& database);
void print_status(std::ostream& out, const DatabaseStatus& status, bool json);

}  // namespace newsdex::index
