#include "newsdex/search/facets.hpp"

#include <algorithm>

#include "newsdex/date.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::search {

void ListCountSpy::operator()(const Xapian::Document& doc, double) {
    const std::string list = doc.get_value(slot_);
    for (std::size_t start = 0; start < list.size();) {
        std::size_t end = list.find(schema::kListSeparator, start);
        if (end == std::string::npos) end = list.size();
        if (end > start) ++counts_[list.substr(start, end - start)];
        start = end + 1;
    }
}

std::vector<FacetCount> ListCountSpy::top(std::size_t limit) const {
    std::vector<FacetCount> all;
    for (const auto& [value, count] : counts_)
        all.push_back({value, count});
    std::stable_sort(all.begin(), all.end(),
                     [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
    if (all.size() > limit) all.resize(limit);
    return all;
}

void DateSpy::operator()(const Xapian::Document& doc, double) {
    ++seen_;
    const std::string day = doc.get_value(schema::kDateSlot);
    if (day.size() == 8) {
        ++days_[day];
    } else {
        ++undated_;
    }
}

void DateSpy::histogram(Facets& facets) const {
    facets.undated = undated_;
    if (days_.empty()) return;
    const auto first = parse_iso_date(days_.begin()->first);
    const auto last = parse_iso_date(days_.rbegin()->first);
    const long spread = first && last ? days_from_civil(*last) - days_from_civil(*first) : 0;
    facets.granularity = spread > 3 * 366 ? "year" : spread > 92 ? "month" : "day";
    const std::size_t length = facets.granularity == "year"    ? 4
                               : facets.granularity == "month" ? 6
                                                               : 8;
    std::map<std::string, Xapian::doccount> buckets;
    for (const auto& [day, count] : days_)
        buckets[day.substr(0, length)] += count;
    for (const auto& [bucket, count] : buckets) {
        std::string label = bucket.substr(0, 4);
        if (length >= 6) label += "-" + bucket.substr(4, 2);
        if (length == 8) label += "-" + bucket.substr(6, 2);
        facets.dates.push_back({label, count});
    }
}

}  // namespace newsdex::search
