#pragma once
// What a newsdex database records about itself in Xapian's metadata
// (keys in schema.hpp): its schema version, the languages of its
// documents, the source files it was built from and its last run. All of
// it is committed with the documents it describes, so a run killed at any
// moment leaves the two in step.
#include <xapian.h>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace newsdex::schema {

// The languages recorded in a database (metadata newsdex.languages).
std::set<std::string> index_languages(const Xapian::Database& db);
// Records `languages` (with those already recorded) for the next commit.
void record_index_languages(Xapian::WritableDatabase& db, const std::set<std::string>& languages);

// Stamps a new database with kSchemaVersion; throws
// Xapian::InvalidArgumentError naming `name` when it holds another version.
void check_or_stamp_schema_version(Xapian::WritableDatabase& db, const std::string& name);

// One source file as the run that last read it saw it.
struct FileRecord {
    std::string path;  // canonical
    std::uint64_t size = 0;
    std::int64_t mtime_ns = 0;
    std::string hash;  // FNV-1a of its bytes, 16 hex digits
    std::uint64_t documents = 0;
    std::string root;  // the source (a path given to a run) it was found under
};
std::string file_key(const std::string& path);
std::string encode_file_record(const FileRecord& record);
// Nothing for data that is not a file record.
std::optional<FileRecord> decode_file_record(const std::string& data);
// Every file record, by path.
std::map<std::string, FileRecord> read_file_records(const Xapian::Database& db);

// One indexing run, as --status reports it.
struct RunRecord {
    std::string started, finished;  // ISO 8601, UTC
    std::uint64_t added = 0, updated = 0, removed = 0, unchanged = 0, failed = 0;
    std::vector<std::string> sources;
};
std::string encode_run_record(const RunRecord& run);
std::optional<RunRecord> decode_run_record(const std::string& data);

// The sources (paths given to runs) a database has been built from.
std::vector<std::string> read_sources(const Xapian::Database& db);
// A JSON list of strings kept under `key` (sources, gazetteer files).
std::vector<std::string> read_list(const Xapian::Database& db, const std::string& key);
std::string encode_list(const std::vector<std::string>& list);

}  // namespace newsdex::schema
