#include "newsdex/schema/word_file.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace newsdex::schema {

namespace {

constexpr char kMagic[8] = {'N', 'D', 'X', 'W', 'O', 'R', 'D', '1'};

}  // namespace

bool is_written_word(std::string_view term) {
    if (term.empty()) return false;
    const auto first = static_cast<unsigned char>(term.front());
    return (first >= 'a' && first <= 'z') || first >= 0x80;
}

std::unique_ptr<MappedWordFile> MappedWordFile::open(const std::filesystem::path& folder,
                                                     const Xapian::Database& db) {
    std::unique_ptr<MappedWordFile> file(new MappedWordFile(folder / kWordFileName));
    if (!file->parse(db.get_revision())) return nullptr;
    return file;
}

bool MappedWordFile::parse(std::uint64_t revision) {
    std::optional<Cursor> body = bytes_.after_header(kMagic, revision);
    if (!body) return false;
    Cursor& in = *body;
    const std::uint32_t* head = in.words(2);
    if (!head) return false;
    count_ = head[0];
    text_size_ = head[1];
    offsets_ = in.words(count_ + 1);
    frequencies_ = in.words(count_);
    text_ = in.bytes(text_size_);
    return offsets_ && frequencies_ && text_ && in.at_end();
}

std::string_view MappedWordFile::word(std::size_t i) const {
    const std::uint32_t begin = offsets_[i], end = offsets_[i + 1];
    if (begin > end || end > text_size_) return {};
    return {text_ + begin, end - begin};
}

std::pair<std::size_t, std::size_t> MappedWordFile::starting_with(std::string_view prefix) const {
    // Binary searches over the indexes; in a damaged (unsorted) file they
    // find some range, never one past the end.
    std::size_t low = 0, high = count_;
    while (low < high) {
        const std::size_t mid = low + (high - low) / 2;
        if (word(mid) < prefix)
            low = mid + 1;
        else
            high = mid;
    }
    const std::size_t first = low;
    high = count_;
    while (low < high) {
        const std::size_t mid = low + (high - low) / 2;
        if (word(mid).substr(0, prefix.size()) <= prefix)
            low = mid + 1;
        else
            high = mid;
    }
    return {first, low};
}

void write_word_file(const std::filesystem::path& folder, const Xapian::Database& db) {
    std::vector<std::uint32_t> offsets = {0}, frequencies;
    std::string text;
    // Prefixed terms (upper case), numbers and dates sort before the
    // first lower-case letter: the walk starts there.
    auto term = db.allterms_begin();
    term.skip_to("a");
    for (; term != db.allterms_end(); ++term) {
        const std::string word = *term;
        if (!is_written_word(word)) continue;
        // Offsets are 32 bits: an archive with more text in its words than
        // that gets no file (search reads the term list, as without one).
        if (text.size() + word.size() > UINT32_MAX) return;
        text += word;
        offsets.push_back(static_cast<std::uint32_t>(text.size()));
        frequencies.push_back(term.get_termfreq());
    }
    write_atomically(folder / kWordFileName, [&](std::ofstream& out) {
        put_header(out, kMagic, db.get_revision());
        put_word(out, static_cast<std::uint32_t>(frequencies.size()));
        put_word(out, static_cast<std::uint32_t>(text.size()));
        put(out, offsets.data(), offsets.size() * 4);
        put(out, frequencies.data(), frequencies.size() * 4);
        put(out, text.data(), text.size());
        put_padding(out, text.size());
    });
}

}  // namespace newsdex::schema
