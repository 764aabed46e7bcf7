#include "newsdex/utf8.hpp"

#include <algorithm>
#include <cstring>

namespace newsdex::utf8 {

namespace {

bool is_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;

std::uint64_t word_at(std::string_view text, std::size_t at) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + at, 8);
    return word;
}

// The high bit of a byte set where that byte of `word` is below `limit`
// (at most 0x80); exact for the lowest such byte, which is all the callers
// need (they look closer at a word with any).
std::uint64_t bytes_below(std::uint64_t word, unsigned char limit) {
    return (word - kOnes * limit) & ~word & kHighBits;
}

std::uint64_t bytes_equal(std::uint64_t word, unsigned char c) {
    return bytes_below(word ^ (kOnes * c), 1);
}

// The end of the run from `from` of bytes `fits` takes: eight at a time
// while `stops` finds none in a word of eight, then byte by byte.
template <typename Stops, typename Fits>
std::size_t run_end(std::string_view text, std::size_t from, Stops stops, Fits fits) {
    std::size_t i = from;
    while (i + 8 <= text.size() && !stops(word_at(text, i)))
        i += 8;
    while (i < text.size() && fits(static_cast<unsigned char>(text[i])))
        ++i;
    return i;
}

}  // namespace

std::size_t ascii_prefix(std::string_view text, std::size_t from) {
    return run_end(
        text, from, [](std::uint64_t word) { return (word & kHighBits) != 0; },
        [](unsigned char c) { return c < 0x80; });
}

std::size_t plain_prefix(std::string_view text, std::size_t from) {
    return run_end(
        text, from,
        [](std::uint64_t word) {
            return ((word & kHighBits) | bytes_below(word, 0x20) | bytes_equal(word, 0x7F)) != 0;
        },
        [](unsigned char c) { return c >= 0x20 && c < 0x7F; });
}

std::size_t json_plain_prefix(std::string_view text, std::size_t from) {
    return run_end(
        text, from,
        [](std::uint64_t word) {
            return ((word & kHighBits) | bytes_below(word, 0x20) | bytes_equal(word, '"') |
                    bytes_equal(word, '\\')) != 0;
        },
        [](unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; });
}

std::size_t sequence_length(std::string_view text, std::size_t at) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) return 1;
    std::size_t length;
    unsigned char min_second = 0x80, max_second = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) min_second = 0xA0;  // overlong
        if (lead == 0xED) max_second = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) min_second = 0x90;  // overlong
        if (lead == 0xF4) max_second = 0x8F;  // above U+10FFFF
    } else {
        return 0;
    }
    if (at + length > text.size()) return 0;
    if (byte(at + 1) < min_second || byte(at + 1) > max_second) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (!is_continuation(byte(at + i))) return 0;
    return length;
}

std::size_t find_invalid(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        // ASCII fast path: most news text is plain ASCII.
        at = ascii_prefix(text, at);
        if (at == text.size()) break;
        const std::size_t n = sequence_length(text, at);
        if (n == 0) return at;
        at += n;
    }
    return std::string_view::npos;
}

std::string repair(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t n = sequence_length(text, at);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++at;
        } else {
            out.append(text, at, n);
            at += n;
        }
    }
    return out;
}

bool is_ascii(std::string_view text) {
    return ascii_prefix(text, 0) == text.size();
}

void append(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t floor_boundary(std::string_view text, std::size_t at) {
    if (at >= text.size()) return text.size();
    while (at > 0 && is_continuation(static_cast<unsigned char>(text[at])))
        --at;
    return at;
}

std::string printable(std::string_view text) {
    constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
    // Most text needs nothing: printable ASCII, or valid UTF-8 without a
    // control, DEL or C1 lead byte (0xC2).
    if (plain_prefix(text, 0) == text.size()) return std::string(text);
    const bool valid = find_invalid(text) == std::string_view::npos;
    const bool plain = std::none_of(text.begin(), text.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c < 0x20 || c == 0x7F || c == 0xC2;
    });
    if (valid && plain) return std::string(text);
    const std::string repaired = valid ? std::string(text) : repair(text);
    std::string out;
    out.reserve(repaired.size());
    for (std::size_t i = 0; i < repaired.size(); ++i) {
        const auto c = static_cast<unsigned char>(repaired[i]);
        if (c == '\t' || c == '\n' || c == '\r') {
            out += ' ';
        } else if (c < 0x20 || c == 0x7F) {
            out += kReplacement;
        } else if (c == 0xC2 && i + 1 < repaired.size() &&
                   static_cast<unsigned char>(repaired[i + 1]) < 0xA0) {
            out += kReplacement;  // U+0080-U+009F: C1 controls
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

}  // namespace newsdex::utf8
