#include "newsdex/schema/metadata.hpp"

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
    db.set_metadata(std::string(kLanguagesKey), list);
}

void check_or_stamp_schema_version(Xapian::WritableDatabase& db, const std::string& name) {
    const std::string version = std::to_string(kSchemaVersion);
    const std::string stored = db.get_metadata(std::string(kSchemaKey));
    if (stored.empty()) {
        db.set_metadata(std::string(kSchemaKey), version);
    } else if (stored != version) {
        throw Xapian::InvalidArgumentError(
            "database " + name + " has schema version " + stored + ", this indexer writes " +
            version + "; index into a new database (or delete this one and index again)");
    }
}

}  // namespace newsdex::schema
