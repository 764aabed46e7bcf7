#include "newsdex/schema/shards.hpp"

#include <fstream>
#include <stdexcept>
#include <system_error>

#include "newsdex/hash.hpp"
#include "newsdex/schema/database_path.hpp"

namespace newsdex::schema {

namespace fs = std::filesystem;

fs::path shard_stub(const fs::path& database) {
    return database / "XAPIANDB";
}

fs::path shard_folder(const fs::path& database, std::size_t index) {
    return database / ("shard" + std::to_string(index));
}

std::vector<fs::path> shard_folders(const fs::path& database) {
    const fs::path stub = shard_stub(database);
    std::error_code ec;
    if (!fs::is_regular_file(stub, ec)) return {database};
    std::vector<fs::path> shards;
    for (const auto& [number, backend, target, extra] : read_stub(stub)) {
        if ((backend != "auto" && backend != "glass") || target.empty() || !extra.empty() ||
            fs::path(target).is_absolute() || target.find('/') != std::string::npos)
            throw std::runtime_error(stub.string() + ":" + std::to_string(number) +
                                     ": not a shard newsdex writes (\"auto shardN\"); an "
                                     "indexer writes only its own shards (search reads any stub)");
        shards.push_back(database / target);
    }
    if (shards.empty()) throw std::runtime_error(stub.string() + ": lists no shard");
    return shards;
}

void write_shard_stub(const fs::path& database, std::size_t count) {
    const fs::path stub = shard_stub(database);
    const fs::path beside = stub.string() + ".new";
    {
        std::ofstream out(beside, std::ios::binary | std::ios::trunc);
        out << "# newsdex: " << count << " shards; a document is in shard FNV-1a(id term) % "
            << count << "\n";
        for (std::size_t i = 0; i < count; ++i)
            out << "auto " << shard_folder(fs::path(), i).string() << "\n";
        out.close();
        if (!out) throw std::runtime_error("cannot write " + beside.string());
    }
    fs::rename(beside, stub);
    // "auto", not "glass": a replica of a shard (xapian-replicate) is a
    // folder with a stub of its own, and the same stub then opens it.
}

std::size_t shard_of(std::string_view id_term, std::size_t count) {
    return count <= 1 ? 0 : static_cast<std::size_t>(fnv1a(id_term) % count);
}

}  // namespace newsdex::schema
