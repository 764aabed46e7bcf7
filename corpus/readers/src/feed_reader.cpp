// RSS (2.0 and 1.0/RDF) and Atom feeds: each item or entry is an article
// (title, link, pubDate/updated, description/content). Id: guid (Atom:
// id), else link. libxml2 parses in recovery mode, so a feed with broken
// XML still gives every item before the break; the break is reported with
// its line.
#include <libxml/parser.h>

#include "newsdex/corpus/markup.hpp"
#include "readers.hpp"
#include "xml_tree.hpp"

namespace newsdex::corpus::readers {

namespace {

// The first XML error libxml2 reports while parsing one feed.
struct ParseErrors {
    std::size_t count = 0;
    int line = 0;
    std::string message;
};

void on_xml_error(void* context, xmlErrorPtr error) {
    auto* errors = static_cast<ParseErrors*>(context);
    if (!error || error->level < XML_ERR_ERROR) return;
    if (errors->count++ == 0) {
        errors->line = error->line;
        errors->message = error->message ? error->message : "malformed XML";
        while (!errors->message.empty() && errors->message.back() == '\n')
            errors->message.pop_back();
    }
}

// The encoding an XML prolog declares, or empty.
std::string declared_encoding(std::string_view bytes) {
    const std::string_view prolog =
        bytes.substr(0, bytes.find("?>", 0) == std::string_view::npos ? 0 : bytes.find("?>"));
    const std::size_t at = markup::find_ci(prolog, "encoding=");
    if (at == std::string_view::npos || at + 10 > prolog.size()) return {};
    const char quote = prolog[at + 9];
    const std::size_t end = prolog.find(quote, at + 10);
    return end == std::string_view::npos ? "" : std::string(prolog.substr(at + 10, end - at - 10));
}

// Reads the text of an item's fields within the document size bound
// (entities expanded), remembering whether any field was cut there.
struct FieldReader {
    std::size_t limit;
    bool too_big = false;
    std::string operator()(const xmlNode* node, std::string_view name) {
        const xmlNode* c = xml::child(node, name);
        if (!c) return {};
        bool truncated = false;
        std::string text = xml::text_of(c, limit, &truncated);
        too_big = too_big || truncated;
        return text;
    }
};

// Descriptions and content are usually HTML: keep only the text.
std::string html_text(const std::string& fragment) {
    return markup::to_text(fragment);
}

Document rss_item(const xmlNode* item, FieldReader& text_child) {
    Document doc;
    doc.title = markup::one_line(markup::to_text(text_child(item, "title")));
    doc.url = markup::one_line(text_child(item, "link"));
    const std::string guid = markup::one_line(text_child(item, "guid"));
    doc.id = !guid.empty() ? guid : doc.url;
    std::string date = text_child(item, "pubdate");
    if (date.empty()) date = text_child(item, "date");  // dc:date
    doc.date = parse_date_string(date);
    std::string content = text_child(item, "encoded");  // content:encoded
    if (content.empty()) content = text_child(item, "description");
    doc.body = html_text(content);
    for (const char* key : {"creator", "author"}) {
        const std::string who = markup::one_line(text_child(item, key));
        if (!who.empty()) doc.metadata["authors"].push_back(who);
    }
    return doc;
}

Document atom_entry(const xmlNode* entry, FieldReader& text_child) {
    Document doc;
    doc.title = markup::one_line(markup::to_text(text_child(entry, "title")));
    for (const xmlNode* c = entry->children; c; c = c->next) {
        if (!xml::is_element(c, "link")) continue;
        const std::string rel = xml::attribute(c, "rel");
        if (rel.empty() || rel == "alternate") {
            doc.url = xml::attribute(c, "href");
            break;
        }
    }
    const std::string id = markup::one_line(text_child(entry, "id"));
    doc.id = !id.empty() ? id : doc.url;
    std::string date = text_child(entry, "published");
    if (date.empty()) date = text_child(entry, "updated");
    doc.date = parse_date_string(date);
    std::string content = text_child(entry, "content");
    if (content.empty()) content = text_child(entry, "summary");
    doc.body = html_text(content);
    if (const xmlNode* author = xml::child(entry, "author"))
        doc.metadata["authors"].push_back(markup::one_line(text_child(author, "name")));
    return doc;
}

class FeedReader : public Reader {
  public:
    FeedReader(const ReaderOptions& options, std::string format)
        : options_(options), format_(std::move(format)) {
        xml::ensure_initialized();
    }
    std::string_view format() const override { return format_; }

    void read(ByteSource& source, const SourceName& name, ReadSink& sink) const override {
        std::string bytes;
        if (!read_whole(source, name, options_, sink, bytes)) return;
        // Decoded here (declared encoding, else UTF-8 repaired, else
        // detected), so libxml2 always reads UTF-8 and cannot let bad bytes
        // through.
        const std::string declared = declared_encoding(bytes);
        bytes = to_utf8(std::move(bytes), name, 0, options_, sink, declared);
        ParseErrors errors;
        // Errors go to our handler (per thread in libxml2), not to stderr.
        xmlSetStructuredErrorFunc(&errors, on_xml_error);
        const int flags =
            XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOWARNING;
        xml::DocPtr doc(
            xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, "UTF-8", flags));
        xmlSetStructuredErrorFunc(nullptr, nullptr);
        std::size_t items = 0;
        if (doc) items = emit_items(xmlDocGetRootElement(doc.get()), name, sink);
        if (errors.count)
            sink.problem(error_at(name, static_cast<std::size_t>(errors.line),
                                  "broken XML: " + errors.message + " (" + std::to_string(items) +
                                      " items read before and around it)"));
        else if (items == 0)
            sink.problem(error_at(name, 0, "no <item> or <entry> in this feed"));
    }

  private:
    std::size_t emit_items(const xmlNode* root, const SourceName& name, ReadSink& sink) const {
        std::string lang;
        std::size_t count = 0;
        xml::visit(root, [&](const xmlNode* node) {
            const std::string element = xml::name_of(node);
            if (element == "language" && lang.empty())
                lang = markup::one_line(xml::text_of(node, 64));
            if (element != "item" && element != "entry") return true;
            FieldReader text_child{options_.max_document_bytes};
            Document doc =
                element == "item" ? rss_item(node, text_child) : atom_entry(node, text_child);
            ++count;
            const std::size_t line = static_cast<std::size_t>(xmlGetLineNo(node));
            if (text_child.too_big) {
                sink.problem(error_at(name, line,
                                      "feed item larger than --max-document-bytes (" +
                                          std::to_string(options_.max_document_bytes) +
                                          " bytes) once its entities are expanded; skipped"));
                return false;
            }
            if (doc.title.empty() && doc.body.empty()) {
                sink.problem(error_at(name, line, "feed item without title or text; skipped"));
                return false;
            }
            if (doc.id.empty()) doc.id = name.canonical + "#item" + std::to_string(count);
            doc.format = format_;
            doc.source = name.display;
            if (doc.lang.empty()) doc.lang = lang.substr(0, lang.find_first_of("-_"));
            emit(sink, std::move(doc));
            return false;
        });
        return count;
    }

    ReaderOptions options_;
    std::string format_;
};

}  // namespace

std::unique_ptr<Reader> feed(const ReaderOptions& options, std::string_view format) {
    return std::make_unique<FeedReader>(options, std::string(format));
}

}  // namespace newsdex::corpus::readers
