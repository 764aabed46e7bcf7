#include "newsdex/schema.hpp"

#include <cstdint>
#include <cstdio>

namespace newsdex::schema {

namespace {

// FNV-1a, 64 bit: stable across platforms and runs, unlike std::hash.
std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

}  // namespace

std::string id_term(std::string_view document_id) {
    constexpr std::size_t kMaxIdBytes = 200;
    std::string term(kIdPrefix);
    if (document_id.size() <= kMaxIdBytes) {
        term += document_id;
        return term;
    }
    char hash[20];
    std::snprintf(hash, sizeof hash, "#%016llx",
                  static_cast<unsigned long long>(fnv1a(document_id)));
    term += document_id.substr(0, kMaxIdBytes - 20);
    term += hash;
    return term;
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
