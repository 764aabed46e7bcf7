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

std::string Date::iso() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

std::string Date::compact() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", year, month, day);
    return buffer;
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
