#pragma once
// Facets: exact counts, over every document that matches (not only the
// page shown), of the people, organisations and places, and a histogram of
// dates by day, month or year (chosen from the spread of the dates).
//
// Counting reads each match's value slots. Done per match inside Xapian's
// match loop that cost 6 ms a query on Reuters-21578, mostly string maps;
// so the match loop only collects document ids (DocidSpy), and the counts
// come from a FacetTable: every document's date and facet ids, kept for the
// life of the Searcher. The indexer writes that table as a file beside each
// database (schema/facet_file.hpp), mapped in no time by a fresh process;
// without a file for the database's revision it is read from the value
// streams (35 ms on Reuters-21578), and small result sets are then counted
// from their own values instead, so a one-shot narrow query never pays for
// reading the whole table.
#include <xapian.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "newsdex/schema/facet_file.hpp"

namespace newsdex::search {

struct FacetCount {
    std::string value;
    Xapian::doccount count;
};

struct Facets {
    Xapian::doccount matches = 0;                           // exact
    std::vector<FacetCount> people, organizations, places;  // most frequent first
    std::string granularity;                                // "day", "month" or "year"
    std::vector<FacetCount> dates;  // every bucket in date order: "2024", "2024-05", "2024-05-17"
    Xapian::doccount undated = 0;
    // Source categories (Reuters TOPICS), languages and reader formats.
    std::vector<FacetCount> topics, languages, formats;
};

// Counts from one or more sources (the shards of a database, each counted
// on its own), by name, then cut to the most frequent: no count is lost to
// a cut made before every source is in.
class FacetTally {
  public:
    enum Kind { kPeople, kOrganizations, kPlaces, kTopics, kLanguages, kFormats, kKinds };
    void add_matches(Xapian::doccount n) { matches_ += n; }
    void add_undated(Xapian::doccount n) { undated_ += n; }
    void add_day(std::uint32_t yyyymmdd, Xapian::doccount n) { days_[yyyymmdd] += n; }
    void add(Kind kind, const std::string& name, Xapian::doccount n) { names_[kind][name] += n; }
    void add(Kind kind, const std::vector<FacetCount>& counts);
    // The `limit` most frequent names of each kind (ties by name) and the
    // date histogram.
    Facets facets(std::size_t limit) const;

  private:
    Xapian::doccount matches_ = 0, undated_ = 0;
    std::unordered_map<std::string, Xapian::doccount> names_[kKinds];
    std::map<std::uint32_t, Xapian::doccount> days_;
};

// Collects the id of every match, nothing more: over one local database,
// where the id names the document.
class DocidSpy : public Xapian::MatchSpy {
  public:
    void operator()(const Xapian::Document& doc, double) override {
        docids.push_back(doc.get_docid());
    }
    Xapian::MatchSpy* clone() const override { return new DocidSpy(); }
    std::string name() const override { return "newsdex.DocidSpy"; }
    std::vector<Xapian::docid> docids;
};

// Facets over shards, local or remote: Xapian's own ValueCountMatchSpy, one
// per facet slot. Every Xapian knows it, xapian-tcpsrv included, so each
// server counts its own matches and Xapian merges the counts (serialise,
// merge_results); a custom spy could not be loaded by a stock server, and
// the docid a spy sees on a shard names no document of the whole. Entity
// and topic slots hold lists: the spy counts each distinct list, and a
// name's count is the sum over the lists that hold it, exact all the same.
class ValueFacetSpies {
  public:
    ValueFacetSpies();
    void add_to(Xapian::Enquire& enquire);
    Facets count(std::size_t limit) const;

  private:
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies_;  // by kValueFacetSlots
};

// Facet values as small integers, one row per document: either every
// document of a database (row = docid: from its facet file when the
// indexer wrote one for this revision, else read from the value streams)
// or just some (row = their index in the list, read from their documents).
class FacetTable {
  public:
    explicit FacetTable(const Xapian::Database& db);
    // The table of the database in `folder`, mapped from its facet file;
    // nullptr when there is none for the database as it is.
    static std::unique_ptr<FacetTable> mapped(const std::string& folder,
                                              const Xapian::Database& db);
    FacetTable(const Xapian::Database& db, const std::vector<Xapian::docid>& docids);
    ~FacetTable();
    // Counts over the given rows, or over every row; the `limit` most
    // frequent names of each kind, ties by name.
    Facets count(const std::vector<Xapian::docid>& rows, std::size_t limit) const;
    // Adds the counts over the given rows to a tally of several tables.
    void tally(const std::vector<Xapian::docid>& rows, FacetTally& into) const;
    Facets count_all(std::size_t limit) const;

  private:
    FacetTable() = default;
    static constexpr int kKinds = schema::kFacetKinds;  // FacetTally's kinds, in order
    struct IdCounts {
        Xapian::doccount matches = 0, undated = 0;
        std::unordered_map<std::uint32_t, Xapian::doccount> days;
        std::vector<Xapian::doccount> names[kKinds];  // by id
    };
    IdCounts count_ids(const std::vector<Xapian::docid>& rows) const;
    // Where the columns live: in memory (every document's values read from
    // the streams, or some documents' own), or in a mapped facet file.
    std::unique_ptr<schema::FacetStore> store_;
    std::unique_ptr<schema::MappedFacetFile> file_;
    const schema::FacetColumns* columns_ = nullptr;
};

}  // namespace newsdex::search
