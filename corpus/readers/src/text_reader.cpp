// Plain text: one article per file, the first non-empty line is the title
// and the rest the body. Id: the file's canonical absolute path.
#include "newsdex/utf8.hpp"
#include "readers.hpp"

namespace newsdex::corpus::readers {

namespace {

bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n\f\v");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n\f\v");
    return s.substr(first, last - first + 1);
}

class TextReader : public Reader {
  public:
    explicit TextReader(const ReaderOptions& options) : options_(options) {}
    std::string_view format() const override { return "text"; }

    void read(ByteSource& source, const SourceName& name, ReadSink& sink) const override {
        std::string bytes;
        if (!read_whole(source, name, options_, sink, bytes)) return;
        const std::string text = to_utf8(std::move(bytes), name, 0, options_, sink);
        std::string_view rest = utf8::without_bom(text);

        std::string_view title;
        while (!rest.empty() && title.empty()) {
            const std::size_t eol = rest.find('\n');
            const std::string_view line = rest.substr(0, eol);
            rest = eol == std::string_view::npos ? std::string_view{} : rest.substr(eol + 1);
            if (!is_blank(line)) title = trim(line);
        }
        if (title.empty()) return sink.problem(error_at(name, 0, "empty file: no title line"));

        Document doc;
        doc.id = name.canonical;
        doc.title = std::string(title);
        doc.body = std::string(trim(rest));
        doc.format = "text";
        doc.source = name.display;
        emit(sink, std::move(doc));
    }

  private:
    ReaderOptions options_;
};

}  // namespace

std::unique_ptr<Reader> text(const ReaderOptions& options) {
    return std::make_unique<TextReader>(options);
}

}  // namespace newsdex::corpus::readers
