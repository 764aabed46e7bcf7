#include "newsdex/corpus/input.hpp"

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace newsdex::corpus {

namespace {

class GzFileSource : public ByteSource {
  public:
    explicit GzFileSource(gzFile file) : file_(file) { gzbuffer(file_, 1 << 17); }
    ~GzFileSource() override { gzclose(file_); }

    std::size_t read(char* buffer, std::size_t n) override {
        if (!error_.empty() || n == 0) return 0;
        const int got =
            gzread(file_, buffer, static_cast<unsigned>(std::min<std::size_t>(n, 1u << 30)));
        if (got <= 0) {
            // zlib reports a stream cut short only through gzerror(): gzread
            // returns 0 as at a clean end.
            int code = Z_OK;
            const char* message = gzerror(file_, &code);
            if (code == Z_OK || code == Z_STREAM_END) return 0;
            error_ = code == Z_BUF_ERROR ? "truncated gzip stream"
                     : message           ? message
                                         : "read error";
            error_ += " at uncompressed byte offset " + std::to_string(offset_);
            return 0;
        }
        offset_ += static_cast<std::uint64_t>(got);
        return static_cast<std::size_t>(got);
    }
    std::string error() const override { return error_; }

  private:
    gzFile file_;
    std::string error_;
};

class MemorySource : public ByteSource {
  public:
    explicit MemorySource(std::string_view bytes) : bytes_(bytes) {}
    std::size_t read(char* buffer, std::size_t n) override {
        const std::size_t count = std::min(n, bytes_.size() - static_cast<std::size_t>(offset_));
        std::memcpy(buffer, bytes_.data() + offset_, count);
        offset_ += count;
        return count;
    }
    std::string error() const override { return {}; }

  private:
    std::string_view bytes_;
};

}  // namespace

std::unique_ptr<ByteSource> open_file_source(const std::filesystem::path& file,
                                             std::string& error) {
    // zlib reads plain files transparently, so one path serves both.
    gzFile handle = gzopen(file.c_str(), "rb");
    if (!handle) {
        error = std::string("cannot open: ") + std::strerror(errno);
        return nullptr;
    }
    return std::make_unique<GzFileSource>(handle);
}

std::unique_ptr<ByteSource> memory_source(std::string_view bytes) {
    return std::make_unique<MemorySource>(bytes);
}

ReadAllStatus read_all(ByteSource& source, std::size_t limit, std::string& out) {
    char chunk[1 << 16];
    while (std::size_t got = source.read(chunk, sizeof chunk)) {
        if (out.size() + got > limit) return ReadAllStatus::kTooLarge;
        out.append(chunk, got);
    }
    return source.error().empty() ? ReadAllStatus::kOk : ReadAllStatus::kError;
}

LineReader::LineReader(ByteSource& source, std::size_t max_line_bytes)
    : source_(source), max_line_bytes_(max_line_bytes) {}

bool LineReader::fill() {
    if (eof_) return false;
    // Drop what was consumed, then append a chunk.
    if (start_ > 0) {
        buffer_.erase(0, start_);
        consumed_ += start_;
        start_ = 0;
    }
    const std::size_t old = buffer_.size();
    buffer_.resize(old + (1 << 16));
    const std::size_t got = source_.read(buffer_.data() + old, 1 << 16);
    buffer_.resize(old + got);
    if (got == 0) eof_ = true;
    return got > 0;
}

LineReader::Status LineReader::next(std::string_view& line) {
    const std::uint64_t begin = consumed_ + start_;  // fill() keeps this invariant
    std::size_t scanned = 0;                         // bytes after start_ known to hold no newline
    bool too_long = false;
    skipped_ = 0;
    for (;;) {
        const std::size_t nl = buffer_.find('\n', start_ + scanned);
        if (nl != std::string::npos) {
            ++line_number_;
            line_offset_ = begin;
            if (too_long) {
                skipped_ += nl - start_;
                start_ = nl + 1;
                return Status::kTooLong;
            }
            std::size_t end = nl;
            if (end > start_ && buffer_[end - 1] == '\r') --end;
            line = std::string_view(buffer_).substr(start_, end - start_);
            start_ = nl + 1;
            return Status::kLine;
        }
        if (buffer_.size() - start_ > max_line_bytes_) {
            // Too long: forget it while looking for its end.
            too_long = true;
            skipped_ += buffer_.size() - start_;
            consumed_ += buffer_.size();
            buffer_.clear();
            buffer_.shrink_to_fit();  // give the memory back while skipping
            start_ = 0;
        }
        scanned = buffer_.size() - start_;
        if (!fill()) break;
    }
    // The last line, without a final newline.
    if (start_ >= buffer_.size() && !too_long) return Status::kEnd;
    ++line_number_;
    line_offset_ = begin;
    if (too_long) {
        skipped_ += buffer_.size() - start_;
        start_ = buffer_.size();
        return Status::kTooLong;
    }
    line = std::string_view(buffer_).substr(start_);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    start_ = buffer_.size();
    return Status::kLine;
}

std::filesystem::path strip_gz(const std::filesystem::path& file) {
    if (file.extension() == ".gz") return file.parent_path() / file.stem();
    return file;
}

}  // namespace newsdex::corpus
