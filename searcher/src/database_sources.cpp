#include "newsdex/search/database_sources.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <thread>

#include "newsdex/schema/database_path.hpp"
#include "newsdex/schema/schema.hpp"
#include "newsdex/strings.hpp"

namespace newsdex::search {

namespace {

namespace fs = std::filesystem;

// A folder an indexer has made but not yet committed to holds a lock file
// and nothing Xapian can open.
bool being_created(const fs::path& path) {
    std::error_code ec;
    return fs::is_directory(path, ec) && !fs::exists(path / "iamglass", ec) &&
           !fs::exists(path / "iamchert", ec) && !fs::exists(path / "XAPIANDB", ec);
}

// A database newsdex did not make has no newsdex.schema; searching it
// would find nothing (or nonsense) and say "no hits".
void check_newsdex_database(const Xapian::Database& db, const std::string& name) {
    const std::string version = db.get_metadata(std::string(schema::kSchemaKey));
    if (version.empty() && db.get_doccount() > 0)
        throw std::runtime_error(name +
                                 " is not a newsdex database (a Xapian database "
                                 "without newsdex's schema)");
    if (!version.empty() && std::atoi(version.c_str()) > schema::kSchemaVersion)
        throw std::runtime_error("database " + name + " has schema version " + version +
                                 ", newer than this search reads (" +
                                 std::to_string(schema::kSchemaVersion) + ")");
}

Xapian::Database open_folder(const fs::path& path) {
    // A database being created is waited for a few seconds; a missing one
    // a tenth of a second (where a file system cannot swap folders,
    // indexer --rebuild leaves the path missing for a moment).
    for (int wait = 0;; ++wait) {
        std::error_code ec;
        const bool exists = fs::exists(path, ec);
        try {
            if (exists) return Xapian::Database(path.string());
        } catch (const Xapian::DatabaseOpeningError& e) {
            if (!being_created(path))
                throw std::runtime_error("cannot open database " + path.string() + ": " +
                                         e.get_msg());
        }
        if (!exists && wait == 5)
            throw std::runtime_error("no database at " + path.string() +
                                     " (create it with: indexer --db " + path.string() +
                                     " PATH...)");
        if (exists && wait == 250)
            throw std::runtime_error("database " + path.string() +
                                     " is being created: no revision is committed yet; try "
                                     "again when the indexer has committed");
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

class Opener {
  public:
    explicit Opener(const SourceOptions& options) : options_(options) {}

    void source(const std::string& source) {
        if (is_remote_source(source)) return remote(source.substr(7), source);
        // A stub (a sharded database's too) is opened database by
        // database, so that each can be counted on its own (facets).
        if (const fs::path file = schema::stub_of(source); !file.empty()) return stub(file, 0);
        add(open_folder(source), source, source);
    }

    OpenedSources take() { return std::move(opened_); }

  private:
    // Every shard of a newsdex database carries its schema stamp.
    void add(const Xapian::Database& db, const std::string& name, const std::string& folder) {
        check_newsdex_database(db, name);
        opened_.db.add_database(db);
        if (folder.empty()) return;  // remote
        opened_.parts.push_back(db);
        opened_.part_folders.push_back(folder);
    }

    void remote(const std::string& host_port, const std::string& where) {
        const auto colon = host_port.rfind(':');
        std::string host = host_port.substr(0, colon == std::string::npos ? 0 : colon);
        const std::string port = colon == std::string::npos ? "" : host_port.substr(colon + 1);
        if (host.size() > 2 && host.front() == '[' && host.back() == ']')
            host = host.substr(1, host.size() - 2);
        char* end = nullptr;
        const unsigned long number = std::strtoul(port.c_str(), &end, 10);
        if (host.empty() || port.empty() || *end != '\0' || number == 0 || number > 65535)
            throw std::runtime_error(where +
                                     ": a remote database is remote:HOST:PORT (port 1-65535)");
        const auto ms = static_cast<unsigned>(options_.timeout_seconds * 1000);
        try {
            add(Xapian::Remote::open(host, static_cast<unsigned>(number), ms, ms), where, "");
        } catch (const Xapian::NetworkError& e) {
            throw std::runtime_error("cannot reach the remote database " + host_port + " (" +
                                     where + "): " + e.get_msg() +
                                     "; is xapian-tcpsrv running there?");
        }
        opened_.remote = true;
        opened_.remotes.push_back(host_port);
    }

    // Xapian's stub format, read here so that remote lines get our
    // timeouts; schema::check_database_path has refused programs.
    void stub(const fs::path& file, int depth) {
        if (depth == 0) schema::check_database_path(file);
        if (depth > schema::kMaxStubDepth)
            throw std::runtime_error("database stub " + file.string() + ": stubs nested too deep");
        for (const schema::StubLine& line : schema::read_stub(file)) {
            const std::string where = file.string() + ":" + std::to_string(line.number);
            if (line.backend == "remote") {
                remote(line.target, where);
                continue;
            }
            const fs::path path = schema::named_path(file, line);
            if (const fs::path nested = schema::stub_of(path); !nested.empty()) {
                stub(nested, depth + 1);
            } else {
                add(open_folder(path), where, path.string());
            }
        }
    }

    const SourceOptions& options_;
    OpenedSources opened_;
};

}  // namespace

bool is_remote_source(const std::string& source) {
    return starts_with(source, "remote:");
}

OpenedSources open_sources(const std::vector<std::string>& sources, const SourceOptions& options) {
    if (sources.empty()) throw std::runtime_error("no database given");
    Opener opener(options);
    for (const std::string& source : sources) {
        if (!is_remote_source(source)) schema::check_database_path(source);
        opener.source(source);
    }
    return opener.take();
}

}  // namespace newsdex::search
