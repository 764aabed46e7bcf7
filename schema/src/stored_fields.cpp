#include "newsdex/schema/stored_fields.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

#include "newsdex/utf8.hpp"

namespace newsdex::schema {

using nlohmann::json;

std::string encode_stored_fields_with_tree(const Document& d) {
    json j = {{"id", d.id}, {"title", d.title}, {"body", d.body}, {"format", d.format}};
    if (d.date) j["date"] = d.date->iso();
    if (!d.source.empty() && d.source != d.id) j["source"] = d.source;
    if (!d.url.empty()) j["url"] = d.url;
    if (!d.lang.empty()) j["lang"] = d.lang;
    if (!d.collection.empty()) j["collection"] = d.collection;
    if (!d.metadata.empty()) j["meta"] = d.metadata;
    if (!d.people.empty()) j["people"] = d.people;
    if (!d.organizations.empty()) j["organizations"] = d.organizations;
    if (!d.places.empty()) j["places"] = d.places;
    // Replace rather than throw: readers repair encodings, but a stored
    // field must never make indexing fail.
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

namespace {

// Where the run from `from` that a JSON string holds as written ends (at a
// quote, a backslash, a control or the end); npos if it holds invalid
// UTF-8. Both the writer and the reader below go by it.
std::size_t plain_run(std::string_view text, std::size_t from) {
    std::size_t run = utf8::json_plain_prefix(text, from);
    while (run < text.size() && static_cast<unsigned char>(text[run]) >= 0x80) {
        const std::size_t n = utf8::sequence_length(text, run);
        if (n == 0) return std::string_view::npos;
        run = utf8::json_plain_prefix(text, run + n);
    }
    return run;
}

// The JSON nlohmann's dump writes for valid UTF-8 (keys in order, no
// spaces, only quotes, backslashes and controls escaped), written
// straight: building its tree and dumping it cost a twentieth of a
// story's analysis.
class StoredJsonWriter {
  public:
    explicit StoredJsonWriter(std::string& out) : out_(out) {}

    void field(std::string_view key, std::string_view value) {
        name(key);
        string(value);
    }
    void field(std::string_view key, const std::vector<std::string>& values) {
        name(key);
        list(values);
    }
    void field(std::string_view key, const std::map<std::string, std::vector<std::string>>& meta) {
        name(key);
        char open = '{';
        for (const auto& [k, values] : meta) {
            out_ += std::exchange(open, ',');
            string(k);
            out_ += ':';
            list(values);
        }
        out_ += open == '{' ? "{}" : "}";
    }
    void end() { out_ += first_ ? "{}" : "}"; }
    // Whether some text was invalid UTF-8 (what was written is then no use).
    bool failed() const { return failed_; }

  private:
    void name(std::string_view key) {
        out_ += first_ ? '{' : ',';
        first_ = false;
        string(key);
        out_ += ':';
    }
    void list(const std::vector<std::string>& values) {
        char open = '[';
        for (const std::string& v : values) {
            out_ += std::exchange(open, ',');
            string(v);
        }
        out_ += open == '[' ? "[]" : "]";
    }
    void string(std::string_view text) {
        out_ += '"';
        for (std::size_t at = 0; at < text.size();) {
            const std::size_t end = plain_run(text, at);
            if (end == std::string_view::npos) {
                failed_ = true;
                return;
            }
            out_.append(text.substr(at, end - at));
            if (end == text.size()) break;
            escape(static_cast<unsigned char>(text[end]));
            at = end + 1;
        }
        out_ += '"';
    }
    void escape(unsigned char c) {
        static constexpr std::string_view kFrom = "\"\\\b\f\n\r\t", kTo = "\"\\bfnrt";
        if (const auto i = kFrom.find(static_cast<char>(c)); i != std::string_view::npos) {
            out_ += '\\';
            out_ += kTo[i];
            return;
        }
        static constexpr char kHex[] = "0123456789abcdef";
        out_ += "\\u00";
        out_ += kHex[c >> 4];
        out_ += kHex[c & 15];
    }

    std::string& out_;
    bool first_ = true;
    bool failed_ = false;
};

}  // namespace

std::string encode_stored_fields(const Document& d) {
    std::string out;
    out.reserve(d.body.size() + d.title.size() + 256);
    StoredJsonWriter w(out);
    // The keys in the order nlohmann's map keeps them (by name).
    w.field("body", d.body);
    if (!d.collection.empty()) w.field("collection", d.collection);
    if (d.date) w.field("date", d.date->iso());
    w.field("format", d.format);
    w.field("id", d.id);
    if (!d.lang.empty()) w.field("lang", d.lang);
    if (!d.metadata.empty()) w.field("meta", d.metadata);
    if (!d.organizations.empty()) w.field("organizations", d.organizations);
    if (!d.people.empty()) w.field("people", d.people);
    if (!d.places.empty()) w.field("places", d.places);
    if (!d.source.empty() && d.source != d.id) w.field("source", d.source);
    w.field("title", d.title);
    if (!d.url.empty()) w.field("url", d.url);
    w.end();
    // Invalid UTF-8 goes through nlohmann, whose replacement characters
    // the reader has always seen.
    return w.failed() ? encode_stored_fields_with_tree(d) : out;
}

namespace {

// A reader for the JSON encode_stored_fields writes: one object of strings,
// lists of strings and one object of lists of strings ("meta"). A search
// decodes ten stories, bodies and all, in every process: this copies a
// string's bytes in runs between escapes and builds no tree, where
// nlohmann's lexer appends byte by byte into a tree then copied out (an
// eighth of a search's instructions). On anything else (numbers, unknown
// keys, bad UTF-8, a lone surrogate) it gives up and nlohmann's parser
// decides, so both accept and refuse the same data.
class StoredJsonReader {
  public:
    explicit StoredJsonReader(std::string_view in) : in_(in) {}

    std::optional<Document> read() {
        Document d;
        bool has_source = false;
        if (!take('{')) return std::nullopt;
        if (take('}')) return finish(d, has_source);
        do {
            std::string key;
            if (!string(key) || !take(':') || !field(key, d, has_source)) return std::nullopt;
        } while (take(','));
        if (!take('}')) return std::nullopt;
        return finish(d, has_source);
    }

  private:
    std::optional<Document> finish(Document& d, bool has_source) {
        space();
        if (at_ != in_.size()) return std::nullopt;
        if (!has_source) d.source = d.id;
        return std::move(d);
    }

    bool field(std::string_view key, Document& d, bool& has_source) {
        using namespace std::literals;
        // string_view literals: a key is told from a name by its size first.
        for (auto [name, text] : {std::pair{"id"sv, &d.id},
                                  {"title"sv, &d.title},
                                  {"body"sv, &d.body},
                                  {"format"sv, &d.format},
                                  {"url"sv, &d.url},
                                  {"lang"sv, &d.lang},
                                  {"collection"sv, &d.collection}})
            if (key == name) return string(*text);
        for (auto [name, list] : {std::pair{"people"sv, &d.people},
                                  {"organizations"sv, &d.organizations},
                                  {"places"sv, &d.places}})
            if (key == name) return strings(*list);
        if (key == "source"sv) return has_source = true, string(d.source);
        if (key == "meta"sv) return meta(d.metadata);
        if (key != "date"sv) return false;
        std::string iso;
        if (!string(iso)) return false;
        d.date = parse_iso_date(iso);
        return true;
    }

    void space() {
        while (at_ < in_.size() &&
               (in_[at_] == ' ' || in_[at_] == '\n' || in_[at_] == '\r' || in_[at_] == '\t'))
            ++at_;
    }

    bool take(char c) {
        space();
        if (at_ == in_.size() || in_[at_] != c) return false;
        ++at_;
        return true;
    }

    bool string(std::string& out) {
        out.clear();
        if (!take('"')) return false;
        for (;;) {
            const std::size_t run = plain_run(in_, at_);
            if (run == std::string_view::npos) return false;  // invalid UTF-8
            if (run < in_.size() && in_[run] == '\\' && out.empty())
                out.reserve(in_.size() - at_);  // escapes: most likely the body
            out.append(in_.substr(at_, run - at_));
            at_ = run;
            if (at_ == in_.size() || static_cast<unsigned char>(in_[at_]) < 0x20) return false;
            if (in_[at_++] == '"') return true;
            if (!escape(out)) return false;
        }
    }

    bool escape(std::string& out) {
        if (at_ == in_.size()) return false;
        const char c = in_[at_++];
        static constexpr std::string_view kFrom = "\"\\/bfnrt", kTo = "\"\\/\b\f\n\r\t";
        if (const auto i = kFrom.find(c); i != std::string_view::npos) {
            out += kTo[i];
            return true;
        }
        if (c != 'u') return false;
        std::uint32_t code = 0;
        if (!hex4(code)) return false;
        if (code >= 0xDC00 && code <= 0xDFFF) return false;  // a lone low surrogate
        if (code >= 0xD800 && code <= 0xDBFF) {
            std::uint32_t low = 0;
            if (in_.substr(at_, 2) != "\\u") return false;
            at_ += 2;
            if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        }
        utf8::append(out, code);
        return true;
    }

    bool hex4(std::uint32_t& code) {
        if (in_.size() - at_ < 4) return false;
        for (int i = 0; i < 4; ++i) {
            const char h = in_[at_++];
            const int digit = h >= '0' && h <= '9'   ? h - '0'
                              : h >= 'a' && h <= 'f' ? h - 'a' + 10
                              : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                     : -1;
            if (digit < 0) return false;
            code = code * 16 + static_cast<std::uint32_t>(digit);
        }
        return true;
    }

    bool strings(std::vector<std::string>& out) {
        out.clear();
        if (!take('[')) return false;
        if (take(']')) return true;
        do {
            if (!string(out.emplace_back())) return false;
        } while (take(','));
        return take(']');
    }

    bool meta(std::map<std::string, std::vector<std::string>>& out) {
        out.clear();
        if (!take('{')) return false;
        if (take('}')) return true;
        do {
            std::string key;
            if (!string(key) || !take(':') || !strings(out[key])) return false;
        } while (take(','));
        return take('}');
    }

    std::string_view in_;
    std::size_t at_ = 0;
};

}  // namespace

Document decode_stored_fields(const std::string& data) {
    if (auto fast = StoredJsonReader(data).read()) return std::move(*fast);
    return decode_stored_fields_with_tree(data);
}

Document decode_stored_fields_with_tree(const std::string& data) {
    const json j = json::parse(data, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) throw std::runtime_error("document data is not newsdex JSON");
    Document d;
    d.id = j.value("id", "");
    d.title = j.value("title", "");
    d.body = j.value("body", "");
    d.format = j.value("format", "");
    d.source = j.value("source", d.id);
    d.url = j.value("url", "");
    d.lang = j.value("lang", "");
    d.collection = j.value("collection", "");
    if (j.contains("date")) d.date = parse_iso_date(j["date"].get<std::string>());
    for (auto [key, list] : {std::pair{"people", &d.people},
                             {"organizations", &d.organizations},
                             {"places", &d.places}})
        if (j.contains(key)) *list = j[key].get<std::vector<std::string>>();
    if (j.contains("meta"))
        d.metadata = j["meta"].get<std::map<std::string, std::vector<std::string>>>();
    return d;
}

}  // namespace newsdex::schema
