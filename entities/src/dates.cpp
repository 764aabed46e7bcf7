// Finding the publication date in an article's lead, in the languages of
// the news we index: "May 17, 2024", "17 May 2024", "2024-05-17",
// "17. Mai 2024", "03.03.2020", "3 mars 2023", "22 мая 2024 года",
// "5 червня 2023 року", "2024년 5월 30일", "2024年5月30日", "١٤ مارس ٢٠٢٢".
// It works on the analyzer's tokens (folded, any script) with their byte
// offsets, so the same code reads every language.
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "newsdex/entities/dates.hpp"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <unordered_set>

#include "cues.hpp"
#include "newsdex/entities/entities.hpp"

namespace newsdex::entities {

namespace {

// Month names and abbreviations, as the analyzer folds them (lower case,
// no diacritics): English, German, French, Spanish, Italian, Portuguese,
// Dutch, Russian and Ukrainian (genitive, as dates use them), Arabic.
const std::map<std::string, int>& month_names() {
    static const std::map<std::string, int> names = [] {
        std::map<std::string, int> m;
        const char* table[][12] = {
            {"january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december"},
            {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
            {"januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september",
             "oktober", "november", "dezember"},
            {"janner", "feber", "marz", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov",
             "dez"},
            {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
             "octobre", "novembre", "decembre"},
            {"janv", "fevr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov",
             "dec"},
            {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"},
            {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"},
            {"janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto",
             "setembro", "outubro", "novembro", "dezembro"},
            {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"},
            {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
             "октября", "ноября", "декабря"},
            {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
             "октябрь", "ноябрь", "декабрь"},
            {"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
             "вересня", "жовтня", "листопада", "грудня"},
            {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر"},
            {"يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيه", "يوليه", "اغسطس", "سبتمبر",
             "اكتوبر", "نوفمبر", "ديسمبر"},
            // Maghreb: Morocco, then Algeria and Tunisia (from the French).
            {"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر",
             "نونبر", "دجنبر"},
            {"جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"},
        };
        for (const auto& row : table)
            for (int i = 0; i < 12; ++i)
                m.emplace(row[i], i + 1);
        m["إبريل"] = 4;
        m["sept"] = 9;
        // The Syriac month names of Levantine and Iraqi news; the two-word
        // ones are read by syriac_month.
        for (const auto& [name, month] : {std::pair{"شباط", 2},
                                          {"آذار", 3},
                                          {"اذار", 3},
                                          {"نيسان", 4},
                                          {"أيار", 5},
                                          {"ايار", 5},
                                          {"حزيران", 6},
                                          {"تموز", 7},
                                          {"آب", 8},
                                          {"أيلول", 9},
                                          {"ايلول", 9}})
            m.emplace(name, month);
        return m;
    }();
    return names;
}

// A Syriac month named in two words from word k: "كانون الثاني" (January),
// "تشرين الأول" (October). 0 for none.
int syriac_month(const TokenList& tokens, std::size_t k) {
    if (k + 1 >= tokens.size()) return 0;
    const std::string& first = tokens[k].text;
    const std::string& second = tokens[k + 1].text;
    const bool one = second == "الأول" || second == "الاول";
    const bool two = second == "الثاني";
    if (first == "كانون") return one ? 12 : two ? 1 : 0;
    if (first == "تشرين") return one ? 10 : two ? 11 : 0;
    return 0;
}

// Words that may stand inside a date: "17 de mayo de 2024", "the 17th of".
bool is_filler(const std::string& word) {
    static const char* fillers[] = {"de", "del", "of", "the", "le", "den", "im", "am", "a"};
    for (const char* f : fillers)
        if (word == f) return true;
    return false;
}

struct Atom {
    enum Kind { kNumber, kMonth, kUnit, kOther } kind;
    int value = 0;   // the number, or the month
    int digits = 0;  // how many digits the number had
    char unit = 0;   // 'y', 'm' or 'd' for 年/년, 月/월, 日/일
    std::uint32_t begin = 0, end = 0;
};

// A digit of any script we meet in news: ASCII (full-width is folded to it
// already), Arabic-Indic and Extended Arabic-Indic. Returns its value and
// advances `at`, or -1.
int digit_at(const std::string& s, std::size_t& at) {
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    if (s[at] >= '0' && s[at] <= '9') return s[at++] - '0';
    if (at + 1 < s.size() && b(at) == 0xD9 && b(at + 1) >= 0xA0 && b(at + 1) <= 0xA9) {
        at += 2;
        return b(at - 1) - 0xA0;
    }
    if (at + 1 < s.size() && b(at) == 0xDB && b(at + 1) >= 0xB0 && b(at + 1) <= 0xB9) {
        at += 2;
        return b(at - 1) - 0xB0;
    }
    return -1;
}

char unit_of(const std::string& suffix) {
    if (suffix == "年" || suffix == "년") return 'y';
    if (suffix == "月" || suffix == "월") return 'm';
    if (suffix == "日" || suffix == "일") return 'd';
    return 0;
}

Atom classify(const Token& token) {
    Atom atom{Atom::kOther};
    atom.begin = token.begin;
    atom.end = token.end;
    const std::string& t = token.text;
    if (auto month = month_names().find(t); month != month_names().end()) {
        atom.kind = Atom::kMonth;
        atom.value = month->second;
        return atom;
    }
    if ((atom.unit = unit_of(t))) {
        atom.kind = Atom::kUnit;
        return atom;
    }
    std::size_t at = 0;
    int value = 0, digits = 0;
    for (int d; at < t.size() && digits < 5 && (d = digit_at(t, at)) >= 0; ++digits)
        value = value * 10 + d;
    if (digits == 0) return atom;
    const std::string suffix = t.substr(at);
    const char unit = unit_of(suffix);
    // "2024م": Arabic marks a year of the Gregorian calendar with mim.
    const bool gregorian = suffix == "\u0645" && digits == 4;
    if (!suffix.empty() && !unit && !gregorian && suffix != "er" && suffix != "st" &&
        suffix != "nd" && suffix != "rd" && suffix != "th")
        return atom;
    atom.kind = Atom::kNumber;
    atom.value = value;
    atom.digits = digits;
    atom.unit = unit;
    return atom;
}

bool is_time_zone(const std::string& word) {
    return word == "gmt" || word == "bst" || word == "utc" || word == "cet" || word == "cest" ||
           word == "est" || word == "edt" || word == "pst" || word == "pdt" || word == "msk";
}

// Dotted or slashed dates in one token: 03.03.2020, 2024.05.17.
std::optional<Date> compact_numeric(const std::string& t) {
    int parts[3] = {0, 0, 0}, lengths[3] = {0, 0, 0}, n = 0;
    for (char c : t) {
        if (c >= '0' && c <= '9') {
            if (n == 3 || lengths[n] == 4) return std::nullopt;
            parts[n] = parts[n] * 10 + (c - '0');
            ++lengths[n];
        } else if (c == '.' && n < 2 && lengths[n] > 0) {
            ++n;
        } else {
            return std::nullopt;
        }
    }
    if (n != 2) return std::nullopt;
    if (lengths[0] == 4) return Date{parts[0], parts[1], parts[2]};
    if (lengths[2] == 4) return Date{parts[2], parts[1], parts[0]};
    return std::nullopt;
}

bool is_year(const Atom& a) {
    return a.kind == Atom::kNumber && a.digits == 4 && a.value >= 1900 && a.value <= 2100;
}
bool is_day(const Atom& a) {
    return a.kind == Atom::kNumber && a.digits <= 2 && a.value >= 1 && a.value <= 31;
}

// Whether two atoms may belong to one date: close, with only separators
// (space, comma, period, hyphen, slash) between them.
bool joined(std::string_view text, const Atom& a, const Atom& b) {
    if (b.begin < a.end || b.begin - a.end > 12) return false;
    for (std::uint32_t i = a.end; i < b.begin; ++i)
        if (std::string_view(" ,.-/\t\n\u00a0").find(text[i]) == std::string_view::npos)
            return false;
    return true;
}

std::optional<Date> valid(int y, int m, int d) {
    if (!is_valid_date(y, m, d)) return std::nullopt;
    return Date{y, m, d};
}

// The date starting at atoms[i], if one does.
std::optional<Date> date_at(std::string_view text, const std::vector<Atom>& a, std::size_t i,
                            std::optional<Date>& partial) {
    auto at = [&](std::size_t k) -> const Atom* { return i + k < a.size() ? &a[i + k] : nullptr; };
    auto link = [&](std::size_t k) { return at(k) && joined(text, a[i + k - 1], a[i + k]); };
    const Atom& first = a[i];
    // 17 May 2024, 17. Mai 2024, 22 мая 2024
    if (is_day(first) && link(1) && at(1)->kind == Atom::kMonth) {
        if (link(2) && is_year(*at(2))) return valid(at(2)->value, at(1)->value, first.value);
        if (!partial) partial = Date{0, at(1)->value, first.value};
    }
    // May 17, 2024
    if (first.kind == Atom::kMonth && link(1) && is_day(*at(1))) {
        if (link(2) && is_year(*at(2))) return valid(at(2)->value, first.value, at(1)->value);
        if (!partial) partial = Date{0, first.value, at(1)->value};
    }
    if (!is_year(first)) return std::nullopt;
    // 2024년 5월 30일, 2024年5月30日: units attached or as their own tokens.
    std::size_t k = 0;
    int ymd[3] = {first.value, 0, 0};
    for (int part = 0; part < 3; ++part) {
        const Atom* number = part == 0 ? &first : at(k);
        if (!number || number->kind != Atom::kNumber || (part > 0 && !link(k))) break;
        char unit = number->unit;
        if (!unit && at(k + 1) && at(k + 1)->kind == Atom::kUnit &&
            at(k + 1)->begin == number->end) {
            unit = at(k + 1)->unit;
            ++k;
        }
        if (unit != "ymd"[part]) break;
        ymd[part] = number->value;
        ++k;
        if (part == 2) return valid(ymd[0], ymd[1], ymd[2]);
    }
    // 2024-05-17, 2024/05/17
    if (link(1) && link(2) && at(1)->kind == Atom::kNumber && at(2)->kind == Atom::kNumber &&
        at(1)->digits <= 2 && at(2)->digits <= 2 && text[first.end] != ' ')
        return valid(first.value, at(1)->value, at(2)->value);
    return std::nullopt;
}

// How many tokens start before byte `begin` (the index of the token there).
std::size_t tokens_before(const TokenList& tokens, std::uint32_t begin) {
    return static_cast<std::size_t>(
        std::partition_point(tokens.begin(), tokens.end(),
                             [&](const Token& t) { return t.begin < begin; }) -
        tokens.begin());
}

// Weekday names in the languages of month_names(), as the analyzer folds
// them, from ICU's CLDR data (wide and abbreviated forms).
const std::unordered_set<std::string>& weekday_names() {
    static const std::unordered_set<std::string> names = [] {
        static const Analyzer analyzer = Analyzer::standard();
        std::unordered_set<std::string> out;
        for (const char* locale : {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "ar"}) {
            UErrorCode status = U_ZERO_ERROR;
            const icu::DateFormatSymbols symbols(icu::Locale(locale), status);
            if (U_FAILURE(status)) continue;
            for (const auto width :
                 {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
                std::int32_t count = 0;
                const icu::UnicodeString* days =
                    symbols.getWeekdays(count, icu::DateFormatSymbols::FORMAT, width);
                for (std::int32_t d = 1; d < count; ++d) {  // [0] is empty
                    std::string name;
                    days[d].toUTF8String(name);
                    const TokenList tokens = analyzer.analyze(name);
                    if (tokens.size() == 1) out.insert(tokens.front().text);
                }
            }
        }
        return out;
    }();
    return names;
}

// A date the report gives as its own is in the lead's first two sentences
// ("LONDON, May 17 - ...", "Her statement, delivered ... on May 17, 2024")
// or comes with its weekday; one later in the lead, or after a word of an
// origin in its clause ("Britain's first mobile phone call was made ...
// on 1 January 1985": cues/date-origin-words.txt), is about something else.
// A sentence ends at a paragraph break, or at ". " before a capital after a
// word longer than an abbreviation ("Jan. 5", "U.S. officials").
bool reads_as_the_reports(std::string_view lead, const TokenList& tokens, std::uint32_t begin) {
    static const cues::WordSet& origins = cues::set("date-origin-words");
    const std::size_t k = tokens_before(tokens, begin);
    for (std::size_t back = 1; back <= 3 && back <= k; ++back)
        if (weekday_names().count(tokens[k - back].text)) return true;
    int sentence = 0;
    std::size_t sentence_begin = 0;
    const std::size_t text_begin = std::min(lead.find_first_not_of(" \t\r\n"), lead.size());
    for (std::size_t i = text_begin; i + 2 < begin && i + 2 < lead.size(); ++i) {
        bool stop = lead[i] == '\n' && lead[i + 1] != '\n';
        if ((lead[i] == '.' || lead[i] == '!' || lead[i] == '?') && lead[i + 1] == ' ' &&
            lead[i + 2] >= 'A' && lead[i + 2] <= 'Z') {
            const std::size_t word = lead.find_last_of(" \n", i);
            stop = (word == std::string_view::npos ? i : i - word - 1) > 3;
        }
        if (!stop) continue;
        if (++sentence > 1) return false;
        sentence_begin = i + 1;
    }
    // ... in its clause: no comma between ("won the Cup for the first time
    // on Sunday, ..., the federation said on 27 May 2024" is the report's).
    for (std::size_t j = 0; j < k; ++j)
        if (tokens[j].begin >= sentence_begin && origins.count(tokens[j].text) &&
            lead.substr(tokens[j].end, begin - tokens[j].end).find(',') == std::string_view::npos)
            return false;
    return true;
}

// The date starting at byte `begin` follows a word that makes it another
// event's ("born on", "since", "until" up to six words back; "before",
// "to" right before: cues/date-other-event-words*.txt).
bool another_events(const TokenList& tokens, std::uint32_t begin) {
    static const cues::WordSet& near = cues::set("date-other-event-words");
    static const cues::WordSet& adjacent = cues::set("date-other-event-words-adjacent");
    const std::size_t k = tokens_before(tokens, begin);
    if (k >= 1 && adjacent.count(tokens[k - 1].text)) return true;
    for (std::size_t back = 1; back <= 6 && back <= k; ++back)
        if (near.count(tokens[k - back].text)) return true;
    return false;
}

// The lead's size in bytes: 400 letters, a Han or kana character or a
// Hangul syllable (three bytes, and a word's worth of text) counting as
// two; 400 bytes cut an Arabic or Russian lead at 200 letters, before the
// date of a long first sentence.
std::size_t lead_size(std::string_view text) {
    constexpr int kLeadLetters = 400;
    std::size_t i = 0;
    for (int letters = 0; i < text.size() && letters < kLeadLetters;) {
        const auto lead_byte = static_cast<unsigned char>(text[i]);
        const std::size_t bytes = lead_byte < 0x80   ? 1
                                  : lead_byte < 0xE0 ? 2
                                  : lead_byte < 0xF0 ? 3
                                                     : 4;
        letters += bytes >= 3 ? 2 : 1;
        i += bytes;
    }
    return std::min(i, text.size());
}

}  // namespace

std::optional<Date> find_date_in_text(std::string_view text) {
    return find_report_date(text, std::nullopt);
}

std::optional<Date> find_report_date(std::string_view text, std::optional<Date> not_after) {
    // The dateline and the first sentences hold the publication date;
    // later dates are usually about other events (BBC News: 188 stories
    // dated from 1,500 bytes, 115 of them wrongly; the seed article's date
    // sits 200 bytes in): lead_size().
    const std::string_view lead = text.substr(0, lead_size(text));
    static const Analyzer analyzer = Analyzer::standard();
    auto too_late = [&](const Date& d) {
        return not_after && days_from_civil(d) > days_from_civil(*not_after);
    };
    std::vector<Atom> atoms;
    // Fillers ("17 de mayo de 2024") read as spaces when atoms are joined.
    std::string spaced(lead);
    const TokenList tokens = analyzer.analyze(lead);
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const Token& token = tokens[k];
        if (is_filler(token.text)) {
            std::fill(spaced.begin() + token.begin, spaced.begin() + token.end, ' ');
            continue;
        }
        if (auto compact = compact_numeric(token.text);
            compact && is_valid_date(compact->year, compact->month, compact->day) &&
            !too_late(*compact))
            return compact;
        if (const int month = syriac_month(tokens, k); month > 0) {
            atoms.push_back({Atom::kMonth, month, 0, 0, token.begin, tokens[k + 1].end});
            ++k;
            continue;
        }
        atoms.push_back(classify(token));
        // "Tuesday, 1 March 2000 GMT": a kick-off time, not a year.
        if (k + 1 < tokens.size() && is_time_zone(tokens[k + 1].text)) atoms.back().digits = 0;
    }
    std::optional<Date> partial;
    std::uint32_t partial_at = 0;
    std::vector<const Atom*> years;
    for (std::size_t i = 0; i < atoms.size(); ++i) {
        const bool had_partial = partial.has_value();
        if (auto date = date_at(spaced, atoms, i, partial);
            date && !too_late(*date) && !another_events(tokens, atoms[i].begin) &&
            reads_as_the_reports(lead, tokens, atoms[i].begin))
            return date;
        if (!had_partial && partial) partial_at = atoms[i].begin;
        if (is_year(atoms[i])) years.push_back(&atoms[i]);
    }
    // "May 16" with no year: a year written near it ("Monday, May 16 ...
    // in 2024"), not one the story mentions elsewhere ("15 February ...
    // awarded since 1986").
    constexpr std::uint32_t kNearBytes = 100;
    for (const Atom* year : years) {
        const std::uint32_t from = std::min(year->begin, partial_at);
        const std::uint32_t to = std::max(year->begin, partial_at);
        // Near, and in the same sentence.
        if (!partial || to - from > kNearBytes ||
            lead.substr(from, to - from).find(". ") != std::string_view::npos ||
            another_events(tokens, partial_at) || !reads_as_the_reports(lead, tokens, from))
            continue;
        auto date = valid(year->value, partial->month, partial->day);
        if (date && !too_late(*date)) return date;
    }
    return std::nullopt;
}

}  // namespace newsdex::entities
