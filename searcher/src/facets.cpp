#include "newsdex/search/facets.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <unordered_map>

#include "newsdex/date.hpp"
#include "newsdex/schema/schema.hpp"

namespace newsdex::search {

namespace {

using schema::day_number;

// Each kind's list of a Facets, in FacetTally's order.
std::array<std::vector<FacetCount>*, FacetTally::kKinds> lists_of(Facets& f) {
    return {&f.people, &f.organizations, &f.places, &f.topics, &f.languages, &f.formats};
}

// The `limit` most frequent names, ties by name; names are copied for
// those shown only (a broad query counts thousands).
template <typename Names>
std::vector<FacetCount> top(const Names& names, const std::vector<Xapian::doccount>& counts,
                            std::size_t limit) {
    std::vector<std::uint32_t> ids;
    for (std::size_t id = 0; id < counts.size(); ++id)
        if (counts[id]) ids.push_back(static_cast<std::uint32_t>(id));
    auto before = [&](std::uint32_t a, std::uint32_t b) {
        return counts[a] != counts[b] ? counts[a] > counts[b]
                                      : std::string_view(names[a]) < std::string_view(names[b]);
    };
    const std::size_t shown = std::min(limit, ids.size());
    std::partial_sort(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(shown), ids.end(),
                      before);
    std::vector<FacetCount> out;
    out.reserve(shown);
    for (std::size_t i = 0; i < shown; ++i)
        out.push_back({std::string(names[ids[i]]), counts[ids[i]]});
    return out;
}

std::uint32_t compact(const Date& d) {
    return static_cast<std::uint32_t>(d.year * 10000 + d.month * 100 + d.day);
}

std::string bucket_label(std::uint32_t day, std::uint32_t divisor) {
    const std::uint32_t bucket = day / divisor;
    char label[16];
    if (divisor == 10000) {
        std::snprintf(label, sizeof label, "%04u", bucket);
    } else if (divisor == 100) {
        std::snprintf(label, sizeof label, "%04u-%02u", bucket / 100, bucket % 100);
    } else {
        std::snprintf(label, sizeof label, "%04u-%02u-%02u", bucket / 10000, bucket / 100 % 100,
                      bucket % 100);
    }
    return label;
}

// The first day of the next year, month or day.
Date next_bucket(Date d, std::uint32_t divisor) {
    if (divisor == 10000) return Date{d.year + 1, 1, 1};
    if (divisor == 100)
        return d.month == 12 ? Date{d.year + 1, 1, 1} : Date{d.year, d.month + 1, 1};
    return civil_from_days(days_from_civil(d) + 1);
}

// Buckets by year when the dates span more than three years, by month when
// more than three months, else by day.
void date_histogram(const std::unordered_map<std::uint32_t, Xapian::doccount>& day_counts,
                    Facets& facets) {
    if (day_counts.empty()) return;
    std::vector<std::pair<std::uint32_t, Xapian::doccount>> days(day_counts.begin(),
                                                                 day_counts.end());
    std::sort(days.begin(), days.end());
    auto civil = [](std::uint32_t d) {
        return days_from_civil(Date{int(d / 10000), int(d / 100 % 100), int(d % 100)});
    };
    const long spread = civil(days.back().first) - civil(days.front().first);
    facets.granularity = spread > 3 * 366 ? "year" : spread > 92 ? "month" : "day";
    const std::uint32_t divisor = facets.granularity == "year"    ? 10000
                                  : facets.granularity == "month" ? 100
                                                                  : 1;
    // Every bucket from the first to the last, empty ones too: a gap in
    // the news shows as a zero bar, not as nothing.
    std::map<std::string, Xapian::doccount> counted;
    for (const auto& [day, count] : days)
        counted[bucket_label(day, divisor)] += count;
    Date at = civil_from_days(civil(days.front().first));
    const Date last = civil_from_days(civil(days.back().first));
    for (std::string label = bucket_label(compact(at), divisor);;) {
        const auto it = counted.find(label);
        facets.dates.push_back({label, it == counted.end() ? 0 : it->second});
        if (label == bucket_label(compact(last), divisor)) break;
        at = next_bucket(at, divisor);
        label = bucket_label(compact(at), divisor);
    }
}

}  // namespace

static_assert(FacetTally::kKinds == schema::kFacetKinds, "one facet table list per tally kind");

FacetTable::FacetTable(const Xapian::Database& db)
    : store_(std::make_unique<schema::FacetStreams>(db)), columns_(&store_->columns()) {}

std::unique_ptr<FacetTable> FacetTable::mapped(const std::string& folder,
                                               const Xapian::Database& db) {
    auto file = schema::MappedFacetFile::open(folder, db);
    if (!file) return nullptr;
    std::unique_ptr<FacetTable> table(new FacetTable());
    table->file_ = std::move(file);
    table->columns_ = &table->file_->columns();
    return table;
}

FacetTable::FacetTable(const Xapian::Database& db, const std::vector<Xapian::docid>& docids)
    : store_(std::make_unique<schema::FacetStore>()) {
    schema::FacetStore& store = *store_;
    for (const Xapian::docid docid : docids) {
        const Xapian::Document doc = db.get_document(docid, Xapian::DOC_ASSUME_VALID);
        store.days.push_back(day_number(doc.get_value(schema::kDateSlot)));
        for (int kind = 0; kind < kKinds; ++kind) {
            auto& list = store.lists[kind];
            list.starts.push_back(static_cast<std::uint32_t>(list.ids.size()));
            list.names.append_ids(doc.get_value(schema::kFacetListSlots[kind]), list.ids);
        }
    }
    for (auto& list : store.lists)
        list.starts.push_back(static_cast<std::uint32_t>(list.ids.size()));
    store.publish();
    columns_ = &store.columns();
}

FacetTable::~FacetTable() = default;

Facets FacetTable::count_all(std::size_t limit) const {
    std::vector<Xapian::docid> rows(columns_->rows);
    std::iota(rows.begin(), rows.end(), 0);
    return count(rows, limit);
}

FacetTable::IdCounts FacetTable::count_ids(const std::vector<Xapian::docid>& rows) const {
    const schema::FacetColumns& t = *columns_;
    IdCounts c;
    c.matches = static_cast<Xapian::doccount>(rows.size());
    for (int kind = 0; kind < kKinds; ++kind)
        c.names[kind].assign(t.lists[kind].names.size(), 0);
    // Matches come in docid order, and an archive is mostly indexed day by
    // day: runs of one day are counted, then added to the map at once.
    std::uint32_t run_day = 0;
    Xapian::doccount run = 0;
    auto end_run = [&] {
        // A day that is no date (a damaged file) counts as undated.
        const std::uint32_t day = run_day;
        if (day && is_valid_date(int(day / 10000), int(day / 100 % 100), int(day % 100))) {
            c.days[day] += run;
        } else {
            c.undated += run;
        }
        run = 0;
    };
    for (const Xapian::docid row : rows) {
        if (row >= t.rows) continue;  // added after the table was read
        if (t.days[row] != run_day && run > 0) end_run();
        run_day = t.days[row];
        ++run;
        for (int kind = 0; kind < kKinds; ++kind) {
            const schema::FacetColumns::List& list = t.lists[kind];
            std::vector<Xapian::doccount>& counts = c.names[kind];
            const std::uint32_t end = list.starts[row + 1];
            if (list.starts[row] > end || end > list.id_count) continue;  // a damaged file
            for (std::uint32_t i = list.starts[row]; i < end; ++i)
                if (list.ids[i] < counts.size()) ++counts[list.ids[i]];
        }
    }
    if (run > 0) end_run();
    return c;
}

Facets FacetTable::count(const std::vector<Xapian::docid>& rows, std::size_t limit) const {
    // Names are looked up for the most frequent ids only.
    const IdCounts c = count_ids(rows);
    Facets facets;
    facets.matches = c.matches;
    facets.undated = c.undated;
    const auto lists = lists_of(facets);
    for (int kind = 0; kind < kKinds; ++kind)
        *lists[kind] = top(columns_->lists[kind].names, c.names[kind], limit);
    date_histogram(c.days, facets);
    return facets;
}

void FacetTable::tally(const std::vector<Xapian::docid>& rows, FacetTally& into) const {
    const IdCounts c = count_ids(rows);
    into.add_matches(c.matches);
    into.add_undated(c.undated);
    for (const auto& [day, n] : c.days)
        into.add_day(day, n);
    for (int kind = 0; kind < kKinds; ++kind)
        for (std::size_t id = 0; id < c.names[kind].size(); ++id)
            if (c.names[kind][id])
                into.add(static_cast<FacetTally::Kind>(kind),
                         std::string(columns_->lists[kind].names[id]), c.names[kind][id]);
}

void FacetTally::add(Kind kind, const std::vector<FacetCount>& counts) {
    for (const FacetCount& c : counts)
        names_[kind][c.value] += c.count;
}

Facets FacetTally::facets(std::size_t limit) const {
    Facets facets;
    facets.matches = matches_;
    facets.undated = undated_;
    const auto lists = lists_of(facets);
    for (int kind = 0; kind < kKinds; ++kind) {
        std::vector<std::string> names;
        std::vector<Xapian::doccount> counts;
        for (const auto& [name, n] : names_[kind]) {
            names.push_back(name);
            counts.push_back(n);
        }
        *lists[kind] = top(names, counts, limit);
    }
    date_histogram({days_.begin(), days_.end()}, facets);
    return facets;
}

namespace {

// The slots ValueFacetSpies counts, in this order.
constexpr Xapian::valueno kValueFacetSlots[] = {
    schema::kDateSlot,   schema::kPeopleSlot,   schema::kOrganizationsSlot, schema::kPlacesSlot,
    schema::kTopicsSlot, schema::kLanguageSlot, schema::kFormatSlot};

// The names in a spy's values (each a list), with the documents holding each.
void tally_lists(const Xapian::ValueCountMatchSpy& spy, FacetTally::Kind kind, FacetTally& into) {
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it)
        schema::for_each_list_name(
            *it, [&](const std::string& name) { into.add(kind, name, it.get_termfreq()); });
}

}  // namespace

ValueFacetSpies::ValueFacetSpies() {
    for (const Xapian::valueno slot : kValueFacetSlots)
        spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
}

void ValueFacetSpies::add_to(Xapian::Enquire& enquire) {
    for (auto& spy : spies_)
        enquire.add_matchspy(spy.get());
}

Facets ValueFacetSpies::count(std::size_t limit) const {
    FacetTally tally;
    tally.add_matches(spies_[0]->get_total());
    Xapian::doccount dated = 0;
    for (auto it = spies_[0]->values_begin(); it != spies_[0]->values_end(); ++it)
        if (const std::uint32_t day = day_number(*it)) {
            tally.add_day(day, it.get_termfreq());
            dated += it.get_termfreq();
        }
    tally.add_undated(spies_[0]->get_total() - dated);
    for (int kind = FacetTally::kPeople; kind < FacetTally::kKinds; ++kind)
        tally_lists(*spies_[kind + 1], static_cast<FacetTally::Kind>(kind), tally);
    return tally.facets(limit);
}

}  // namespace newsdex::search
