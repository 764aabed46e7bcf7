#pragma once
// The fields kept in a Xapian document's data, as JSON, so a result can be
// printed (and a snippet cut) without going back to the source files.
#include <string>

#include "newsdex/document.hpp"

namespace newsdex::schema {

std::string encode_stored_fields(const Document& document);
// Always through nlohmann's tree: what encode_stored_fields writes for
// valid UTF-8 by hand, byte for byte, and for the rest.
std::string encode_stored_fields_with_tree(const Document& document);
// Throws std::runtime_error on data that is not ours.
Document decode_stored_fields(const std::string& data);
// Always through nlohmann's tree: what decode_stored_fields' reader for the
// JSON we write falls back on, and must agree with.
Document decode_stored_fields_with_tree(const std::string& data);

}  // namespace newsdex::schema
