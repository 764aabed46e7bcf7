#pragma once
// What a reader produces and the indexer stores: one news article.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "newsdex/date.hpp"

namespace newsdex {

struct Document {
    std::string id;  // stable and unique: path, DOCNO, NEWID, URL, guid...
    std::string title;
    std::string body;
    std::optional<Date> date;
    std::string format;  // the reader that produced it: text, jsonl, trec...
    std::string source;  // the file it came from
    std::string url;
    std::string lang;  // BCP 47 code when known
    // The collection it was indexed into (indexer --collection): ids are
    // unique within a collection and a format. Empty: the default one.
    std::string collection;
    // Named lists from the source (Reuters PLACES, feed categories, authors).
    std::map<std::string, std::vector<std::string>> metadata;
    // Entities the article mentions, canonical names, by first mention.
    std::vector<std::string> people, organizations, places;
};

}  // namespace newsdex
