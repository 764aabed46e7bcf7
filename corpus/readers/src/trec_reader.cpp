// TREC SGML: <DOC> records with <DOCNO>, <DATE>, a headline (<HEADLINE>,
// <HL>, <TITLE> or <HEAD>) and <TEXT>, as in TREC disks 4-5 and the TIME
// collection; also Sogou's news (<url>, <contenttitle>, <content>). Id:
// DOCNO.
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

// A date in the story's address ("/20120706/n347457739.shtml"), as many
// sites' paths carry it: the story's date when the record gives none.
std::optional<Date> url_date(std::string_view url) {
    for (std::size_t i = url.find('/'); i != std::string_view::npos && i + 9 < url.size();
         i = url.find('/', i + 1)) {
        const std::string_view part = url.substr(i + 1, 8);
        if (part.find_first_not_of("0123456789") == std::string_view::npos && url[i + 9] == '/')
            return parse_iso_date(part);
    }
    return std::nullopt;
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
        // Sogou's news (SogouCS) writes TREC records with <url>,
        // <contenttitle> and <content>.
        for (const char* tag : {"HEADLINE", "HL", "TITLE", "HEAD", "CONTENTTITLE"}) {
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
        if (auto e = markup::element(record, "URL")) {
            doc.url = markup::one_line(markup::to_text(e->content));
            if (!doc.date) doc.date = url_date(doc.url);
        }
        for (const char* tag : {"TEXT", "CONTENT"})
            for (const auto& e : markup::elements(record, tag)) {
                if (!e.closed)
                    sink.problem(
                        warning_at(name, line + line_of(record, e.offset) - 1,
                                   "<" + std::string(tag) + "> not closed in record " + id));
                if (!doc.body.empty()) doc.body += "\n\n";
                doc.body += markup::to_text(e.content);
            }
        // Nothing to find it by (tags of another format): an error, not an
        // empty story in the index.
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
