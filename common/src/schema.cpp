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

}  // namespace newsdex::schema
