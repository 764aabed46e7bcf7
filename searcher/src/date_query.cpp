#include "newsdex/search/date_query.hpp"

#include <optional>

#include "newsdex/date.hpp"
#include "newsdex/schema/schema.hpp"
#include "newsdex/search/query_parser.hpp"

namespace newsdex::search {

namespace {

// A date of 4, 6 or 8 digits, as YYYY, YYYYMM or YYYYMMDD; "" if malformed.
std::string compact(std::string_view value) {
    std::string digits;
    for (char c : value) {
        if (c >= '0' && c <= '9') {
            digits += c;
        } else if (c != '-') {
            return {};
        }
    }
    if (digits.size() != 4 && digits.size() != 6 && digits.size() != 8) return {};
    const int year = std::stoi(digits.substr(0, 4));
    const int month = digits.size() >= 6 ? std::stoi(digits.substr(4, 2)) : 1;
    const int day = digits.size() == 8 ? std::stoi(digits.substr(6, 2)) : 1;
    if (!is_valid_date(year, month, day)) return {};
    return digits;
}

std::string checked(std::string_view value) {
    std::string c = compact(value);
    if (c.empty())
        throw QuerySyntaxError("'" + std::string(value) +
                               "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
    return c;
}

}  // namespace

Xapian::Query date_range(std::string_view since, std::string_view until) {
    const unsigned slot = schema::kDateSlot;
    // A month or year as a bound covers all of it: from its first day, up
    // to its last ("99" sorts after every real day).
    const std::string low =
        since.empty() ? "" : checked(since) + std::string(8 - checked(since).size(), '0');
    const std::string high =
        until.empty() ? "" : checked(until) + std::string(8 - checked(until).size(), '9');
    if (!low.empty() && !high.empty()) {
        if (low > high) throw QuerySyntaxError("date range ends before it starts");
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, low, high);
    }
    if (!low.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, low);
    if (!high.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, high);
    throw QuerySyntaxError("a date range needs at least one end");
}

Xapian::Query date_filter(std::string_view value) {
    if (const auto dots = value.find(".."); dots != std::string_view::npos)
        return date_range(value.substr(0, dots), value.substr(dots + 2));
    const std::string day = checked(value);
    const std::string_view prefix = day.size() == 8   ? schema::kDayPrefix
                                    : day.size() == 6 ? schema::kMonthPrefix
                                                      : schema::kYearPrefix;
    return Xapian::Query(std::string(prefix) + day);
}

}  // namespace newsdex::search
