#include "newsdex/schema/schema.hpp"

#include <cstdint>

#include "newsdex/hash.hpp"
#include "newsdex/utf8.hpp"

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

namespace {

// The first code point of UTF-8 text (0 when there is none or it is not
// well formed, as utf8::sequence_length judges it).
std::uint32_t first_code_point(std::string_view text) {
    const std::size_t length = text.empty() ? 0 : utf8::sequence_length(text, 0);
    if (length == 0) return 0;
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    std::uint32_t c = length == 1 ? b(0) : b(0) & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i)
        c = (c << 6) | (b(i) & 0x3F);
    return c;
}

// Han (CJK radicals, ideographs and their extensions, the iteration mark
// and ideographic numbers) and kana (hiragana, katakana), by Unicode block.
bool han_or_kana(std::uint32_t c) {
    return (c >= 0x2E80 && c <= 0x2FDF) || c == 0x3005 || c == 0x3007 ||
           (c >= 0x3021 && c <= 0x3029) || (c >= 0x3038 && c <= 0x303B) ||
           (c >= 0x3041 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}

}  // namespace

bool word_serves_as_stem(std::string_view word, std::string_view stem) {
    return word == stem && han_or_kana(first_code_point(word));
}

}  // namespace newsdex::schema
