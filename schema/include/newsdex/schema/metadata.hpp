#pragma once
// What a newsdex database records about itself in Xapian's metadata
// (keys in schema.hpp): its schema version and the languages of its
// documents, so that queries can be stemmed in each.
#include <xapian.h>

#include <set>
#include <string>

namespace newsdex::schema {

// The languages recorded in a database (metadata newsdex.languages).
std::set<std::string> index_languages(const Xapian::Database& db);
// Records `languages` (with those already recorded) for the next commit.
void record_index_languages(Xapian::WritableDatabase& db, const std::set<std::string>& languages);

// Stamps a new database with kSchemaVersion; throws
// Xapian::InvalidArgumentError naming `name` when it holds another version.
void check_or_stamp_schema_version(Xapian::WritableDatabase& db, const std::string& name);

}  // namespace newsdex::schema
