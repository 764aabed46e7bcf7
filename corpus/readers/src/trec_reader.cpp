// TREC SGML: <DOC> records with <DOCNO>, <DATE>, a headline (<HEADLINE>,
// <HL>, <TITLE> or <HEAD>) and <TEXT>, as in TREC disks 4-5 and the TIME
// collection. Id: DOCNO.
#include "newsdex/corpus/markup.hpp"
#include "readers.hpp"
#include "sgml_blocks.hpp"

namespace newsdex::corpus::readers {

namespace {

// TREC dates: ISO, written ("January 1, 1989, Sunday"), or YYMMDD (FT, WSJ).
std::optional<Date> trec_date(const std::string& text) {
    const std::string t = markup::one_line(text);
    if (t.size() == 6 && t.find_first_not_of("0123456789") == std::string::npos) {
        const int yy = std::stoi(t.substr(0, 2));
        return parse_iso_date(std::to_string(yy >= 50 ? 1900 + yy : 2000 + yy) + t.substr(2));
    }
    return parse_date_string(t);
}

class TrecReader : public Reader {
  public:
    explicit TrecReader(const ReaderOptions& options) : options_(options) {}
    std::string_view format() const override { return "trec"; }

    void read(ByteSource& source, const SourceName& name, ReadSink& sink) const override {
        for_each_record(source, "<DOC>", "</DOC>", "<DOC>", name, options_.max_document_bytes, sink,
                        [&](const std::string& block, std::size_t line) {
                            parse(to_utf8(block, name, line, options_, sink), name, line, sink);
                        });
    }

  private:
    void parse(std::string_view record, const SourceName& name, std::size_t line,
               ReadSink& sink) const {
        const auto docno = markup::element(record, "DOCNO");
        const std::string id = docno ? markup::one_line(markup::to_text(docno->content)) : "";
        if (id.empty())
            return sink.problem(error_at(name, line, "<DOC> record without <DOCNO>; skipped"));
        Document doc;
        doc.id = id;
        doc.format = "trec";
        doc.source = name.display;
        for (const char* tag : {"HEADLINE", "HL", "TITLE", "HEAD"}) {
            if (auto e = markup::element(record, tag)) {
                doc.title = markup::one_line(markup::to_text(e->content));
                if (!doc.title.empty()) break;
            }
        }
        for (const char* tag : {"DATE", "DATE1"}) {
            if (auto e = markup::element(record, tag)) {
                if ((doc.date = trec_date(markup::to_text(e->content)))) break;
            }
        }
        for (const auto& e : markup::elements(record, "TEXT")) {
            if (!e.closed)
                sink.problem(warning_at(name, line + line_of(record, e.offset) - 1,
                                        "<TEXT> not closed in record " + id));
            if (!doc.body.empty()) doc.body += "\n\n";
            doc.body += markup::to_text(e.content);
        }
        // Nothing to find it by ("<contenttitle>", "<content>": not TREC's
        // tags): an error, not an empty story in the index.
        if (doc.title.empty() && doc.body.empty())
            return sink.problem(
                error_at(name, line, "record " + id + " has no headline or <TEXT>; skipped"));
        emit(sink, std::move(doc));
    }

    ReaderOptions options_;
};

}  // namespace

std::unique_ptr<Reader> trec(const ReaderOptions& options) {
    return std::make_unique<TrecReader>(options);
}

}  // namespace newsdex::corpus::readers
