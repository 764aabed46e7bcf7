#pragma once
// The word file: a database's words as written (unstemmed terms: lower
// case, or letters of another script), sorted as Xapian sorts terms, each
// with the number of stories that use it. "Did you mean" looks for the
// spellings of a word among those that share its first letter; read from
// the database, that walk goes through the term B-tree, every posting
// chunk of every such word included (half a millisecond of a 3 ms
// `search` process on Reuters-21578, more on larger archives); mapped from
// this file, it is a walk over a sorted list in memory.
//
// Same life as the facet file (facet_file.hpp): the indexer writes one per
// database folder (per shard) after its last commit, with the revision it
// describes; search uses it only while the database is at that revision,
// and reads the term list otherwise. A damaged file gives wrong candidates
// at worst (search checks each suggestion against the database), never a
// read past its end.
//
// Layout (native 32-bit words):
//   "NDXWORD1", revision (64 bits), words N, text bytes B,
//   offsets[N + 1] (word i is text[offsets[i] .. offsets[i + 1])),
//   frequencies[N], text padded to 4 bytes.
#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>
#include <utility>

#include "newsdex/schema/mapped_file.hpp"

namespace newsdex::schema {

inline constexpr const char* kWordFileName = "newsdex-words";

class MappedWordFile {
  public:
    // The file in `folder` if it describes `db` at its revision and is well
    // formed; nullptr otherwise.
    static std::unique_ptr<MappedWordFile> open(const std::filesystem::path& folder,
                                                const Xapian::Database& db);
    std::size_t size() const { return count_; }
    // Empty for a damaged entry.
    std::string_view word(std::size_t i) const;
    Xapian::doccount frequency(std::size_t i) const { return frequencies_[i]; }
    // The words [first, second) that begin with `prefix`.
    std::pair<std::size_t, std::size_t> starting_with(std::string_view prefix) const;

  private:
    explicit MappedWordFile(const std::filesystem::path& path) : bytes_(path, 24) {}
    bool parse(std::uint64_t revision);
    MappedBytes bytes_;
    std::size_t count_ = 0, text_size_ = 0;
    const std::uint32_t* offsets_ = nullptr;
    const std::uint32_t* frequencies_ = nullptr;
    const char* text_ = nullptr;
};

// Whether a term is a word as written (not a prefixed term, a number or
// a date): its first byte is a lower-case ASCII letter or starts a UTF-8
// sequence. Prefixes are upper case, so these terms sort after them all.
bool is_written_word(std::string_view term);

// Writes the word file of `db`, the database in `folder` (one Xapian
// database, not a stub), atomically (write_files_for_search in
// mapped_file.hpp writes every shard's).
void write_word_file(const std::filesystem::path& folder, const Xapian::Database& db);

}  // namespace newsdex::schema
