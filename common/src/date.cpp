#include "newsdex/date.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <regex>

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

// Month names and their common abbreviations, lower-cased.
int month_from_name(std::string name) {
    for (char& c : name)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!name.empty() && name.back() == '.') name.pop_back();
    static constexpr std::array<const char*, 12> names = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    for (int m = 0; m < 12; ++m) {
        std::string_view full = names[m];
        if (name == full) return m + 1;
        if (name.size() >= 3 && full.substr(0, name.size()) == name) return m + 1;
    }
    if (name == "sept") return 9;
    return 0;
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

std::optional<Date> find_date_in_text(std::string_view text) {
    // Look only at the start of an article: the dateline or lead paragraph
    // holds the publication date; later dates are usually about other events.
    constexpr std::size_t kLeadBytes = 2048;
    const std::string lead(text.substr(0, kLeadBytes));
    static const std::regex pattern(
        R"((\d{4})-(\d{2})-(\d{2}))"                       // 2024-05-17
        R"(|\b([A-Za-z]{3,9}\.?) (\d{1,2}),? (\d{4})\b)"   // May 17, 2024
        R"(|\b(\d{1,2}) ([A-Za-z]{3,9}\.?),? (\d{4})\b)",  // 17 May 2024
        std::regex::optimize);
    for (auto it = std::sregex_iterator(lead.begin(), lead.end(), pattern);
         it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        Date d;
        if (m[1].matched) {
            d = {std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3])};
        } else if (m[4].matched) {
            d = {std::stoi(m[6]), month_from_name(m[4]), std::stoi(m[5])};
        } else {
            d = {std::stoi(m[9]), month_from_name(m[8]), std::stoi(m[7])};
        }
        if (is_valid_date(d.year, d.month, d.day)) return d;
    }
    return std::nullopt;
}

}  // namespace newsdex
