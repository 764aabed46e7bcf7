#include "newsdex/date.hpp"

#include <array>
#include <cctype>
#include <cstdio>

namespace newsdex {

namespace {

bool is_leap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

int to_int(std::string_view digits) {
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

}  // namespace

bool is_valid_date(int year, int month, int day) {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= days_in_month(year, month);
}

namespace {

// YYYY<sep>MM<sep>DD by hand: a search prints a date a hit, and snprintf's
// format parsing cost more than the rest of the line. Out of range (no
// valid date is) goes through snprintf.
std::string formatted(const Date& d, std::string_view sep) {
    if (d.year < 0 || d.year > 9999 || d.month < 0 || d.month > 99 || d.day < 0 || d.day > 99) {
        char buffer[48];
        const std::string between(sep);
        std::snprintf(buffer, sizeof buffer, "%04d%s%02d%s%02d", d.year, between.c_str(), d.month,
                      between.c_str(), d.day);
        return buffer;
    }
    auto digits = [](std::string& out, int value, int width) {
        for (int div = width == 4 ? 1000 : 10; div > 0; div /= 10)
            out += static_cast<char>('0' + value / div % 10);
    };
    std::string out;
    out.reserve(8 + 2 * sep.size());
    digits(out, d.year, 4);
    out += sep;
    digits(out, d.month, 2);
    out += sep;
    digits(out, d.day, 2);
    return out;
}

}  // namespace

std::string Date::iso() const {
    return formatted(*this, "-");
}

std::string Date::compact() const {
    return formatted(*this, "");
}

std::optional<Date> parse_iso_date(std::string_view text) {
    auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i)
            if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
        return true;
    };
    Date d;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(0, 4) && digits(5, 2) &&
        digits(8, 2)) {
        d = {to_int(text.substr(0, 4)), to_int(text.substr(5, 2)), to_int(text.substr(8, 2))};
    } else if (text.size() == 8 && digits(0, 8)) {
        d = {to_int(text.substr(0, 4)), to_int(text.substr(4, 2)), to_int(text.substr(6, 2))};
    } else {
        return std::nullopt;
    }
    if (!is_valid_date(d.year, d.month, d.day)) return std::nullopt;
    return d;
}

}  // namespace newsdex
