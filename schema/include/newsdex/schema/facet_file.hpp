#pragma once
// The facet file: every document's date and entity ids, laid out so that a
// fresh `search --facets` process maps it instead of reading the value
// streams of the whole database (35 ms on Reuters-21578, mostly pread).
// The indexer writes one per database folder (per shard) after its last
// commit, named kFacetFileName, with the revision it describes; search
// uses it only while the database is at that revision, and falls back to
// the value streams otherwise (a run still writing, an old indexer, a file
// gone). Its content is checked before use: it sits in a folder anyone
// with write access may change, like the database itself.
//
// Layout (native 32-bit words: a file from a machine of the other byte
// order fails its checks and is not used):
//   "NDXFACE2", revision (64 bits), last docid L, kinds (kFacetKinds)
//   day of each docid 0..L (YYYYMMDD, 0 undated)
//   per kind (people, organisations, places, topics, languages, formats):
//     names N, ids M, name bytes B,
//     starts[L + 2] (row r's ids are ids[starts[r] .. starts[r + 1])),
//     ids[M] (each < N), name offsets[N + 1], name bytes padded to 4.
#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsdex/schema/mapped_file.hpp"
#include "newsdex/schema/schema.hpp"

namespace newsdex::schema {

inline constexpr const char* kFacetFileName = "newsdex-facets";
// people, organisations, places, source topics, languages, reader formats
// (the order of search's FacetTally kinds), and the value slot of each
inline constexpr int kFacetKinds = 6;
inline constexpr Xapian::valueno kFacetListSlots[kFacetKinds] = {
    kPeopleSlot, kOrganizationsSlot, kPlacesSlot, kTopicsSlot, kLanguageSlot, kFormatSlot};

// Names by id, as the facet file stores them: name i is text[offsets[i] ..
// offsets[i + 1]). A damaged file's name reads as empty, never past it.
struct NameTable {
    const std::uint32_t* offsets = nullptr;  // count + 1
    const char* text = nullptr;
    std::size_t count = 0, text_size = 0;
    std::size_t size() const { return count; }
    std::string_view operator[](std::size_t i) const {
        const std::uint32_t begin = offsets[i], end = offsets[i + 1];
        if (begin > end || end > text_size) return {};
        return {text + begin, end - begin};
    }
};

// Names interned as they come: the same name, the same small id.
class FacetNames {
  public:
    // Appends the id of each name of a list slot value.
    void append_ids(const std::string& list, std::vector<std::uint32_t>& ids);
    NameTable table() const {
        return {offsets_.data(), text_.data(), offsets_.size() - 1, text_.size()};
    }

  private:
    std::unordered_map<std::string, std::uint32_t> ids_;
    std::vector<std::uint32_t> offsets_ = {0};
    std::string text_;
};

// The facet columns of a database, however they are held: in memory (read
// from the value streams) or in a mapped facet file.
struct FacetColumns {
    struct List {
        // Row r's ids are ids[starts[r] .. starts[r + 1]). A mapped file's
        // starts and ids are checked where they are read (a row out of
        // order or past id_count, an id past names, counts for nothing),
        // so that opening a file touches only its header and names.
        const std::uint32_t* starts = nullptr;  // rows + 1
        const std::uint32_t* ids = nullptr;
        std::size_t id_count = 0;
        NameTable names;
    };
    std::size_t rows = 0;  // last docid + 1
    const std::uint32_t* days = nullptr;
    List lists[kFacetKinds];
};

// Facet columns held in memory: the vectors are filled (row by row, or
// column by column), then published() as FacetColumns pointing into them.
// Neither copied nor moved, so the published pointers stay valid.
class FacetStore {
  public:
    FacetStore() = default;
    FacetStore(const FacetStore&) = delete;
    FacetStore& operator=(const FacetStore&) = delete;
    // Call once every row is in: days.size() rows, starts one longer.
    void publish();
    const FacetColumns& columns() const { return columns_; }

    std::vector<std::uint32_t> days;
    struct List {
        std::vector<std::uint32_t> starts, ids;
        FacetNames names;
    } lists[kFacetKinds];

  private:
    FacetColumns columns_;
};

// The store of every document, read from a database's value streams.
class FacetStreams : public FacetStore {
  public:
    explicit FacetStreams(const Xapian::Database& db);
};

// A facet file mapped read-only.
class MappedFacetFile {
  public:
    // The file in `folder` if it describes `db` as it is (same revision and
    // last docid) and is well formed; nullptr otherwise.
    static std::unique_ptr<MappedFacetFile> open(const std::filesystem::path& folder,
                                                 const Xapian::Database& db);
    const FacetColumns& columns() const { return columns_; }

  private:
    explicit MappedFacetFile(const std::filesystem::path& path) : bytes_(path, 24) {}
    bool parse(std::uint64_t revision, std::uint32_t last_docid);
    MappedBytes bytes_;
    FacetColumns columns_;
};

// Writes the facet file of `db`, the database in `folder` (one Xapian
// database, not a stub), atomically (write_files_for_search in
// mapped_file.hpp writes every shard's).
void write_facet_file(const std::filesystem::path& folder, const Xapian::Database& db);

// The day (YYYYMMDD) of a date slot value, 0 when it is none.
std::uint32_t day_number(const std::string& value);

// Calls `each` with every name of a list slot value (names joined by
// kListSeparator), empty ones left out.
template <typename Each>
void for_each_list_name(const std::string& list, Each&& each) {
    for (std::size_t start = 0; start < list.size();) {
        std::size_t end = list.find(kListSeparator, start);
        if (end == std::string::npos) end = list.size();
        if (end > start) each(list.substr(start, end - start));
        start = end + 1;
    }
}

}  // namespace newsdex::schema
