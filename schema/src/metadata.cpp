#include "newsdex/schema/metadata.hpp"

#include <nlohmann/json.hpp>

#include "newsdex/hash.hpp"
#include "newsdex/schema/schema.hpp"

namespace newsdex::schema {

std::set<std::string> index_languages(const Xapian::Database& db) {
    std::set<std::string> languages;
    const std::string list = db.get_metadata(std::string(kLanguagesKey));
    std::size_t start = 0;
    while (start < list.size()) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string::npos) comma = list.size();
        if (comma > start) languages.insert(list.substr(start, comma - start));
        start = comma + 1;
    }
    return languages;
}

void record_index_languages(Xapian::WritableDatabase& db, const std::set<std::string>& languages) {
    std::set<std::string> all = index_languages(db);
    all.insert(languages.begin(), languages.end());
    std::string list;
    for (const std::string& lang : all)
        list += (list.empty() ? "" : ",") + lang;
    if (db.get_metadata(std::string(kLanguagesKey)) != list)
        db.set_metadata(std::string(kLanguagesKey), list);
}

void check_or_stamp_schema_version(Xapian::WritableDatabase& db, const std::string& name) {
    const std::string version = std::to_string(kSchemaVersion);
    const std::string stored = db.get_metadata(std::string(kSchemaKey));
    if (stored.empty() && db.get_doccount() > 0)
        throw Xapian::InvalidArgumentError(name +
                                           " is a Xapian database that newsdex did not "
                                           "make; index into a new database");
    if (stored.empty()) {
        db.set_metadata(std::string(kSchemaKey), version);
    } else if (stored != version) {
        throw Xapian::InvalidArgumentError(
            "database " + name + " has schema version " + stored + ", this indexer writes " +
            version + "; rebuild it: indexer --rebuild --db " + name + " PATH...");
    }
}

}  // namespace newsdex::schema

namespace newsdex::schema {

using nlohmann::json;

std::string file_key(const std::string& path) {
    return std::string(kFileKeyPrefix) + hex64(fnv1a(path));
}

std::string encode_file_record(const FileRecord& r) {
    const json j = {{"path", r.path}, {"size", r.size},           {"mtime_ns", r.mtime_ns},
                    {"hash", r.hash}, {"documents", r.documents}, {"root", r.root}};
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<FileRecord> decode_file_record(const std::string& data) {
    const json j = json::parse(data, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("path")) return std::nullopt;
    try {
        return FileRecord{j.at("path").get<std::string>(),        j.value("size", std::uint64_t{0}),
                          j.value("mtime_ns", std::int64_t{0}),   j.value("hash", ""),
                          j.value("documents", std::uint64_t{0}), j.value("root", "")};
    } catch (const json::exception&) {
        return std::nullopt;
    }
}

std::map<std::string, FileRecord> read_file_records(const Xapian::Database& db) {
    std::map<std::string, FileRecord> records;
    const std::string prefix(kFileKeyPrefix);
    for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key)
        if (auto record = decode_file_record(db.get_metadata(*key)))
            records.emplace(record->path, std::move(*record));
    return records;
}

std::string encode_run_record(const RunRecord& r) {
    const json j = {{"started", r.started}, {"finished", r.finished}, {"added", r.added},
                    {"updated", r.updated}, {"removed", r.removed},   {"unchanged", r.unchanged},
                    {"failed", r.failed},   {"sources", r.sources}};
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<RunRecord> decode_run_record(const std::string& data) {
    const json j = json::parse(data, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) return std::nullopt;
    try {
        RunRecord r;
        r.started = j.value("started", "");
        r.finished = j.value("finished", "");
        for (auto [key, field] : {std::pair{"added", &r.added},
                                  {"updated", &r.updated},
                                  {"removed", &r.removed},
                                  {"unchanged", &r.unchanged},
                                  {"failed", &r.failed}})
            *field = j.value(key, std::uint64_t{0});
        if (j.contains("sources")) r.sources = j.at("sources").get<std::vector<std::string>>();
        return r;
    } catch (const json::exception&) {
        return std::nullopt;
    }
}

std::vector<std::string> read_sources(const Xapian::Database& db) {
    return read_list(db, std::string(kSourcesKey));
}

std::vector<std::string> read_list(const Xapian::Database& db, const std::string& key) {
    const json j = json::parse(db.get_metadata(key), nullptr, false);
    std::vector<std::string> sources;
    if (j.is_array())
        for (const json& s : j)
            if (s.is_string()) sources.push_back(s.get<std::string>());
    return sources;
}

std::string encode_list(const std::vector<std::string>& sources) {
    return json(sources).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace newsdex::schema
