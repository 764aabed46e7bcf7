#define BOOST_TEST_MODULE analysis
// Language detection and the language-aware parts of analysis: Snowball
// stems per language and the query-side stems across languages.
#include <boost/test/unit_test.hpp>

#include "newsdex/analysis/language.hpp"
#include "newsdex/analysis/stemming.hpp"

using namespace newsdex;
using namespace newsdex::analysis;

BOOST_AUTO_TEST_CASE(languages_are_detected) {
    const struct {
        const char* text;
        const char* lang;
    } table[] = {
        {"North Korea has floated hundreds of balloons carrying trash across the border, the "
         "military said on Wednesday.",
         "en"},
        {"Nach monatelangem Streit hat der Bundestag am Freitag das neue Gesetz beschlossen.",
         "de"},
        {"Le gouvernement a annoncé mardi une nouvelle réforme des retraites.", "fr"},
        {"В Харькове в четверг открылся ежегодный форум информационных технологий.", "ru"},
        {"Харків довго чекав на цю подію, і ми раді, що люди їдуть до нас.", "uk"},
        {"북한이 30일 새벽 동해상으로 단거리 탄도미사일을 발사했다.", "ko"},
        {"大阪・関西万博が開幕し、多くの来場者が訪れた。", "ja"},
        {"国家统计局发布数据显示，一季度国内生产总值同比增长。", "zh"},
        {"تغلب الهلال على النصر في ديربي الرياض", "ar"},
        {"12345 !!!", ""},
    };
    for (const auto& row : table) {
        BOOST_TEST_CONTEXT(row.text) {
            BOOST_TEST(detect_language(row.text) == row.lang);
        }
    }
    BOOST_TEST(normalize_language_tag("en-US") == "en");
    BOOST_TEST(normalize_language_tag("zh_Hant") == "zh");
    BOOST_TEST(normalize_language_tag("DE") == "de");
}

BOOST_AUTO_TEST_CASE(documents_are_stemmed_in_their_language) {
    analysis::AnalyzerCache cache;
    auto stems = [&](const std::string& lang, const std::string& text) {
        std::string out;
        for (const Token& t : cache.for_language(lang).analyze(text))
            out += (out.empty() ? "" : " ") + (t.stem.empty() ? "-" : t.stem);
        return out;
    };
    BOOST_TEST(stems("en", "Balloons missiles") == "balloon missil");
    BOOST_TEST(stems("de", "Gesetze Heizungen") == "gesetz heizung");
    BOOST_TEST(stems("ru", "Харькове") == "харьков");
    BOOST_TEST(stems("ar", "الهلال") == "هلال");
    BOOST_TEST(stems("ko", "북한이") == "북한이");  // no stemmer: the word is its stem
    BOOST_TEST(stems("", "words") == "words");
    BOOST_TEST(!analysis::stemmer_for("uk").has_value());
    BOOST_TEST(analysis::stemmer_for("fr").has_value());
}

BOOST_AUTO_TEST_CASE(query_words_are_stemmed_in_every_index_language) {
    const analysis::StemmerSet set({"en", "de", "ru", "ko"});
    const std::set<std::string> balloons = set.stems("balloons");
    BOOST_TEST(balloons.count("balloon") == 1u);
    // Russian: Snowball stems the nominative and the oblique cases apart,
    // so both are asked for.
    const std::set<std::string> kharkiv = set.stems("харьков");
    BOOST_TEST(kharkiv.count("харьков") == 1u);  // = stem of харькове, харькова
    BOOST_TEST(kharkiv.count("харьк") == 1u);    // = stem of харьков
    const std::set<std::string> oblique = set.stems("харькове");
    BOOST_TEST(oblique.count("харьк") == 1u);
    BOOST_TEST(analysis::StemmerSet({"ko", "uk"}).stems("북한") == std::set<std::string>{"북한"});
}
