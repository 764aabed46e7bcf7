#define BOOST_TEST_MODULE snippet
#include <boost/test/unit_test.hpp>

#include <random>

#include "newsdex/analysis/stemming.hpp"
#include "newsdex/search/sentences.hpp"
#include "newsdex/search/snippet.hpp"
#include "newsdex/utf8.hpp"

using namespace newsdex;
using namespace newsdex::analysis;
using namespace newsdex::search;

namespace {

// The snippet with each highlight wrapped in [ ]: readable expectations.
std::string marked(const Snippet& s) {
    std::string out;
    std::size_t at = 0;
    for (const auto& h : s.highlights) {
        out +=
            s.text.substr(at, h.begin - at) + "[" + s.text.substr(h.begin, h.end - h.begin) + "]";
        at = h.end;
    }
    return out + s.text.substr(at);
}

const Analyzer& analyzer() {
    static const Analyzer a = Analyzer::standard();
    return a;
}

Snippet snip(const std::string& body, const std::set<std::string>& words) {
    return make_snippet(body, analyzer(), words);
}

}  // namespace

BOOST_AUTO_TEST_CASE(best_sentence_is_chosen_and_matches_marked) {
    const std::string body =
        "Officials met on Monday. Nothing else happened then.\n"
        "Investigations into missile debris found in Ukraine's Kharkiv region were published. "
        "The weather was mild.";
    const Snippet s = snip(body, {"kharkiv", "missile", "debris"});
    BOOST_TEST(marked(s) ==
               "… Investigations into [missile debris] found in Ukraine's [Kharkiv] region were "
               "published. …");
}

BOOST_AUTO_TEST_CASE(folded_forms_highlight_their_original_spelling) {
    const std::string body =
        "Crowds gathered in \xEF\xBC\xAB\xEF\xBD\x99\xEF\xBD\x89\xEF\xBD\x96 today.";
    const Snippet s = snip(body, {"kyiv"});
    BOOST_REQUIRE_EQUAL(s.highlights.size(), 1u);
    BOOST_TEST(s.text.substr(s.highlights[0].begin, s.highlights[0].end - s.highlights[0].begin) ==
               "\xEF\xBC\xAB\xEF\xBD\x99\xEF\xBD\x89\xEF\xBD\x96");
}

BOOST_AUTO_TEST_CASE(without_matches_the_lead_is_shown) {
    const Snippet s = snip("First sentence here. Second one.", {"zebra"});
    BOOST_TEST(s.highlights.empty());
    BOOST_TEST(s.text == "First sentence here. Second one.");
}

BOOST_AUTO_TEST_CASE(several_passages_join_with_ellipsis_in_document_order) {
    const std::string body =
        "Alpha appears here. Filler sentence one. Filler sentence two. Beta appears here.";
    const Snippet s = snip(body, {"alpha", "beta"});
    BOOST_TEST(marked(s) == "[Alpha] appears here. … [Beta] appears here.");
}

BOOST_AUTO_TEST_CASE(long_sentences_are_cut_on_word_boundaries_in_any_script) {
    std::string body;
    for (int i = 0; i < 200; ++i)
        body += "\xEB\xB6\x81\xED\x95\x9C ";                                 // 북한, 7 bytes each
    body += "\xED\x83\x84\xEB\x8F\x84\xEB\xAF\xB8\xEC\x82\xAC\xEC\x9D\xBC";  // 탄도미사일
    for (int i = 0; i < 200; ++i)
        body += " \xEB\xB6\x81\xED\x95\x9C";
    const Snippet s = make_snippet(
        body, analyzer(), {"\xED\x83\x84\xEB\x8F\x84\xEB\xAF\xB8\xEC\x82\xAC\xEC\x9D\xBC"});
    BOOST_TEST(utf8::find_invalid(s.text) == std::string_view::npos);
    BOOST_TEST(s.text.size() <= 320u);
    BOOST_REQUIRE_EQUAL(s.highlights.size(), 1u);
    BOOST_TEST(s.text.rfind("… ", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(phrases_are_marked_only_where_their_words_stand_together) {
    const std::string body = "Kim Jong Un spoke. Kim Yo Jong, his sister, replied.";
    const Snippet s = make_snippet(body, analyzer(), MatchSequences{{{"kim"}, {"yo"}, {"jong"}}});
    BOOST_TEST(marked(s) == "… [Kim Yo Jong], his sister, replied.");
}

BOOST_AUTO_TEST_CASE(without_matches_the_lead_fills_the_budget) {
    const std::string body =
        "BERLIN, 8. Mai 2024 – Der Bundestag hat am Freitag ein Gesetz "
        "beschlossen. Es tritt im Januar in Kraft.";
    const Snippet s = snip(body, {"zebra"});
    BOOST_TEST(s.text == body);
}

BOOST_AUTO_TEST_CASE(paragraph_breaks_become_single_spaces) {
    BOOST_TEST(snip("One two three.\n\nFour five six.", {"zebra"}).text ==
               "One two three. Four five six.");
    BOOST_TEST(snip("One two three.\n\nFour five six.", {"five"}).text == "… Four five six.");
}

// A search makes one SnippetMaker for all its hits: each snippet is the
// one made for that text alone. Words behind an elision are found whether
// or not the text has other apostrophes (the gate asks once per text).
BOOST_AUTO_TEST_CASE(one_maker_serves_every_hit) {
    const MatchSequences sequences{{{"grain"}}, {{"exports"}}, {{"europe"}}};
    const std::set<std::string> words = {"grain", "exports", "europe"};
    const SnippetMaker maker(sequences, words);
    const std::vector<std::string> texts = {
        "Grain exports rose in March. Nothing else moved.",
        "No match here at all. None.",
        "Il parle d'Europe. Rien d'autre.",
        "Exports of grain to Europe fell, traders said.",
    };
    for (const std::string& text : texts) {
        BOOST_TEST_CONTEXT(text) {
            BOOST_TEST(marked(maker.make(text, analyzer())) ==
                       marked(make_snippet(text, analyzer(), sequences)));
            BOOST_TEST(marked(maker.make_in_window(text, analyzer())) ==
                       marked(make_snippet(text, analyzer(), sequences)));
        }
    }
    BOOST_TEST(marked(maker.make(texts[2], analyzer())) == "Il parle [d'Europe]. …");
}

// Stems on demand (the analysis split in two) mark what the whole analysis
// marks, in languages whose stemmer only strips endings and in one that
// also strips prefixes (Indonesian: the first-byte shortcut is off there).
BOOST_AUTO_TEST_CASE(stems_on_demand_mark_what_the_whole_analysis_marks) {
    struct Case {
        const char* lang;
        std::string body;
        std::vector<std::string> stems;  // the query's words, stemmed in `lang`
    };
    const std::vector<Case> cases = {
        {"en",
         "Grain exports rose. Exporters said the harvest was early; skies were dry. "
         "Dying crops elsewhere. Harvesting continues.",
         {"export", "harvest", "die", "sky"}},
        {"ru",
         "Президент России выступил в Москве. Президентом стал другой. Суды молчат.",
         {"президент", "москв", "суд"}},
        {"id",
         "Pemerintah mempercepat pembangunan. Membangun jalan baru di kota.",
         {"bangun", "cepat"}},
    };
    for (const Case& c : cases) {
        AnalyzerCache cache;
        MatchSequences sequences;
        for (const std::string& stem : c.stems)
            sequences.push_back({MatchWord{"Z" + stem}});
        const Snippet whole = make_snippet(c.body, cache.for_language(c.lang), sequences);
        const SplitAnalysis split = cache.split_for_language(c.lang);
        BOOST_REQUIRE(split.surface != nullptr);
        const Snippet on_demand = make_snippet(c.body, *split.surface, sequences, {},
                                               {split.stems, split.keeps_first_byte});
        BOOST_TEST_CONTEXT(c.lang) {
            BOOST_TEST(marked(on_demand) == marked(whole));
            BOOST_TEST(!whole.highlights.empty());
        }
    }
}

// The ASCII sentence walk gives ICU's boundaries: golden cases, then
// random text over the characters the rules care about.
BOOST_AUTO_TEST_CASE(ascii_sentences_are_icus_sentences) {
    const std::vector<std::string> golden = {
        "",
        "One. Two.",
        "Prices rose 3.5 pct. The U.S. Treasury said so.",
        "He said \"Stop.\" Then he left.",
        "It costs 5 dlrs. etc. and more. (See below.) Next!",
        "What? No! Yes... maybe. Right?!",
        "Line one\r\nLine two\n\nPara.",
        "Ends without a stop",
        "a.b. c.d. E.F. g",
        "Mr. Smith went to Washington. He stayed.",
    };
    for (const std::string& text : golden)
        BOOST_TEST(sentence_ends(text) == sentence_ends_with_icu(text), text);
    std::mt19937 random(29);
    const std::vector<std::string> pieces = {"a",    "Ab", "x",  "US", "3",  ".",  ".", "!", "?",
                                             " ",    " ",  "\t", "\n", "\r", "\"", "'", ")", "(",
                                             ",",    "-",  ":",  ";",  "]",  "5",  "q", "Z", "\x0b",
                                             "\x01", "#",  "%",  "/",  "_",  "@",  "{", "~"};
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const int length = static_cast<int>(random() % 30);
        for (int i = 0; i < length; ++i)
            text += pieces[random() % pieces.size()];
        BOOST_TEST_REQUIRE(sentence_ends(text) == sentence_ends_with_icu(text), text);
    }
}

// A query with nothing to mark (a filter alone: lang:de) still gets the
// story's lead.
BOOST_AUTO_TEST_CASE(nothing_to_mark_gives_the_lead) {
    const Snippet s =
        make_snippet("First sentence here. Second one.", analyzer(), MatchSequences{});
    BOOST_TEST(s.highlights.empty());
    BOOST_TEST(s.text == "First sentence here. Second one.");
}
