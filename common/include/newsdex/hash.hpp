#pragma once
// FNV-1a, 64 bit (http://www.isthe.com/chongo/tech/comp/fnv/): stable
// across platforms, runs and compilers, unlike std::hash, so it can name
// things on disk (shortened ids, ids of records without one, the content
// key of a story).
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace newsdex {

inline constexpr std::uint64_t kFnvOffsetBasis = 14695981039346656037ULL;
inline constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

// Feeds bytes into a running hash: start from kFnvOffsetBasis.
inline std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = kFnvOffsetBasis) {
    for (unsigned char c : bytes)
        hash = (hash ^ c) * kFnvPrime;
    return hash;
}

// 16 lower-case hex digits.
inline std::string hex64(std::uint64_t value) {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(value));
    return hex;
}

}  // namespace newsdex
