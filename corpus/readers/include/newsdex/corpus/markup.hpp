#pragma once
// Small, forgiving helpers for SGML-like markup (TREC, Reuters-21578):
// find an element, read an attribute, decode character references, drop
// tags. Real HTML and XML go through libxml2 instead.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsdex::markup {

// Case-insensitive find of an ASCII needle.
std::size_t find_ci(std::string_view haystack, std::string_view needle, std::size_t from = 0);

struct Element {
    std::string_view open_tag;  // "<REUTERS NEWID="1" ...>"
    std::string_view content;   // between the tags (to the end when unclosed)
    bool closed = true;
    std::size_t offset = 0;  // of the open tag in the searched text
};

// The first <tag ...>...</tag> at or after `from`; tag names match
// case-insensitively and must be whole names (<TEXT> is not <TEXTS>).
std::optional<Element> element(std::string_view text, std::string_view tag, std::size_t from = 0);

// Every element with that tag, in order.
std::vector<Element> elements(std::string_view text, std::string_view tag);

// The value of name="..." (or '...' or bare) in an open tag.
std::optional<std::string> attribute(std::string_view open_tag, std::string_view name);

// &amp; &lt; &#233; &#xE9; and common named HTML entities; control
// characters given as references (Reuters' &#3;) are dropped.
std::string decode_entities(std::string_view text);

// Removes tags; block tags (p, br, div, li, hN) become line breaks.
std::string strip_tags(std::string_view text);

// Folds runs of spaces and tabs, trims, and keeps at most one blank line.
std::string tidy_whitespace(std::string_view text);

// Markup to readable text: tags stripped, references decoded, tidied.
std::string to_text(std::string_view markup_text);

// Line breaks become spaces (titles, codes, dates).
std::string one_line(std::string_view text);

}  // namespace newsdex::markup
