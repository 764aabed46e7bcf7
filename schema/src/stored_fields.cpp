#include "newsdex/schema/stored_fields.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace newsdex::schema {

using nlohmann::json;

std::string encode_stored_fields(const Document& d) {
    json j = {{"id", d.id}, {"title", d.title}, {"body", d.body}, {"format", d.format}};
    if (d.date) j["date"] = d.date->iso();
    if (!d.source.empty() && d.source != d.id) j["source"] = d.source;
    if (!d.url.empty()) j["url"] = d.url;
    if (!d.lang.empty()) j["lang"] = d.lang;
    if (!d.collection.empty()) j["collection"] = d.collection;
    if (!d.metadata.empty()) j["meta"] = d.metadata;
    if (!d.people.empty()) j["people"] = d.people;
    if (!d.organizations.empty()) j["organizations"] = d.organizations;
    if (!d.places.empty()) j["places"] = d.places;
    // Replace rather than throw: readers repair encodings, but a stored
    // field must never make indexing fail.
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Document decode_stored_fields(const std::string& data) {
    const json j = json::parse(data, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) throw std::runtime_error("document data is not newsdex JSON");
    Document d;
    d.id = j.value("id", "");
    d.title = j.value("title", "");
    d.body = j.value("body", "");
    d.format = j.value("format", "");
    d.source = j.value("source", d.id);
    d.url = j.value("url", "");
    d.lang = j.value("lang", "");
    d.collection = j.value("collection", "");
    if (j.contains("date")) d.date = parse_iso_date(j["date"].get<std::string>());
    for (auto [key, list] : {std::pair{"people", &d.people},
                             {"organizations", &d.organizations},
                             {"places", &d.places}})
        if (j.contains(key)) *list = j[key].get<std::vector<std::string>>();
    if (j.contains("meta"))
        d.metadata = j["meta"].get<std::map<std::string, std::vector<std::string>>>();
    return d;
}

}  // namespace newsdex::schema
