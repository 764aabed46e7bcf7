// Parsing dates from metadata fields (feeds, JSON, SGML headers).
#include <cctype>
#include <string>

#include "newsdex/date.hpp"

namespace newsdex {

long days_from_civil(const Date& date) {
    // Howard Hinnant's algorithm: exact for the whole proleptic calendar.
    const int y = date.year - (date.month <= 2);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>(date.month + (date.month > 2 ? -3 : 9));
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(date.day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

Date civil_from_days(long days) {
    days += 719468;
    const long era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400) + (month <= 2);
    return Date{year, month, day};
}

namespace {

// A cursor over the text with the few primitives date formats need.
struct Scanner {
    std::string_view s;
    std::size_t i = 0;

    bool done() const { return i >= s.size(); }
    char peek() const { return done() ? '\0' : s[i]; }
    void skip_spaces() {
        while (!done() && (std::isspace(static_cast<unsigned char>(s[i])) || s[i] == ','))
            ++i;
    }
    bool eat(char c) {
        if (peek() != c) return false;
        ++i;
        return true;
    }
    // Reads 1..max digits; -1 when there are none.
    int number(std::size_t max_digits, std::size_t* count = nullptr) {
        int value = 0;
        std::size_t n = 0;
        while (n < max_digits && std::isdigit(static_cast<unsigned char>(peek()))) {
            value = value * 10 + (s[i++] - '0');
            ++n;
        }
        if (count) *count = n;
        return n ? value : -1;
    }
    std::string word() {
        std::string w;
        while (std::isalpha(static_cast<unsigned char>(peek())))
            w += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i++])));
        return w;
    }
};

int month_number(const std::string& name) {
    static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3) return 0;
    for (int m = 0; m < 12; ++m)
        if (name.compare(0, 3, names[m]) == 0) return m + 1;
    return 0;
}

struct Clock {
    int minutes_of_day = 0;  // local time
    int zone_minutes = 0;    // offset east of UTC
};

int zone_offset(Scanner& sc) {
    sc.skip_spaces();
    const char sign = sc.peek();
    if (sign == '+' || sign == '-') {
        ++sc.i;
        std::size_t digits = 0;
        int hh = sc.number(4, &digits);
        int mm = 0;
        if (digits == 4) {  // +0900
            mm = hh % 100;
            hh /= 100;
        } else if (sc.eat(':')) {
            mm = std::max(0, sc.number(2));
        }
        return hh < 0 ? 0 : (sign == '-' ? -1 : 1) * (hh * 60 + mm);
    }
    static const struct {
        const char* name;
        int minutes;
    } zones[] = {{"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300},
                 {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420}};
    const std::string zone = sc.word();
    for (const auto& z : zones)
        if (zone == z.name) return z.minutes;
    return 0;  // Z, GMT, UT, UTC or unknown
}

// Optional "[T]HH:MM[:SS[.fff]]" and zone after a date.
Clock time_and_zone(Scanner& sc) {
    Clock clock;
    sc.skip_spaces();
    if (sc.peek() == 'T' || sc.peek() == 't') ++sc.i;
    const std::size_t start = sc.i;
    const int hh = sc.number(2);
    if (hh < 0 || !sc.eat(':')) {
        sc.i = start;
        return clock;
    }
    const int mm = sc.number(2);
    if (sc.eat(':')) sc.number(2);
    if (sc.eat('.') || sc.eat(','))
        while (std::isdigit(static_cast<unsigned char>(sc.peek())))
            ++sc.i;
    if (hh > 23 || mm < 0 || mm > 59) return clock;
    clock.minutes_of_day = hh * 60 + mm;
    clock.zone_minutes = sc.peek() == 'Z' || sc.peek() == 'z' ? 0 : zone_offset(sc);
    return clock;
}

// "2024-05-17", "2024/05/17", "20240517": the year comes first.
std::optional<Date> year_first(Scanner& sc, int year, std::size_t digits) {
    if (digits == 8) return Date{year / 10000, year / 100 % 100, year % 100};
    if (digits != 4) return std::nullopt;
    const char sep = sc.peek();
    if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
    ++sc.i;
    Date date{year, sc.number(2), 0};
    if (!sc.eat(sep)) return std::nullopt;
    date.day = sc.number(2);
    return date;
}

// "17 May 2024", "26-FEB-1987", "May 17, 2024".
std::optional<Date> month_named(Scanner& sc, int day_first) {
    Date date;
    if (day_first >= 0) {
        date.day = day_first;
        sc.eat('-');
        sc.skip_spaces();
        date.month = month_number(sc.word());
        sc.eat('.');
        sc.eat('-');
        sc.skip_spaces();
        date.year = sc.number(4);
    } else {
        date.month = month_number(sc.word());
        sc.eat('.');
        sc.skip_spaces();
        date.day = sc.number(2);
        sc.skip_spaces();
        date.year = sc.number(4);
    }
    return date;
}

}  // namespace

std::optional<Date> parse_date_string(std::string_view text) {
    Scanner sc{text};
    sc.skip_spaces();
    // RFC 822 starts with a weekday ("Fri, 17 May 2024 ...").
    const std::size_t start = sc.i;
    const std::string weekday = sc.word();
    if (weekday.empty() || month_number(weekday) != 0) sc.i = start;
    sc.skip_spaces();

    std::size_t digits = 0;
    const int first = sc.number(8, &digits);
    std::optional<Date> date;
    if (digits >= 4) {
        date = year_first(sc, first, digits);
    } else {
        date = month_named(sc, digits > 0 ? first : -1);
    }
    if (!date || !is_valid_date(date->year, date->month, date->day)) return std::nullopt;
    const Clock clock = time_and_zone(sc);
    // The UTC day: the local time minus the zone offset may cross midnight.
    const int utc_minutes = clock.minutes_of_day - clock.zone_minutes;
    const int day_shift = utc_minutes < 0 ? -1 : utc_minutes >= 24 * 60 ? 1 : 0;
    if (day_shift == 0) return date;
    return civil_from_days(days_from_civil(*date) + day_shift);
}

}  // namespace newsdex
