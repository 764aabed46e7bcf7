#define BOOST_TEST_MODULE date_utf8
#include <boost/test/unit_test.hpp>

#include "newsdex/date.hpp"
#include "newsdex/entities/dates.hpp"
#include "newsdex/paths.hpp"
#include "newsdex/schema/schema.hpp"
#include "newsdex/utf8.hpp"

using namespace newsdex;
using namespace newsdex::entities;
using namespace newsdex::schema;

BOOST_AUTO_TEST_CASE(iso_dates_parse_and_print) {
    auto d = parse_iso_date("2024-05-17");
    BOOST_REQUIRE(d);
    BOOST_TEST(d->iso() == "2024-05-17");
    BOOST_TEST(d->compact() == "20240517");
    BOOST_TEST(parse_iso_date("20240229").has_value());  // leap year
    BOOST_TEST(!parse_iso_date("2023-02-29"));
    BOOST_TEST(!parse_iso_date("2024-13-01"));
    BOOST_TEST(!parse_iso_date("2024-5-17"));
    BOOST_TEST(!parse_iso_date(""));
    BOOST_TEST((Date{7, 3, 9}.iso()) == "0007-03-09");
    BOOST_TEST((Date{9999, 12, 31}.compact()) == "99991231");
    BOOST_TEST((Date{12345, 1, 2}.iso()) == "12345-01-02");  // none is valid; printed all the same
}

BOOST_AUTO_TEST_CASE(dates_found_in_lead_text) {
    struct Row {
        const char* text;
        const char* expected;  // "" when no date
    };
    const Row table[] = {
        {"Her statement, delivered via state media on May 17, 2024, refuted", "2024-05-17"},
        {"LONDON, 3 March 2023 (Reuters) - Shares fell", "2023-03-03"},
        {"Published 2021-09-14 by the desk", "2021-09-14"},
        {"WASHINGTON, Sept. 9, 2019 -- The", "2019-09-09"},
        {"On Feb 30, 2024 nothing happened, but on Mar 1, 2024 it did", "2024-03-01"},
        {"The mayor 12, 2024 said", ""},
        {"No date in here at all", ""},
        // The report's date is in the first two sentences, or with its
        // weekday; a date of an origin is none ("first", "anniversary").
        {"Mobile phones are 20 this weekend. Britain's first mobile phone call was made "
         "on 1 January 1985 by Ernie Wise.",
         ""},
        // ... in its clause only: a comma between ends the origin's.
        {"The club won the Cup for the first time on Sunday, beating its rival, the "
         "federation said on 27 May 2024.",
         "2024-05-27"},
        {"Officials met in Geneva. Talks went on for hours. The deal was signed on 17 May 2024.",
         ""},
        {"Officials met in Geneva. Talks went on for hours. Ministers signed it on Monday, "
         "17 May 2024.",
         "2024-05-17"},
        {"Das teilten beide Unternehmen mit. Das geschah am 14. Mai 2019 in Garching.",
         "2019-05-14"},
    };
    for (const auto& row : table) {
        BOOST_TEST_CONTEXT(row.text) {
            auto d = find_date_in_text(row.text);
            BOOST_TEST((d ? d->iso() : std::string()) == row.expected);
        }
    }
}

BOOST_AUTO_TEST_CASE(utf8_validation_and_repair) {
    BOOST_TEST(utf8::find_invalid("plain ascii") == std::string_view::npos);
    BOOST_TEST(utf8::find_invalid("Kyi\xCC\x88v \xEB\xB6\x81\xED\x95\x9C") ==
               std::string_view::npos);
    BOOST_TEST(utf8::find_invalid("ab\xFF"
                                  "cd") == 2u);
    BOOST_TEST(utf8::find_invalid("\xC0\xAF") == 0u);       // overlong '/'
    BOOST_TEST(utf8::find_invalid("x\xED\xA0\x80") == 1u);  // surrogate
    BOOST_TEST(utf8::find_invalid("\xE2\x82") == 0u);       // truncated
    BOOST_TEST(utf8::repair("a\xFF"
                            "b") ==
               "a\xEF\xBF\xBD"
               "b");
    BOOST_TEST(utf8::repair("ok") == "ok");
}

// The scans that go eight bytes at a time against their definition, a
// byte at a time, from every start: each kind of stop byte at every place
// in and across eight-byte words.
BOOST_AUTO_TEST_CASE(word_at_a_time_scans_stop_where_bytes_do) {
    auto first = [](std::string_view text, std::size_t from, auto stops) {
        while (from < text.size() && !stops(static_cast<unsigned char>(text[from])))
            ++from;
        return from;
    };
    auto not_ascii = [](unsigned char c) { return c >= 0x80; };
    auto not_plain = [](unsigned char c) { return c < 0x20 || c >= 0x7F; };
    auto not_json = [](unsigned char c) { return c < 0x20 || c >= 0x80 || c == '"' || c == '\\'; };
    const std::string filler = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (const char stop : {'\x00', '\x01', '\x1F', '\x7F', '\x80', '\xC2', '\xFF', '"', '\\', ' ',
                            '~', '!', '#', '[', ']'}) {
        for (std::size_t at = 0; at < 20; ++at) {
            std::string text = filler.substr(0, 20);
            text[at] = stop;
            for (std::size_t from = 0; from <= text.size(); ++from) {
                BOOST_TEST(utf8::ascii_prefix(text, from) == first(text, from, not_ascii));
                BOOST_TEST(utf8::plain_prefix(text, from) == first(text, from, not_plain));
                BOOST_TEST(utf8::json_plain_prefix(text, from) == first(text, from, not_json));
            }
        }
    }
    // Every byte value, one after a run of seven plain bytes.
    for (int c = 0; c < 256; ++c) {
        const std::string text = "abcdefg" + std::string(1, static_cast<char>(c)) + "hij";
        BOOST_TEST(utf8::ascii_prefix(text, 0) == first(text, 0, not_ascii));
        BOOST_TEST(utf8::plain_prefix(text, 0) == first(text, 0, not_plain));
        BOOST_TEST(utf8::json_plain_prefix(text, 0) == first(text, 0, not_json));
    }
}

BOOST_AUTO_TEST_CASE(floor_boundary_never_splits_a_character) {
    const std::string text =
        "a\xEB\xB6\x81"
        "b";  // a 북 b
    BOOST_TEST(utf8::floor_boundary(text, 0) == 0u);
    BOOST_TEST(utf8::floor_boundary(text, 2) == 1u);
    BOOST_TEST(utf8::floor_boundary(text, 3) == 1u);
    BOOST_TEST(utf8::floor_boundary(text, 4) == 4u);
    BOOST_TEST(utf8::floor_boundary(text, 99) == text.size());
}

BOOST_AUTO_TEST_CASE(long_ids_get_short_unique_terms) {
    const std::string a(300, 'x');
    std::string b = a;
    b.back() = 'y';
    BOOST_TEST(schema::id_term("doc1") == "Qdoc1");
    BOOST_TEST(schema::id_term(a).size() <= 201u);
    BOOST_TEST(schema::id_term(a) != schema::id_term(b));
    BOOST_TEST(schema::id_term(a) == schema::id_term(a));
}

BOOST_AUTO_TEST_CASE(default_database_follows_environment) {
    setenv("NEWSDEX_DB", "/tmp/chosen-db", 1);
    BOOST_TEST(default_database_path() == "/tmp/chosen-db");
    unsetenv("NEWSDEX_DB");
    setenv("XDG_DATA_HOME", "/tmp/xdg", 1);
    BOOST_TEST(default_database_path() == "/tmp/xdg/newsdex/db");
    unsetenv("XDG_DATA_HOME");
    setenv("HOME", "/home/someone", 1);
    BOOST_TEST(default_database_path() == "/home/someone/.local/share/newsdex/db");
}

BOOST_AUTO_TEST_CASE(publication_dates_in_many_languages) {
    const struct {
        const char* text;
        const char* expected;  // "" when no date
    } table[] = {
        {"SEOUL, May 30, 2024 -- North Korea fired", "2024-05-30"},
        {"LONDON, 3 March 2023 (Reuters) - Shares fell", "2023-03-03"},
        {"FRANKFURT, 2021-09-14 -- The bank", "2021-09-14"},
        {"WASHINGTON, Sept. 9, 2019 -- The", "2019-09-09"},
        {"BERLIN, 17. Mai 2024 (dpa) – Der Bundestag", "2024-05-17"},
        {"MÜNCHEN, 03.03.2020 – Die Stadt", "2020-03-03"},
        {"PARIS, 1er mars 2023 – Le gouvernement", "2023-03-01"},
        {"MADRID, 17 de mayo de 2024 – El Gobierno", "2024-05-17"},
        {"МОСКВА, 22 мая 2024 года. Правительство", "2024-05-22"},
        {"КИЇВ, 5 червня 2023 року. Уряд", "2023-06-05"},
        {"서울, 2024년 5월 30일 -- 북한이", "2024-05-30"},
        {"東京、2024年5月30日（共同）―", "2024-05-30"},
        {"北京，２０２３年４月１８日电 国家统计局", "2023-04-18"},
        {"الرياض، ٥ مايو ٢٠٢٥ - تغلب", "2025-05-05"},
        {"مراكش، 9 شتنبر 2023 - ضرب زلزال", "2023-09-09"},
        // The Syriac month names of Levantine and Iraqi news, of one or two words.
        {"عمّان (بترا) - أقر مجلس النواب، مساء الأربعاء 15 كانون الثاني 2025، الموازنة",
         "2025-01-15"},
        {"بغداد، 3 تشرين الأول 2024 - قالت الوزارة", "2024-10-03"},
        {"بيروت، 7 آذار 2023 - أعلنت الحكومة", "2023-03-07"},
        // Algerian and Tunisian month names; the year's Gregorian mim.
        {"تمنراست (واج) - أعلن المعهد يوم الأربعاء 23 أفريل 2025 أن", "2025-04-23"},
        {"تونس، 5 جويلية 2024 - قالت الوزارة", "2024-07-05"},
        {"جدة (واس) - أقيم الحفل مساء الخميس 12 ديسمبر 2024م في", "2024-12-12"},
        {"Satellite imagery released on May 16 showed, as 2024 went on", "2024-05-16"},
        {"On Feb 30, 2024 nothing happened, but on Mar 1, 2024 it did", "2024-03-01"},
        {"The mayor 12, 2024 said", ""},
        {"No date in here at all", ""},
        {"7,000 containers and 2024 plans", ""},
        // Dates of other events are not the report's.
        {"Born in Luton, Bedfordshire, on 5 April 1920, Hailey wrote", ""},
        {"Rights were flouted since 11 September, 2001, she said", ""},
        {"It affects Xboxes made before 23 October 2003 for", ""},
        {"Profits for the three months to 31 December 2004 rose", ""},
        // A day without a year takes a year near it, in the same sentence.
        {"He was given the award on 15 February. The honour, awarded since 1986", ""},
        {"Her statement, delivered via state media on May 17, 2024, refuted it", "2024-05-17"},
    };
    for (const auto& row : table) {
        BOOST_TEST_CONTEXT(row.text) {
            auto d = find_date_in_text(row.text);
            BOOST_TEST((d ? d->iso() : std::string()) == row.expected);
        }
    }
}

// The lead is counted in letters, not bytes: an Arabic first sentence of
// 300 letters (600 bytes) still holds its date; English text as long does
// not.
BOOST_AUTO_TEST_CASE(the_lead_is_counted_in_letters) {
    std::string arabic, english;
    for (int i = 0; i < 12; ++i) {
        arabic += "حافظت الجامعة على موقعها ";  // 25 letters
        english += "The university kept its place. ";
    }
    const auto in_arabic = find_date_in_text(arabic + "الثلاثاء 17 حزيران 2025.");
    BOOST_TEST((in_arabic ? in_arabic->iso() : std::string()) == "2025-06-17");
    BOOST_TEST(!find_date_in_text(english + english + "Tuesday, 17 June 2025."));
}

BOOST_AUTO_TEST_CASE(metadata_dates_become_utc_days) {
    const struct {
        const char* text;
        const char* expected;
    } table[] = {
        {"2024-05-17", "2024-05-17"},
        {"2024-05-17T23:30:00-02:00", "2024-05-18"},
        {"2024-05-17T08:30:00+09:00", "2024-05-16"},
        {"2024-05-17T12:00:00Z", "2024-05-17"},
        {"Fri, 17 May 2024 23:30:00 -0500", "2024-05-18"},
        {"Fri, 17 May 2024 08:00:00 GMT", "2024-05-17"},
        {"26-FEB-1987 15:01:01.79", "1987-02-26"},
        {" 3-APR-1987 07:09:06.48", "1987-04-03"},
        {"May 17, 2024", "2024-05-17"},
        {"20240517", "2024-05-17"},
        {"2023-12-31T23:00:00-05:00", "2024-01-01"},
        {"not a date", ""},
        {"2024-02-30", ""},
    };
    for (const auto& row : table) {
        BOOST_TEST_CONTEXT(row.text) {
            auto d = parse_date_string(row.text);
            BOOST_TEST((d ? d->iso() : std::string()) == row.expected);
        }
    }
}
