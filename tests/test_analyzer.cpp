#define BOOST_TEST_MODULE analyzer
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <random>

#include <unicode/unistr.h>

#include "newsdex/analysis/analyzer.hpp"
#include "newsdex/analysis/stopwords.hpp"
#include "newsdex/analysis/token_filters.hpp"

using newsdex::analysis::Analyzer;
using newsdex::analysis::TokenList;

namespace {

// "term@begin-end" for each token, space-separated, with other forms
// after a "+": easy to read in a table.
std::string render(const TokenList& tokens) {
    std::string out;
    for (const auto& t : tokens) {
        if (!out.empty()) out += ' ';
        out += t.text + "@" + std::to_string(t.begin) + "-" + std::to_string(t.end);
        for (const auto& form : t.forms)
            out += "+" + form;
    }
    return out;
}

struct Golden {
    const char* input;
    const char* expected;
};

}  // namespace

BOOST_AUTO_TEST_CASE(normalization_golden_table) {
    const Golden table[] = {
        {"", ""},
        {"   ,.;  ", ""},
        {"Kharkiv missile debris", "kharkiv@0-7 missile@8-15 debris@16-22"},
        {"KIM Yo Jong", "kim@0-3 yo@4-6 jong@7-11"},
        // Possessives: ASCII and typographic apostrophes agree.
        {"Ukraine's Kharkiv", "ukraine@0-9 kharkiv@10-17"},
        {"Kim\xE2\x80\x99s sister", "kim@0-7 sister@8-14"},
        // NFKC: full-width Latin folds to ASCII; offsets stay in the original.
        {"\xEF\xBC\xAB\xEF\xBD\x88\xEF\xBD\x81\xEF\xBD\x92\xEF\xBD\x8B\xEF\xBD\x89\xEF\xBD\x96",
         "kharkiv@0-21"},
        // Case folding: ß folds to ss, Cyrillic lower-cased.
        {"Stra\xC3\x9F"
         "e",
         "strasse@0-7"},
        {"\xD0\xA5\xD0\xB0\xD1\x80\xD1\x8C\xD0\xBA\xD0\xBE\xD0\xB2",
         "\xD1\x85\xD0\xB0\xD1\x80\xD1\x8C\xD0\xBA\xD0\xBE\xD0\xB2@0-14"},
        // Soft hyphen and zero-width space inside a word vanish.
        {"Khar\xC2\xAD"
         "kiv",
         "kharkiv@0-9"},
        // Numbers are words; punctuation is not.
        {"7,000 containers (2024)", "7,000@0-5 containers@6-16 2024@18-22"},
        {"U.S. and U.N.", "u.s@0-3 and@5-8 u.n@9-12"},
        // Hyphenated words split in two.
        {"North-Korean", "north@0-5 korean@6-12"},
    };
    const Analyzer analyzer = Analyzer::standard();
    for (const auto& row : table) {
        BOOST_TEST_CONTEXT("input: " << row.input) {
            BOOST_TEST(render(analyzer.analyze(row.input)) == row.expected);
        }
    }
}

// One table per script and language: the folds docs/analysis.md promises.
BOOST_AUTO_TEST_CASE(multilingual_golden_table) {
    const Golden table[] = {
        // Latin: every diacritic folds; special letters too.
        {"Kyïv Máximo Villamarín", "kyiv@0-5 maximo@6-13 villamarin@14-25"},
        {"Fête de la Musique", "fete@0-5 de@6-8 la@9-11 musique@12-19"},
        {"beschließt Müller Straße", "beschliesst@0-11 muller@12-19 strasse@20-27"},
        {"Łódź Øresund Æther", "lodz@0-7 oresund@8-16 aether@17-23"},
        // French elisions.
        {"l'armée d’Ivoire qu'il", "armee@0-8 ivoire@9-19 il@20-25"},
        // Greek: accents and final sigma.
        {"Ελλάδα Αθήνας", "ελλαδα@0-12 αθηνασ@13-25"},
        // Cyrillic: ё folds to е; й, ї keep their marks.
        {"Ёлка прошёл", "елка@0-8 прошел@9-21"},
        {"Київ Україна йод", "київ@0-8 україна@9-23 йод@24-30"},
        {"Харькове", "харькове@0-16"},
        // Korean: leading parts as forms, so the noun is found with its particle.
        {"북한이 탄도미사일을",
         "북한이@0-9+북한 탄도미사일을@10-28+탄도+탄도미+탄도미사+탄도미사일"},
        {"AI가", "ai@0-2 가@2-5"},  // ICU splits Latin from Hangul
        // Japanese and Chinese: dictionary words, offsets into the original.
        {"北朝鮮がミサイル", "北朝鮮@0-9 が@9-12 ミサイル@12-24"},
        {"北京市政府", "北京市@0-9 政府@9-15"},
        {"中国GDP增长", "中国@0-6 gdp@6-9 增长@9-15"},
        // Arabic and Thai.
        {"الهلال يتغلب", "الهلال@0-12 يتغلب@13-23"},
        {"ภาษาไทย", "ภาษา@0-12 ไทย@12-21"},
    };
    const Analyzer analyzer = Analyzer::standard();
    for (const auto& row : table) {
        BOOST_TEST_CONTEXT("input: " << row.input) {
            BOOST_TEST(render(analyzer.analyze(row.input)) == row.expected);
        }
    }
}

BOOST_AUTO_TEST_CASE(positions_count_words_and_keep_gaps) {
    const Analyzer analyzer = Analyzer::standard();
    const TokenList tokens = analyzer.analyze("one, two; three");
    BOOST_REQUIRE_EQUAL(tokens.size(), 3u);
    BOOST_TEST(tokens[0].position == 0u);
    BOOST_TEST(tokens[1].position == 1u);
    BOOST_TEST(tokens[2].position == 2u);
}

BOOST_AUTO_TEST_CASE(cjk_text_is_segmented_into_words) {
    const Analyzer analyzer = Analyzer::standard();
    // 北朝鮮のミサイル: ICU's dictionary splits the Japanese into words.
    const TokenList tokens = analyzer.analyze(
        "\xE5\x8C\x97\xE6\x9C\x9D\xE9\xAE\xAE\xE3\x81\xAE"
        "\xE3\x83\x9F\xE3\x82\xB5\xE3\x82\xA4\xE3\x83\xAB");
    BOOST_TEST(tokens.size() >= 2u);
    for (std::size_t i = 1; i < tokens.size(); ++i)
        BOOST_TEST(tokens[i].begin >= tokens[i - 1].end);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_never_crashes) {
    const Analyzer analyzer = Analyzer::standard();
    const TokenList tokens = analyzer.analyze("ok \xFF\xFE bad \xC3");
    BOOST_TEST(!tokens.empty());
    BOOST_TEST(tokens.front().text == "ok");
}

BOOST_AUTO_TEST_CASE(overlong_tokens_are_dropped) {
    const Analyzer analyzer = Analyzer::standard();
    const TokenList tokens = analyzer.analyze(std::string(500, 'a') + " short");
    BOOST_REQUIRE_EQUAL(tokens.size(), 1u);
    BOOST_TEST(tokens[0].text == "short");
    BOOST_TEST(tokens[0].position == 1u);
}

// The ASCII fast path of the word tokenizer splits as ICU does: the same
// words, offsets and positions, on random text over the characters it
// handles, some it leaves to ICU, and other scripts mixed in.
BOOST_AUTO_TEST_CASE(ascii_words_are_split_as_icu_splits_them) {
    const std::string alphabet = "aZq09 .,;'\"-()!?/&$%[]*+=<>#|~\t\n\r:_@^`{}\\";
    std::mt19937 random(20261206);
    auto check = [](const std::string& text) {
        const TokenList fast = newsdex::analysis::IcuWordTokenizer().tokenize(text);
        const TokenList icu = newsdex::analysis::IcuWordTokenizer::tokenize_with_icu(text);
        BOOST_TEST_CONTEXT("text: [" << text << "]") {
            BOOST_REQUIRE_EQUAL(fast.size(), icu.size());
            for (std::size_t i = 0; i < fast.size(); ++i) {
                BOOST_TEST(fast[i].text == icu[i].text);
                BOOST_TEST(fast[i].begin == icu[i].begin);
                BOOST_TEST(fast[i].end == icu[i].end);
                BOOST_TEST(fast[i].position == icu[i].position);
            }
        }
    };
    // Letters, punctuation and spaces of other scripts too: a chunk with one
    // goes to ICU, the ASCII chunks around it do not.
    const std::vector<std::string> others = {"é", "’", "—",      "中文", "Жы", "ı",
                                             "«", "»", "\u00a0", "日本", "١٢", "ß"};
    for (int n = 0; n < 20000; ++n) {
        std::string text;
        for (std::size_t k = random() % 24; k > 0; --k) {
            if (n % 3 == 2 && random() % 6 == 0)
                text += others[random() % others.size()];
            else
                text += alphabet[random() % (n % 3 == 1 ? 26 : alphabet.size())];
        }
        check(text);
    }
    for (const char* text :
         {"U.S. officials said on Monday, 17 May 2024, that 3.5% (1,000,000) don't count.",
          "Shares fell 12.5 pct to 1,234.56 dlrs; e.g. the co's 1987/88 results.",
          "'quoted' ''double'' a.b.c 1.2.3 a1b2.c3 x'y'z 1'000'000 ...dots... end.",
          "Kharkiv (Харків) — «missile» debris, 3 km from the café; 中国经济 grew 5.2% in Q1.",
          "Il s’agit d’un café à Zürich: 1 000 € l’année"})
        check(text);
}

// The gated analysis of `text` with a gate open to `letters`, each word as
// its analysed text or "-" (refused); checked against the ungated
// analysis word for word (places and positions).
namespace {

std::vector<std::string> gated_words(const std::string& text, std::string_view letters) {
    const Analyzer analyzer = Analyzer::standard();
    newsdex::analysis::TokenGate gate;
    for (const char c : letters)
        gate.allow_first_byte(c);
    newsdex::analysis::CutList cuts;
    TokenList gated;
    analyzer.analyze(text, gate, cuts, gated);
    const TokenList full = analyzer.analyze(text);
    BOOST_REQUIRE_EQUAL(cuts.size(), full.size());
    std::vector<std::string> words;
    for (std::size_t i = 0; i < cuts.size(); ++i) {
        BOOST_TEST(cuts[i].begin == full[i].begin);
        BOOST_TEST(cuts[i].end == full[i].end);
        BOOST_TEST(cuts[i].position == full[i].position);
        words.push_back(cuts[i].token < 0 ? "-" : gated.at(cuts[i].token).text);
    }
    return words;
}

}  // namespace

// A gate leaves the words it refuses unanalysed, in their places, and
// analyses the others as without a gate; elisions, long words and other
// scripts always pass (their start may change).
BOOST_AUTO_TEST_CASE(a_gate_analyses_only_the_tokens_it_lets_through) {
    const std::string text =
        "Grain exports: l'Export of Kyïv's GRAIN rose, said Ministers. " + std::string(70, 'x');
    BOOST_TEST(gated_words(text, "ge") ==
                   (std::vector<std::string>{"grain", "exports", "export", "-", "kyiv", "grain",
                                             "-", "-", "-", std::string(70, 'x')}),
               boost::test_tools::per_element());
}

// A word the filters drop loses its place with the gate as without: the
// length filter's limit, on a word the gate lets through.
BOOST_AUTO_TEST_CASE(a_gated_analysis_drops_what_the_filters_drop) {
    const std::string text = "good " + std::string(250, 'g') + " grain";
    BOOST_TEST(gated_words(text, "g") == (std::vector<std::string>{"good", "grain"}),
               boost::test_tools::per_element());
}

// The cuts are the tokenizer's tokens without their text, in every script.
BOOST_AUTO_TEST_CASE(cuts_are_the_tokens_places) {
    const newsdex::analysis::IcuWordTokenizer tokenizer;
    for (const std::string text :
         {"Kharkiv (Харків) — «missile» debris, 3 km from the café; 中国经济 grew 5.2% in Q1.",
          "plain ascii words, 1,000.5 of them; don't stop", ""}) {
        const TokenList tokens = tokenizer.tokenize(text);
        newsdex::analysis::CutList cuts;
        tokenizer.cut(text, cuts);
        BOOST_REQUIRE_EQUAL(cuts.size(), tokens.size());
        for (std::size_t i = 0; i < cuts.size(); ++i) {
            BOOST_TEST(text.substr(cuts[i].begin, cuts[i].end - cuts[i].begin) == tokens[i].text);
            BOOST_TEST(cuts[i].position == tokens[i].position);
        }
    }
}

// Words that fold to themselves skip ICU's normalisers: on words of one to
// three characters drawn from scripts with marks, decompositions, jamo and
// special letters, the filter agrees with the whole fold.
BOOST_AUTO_TEST_CASE(the_fold_shortcut_agrees_with_icu) {
    const std::vector<std::pair<UChar32, UChar32>> ranges = {
        {0x00C0, 0x024F}, {0x0300, 0x036F},   {0x0370, 0x03FF}, {0x0400, 0x04FF}, {0x0590, 0x05FF},
        {0x0600, 0x06FF}, {0x0900, 0x097F},   {0x0980, 0x09FF}, {0x0B80, 0x0BFF}, {0x0D80, 0x0DFF},
        {0x0E00, 0x0E7F}, {0x1100, 0x11FF},   {0x1B00, 0x1B7F}, {0x1E00, 0x1EFF}, {0x3040, 0x30FF},
        {0x3130, 0x318F}, {0x4E00, 0x4E80},   {0xAC00, 0xAD00}, {0xA960, 0xA97F}, {0xD7B0, 0xD7FF},
        {0xFB00, 0xFB4F}, {0x1D400, 0x1D420}, {0x1100, 0x1112}, {0x1161, 0x1175}, {0x11A8, 0x11C2},
        {0x0BBE, 0x0BD7}, {0x09BE, 0x09D7},   {0x3099, 0x309A}};
    const newsdex::analysis::DiacriticFoldFilter filter;
    auto agree = [&](const std::string& word) {
        newsdex::analysis::Token token{word, 0, 0, 0};
        const bool kept = filter.apply(token);
        std::string whole = word;
        const bool kept_whole = newsdex::analysis::DiacriticFoldFilter::fold_with_icu(whole);
        return kept == kept_whole && (!kept || token.text == whole);
    };
    // Pairs that compose without a mark of their own kind: jamo, kana with
    // a voicing mark, Tamil and Bengali vowel signs.
    for (const char* word : {"\u1100\u1161", "\u1100\u1161\u11A8", "e\u0301", "\u0451",
                             "\u304B\u3099", "\u0B92\u0BD7", "\u09C7\u09BE", "\u00F8l"})
        BOOST_TEST(agree(word), word);
    std::mt19937 random(6);
    for (int round = 0; round < 60000; ++round) {
        std::string word;
        for (int n = 1 + static_cast<int>(random() % 3); n > 0; --n) {
            const auto& [low, high] = ranges[random() % ranges.size()];
            const UChar32 c = low + static_cast<UChar32>(random() % (high - low + 1));
            icu::UnicodeString(c).toUTF8String(word);
        }
        BOOST_TEST_REQUIRE(agree(word), word);
    }
}

// The compiled-in stopword list is the file's: every word found (so the
// list is sorted as the binary search needs), nothing more.
BOOST_AUTO_TEST_CASE(the_compiled_stopwords_are_the_files) {
    const auto stopwords = newsdex::analysis::StopwordSet::for_language("en");
    std::ifstream file(NEWSDEX_SOURCE_DIR "/analysis/data/stopwords/en.txt");
    BOOST_REQUIRE(file);
    std::size_t words = 0;
    for (std::string line; std::getline(file, line);) {
        if (line.empty() || line[0] == '#') continue;
        ++words;
        BOOST_TEST(stopwords.contains(line), line);
    }
    BOOST_TEST(stopwords.size() == words);
    BOOST_TEST(!stopwords.contains("grain"));
    BOOST_TEST(!stopwords.contains(""));
    BOOST_TEST(newsdex::analysis::StopwordSet::for_language("xx").size() == 0u);
}
