#include "newsdex/schema/schema.hpp"

#include "newsdex/hash.hpp"

namespace newsdex::schema {

std::string id_term(std::string_view document_id) {
    constexpr std::size_t kMaxIdBytes = 200;
    std::string term(kIdPrefix);
    if (document_id.size() <= kMaxIdBytes) {
        term += document_id;
        return term;
    }
    term += document_id.substr(0, kMaxIdBytes - 20);
    term += '#' + hex64(fnv1a(document_id));
    return term;
}

std::string id_term_of(const Document& d) {
    std::string scoped = d.collection.empty() ? d.format : d.collection + "/" + d.format;
    scoped += ':';
    scoped += d.id;
    return id_term(scoped);
}

std::string source_file_term(std::string_view path) {
    return std::string(kSourceFilePrefix) + hex64(fnv1a(path));
}

std::string boolean_term(std::string_view prefix, std::string_view value) {
    const auto first = value.find_first_not_of(" \t");
    const auto last = value.find_last_not_of(" \t");
    std::string term(prefix);
    if (first == std::string_view::npos) return term;
    for (char c : value.substr(first, last - first + 1))
        term += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return term.substr(0, 240);
}

}  // namespace newsdex::schema
