#include "newsdex/corpus/markup.hpp"

#include <cctype>
#include <cstdint>

#include "newsdex/utf8.hpp"

namespace newsdex::markup {

namespace {

// ASCII only, whatever the C library's locale: tags are ASCII.
char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':';
}

struct NamedEntity {
    const char* name;
    std::uint32_t code_point;
};

constexpr NamedEntity kEntities[] = {
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},    {"mdash", 0x2014}, {"ndash", 0x2013}, {"hellip", 0x2026}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"laquo", 0xAB},    {"raquo", 0xBB},
    {"copy", 0xA9},    {"reg", 0xAE},     {"deg", 0xB0},     {"euro", 0x20AC},   {"pound", 0xA3},
    {"eacute", 0xE9},  {"egrave", 0xE8},  {"aacute", 0xE1},  {"agrave", 0xE0},   {"iacute", 0xED},
    {"oacute", 0xF3},  {"uacute", 0xFA},  {"ntilde", 0xF1},  {"auml", 0xE4},     {"ouml", 0xF6},
    {"uuml", 0xFC},    {"szlig", 0xDF},   {"ccedil", 0xE7},  {"middot", 0xB7},   {"bull", 0x2022},
    {"times", 0xD7},
};

// Decodes the reference at text[at] ('&'); returns bytes consumed, 0 if
// it is not a reference.
std::size_t decode_reference(std::string_view text, std::size_t at, std::string& out) {
    const std::size_t semi = text.find(';', at);
    if (semi == std::string_view::npos || semi - at > 12) return 0;
    const std::string_view body = text.substr(at + 1, semi - at - 1);
    if (body.size() >= 2 && body[0] == '#') {
        const bool hex = body[1] == 'x' || body[1] == 'X';
        std::uint32_t cp = 0;
        const std::string_view digits = body.substr(hex ? 2 : 1);
        if (digits.empty()) return 0;
        for (char c : digits) {
            const int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                          : hex && std::isxdigit(static_cast<unsigned char>(c))
                              ? lower(c) - 'a' + 10
                              : -1;
            if (v < 0 || cp > 0x10FFFF) return 0;
            cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
        }
        const bool control = cp < 0x20 && cp != '\n' && cp != '\t' && cp != '\r';
        const bool invalid = cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0x7F;
        if (invalid) {
            out += "\xEF\xBF\xBD";
        } else if (!control) {
            utf8::append(out, cp);
        }
        return semi - at + 1;
    }
    for (const auto& e : kEntities) {
        if (body == e.name) {
            utf8::append(out, e.code_point);
            return semi - at + 1;
        }
    }
    return 0;
}

bool is_block_tag(std::string_view tag) {
    std::string name;
    for (std::size_t i = tag[1] == '/' ? 2 : 1; i < tag.size() && is_name_char(tag[i]); ++i)
        name += lower(tag[i]);
    static const char* blocks[] = {"p",  "br", "div", "li", "h1",         "h2",      "h3",
                                   "h4", "h5", "h6",  "tr", "blockquote", "section", "article"};
    for (const char* b : blocks)
        if (name == b) return true;
    return false;
}

}  // namespace

std::size_t find_ci(std::string_view haystack, std::string_view needle, std::size_t from) {
    if (needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
    const char first = lower(needle[0]);
    // A needle that starts with no letter ('<' of a tag) is looked for
    // with memchr's speed, not byte by byte.
    const bool caseless_first = first == needle[0] && !(first >= 'a' && first <= 'z');
    for (std::size_t i = from; i + needle.size() <= haystack.size(); ++i) {
        if (caseless_first) {
            i = haystack.find(first, i);
            if (i == std::string_view::npos || i + needle.size() > haystack.size()) break;
        } else if (lower(haystack[i]) != first) {
            continue;
        }
        std::size_t k = 1;
        while (k < needle.size() && lower(haystack[i + k]) == lower(needle[k]))
            ++k;
        if (k == needle.size()) return i;
    }
    return std::string_view::npos;
}

std::optional<Element> element(std::string_view text, std::string_view tag, std::size_t from) {
    const std::string open = "<" + std::string(tag);
    const std::string close = "</" + std::string(tag);
    for (std::size_t at = find_ci(text, open, from); at != std::string_view::npos;
         at = find_ci(text, open, at + 1)) {
        const std::size_t after = at + open.size();
        if (after < text.size() && is_name_char(text[after])) continue;  // <TEXTS> for <TEXT
        const std::size_t gt = text.find('>', after);
        if (gt == std::string_view::npos) return Element{text.substr(at), {}, false, at};
        Element e;
        e.offset = at;
        e.open_tag = text.substr(at, gt - at + 1);
        if (gt > at && text[gt - 1] == '/') return e;  // <TAG/>
        std::size_t end = find_ci(text, close, gt + 1);
        while (end != std::string_view::npos && end + close.size() < text.size() &&
               is_name_char(text[end + close.size()]))
            end = find_ci(text, close, end + 1);
        if (end == std::string_view::npos) {
            e.content = text.substr(gt + 1);
            e.closed = false;
        } else {
            e.content = text.substr(gt + 1, end - gt - 1);
        }
        return e;
    }
    return std::nullopt;
}

std::vector<Element> elements(std::string_view text, std::string_view tag) {
    std::vector<Element> out;
    std::size_t from = 0;
    while (auto e = element(text, tag, from)) {
        out.push_back(*e);
        if (!e->closed) break;
        from = static_cast<std::size_t>(e->content.data() - text.data()) + e->content.size();
    }
    return out;
}

std::optional<std::string> attribute(std::string_view open_tag, std::string_view name) {
    for (std::size_t at = find_ci(open_tag, name); at != std::string_view::npos;
         at = find_ci(open_tag, name, at + 1)) {
        if (at == 0 || is_name_char(open_tag[at - 1])) continue;
        std::size_t i = at + name.size();
        while (i < open_tag.size() && open_tag[i] == ' ')
            ++i;
        if (i >= open_tag.size() || open_tag[i] != '=') continue;
        ++i;
        while (i < open_tag.size() && open_tag[i] == ' ')
            ++i;
        if (i >= open_tag.size()) return std::nullopt;
        const char quote = open_tag[i];
        if (quote == '"' || quote == '\'') {
            const std::size_t end = open_tag.find(quote, i + 1);
            if (end == std::string_view::npos) return std::nullopt;
            return std::string(open_tag.substr(i + 1, end - i - 1));
        }
        std::size_t end = i;
        while (end < open_tag.size() && open_tag[end] != ' ' && open_tag[end] != '>')
            ++end;
        return std::string(open_tag.substr(i, end - i));
    }
    return std::nullopt;
}

std::string decode_entities(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '&') {
            if (const std::size_t used = decode_reference(text, i, out)) {
                i += used;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

std::string strip_tags(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const bool tag_start = text[i] == '<' && i + 1 < text.size() &&
                               (std::isalpha(static_cast<unsigned char>(text[i + 1])) ||
                                text[i + 1] == '/' || text[i + 1] == '!' || text[i + 1] == '?');
        if (!tag_start) {
            out += text[i++];
            continue;
        }
        const std::size_t gt = text.find('>', i);
        if (gt == std::string_view::npos) break;  // a cut-off tag at the end
        if (is_block_tag(text.substr(i, gt - i + 1))) out += '\n';
        i = gt + 1;
    }
    return out;
}

std::string tidy_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    int newlines = 0;
    bool space = false;
    for (char c : text) {
        if (c == '\n') {
            ++newlines;
            space = false;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            space = true;
        } else {
            if (!out.empty()) {
                if (newlines >= 2)
                    out += "\n\n";
                else if (newlines == 1)
                    out += '\n';
                else if (space)
                    out += ' ';
            }
            newlines = 0;
            space = false;
            out += c;
        }
    }
    return out;
}

std::string to_text(std::string_view markup_text) {
    return tidy_whitespace(decode_entities(strip_tags(markup_text)));
}

std::string one_line(std::string_view text) {
    std::string flat(text);
    for (char& c : flat)
        if (c == '\n') c = ' ';
    return tidy_whitespace(flat);
}

}  // namespace newsdex::markup
