#pragma once
// Calendar days. News is dated to the day; a day is stored as the string
// YYYYMMDD, which sorts as it should and is what Xapian's
// DateRangeProcessor reads from a value slot.
#include <optional>
#include <string>
#include <string_view>

namespace newsdex {

struct Date {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31

    std::string iso() const;      // 2024-05-17
    std::string compact() const;  // 20240517
    friend bool operator==(const Date& a, const Date& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
};

bool is_valid_date(int year, int month, int day);

// Parses YYYY-MM-DD (ISO) or YYYYMMDD; nothing when malformed or impossible.
std::optional<Date> parse_iso_date(std::string_view text);

// A date (with or without a time) from metadata, as the UTC calendar day:
// ISO 8601 ("2024-05-17", "2024-05-17T08:30:00+09:00"), RFC 822 as in RSS
// ("Fri, 17 May 2024 08:30:00 GMT"), Reuters ("26-FEB-1987 15:01:01.79"),
// and written English ("May 17, 2024", "17 May 2024"). A time with a zone
// offset moves the day to UTC; a time without a zone is taken as UTC.
std::optional<Date> parse_date_string(std::string_view text);

// Days since 1970-01-01 and back (proleptic Gregorian calendar).
long days_from_civil(const Date& date);
Date civil_from_days(long days);

}  // namespace newsdex
