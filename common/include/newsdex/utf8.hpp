#pragma once
// Small UTF-8 helpers: validation, repair, and cutting on character
// boundaries (a snippet must never end in the middle of a character).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsdex::utf8 {

// Length of the well-formed sequence starting at text[at], or 0 if there
// is none (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
std::size_t sequence_length(std::string_view text, std::size_t at);

// Whether every byte is ASCII (below 0x80): eight bytes at a time, as the
// analysis and the snippets ask it of every word and story.
bool is_ascii(std::string_view text);

// Where the run of bytes from `from` of a kind ends (the text's size when
// it runs to the end), eight bytes at a time: these scans run over every
// stored story a search prints. ASCII (below 0x80):
std::size_t ascii_prefix(std::string_view text, std::size_t from);
// printable ASCII (0x20-0x7E):
std::size_t plain_prefix(std::string_view text, std::size_t from);
// ASCII that a JSON string holds as it is (no control, quote or backslash):
std::size_t json_plain_prefix(std::string_view text, std::size_t from);

// Byte offset of the first invalid sequence, or npos when the text is valid.
std::size_t find_invalid(std::string_view text);

// Each invalid byte becomes U+FFFD; valid text comes back unchanged.
std::string repair(std::string_view text);

// The text without a leading UTF-8 byte order mark (EF BB BF), if it has one.
inline std::string_view without_bom(std::string_view text) {
    return text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
}

// Appends a code point (at most U+10FFFF, no surrogate) as UTF-8.
void append(std::string& out, std::uint32_t code_point);

// The largest character boundary <= at.
std::size_t floor_boundary(std::string_view text, std::size_t at);

// Text from outside (stored fields, file names, messages quoting input)
// made safe to print on a terminal: invalid UTF-8 repaired, tab, CR and
// line feed turned to spaces, every other C0 control, DEL and C1 control
// (U+0080-U+009F, which terminals read as CSI and OSC) turned to U+FFFD.
// No escape sequence from the text survives.
std::string printable(std::string_view text);

}  // namespace newsdex::utf8
