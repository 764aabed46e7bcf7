#pragma once
// What the files the indexer writes beside a database for search to map
// (the facet file, the word file) share: a header naming the format and the
// database revision described, mapping one read-only, reading it word by
// word without running past its end, and writing one atomically.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <string>

namespace newsdex::schema {

// Reads a mapped file's words in order, refusing to run past its end.
class Cursor {
  public:
    Cursor(const char* data, std::size_t size, std::size_t at)
        : data_(data), size_(size), at_(at) {}
    const std::uint32_t* words(std::size_t count) {
        if (count > (size_ - at_) / 4) return nullptr;
        const auto* p = reinterpret_cast<const std::uint32_t*>(data_ + at_);
        at_ += count * 4;
        return p;
    }
    // `count` bytes, padded to a whole word.
    const char* bytes(std::size_t count) {
        const std::size_t padded = (count + 3) / 4 * 4;
        if (padded > size_ - at_) return nullptr;
        const char* p = data_ + at_;
        at_ += padded;
        return p;
    }
    bool at_end() const { return at_ == size_; }

  private:
    const char* data_;
    std::size_t size_, at_;
};

// A regular file mapped read-only (not through a symbolic link); empty
// when there is none, or it is shorter than `min_size` or not a whole
// number of 32-bit words.
class MappedBytes {
  public:
    MappedBytes(const std::filesystem::path& path, std::size_t min_size);
    ~MappedBytes();
    MappedBytes(const MappedBytes&) = delete;
    MappedBytes& operator=(const MappedBytes&) = delete;
    const char* data() const { return static_cast<const char*>(data_); }
    std::size_t size() const { return size_; }
    // A cursor past the header (an 8-byte magic, the 64-bit revision the
    // file describes), when the header is `magic` and `revision`; nothing
    // for no file, another format or another revision.
    std::optional<Cursor> after_header(const char (&magic)[8], std::uint64_t revision) const;

  private:
    void* data_ = nullptr;
    std::size_t size_ = 0;
};

inline void put(std::ofstream& out, const void* data, std::size_t bytes) {
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(bytes));
}

inline void put_word(std::ofstream& out, std::uint32_t word) {
    put(out, &word, 4);
}

// The header MappedBytes::after_header reads.
inline void put_header(std::ofstream& out, const char (&magic)[8], std::uint64_t revision) {
    put(out, magic, 8);
    put(out, &revision, 8);
}

// Bytes that pad `size` bytes to a whole word.
inline void put_padding(std::ofstream& out, std::size_t size) {
    put(out, "\0\0\0", (4 - size % 4) % 4);
}

// Writes `path` through `write` into a file beside it, then renames that
// over it, so that a reader sees the old file or the whole new one.
void write_atomically(const std::filesystem::path& path,
                      const std::function<void(std::ofstream&)>& write);

// Writes every such file (facet_file.hpp, word_file.hpp) of every shard of
// a newsdex database that lacks it at the shard's revision, a thread a
// shard (up to one a core), each shard opened once for all its files.
void write_files_for_search(const std::filesystem::path& database);

}  // namespace newsdex::schema
