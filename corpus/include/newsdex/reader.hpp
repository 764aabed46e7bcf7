#pragma once
// Corpus readers turn files into Documents. Each format is one Reader
// behind this interface. A reader never stops at bad input: it reports the
// problem (file, line or byte offset) and goes on with the next document,
// so every good document of a damaged file is still indexed.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsdex/document.hpp"

namespace newsdex {

struct ReadProblem {
    enum class Severity {
        kWarning,  // the document was still read (e.g. invalid bytes replaced)
        kError,    // a document or the rest of a file was lost
    };
    Severity severity = Severity::kError;
    std::string file;
    std::size_t line = 0;  // 1-based; 0 when not known
    std::string message;

    // "path:line: message", the form compilers and grep use.
    std::string describe() const;
};

// Where a reader sends what it finds.
class ReadSink {
  public:
    virtual ~ReadSink() = default;
    virtual void document(Document&& document) = 0;
    virtual void problem(ReadProblem&& problem) = 0;
};

struct ReaderLimits {
    // A single article larger than this is refused: memory stays bounded
    // whatever the input.
    std::size_t max_document_bytes = 64u << 20;
};

class Reader {
  public:
    virtual ~Reader() = default;
    virtual std::string_view format() const = 0;
    virtual void read(const std::filesystem::path& file, ReadSink& sink) const = 0;
};

// Plain text: one article per file, the first non-empty line is the title
// and the rest the body. Id: the canonical absolute path.
class TextReader : public Reader {
  public:
    explicit TextReader(ReaderLimits limits = {}) : limits_(limits) {}
    std::string_view format() const override { return "text"; }
    void read(const std::filesystem::path& file, ReadSink& sink) const override;

  private:
    ReaderLimits limits_;
};

// The reader for a format name ("text"), or null if there is none.
std::unique_ptr<Reader> make_reader(std::string_view format, ReaderLimits limits = {});

}  // namespace newsdex
