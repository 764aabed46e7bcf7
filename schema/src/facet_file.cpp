#include "newsdex/schema/facet_file.hpp"

#include <unordered_map>

#include "newsdex/schema/mapped_file.hpp"

namespace newsdex::schema {

namespace {

constexpr char kMagic[8] = {'N', 'D', 'X', 'F', 'A', 'C', 'E', '2'};

}  // namespace

void FacetNames::append_ids(const std::string& list, std::vector<std::uint32_t>& ids) {
    for_each_list_name(list, [&](std::string&& name) {
        const auto id = static_cast<std::uint32_t>(offsets_.size() - 1);
        auto [it, added] = ids_.emplace(std::move(name), id);
        if (added) {
            text_ += it->first;
            offsets_.push_back(static_cast<std::uint32_t>(text_.size()));
        }
        ids.push_back(it->second);
    });
}

std::uint32_t day_number(const std::string& value) {
    if (value.size() != 8) return 0;
    std::uint32_t day = 0;
    for (char c : value) {
        if (c < '0' || c > '9') return 0;
        day = day * 10 + static_cast<std::uint32_t>(c - '0');
    }
    return day;
}

void FacetStore::publish() {
    columns_.rows = days.size();
    columns_.days = days.data();
    for (int kind = 0; kind < kFacetKinds; ++kind) {
        FacetColumns::List& view = columns_.lists[kind];
        view.starts = lists[kind].starts.data();
        view.ids = lists[kind].ids.data();
        view.id_count = lists[kind].ids.size();
        view.names = lists[kind].names.table();
    }
}

FacetStreams::FacetStreams(const Xapian::Database& db) {
    const Xapian::docid last = db.get_lastdocid();
    days.assign(last + 1, 0);
    for (auto it = db.valuestream_begin(kDateSlot); it != db.valuestream_end(kDateSlot); ++it)
        days[it.get_docid()] = day_number(*it);
    for (int kind = 0; kind < kFacetKinds; ++kind) {
        List& list = lists[kind];
        list.starts.assign(last + 2, 0);
        Xapian::docid next = 0;  // rows before `next` have their start
        const Xapian::valueno slot = kFacetListSlots[kind];
        for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
            while (next <= it.get_docid())
                list.starts[next++] = static_cast<std::uint32_t>(list.ids.size());
            list.names.append_ids(*it, list.ids);
        }
        while (next <= last + 1)
            list.starts[next++] = static_cast<std::uint32_t>(list.ids.size());
    }
    publish();
}

std::unique_ptr<MappedFacetFile> MappedFacetFile::open(const std::filesystem::path& folder,
                                                       const Xapian::Database& db) {
    std::unique_ptr<MappedFacetFile> file(new MappedFacetFile(folder / kFacetFileName));
    if (!file->parse(db.get_revision(), db.get_lastdocid())) return nullptr;
    return file;
}

bool MappedFacetFile::parse(std::uint64_t revision, std::uint32_t last_docid) {
    std::optional<Cursor> body = bytes_.after_header(kMagic, revision);
    if (!body) return false;
    Cursor& in = *body;
    const std::uint32_t* head = in.words(2);
    if (!head || head[0] != last_docid || head[1] != kFacetKinds) return false;
    columns_.rows = std::size_t(last_docid) + 1;
    columns_.days = in.words(columns_.rows);
    if (!columns_.days) return false;
    for (FacetColumns::List& list : columns_.lists) {
        const std::uint32_t* sizes = in.words(3);
        if (!sizes) return false;
        const std::uint32_t names = sizes[0], ids = sizes[1], bytes = sizes[2];
        list.starts = in.words(columns_.rows + 1);
        list.ids = in.words(ids);
        const std::uint32_t* offsets = in.words(std::size_t(names) + 1);
        const char* text = in.bytes(bytes);
        if (!list.starts || !list.ids || !offsets || !text) return false;
        list.id_count = ids;
        list.names = {offsets, text, names, bytes};
    }
    return in.at_end();
}

void write_facet_file(const std::filesystem::path& folder, const Xapian::Database& db) {
    const FacetStreams streams(db);
    const FacetColumns& c = streams.columns();
    write_atomically(folder / kFacetFileName, [&](std::ofstream& out) {
        put_header(out, kMagic, db.get_revision());
        put_word(out, static_cast<std::uint32_t>(c.rows - 1));
        put_word(out, kFacetKinds);
        put(out, c.days, c.rows * 4);
        for (const FacetColumns::List& list : c.lists) {
            const NameTable& names = list.names;
            const std::uint32_t ids = list.starts[c.rows];
            put_word(out, static_cast<std::uint32_t>(names.count));
            put_word(out, ids);
            put_word(out, static_cast<std::uint32_t>(names.text_size));
            put(out, list.starts, (c.rows + 1) * 4);
            put(out, list.ids, std::size_t(ids) * 4);
            put(out, names.offsets, (names.count + 1) * 4);
            put(out, names.text, names.text_size);
            put_padding(out, names.text_size);
        }
    });
}

}  // namespace newsdex::schema
