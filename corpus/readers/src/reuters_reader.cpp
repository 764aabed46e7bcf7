// Reuters-21578 SGML: <REUTERS NEWID=...> records, read as Latin-1, with
// <DATE>, <TOPICS>/<PLACES>/<PEOPLE>/<ORGS>/<EXCHANGES> lists of <D>
// codes kept as metadata, and <TEXT> of TYPE NORM (TITLE, DATELINE, BODY),
// BRIEF (title only) or UNPROC (unstructured). Id: NEWID.
#include "newsdex/corpus/encoding.hpp"
#include "newsdex/corpus/markup.hpp"
#include "readers.hpp"
#include "sgml_blocks.hpp"

namespace newsdex::corpus::readers {

namespace {

// Bodies end with a "Reuter" signature line: not part of the story.
std::string drop_signature(std::string body) {
    const std::size_t last = body.find_last_of('\n');
    const std::string tail = body.substr(last == std::string::npos ? 0 : last + 1);
    if (markup::find_ci(tail, "reuter") == 0 && tail.size() <= 7)
        body.resize(last == std::string::npos ? 0 : last);
    return markup::tidy_whitespace(body);
}

std::vector<std::string> codes(std::string_view record, const char* tag) {
    std::vector<std::string> out;
    if (auto list = markup::element(record, tag))
        for (const auto& d : markup::elements(list->content, "D")) {
            std::string code = markup::one_line(markup::to_text(d.content));
            if (!code.empty()) out.push_back(std::move(code));
        }
    return out;
}

class ReutersReader : public Reader {
  public:
    explicit ReutersReader(const ReaderOptions& options) : options_(options) {}
    std::string_view format() const override { return "reuters"; }

    void read(ByteSource& source, const SourceName& name, ReadSink& sink) const override {
        for_each_record(
            source, "<REUTERS", "</REUTERS>", "<REUTERS>", name, options_.max_document_bytes, sink,
            [&](const std::string& block, std::size_t line) {
                // The collection is Latin-1; --encoding overrides.
                const std::string text = options_.encoding.empty()
                                             ? latin1_to_utf8(block)
                                             : to_utf8(block, name, line, options_, sink);
                parse(text, name, line, sink);
            });
    }

  private:
    void parse(std::string_view record, const SourceName& name, std::size_t line,
               ReadSink& sink) const {
        const std::string_view open = record.substr(0, record.find('>') + 1);
        const auto newid = markup::attribute(open, "NEWID");
        if (!newid || newid->empty())
            return sink.problem(error_at(name, line, "<REUTERS> record without NEWID; skipped"));
        Document doc;
        doc.id = *newid;
        doc.format = "reuters";
        doc.source = name.display;
        doc.lang = "en";
        if (auto date = markup::element(record, "DATE"))
            doc.date = parse_date_string(markup::to_text(date->content));
        for (const auto& [tag, key] : {std::pair{"TOPICS", "topics"},
                                       {"PLACES", "places"},
                                       {"PEOPLE", "people"},
                                       {"ORGS", "orgs"},
                                       {"EXCHANGES", "exchanges"}}) {
            auto list = codes(record, tag);
            if (!list.empty()) doc.metadata[key] = std::move(list);
        }
        if (const auto text = markup::element(record, "TEXT")) {
            if (!text->closed)
                sink.problem(warning_at(name, line, "<TEXT> not closed in record " + doc.id));
            read_text(*text, doc);
        } else {
            sink.problem(warning_at(name, line, "record " + doc.id + " has no <TEXT>"));
        }
        // A record with no text (the collection has a few) is still a record:
        // it keeps its id, date and categories.
        emit(sink, std::move(doc));
    }

    // TYPE="NORM": TITLE, DATELINE and BODY; "BRIEF": a title only;
    // "UNPROC": unstructured text whose first line serves as the title.
    static void read_text(const markup::Element& text, Document& doc) {
        using markup::one_line;
        using markup::to_text;
        if (markup::attribute(text.open_tag, "TYPE").value_or("NORM") == "UNPROC") {
            doc.body = drop_signature(to_text(text.content));
            doc.title = one_line(doc.body.substr(0, doc.body.find('\n')));
            return;
        }
        if (auto title = markup::element(text.content, "TITLE"))
            doc.title = one_line(to_text(title->content));
        std::string body;
        if (auto dateline = markup::element(text.content, "DATELINE"))
            body = one_line(to_text(dateline->content)) + " ";
        if (auto b = markup::element(text.content, "BODY")) body += to_text(b->content);
        doc.body = drop_signature(body);
    }

    ReaderOptions options_;
};

}  // namespace

std::unique_ptr<Reader> reuters(const ReaderOptions& options) {
    return std::make_unique<ReutersReader>(options);
}

}  // namespace newsdex::corpus::readers
