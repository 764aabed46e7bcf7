#pragma once
// Where readers get their bytes: a file (gzip-compressed or not, read
// through zlib without unpacking to disk) or memory (tests, fuzzing), and
// the two ways readers consume them: all at once up to a limit, or line by
// line with a bound on line length. Memory stays bounded whatever the input.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace newsdex::corpus {

class ByteSource {
  public:
    virtual ~ByteSource() = default;
    // Up to n bytes into buffer; 0 at the end or on error (see error()).
    virtual std::size_t read(char* buffer, std::size_t n) = 0;
    // Empty, or what went wrong (e.g. "truncated gzip stream").
    virtual std::string error() const = 0;
    // Bytes delivered so far (uncompressed).
    std::uint64_t offset() const { return offset_; }

  protected:
    std::uint64_t offset_ = 0;
};

// Opens a file; gzip data (by its magic bytes, whatever the name) is
// decompressed on the fly. Null with `error` set when it cannot be opened.
std::unique_ptr<ByteSource> open_file_source(const std::filesystem::path& file, std::string& error);
std::unique_ptr<ByteSource> memory_source(std::string_view bytes);

enum class ReadAllStatus { kOk, kTooLarge, kError };
// Reads the rest of the source into `out`, stopping past `limit` bytes.
ReadAllStatus read_all(ByteSource& source, std::size_t limit, std::string& out);

// Lines without their "\n" (and "\r"), numbered from 1. A line longer
// than the limit is skipped without being held in memory.
class LineReader {
  public:
    enum class Status { kLine, kTooLong, kEnd };
    LineReader(ByteSource& source, std::size_t max_line_bytes);
    // On kLine, `line` stays valid until the next call. On kTooLong,
    // skipped_bytes() tells how long the line was.
    Status next(std::string_view& line);
    std::size_t line_number() const { return line_number_; }
    std::uint64_t skipped_bytes() const { return skipped_; }
    // Byte offset of the start of the current line.
    std::uint64_t line_offset() const { return line_offset_; }

  private:
    bool fill();

    ByteSource& source_;
    std::size_t max_line_bytes_;
    std::string buffer_;
    std::size_t start_ = 0;  // unread data begins here
    std::size_t line_number_ = 0;
    std::uint64_t skipped_ = 0;
    std::uint64_t consumed_ = 0;  // bytes of source before buffer_[0]
    std::uint64_t line_offset_ = 0;
    bool eof_ = false;
};

// The file name without a trailing ".gz" (for detecting the format).
std::filesystem::path strip_gz(const std::filesystem::path& file);

}  // namespace newsdex::corpus
