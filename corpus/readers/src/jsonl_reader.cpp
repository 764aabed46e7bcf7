// JSON Lines: one article per line, parsed with simdjson's DOM parser,
// whose kernels are chosen at run time for the CPU (the on-demand API
// would be fixed at compile time to the portable fallback). A malformed line
// is reported with its number and skipped; the lines after it still count.
#include <simdjson.h>

#include <cstdio>

#include "newsdex/hash.hpp"
#include "newsdex/utf8.hpp"
#include "readers.hpp"

namespace newsdex::corpus::readers {

namespace {

namespace dom = simdjson::dom;

enum class Field { kId, kTitle, kBody, kDate, kUrl, kSource, kLang, kAuthors, kNone };

// Our field for a JSON key, from --field mappings or the usual names.
class FieldMap {
  public:
    explicit FieldMap(const std::map<std::string, std::string>& custom) {
        add(Field::kId, "id", {"id"}, custom);
        add(Field::kTitle, "title", {"title", "headline"}, custom);
        add(Field::kBody, "body", {"body", "text", "content"}, custom);
        add(Field::kDate, "date", {"date", "published", "datePublished"}, custom);
        add(Field::kUrl, "url", {"url", "link"}, custom);
        add(Field::kSource, "source", {"source"}, custom);
        add(Field::kLang, "lang", {"lang", "language"}, custom);
        add(Field::kAuthors, "authors", {"authors", "author"}, custom);
    }
    Field lookup(std::string_view key) const {
        for (const auto& [k, f] : keys_)
            if (k == key) return f;
        return Field::kNone;
    }

  private:
    void add(Field field, const std::string& name, std::initializer_list<const char*> defaults,
             const std::map<std::string, std::string>& custom) {
        if (auto it = custom.find(name); it != custom.end()) {
            keys_.emplace_back(it->second, field);
            return;
        }
        for (const char* key : defaults)
            keys_.emplace_back(key, field);
    }
    std::vector<std::pair<std::string, Field>> keys_;
};

// A value as text: strings as they are, numbers as written, arrays of
// strings joined (authors), anything else ignored.
std::string value_text(dom::element value) {
    switch (value.type()) {
        case dom::element_type::STRING:
            return std::string(std::string_view(value));
        case dom::element_type::INT64:
            return std::to_string(int64_t(value));
        case dom::element_type::UINT64:
            return std::to_string(uint64_t(value));
        case dom::element_type::ARRAY: {
            std::string joined;
            for (dom::element item : dom::array(value)) {
                if (item.type() != dom::element_type::STRING) continue;
                if (!joined.empty()) joined += "; ";
                joined += std::string_view(item);
            }
            return joined;
        }
        default:
            return {};
    }
}

std::string content_hash(const Document& d) {
    return "sha:" + hex64(fnv1a(d.body, fnv1a(d.title)));
}

class JsonlReader : public Reader {
  public:
    explicit JsonlReader(const ReaderOptions& options)
        : options_(options), fields_(options.json_fields) {}
    std::string_view format() const override { return "jsonl"; }

    void read(ByteSource& source, const SourceName& name, ReadSink& sink) const override {
        LineReader lines(source, options_.max_document_bytes);
        dom::parser parser;
        std::string buffer;
        std::string_view line;
        for (LineReader::Status status; (status = lines.next(line)) != LineReader::Status::kEnd;) {
            if (status == LineReader::Status::kTooLong) {
                sink.problem(error_at(name, lines.line_number(),
                                      "line of " + std::to_string(lines.skipped_bytes()) +
                                          " bytes is over the limit of " +
                                          std::to_string(options_.max_document_bytes) +
                                          " (--max-document-bytes); skipped"));
                continue;
            }
            // Editors on Windows start a file (or each pasted part) with a
            // byte order mark, which is no JSON.
            line = utf8::without_bom(line);
            if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
            read_line(parser, buffer, line, name, lines.line_number(), sink);
        }
    }

  private:
    void read_line(dom::parser& parser, std::string& buffer, std::string_view line,
                   const SourceName& name, std::size_t number, ReadSink& sink) const {
        if (!options_.encoding.empty()) {
            buffer = to_utf8(std::string(line), name, number, options_, sink);
        } else if (const auto bad = utf8::find_invalid(line); bad != std::string_view::npos) {
            // JSON is UTF-8 by definition (RFC 8259): repair, do not guess.
            sink.problem(warning_at(name, number,
                                    "invalid UTF-8 at byte " + std::to_string(bad + 1) +
                                        " of the line, replaced with U+FFFD"));
            buffer = utf8::repair(line);
        } else {
            buffer.assign(line);
        }
        buffer.reserve(buffer.size() + simdjson::SIMDJSON_PADDING);
        dom::element element;
        const auto error =
            parser.parse(buffer.data(), buffer.size(), /*realloc_if_needed=*/false).get(element);
        if (error)
            return sink.problem(error_at(
                name, number, std::string("malformed JSON: ") + simdjson::error_message(error)));
        if (element.type() != dom::element_type::OBJECT)
            return sink.problem(error_at(name, number, "not a JSON object"));
        const dom::object object(element);
        Document doc;
        for (const auto field : object) {
            const Field which = fields_.lookup(field.key);
            if (which != Field::kNone) assign(doc, which, value_text(field.value));
        }
        if (doc.title.empty() && doc.body.empty())
            return sink.problem(error_at(name, number, "no title or body field"));
        if (doc.id.empty()) doc.id = !doc.url.empty() ? doc.url : content_hash(doc);
        doc.format = "jsonl";
        doc.source = name.display;
        emit(sink, std::move(doc));
    }

    static void assign(Document& doc, Field field, std::string value) {
        switch (field) {
            case Field::kId:
                doc.id = std::move(value);
                break;
            case Field::kTitle:
                doc.title = std::move(value);
                break;
            case Field::kBody:
                if (doc.body.empty()) doc.body = std::move(value);
                break;
            case Field::kDate:
                doc.date = parse_date_string(value);
                break;
            case Field::kUrl:
                doc.url = std::move(value);
                break;
            case Field::kSource:
                doc.metadata["source"].push_back(std::move(value));
                break;
            case Field::kLang:
                doc.lang = std::move(value);
                break;
            case Field::kAuthors:
                if (!value.empty()) doc.metadata["authors"].push_back(std::move(value));
                break;
            case Field::kNone:
                break;
        }
    }

    ReaderOptions options_;
    FieldMap fields_;
};

}  // namespace

std::unique_ptr<Reader> jsonl(const ReaderOptions& options) {
    return std::make_unique<JsonlReader>(options);
}

}  // namespace newsdex::corpus::readers
