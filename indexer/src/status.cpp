#include "newsdex/index/status.hpp"

#include <xapian.h>

#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <stdexcept>

#include "newsdex/index/run_log.hpp"
#include "newsdex/schema/database_path.hpp"
#include "newsdex/schema/schema.hpp"
#include "newsdex/schema/shards.hpp"

namespace newsdex::index {

namespace fs = std::filesystem;

namespace {

std::uint64_t folder_bytes(const fs::path& folder) {
    std::uint64_t total = 0;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) return fs::file_size(folder, ec);
    for (auto it = fs::recursive_directory_iterator(folder, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec)) total += it->file_size(ec);
    return total;
}

nlohmann::json run_json(const schema::RunRecord& r) {
    return {{"started", r.started}, {"finished", r.finished}, {"added", r.added},
            {"updated", r.updated}, {"removed", r.removed},   {"unchanged", r.unchanged},
            {"failed", r.failed},   {"sources", r.sources}};
}

}  // namespace

DatabaseStatus read_status(const fs::path& database) {
    std::error_code ec;
    if (!fs::exists(database, ec)) throw std::runtime_error("no database at " + database.string());
    schema::check_database_path(database);
    const Xapian::Database db(database.string());
    DatabaseStatus s;
    s.path = database;
    s.documents = db.get_doccount();
    s.schema_version = db.get_metadata(std::string(schema::kSchemaKey));
    const auto shards = schema::shard_folders(database);
    s.shards = shards.size();
    for (const fs::path& shard : shards)
        s.revision += Xapian::Database(shard.string()).get_revision();
    s.bytes = folder_bytes(database);
    std::map<std::string, std::uint64_t> per_root;
    for (const auto& [path, record] : schema::read_file_records(db))
        per_root[record.root] += record.documents;
    for (const std::string& source : schema::read_sources(db))
        s.sources.emplace_back(source, per_root[source]);
    // The file beside the database also tells of runs that changed nothing.
    s.last_run = read_last_run_file(database);
    if (!s.last_run)
        s.last_run = schema::decode_run_record(db.get_metadata(std::string(schema::kLastRunKey)));
    return s;
}

void print_status(std::ostream& out, const DatabaseStatus& s, bool json) {
    if (json) {
        nlohmann::json sources = nlohmann::json::array();
        for (const auto& [path, documents] : s.sources)
            sources.push_back({{"path", path}, {"documents", documents}});
        const nlohmann::json j = {{"database", s.path.string()},
                                  {"documents", s.documents},
                                  {"sources", sources},
                                  {"last_run", s.last_run ? run_json(*s.last_run) : nullptr},
                                  {"bytes", s.bytes},
                                  {"schema", s.schema_version},
                                  {"revision", s.revision},
                                  {"shards", s.shards}};
        out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return;
    }
    out << "database   " << s.path.string() << "\ndocuments  " << s.documents << "\nsize       "
        << s.bytes << " bytes\nshards     " << s.shards << "\nschema     " << s.schema_version
        << " (revision " << s.revision << ")\nsources\n";
    for (const auto& [path, documents] : s.sources)
        out << "  " << path << "  " << documents << " documents\n";
    if (!s.last_run) {
        out << "last run   none recorded\n";
        return;
    }
    const schema::RunRecord& r = *s.last_run;
    out << "last run   " << r.started << " to " << r.finished << ": " << r.added << " added, "
        << r.updated << " updated, " << r.removed << " removed, " << r.unchanged << " unchanged, "
        << r.failed << " failed\n";
}

}  // namespace newsdex::index
