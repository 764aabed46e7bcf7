#pragma once
// Corpus readers turn bytes into Documents. Each format is one Reader
// behind this interface. A reader never stops at bad input: it reports the
// problem (file, line or byte offset) and goes on with the next document,
// so every good document of a damaged file is still indexed.
#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsdex/corpus/input.hpp"
#include "newsdex/document.hpp"

namespace newsdex::corpus {

struct ReadProblem {
    enum class Severity {
        kWarning,  // the document was still read (e.g. invalid bytes replaced)
        kError,    // a document or the rest of a file was lost
    };
    Severity severity = Severity::kError;
    std::string file;
    std::size_t line = 0;  // 1-based; 0 when not known
    std::string message;

    // "path:line: error: message", the form compilers and grep use.
    std::string describe() const;
};

// Where a reader sends what it finds.
class ReadSink {
  public:
    virtual ~ReadSink() = default;
    virtual void document(Document&& document) = 0;
    virtual void problem(ReadProblem&& problem) = 0;
};

struct ReaderOptions {
    // The most bytes one document may take, and one whole file for the
    // formats that read a file at once (text, html, feeds): memory stays
    // bounded by this, whatever the input.
    std::size_t max_document_bytes = 64u << 20;
    // An encoding to read every input as (--encoding); empty: UTF-8, else
    // what the document declares, else what ICU detects.
    std::string encoding;
    // JSON Lines: our field name -> the key to read it from (--field).
    std::map<std::string, std::string> json_fields;
};

// How a source is named in messages, and its id when it has none inside.
struct SourceName {
    std::string display;    // as the user gave it
    std::string canonical;  // canonical absolute path
};

class Reader {
  public:
    virtual ~Reader() = default;
    virtual std::string_view format() const = 0;
    virtual void read(ByteSource& source, const SourceName& name, ReadSink& sink) const = 0;
};

// "text", "jsonl", "trec", "reuters", "html", "rss", "atom".
const std::vector<std::string>& reader_formats();

// The reader for a format name, or null if there is none.
std::unique_ptr<Reader> make_reader(std::string_view format, const ReaderOptions& options = {});

// The format of a file from its first bytes, else its name (".gz"
// removed); empty when neither tells.
std::string detect_format(const std::filesystem::path& file, std::string_view head);

// Reads files with the reader their format calls for ("auto": detected
// per file), opening gzip transparently and reporting I/O errors.
class FileReader {
  public:
    FileReader(std::string format, ReaderOptions options);
    void read(const std::filesystem::path& file, ReadSink& sink);

  private:
    const Reader* reader_for(const std::string& format);

    std::string format_;
    ReaderOptions options_;
    std::map<std::string, std::unique_ptr<Reader>> readers_;
};

}  // namespace newsdex::corpus
