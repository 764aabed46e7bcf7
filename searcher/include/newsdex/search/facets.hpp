#pragma once
// Facets: exact counts, over every document that matches (not only the
// page shown), of the people, organisations and places, and a histogram of
// dates by day, month or year (chosen from the spread of the dates).
#include <xapian.h>

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace newsdex::search {

struct FacetCount {
    std::string value;
    Xapian::doccount count;
};

struct Facets {
    Xapian::doccount matches = 0;                           // exact
    std::vector<FacetCount> people, organizations, places;  // most frequent first
    std::string granularity;                                // "day", "month" or "year"
    std::vector<FacetCount> dates;  // in date order: "2024", "2024-05", "2024-05-17"
    Xapian::doccount undated = 0;
};

// Counts each name in a list-valued slot (schema kListSeparator).
class ListCountSpy : public Xapian::MatchSpy {
  public:
    explicit ListCountSpy(Xapian::valueno slot) : slot_(slot) {}
    void operator()(const Xapian::Document& doc, double weight) override;
    Xapian::MatchSpy* clone() const override { return new ListCountSpy(slot_); }
    std::string name() const override { return "newsdex.ListCountSpy"; }
    // The `limit` most frequent, ties by name.
    std::vector<FacetCount> top(std::size_t limit) const;

  private:
    Xapian::valueno slot_;
    std::map<std::string, Xapian::doccount> counts_;
};

// Counts documents per day (YYYYMMDD in the date slot), and those with none.
class DateSpy : public Xapian::MatchSpy {
  public:
    void operator()(const Xapian::Document& doc, double weight) override;
    Xapian::MatchSpy* clone() const override { return new DateSpy; }
    std::string name() const override { return "newsdex.DateSpy"; }
    // Buckets by year when the dates span more than three years, by month
    // when more than three months, else by day.
    void histogram(Facets& facets) const;
    Xapian::doccount seen() const { return seen_; }

  private:
    std::map<std::string, Xapian::doccount> days_;
    Xapian::doccount seen_ = 0, undated_ = 0;
};

}  // namespace newsdex::search
