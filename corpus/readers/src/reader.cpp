#include "newsdex/corpus/reader.hpp"

#include <algorithm>
#include <cstring>
#include <system_error>

#include "newsdex/corpus/encoding.hpp"
#include "newsdex/corpus/markup.hpp"
#include "newsdex/utf8.hpp"
#include "readers.hpp"

namespace newsdex::corpus {

std::string ReadProblem::describe() const {
    std::string text = file;
    if (line > 0) text += ":" + std::to_string(line);
    text += severity == Severity::kWarning ? ": warning: " : ": error: ";
    text += message;
    // File names and messages quote what came from outside.
    return utf8::printable(text);
}

const std::vector<std::string>& reader_formats() {
    static const std::vector<std::string> formats = {"text", "jsonl", "trec", "reuters",
                                                     "html", "rss",   "atom"};
    return formats;
}

std::unique_ptr<Reader> make_reader(std::string_view format, const ReaderOptions& options) {
    if (format == "text") return readers::text(options);
    if (format == "jsonl") return readers::jsonl(options);
    if (format == "trec") return readers::trec(options);
    if (format == "reuters") return readers::reuters(options);
    if (format == "html") return readers::html(options);
    if (format == "rss" || format == "atom") return readers::feed(options, format);
    return nullptr;
}

namespace {

std::string format_from_extension(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    if (ext == ".txt" || ext == ".text") return "text";
    if (ext == ".jsonl" || ext == ".ndjson" || ext == ".jsonlines") return "jsonl";
    if (ext == ".trec") return "trec";
    if (ext == ".sgm" || ext == ".sgml") return "reuters";
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return "html";
    if (ext == ".rss") return "rss";
    if (ext == ".atom") return "atom";
    return "";
}

// Skips a byte order mark, white space, an XML prolog and comments, so the
// first real markup can be seen.
std::string_view first_content(std::string_view head) {
    head = utf8::without_bom(head);
    for (;;) {
        const auto start = head.find_first_not_of(" \t\r\n");
        if (start == std::string_view::npos) return {};
        head.remove_prefix(start);
        const bool prolog = head.substr(0, 2) == "<?" || head.substr(0, 4) == "<!--";
        if (!prolog) return head;
        const auto end = head.find('>');
        if (end == std::string_view::npos) return {};
        head.remove_prefix(end + 1);
    }
}

}  // namespace

std::string detect_format(const std::filesystem::path& file, std::string_view head) {
    using markup::find_ci;
    const std::string_view content = first_content(head);
    const std::string by_name = format_from_extension(strip_gz(file));
    if (content.substr(0, 1) == "{") return "jsonl";
    if (find_ci(head, "<REUTERS") != std::string_view::npos ||
        find_ci(head, "<!DOCTYPE lewis") != std::string_view::npos)
        return "reuters";
    if (find_ci(content.substr(0, 5), "<DOC>") == 0) return "trec";
    if (find_ci(content.substr(0, 4), "<rss") == 0 ||
        find_ci(content.substr(0, 8), "<rdf:RDF") == 0)
        return "rss";
    if (find_ci(content.substr(0, 5), "<feed") == 0) return "atom";
    if (find_ci(content.substr(0, 5), "<html") == 0 ||
        find_ci(content.substr(0, 14), "<!doctype html") == 0)
        return "html";
    return by_name;
}

namespace {

// Replays bytes already read (to detect the format), then the rest.
class PrefixedSource : public ByteSource {
  public:
    PrefixedSource(std::string head, ByteSource& rest) : head_(std::move(head)), rest_(rest) {}
    std::size_t read(char* buffer, std::size_t n) override {
        std::size_t got = 0;
        if (at_ < head_.size()) {
            got = std::min(n, head_.size() - at_);
            std::memcpy(buffer, head_.data() + at_, got);
            at_ += got;
        } else {
            got = rest_.read(buffer, n);
        }
        offset_ += got;
        return got;
    }
    std::string error() const override { return rest_.error(); }

  private:
    std::string head_;
    std::size_t at_ = 0;
    ByteSource& rest_;
};

}  // namespace

FileReader::FileReader(std::string format, ReaderOptions options)
    : format_(std::move(format)), options_(std::move(options)) {}

const Reader* FileReader::reader_for(const std::string& format) {
    auto& reader = readers_[format];
    if (!reader) reader = make_reader(format, options_);
    return reader.get();
}

void FileReader::read(const std::filesystem::path& file, ReadSink& sink) {
    std::error_code ec;
    SourceName name{
        file.string(),
        std::filesystem::weakly_canonical(std::filesystem::absolute(file), ec).string()};
    std::string error;
    auto source = open_file_source(file, error);
    if (!source) return sink.problem(readers::error_at(name, 0, error));
    std::string head(4096, '\0');
    head.resize(source->read(head.data(), head.size()));
    const std::string format = format_ == "auto" ? detect_format(file, head) : format_;
    const Reader* reader = format.empty() ? nullptr : reader_for(format);
    if (!reader)
        return sink.problem(readers::error_at(
            name, 0, "cannot tell the format of this file (name one with --format)"));
    PrefixedSource replay(std::move(head), *source);
    reader->read(replay, name, sink);
    if (!source->error().empty()) sink.problem(readers::error_at(name, 0, source->error()));
}

namespace readers {

void emit(ReadSink& sink, Document&& document) {
    for (std::string* field : {&document.id, &document.title, &document.body, &document.url,
                               &document.lang, &document.source})
        if (utf8::find_invalid(*field) != std::string::npos) *field = utf8::repair(*field);
    for (auto& [key, values] : document.metadata)
        for (std::string& value : values)
            if (utf8::find_invalid(value) != std::string::npos) value = utf8::repair(value);
    sink.document(std::move(document));
}

ReadProblem error_at(const SourceName& name, std::size_t line, std::string message) {
    return ReadProblem{ReadProblem::Severity::kError, name.display, line, std::move(message)};
}

ReadProblem warning_at(const SourceName& name, std::size_t line, std::string message) {
    return ReadProblem{ReadProblem::Severity::kWarning, name.display, line, std::move(message)};
}

std::size_t line_of(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

bool read_whole(ByteSource& source, const SourceName& name, const ReaderOptions& options,
                ReadSink& sink, std::string& out) {
    switch (read_all(source, options.max_document_bytes, out)) {
        case ReadAllStatus::kTooLarge:
            sink.problem(error_at(name, 0,
                                  "larger than the limit of " +
                                      std::to_string(options.max_document_bytes) +
                                      " bytes for one document (--max-document-bytes)"));
            return false;
        case ReadAllStatus::kError:
            return false;  // FileReader reports the source's error
        case ReadAllStatus::kOk:
            break;
    }
    // UTF-16 and UTF-32 say so with a byte order mark (Windows Notepad
    // writes them): decode them here, before NUL bytes could mean binary.
    static const std::pair<std::string_view, const char*> kBoms[] = {
        {std::string_view("\xFF\xFE\0\0", 4), "UTF-32LE"},
        {std::string_view("\0\0\xFE\xFF", 4), "UTF-32BE"},
        {"\xFF\xFE", "UTF-16LE"},
        {"\xFE\xFF", "UTF-16BE"}};
    for (const auto& [bom, encoding] : kBoms)
        if (out.compare(0, bom.size(), bom) == 0 && options.encoding.empty()) {
            out = decode_to_utf8(out.substr(bom.size()), encoding).text;
            break;
        }
    const std::size_t nul = out.find('\0');
    if (nul != std::string::npos && options.encoding.find("16") == std::string::npos &&
        options.encoding.find("32") == std::string::npos) {
        sink.problem(error_at(name, line_of(out, nul),
                              "binary file (NUL byte at offset " + std::to_string(nul) + ")"));
        return false;
    }
    return true;
}

std::string to_utf8(std::string bytes, const SourceName& name, std::size_t line,
                    const ReaderOptions& options, ReadSink& sink, std::string_view hint) {
    Decoded decoded = decode_to_utf8(std::move(bytes), options.encoding, hint);
    if (decoded.how == Decoded::How::kRepaired) {
        sink.problem(warning_at(name, line ? line : line_of(decoded.text, decoded.first_invalid),
                                decoded.describe()));
    } else if (decoded.how == Decoded::How::kConverted && options.encoding.empty()) {
        sink.problem(warning_at(name, line, decoded.describe()));
    }
    return std::move(decoded.text);
}

}  // namespace readers

}  // namespace newsdex::corpus
