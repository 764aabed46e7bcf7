#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// People in scripts without capital letters, where a name shows by its
// parts (a listed surname, a listed given name) and by the words around it
// (a title, an honorific, a verb of speech): Japanese and Chinese
// (Korean: people_hangul.cpp; Arabic: arabic.cpp). The cue lists are here, beside the only rules
// that read them.
namespace newsdex::entities::rules {

namespace {

// Japanese titles and honorifics after a name: "田中健太郎氏", "岸田文雄首相".
const std::vector<std::string_view>& japanese_titles() {
    static const cues::WordList& words = cues::list("japanese-titles");
    return words;
}

// Chinese titles before a name ("发言人刘振华") and verbs of speech after
// it ("刘振华表示").
const std::vector<std::string_view>& chinese_titles() {
    static const cues::WordList& words = cues::list("chinese-titles");
    return words;
}

const std::vector<std::string_view>& chinese_speech() {
    static const cues::WordList& words = cues::list("chinese-speech");
    return words;
}

using entity_words::starts_with_any;
using newsdex::ends_with_any;

// The code points of a text with their byte offsets (and the end).
struct CodePoints {
    std::vector<UChar32> points;
    std::vector<std::size_t> at;  // at[i]: byte offset of points[i]; at.back(): the end
};

CodePoints code_points(std::string_view text) {
    CodePoints cp;
    for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
        cp.at.push_back(static_cast<std::size_t>(i));
        UChar32 c;
        U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
        cp.points.push_back(c);
    }
    cp.at.push_back(text.size());
    return cp;
}

bool han(UChar32 c) {
    return u_getIntPropertyValue(c, UCHAR_SCRIPT) == USCRIPT_HAN;
}

bool katakana(UChar32 c) {
    return u_getIntPropertyValue(c, UCHAR_SCRIPT) == USCRIPT_KATAKANA;
}

bool kana(UChar32 c) {
    const auto script = u_getIntPropertyValue(c, UCHAR_SCRIPT);
    return script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
}

// Whether every code point in [from, to) passes `test`.
template <typename Test>
bool all_points(const CodePoints& cp, std::size_t from, std::size_t to, Test test) {
    for (std::size_t i = from; i < to; ++i)
        if (!test(cp.points[i])) return false;
    return true;
}

bool han_only(const CodePoints& cp, std::size_t from, std::size_t to) {
    return all_points(cp, from, to, han);
}

// Records a name found in the text by bytes, unless a listed name or an
// earlier rule holds any of its words; with `over_places`, a listed place
// inside it gives way (after a title: "记者黄河清" is no Yellow River).
void claim_bytes(Context& c, std::size_t begin, std::size_t end, bool over_places = false) {
    // Tokens are in text order: those overlapping [begin, end) follow the
    // first that ends after `begin`.
    const auto first = std::partition_point(c.tokens.begin(), c.tokens.end(),
                                            [&](const Token& t) { return t.end <= begin; });
    auto k = static_cast<std::size_t>(first - c.tokens.begin()), last = k;
    bool places_inside = false;
    for (; last < c.tokens.size() && c.tokens[last].begin < end; ++last) {
        if (!c.used[last]) continue;
        const Mention* m = c.found.covering(c.tokens[last].begin, c.tokens[last].end);
        if (!over_places || !m || m->type != EntityType::kPlace || m->begin < begin || m->end > end)
            return;
        places_inside = true;
    }
    if (places_inside)
        c.found.withdraw_within(static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                                true);
    for (; k < last; ++k)
        c.used[k] = true;
    const std::string name(c.text.substr(begin, end - begin));
    c.found.add(EntityType::kPerson, name, static_cast<std::uint32_t>(begin),
                static_cast<std::uint32_t>(end));
}

// A listed Japanese given name at code point `from`, then a title that
// ends a compound of kanji: "清水" + "洋介" + "地震津波監視課長". One past
// the given name, or 0.
std::size_t before_long_title(const Context& c, const CodePoints& cp, std::size_t from) {
    constexpr std::size_t kTitleRun = 10;  // kanji of the compound before its title
    for (std::size_t end = from + 3; end >= from + 2; --end) {
        if (end >= cp.points.size() || !han_only(cp, from, end) ||
            !c.gazetteer.is_name_part(
                "ja-given", std::string(c.text.substr(cp.at[from], cp.at[end] - cp.at[from]))))
            continue;
        for (std::size_t t = end + 2; t < cp.points.size() && t < end + kTitleRun &&
                                      han(cp.points[t - 1]) && han(cp.points[t - 2]);
             ++t)
            if (starts_with_any(c.text.substr(cp.at[t]), japanese_titles())) return end;
    }
    return 0;
}

// A foreign name in katakana with its middle dot, then a title or an
// honorific: "エマ・ウィルソンさん". One past the name, or 0.
std::size_t katakana_name_end(const Context& c, const CodePoints& cp, std::size_t i) {
    constexpr UChar32 kDot = 0x30FB;  // ・
    if (!katakana(cp.points[i]) || cp.points[i] == kDot) return 0;
    std::size_t end = i, dots = 0;
    while (end < cp.points.size() && (katakana(cp.points[end]) || cp.points[end] == kDot)) {
        dots += cp.points[end] == kDot;
        ++end;
    }
    if (dots == 0 || end == cp.points.size() || cp.points[end - 1] == kDot) return 0;
    return starts_with_any(c.text.substr(cp.at[end]), japanese_titles()) ? end : 0;
}

// Japanese: a listed family name, one to three more kanji or kana, then a
// title or honorific ("田中健太郎氏", "岸田文雄首相"). Returns one past the
// name starting at code point i, or 0.
std::size_t japanese_name_end(const Context& c, const CodePoints& cp, std::size_t i) {
    for (std::size_t s = 1; s <= 3 && i + s < cp.points.size(); ++s) {
        const std::string surname(c.text.substr(cp.at[i], cp.at[i + s] - cp.at[i]));
        if (!han_only(cp, i, i + s) || !c.gazetteer.is_name_part("ja-surname", surname)) continue;
        // A listed given name before a title first: "河合" "亮介" "准教授",
        // not "亮介准" before "教授".
        for (std::size_t end = i + s + 1; end <= i + s + 3 && end < cp.points.size(); ++end)
            if (han_only(cp, i + s, end) &&
                c.gazetteer.is_name_part(
                    "ja-given",
                    std::string(c.text.substr(cp.at[i + s], cp.at[end] - cp.at[i + s]))) &&
                starts_with_any(c.text.substr(cp.at[end]), japanese_titles()))
                return end;
        for (std::size_t end = std::min(i + s + 3, cp.points.size() - 1); end > i + s; --end) {
            const bool name =
                all_points(cp, i + s, end, [](UChar32 ch) { return han(ch) || kana(ch); });
            if (name && starts_with_any(c.text.substr(cp.at[end]), japanese_titles())) return end;
        }
        if (const std::size_t end = before_long_title(c, cp, i + s); end > 0) return end;
    }
    return 0;
}

void japanese_people(Context& c, const CodePoints& cp) {
    for (std::size_t i = 0; i + 2 < cp.points.size(); ++i) {
        // A name right after kanji or katakana is inside a word.
        if (i > 0 && (han(cp.points[i - 1]) || katakana(cp.points[i - 1]))) continue;
        if (const std::size_t end = katakana_name_end(c, cp, i); end > 0) {
            claim_bytes(c, cp.at[i], cp.at[end]);
            i = end - 1;
            continue;
        }
        if (!han(cp.points[i])) continue;
        // A title follows: a listed place in the name gives way ("福岡資麿厚労相").
        if (const std::size_t end = japanese_name_end(c, cp, i); end > 0) {
            claim_bytes(c, cp.at[i], cp.at[end], true);
            i = end - 1;
        }
    }
}

// Chinese: a listed family name and one or two more characters, after a
// title ("发言人刘振华") and before a verb of speech, a comma or a small
// word, or at a clause's start before a verb of speech ("，徐敏说").
// Returns one past the name starting at code point i, or 0.
std::size_t chinese_name_end(const Context& c, const CodePoints& cp, std::size_t i, bool titled) {
    static const cues::WordList& after = cues::list("chinese-after-name");
    static const cues::WordSet& not_names = cues::set("chinese-not-names");
    static const cues::WordSet& not_ends = cues::set("chinese-not-name-ends");
    for (std::size_t s = 1; s <= 2; ++s) {
        const std::string surname(c.text.substr(cp.at[i], cp.at[i + s] - cp.at[i]));
        if (!c.gazetteer.is_name_part("zh-surname", surname)) continue;
        for (std::size_t end = i + s + 2; end > i + s; --end) {
            if (end >= cp.points.size() || !han_only(cp, i + s, end)) continue;
            const std::string_view name = c.text.substr(cp.at[i], cp.at[end] - cp.at[i]);
            const std::string_view last =
                c.text.substr(cp.at[end - 1], cp.at[end] - cp.at[end - 1]);
            if (not_names.count(std::string(name)) || not_ends.count(std::string(last))) continue;
            // "陈明说。": a name's last character that opens a verb of speech
            // is that verb.
            if (end - i > s + 1 && starts_with_any(c.text.substr(cp.at[end - 1]), chinese_speech()))
                continue;
            std::string_view rest = c.text.substr(cp.at[end]);
            // "沈颢等表示": the speech verb may follow an "and others".
            if (end + 1 < cp.points.size() &&
                not_ends.count(std::string(c.text.substr(cp.at[end], cp.at[end + 1] - cp.at[end]))))
                if (starts_with_any(c.text.substr(cp.at[end + 1]), chinese_speech()))
                    rest = c.text.substr(cp.at[end + 1]);
            if (starts_with_any(rest, chinese_speech()) || (titled && starts_with_any(rest, after)))
                return end;
        }
    }
    return 0;
}

// A foreign name written in Chinese, its parts joined by a middle dot
// ("玛丽亚·桑托斯", "埃马纽埃尔·马克龙"): from after a title or the start of
// the run of Han, to before a verb of speech, a word that follows names
// ("在", "访问") or the end of the run, at
// most five characters a part. Returns [begin, end) in code points, or
// {0, 0}.
std::pair<std::size_t, std::size_t> dotted_name(const Context& c, const CodePoints& cp,
                                                std::size_t dot) {
    constexpr std::size_t kMost = 5;
    std::size_t begin = dot;
    while (begin > 0 && dot - begin < kMost + 1 && han(cp.points[begin - 1]) &&
           !ends_with_any(c.text.substr(0, cp.at[begin]), chinese_titles()))
        --begin;
    // Not a title's end: the run before must stop at a non-Han character.
    if (begin == dot || dot - begin > kMost ||
        (begin > 0 && han(cp.points[begin - 1]) &&
         !ends_with_any(c.text.substr(0, cp.at[begin]), chinese_titles())))
        return {0, 0};
    static const cues::WordList& after = cues::list("chinese-after-name");
    std::size_t end = dot + 1;
    while (end < cp.points.size() && end - dot <= kMost &&
           (han(cp.points[end]) || cp.points[end] == 0x00B7) &&
           !starts_with_any(c.text.substr(cp.at[end]), chinese_speech()) &&
           (end == dot + 1 || !starts_with_any(c.text.substr(cp.at[end]), after)))
        ++end;
    if (end == dot + 1 || end - dot > kMost + 1) return {0, 0};
    return {begin, end};
}

// Claims the dotted name in bytes [begin, end) over what the gazetteer
// found inside it: a place is a piece of the name ("纽埃", Niue, in
// "埃马纽埃尔·马克龙"), a listed person names the whole ("马克龙": Emmanuel
// Macron).
void claim_dotted_name(Context& c, std::size_t begin, std::size_t end) {
    std::string name(c.text.substr(begin, end - begin));
    for (const Mention& m : c.found.mentions())
        if (m.begin >= begin && m.end <= end && m.type == EntityType::kPerson) name = m.canonical;
    c.found.withdraw_within(static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                            false);
    for (std::size_t k = 0; k < c.tokens.size(); ++k)
        if (c.tokens[k].begin < end && c.tokens[k].end > begin) c.used[k] = true;
    c.found.add(EntityType::kPerson, name, static_cast<std::uint32_t>(begin),
                static_cast<std::uint32_t>(end));
}

// Chinese court and police reports name a person by the family name and
// 某 ("陈某", "周某某"): not 某 that opens a word ("于某些", "某种").
std::size_t anonymised_chinese_name_end(const Context& c, const CodePoints& cp, std::size_t i) {
    static const cues::WordSet& words = cues::set("chinese-mou-words");  // 些 种 个 ...
    constexpr UChar32 kMou = 0x67D0;                                     // 某
    if (i + 2 >= cp.points.size() || cp.points[i + 1] != kMou ||
        !c.gazetteer.is_name_part("zh-surname",
                                  std::string(c.text.substr(cp.at[i], cp.at[i + 1] - cp.at[i]))))
        return 0;
    const std::size_t end = cp.points[i + 2] == kMou ? i + 3 : i + 2;
    if (end < cp.points.size() &&
        words.count(std::string(c.text.substr(cp.at[end], cp.at[end + 1] - cp.at[end]))))
        return 0;
    return end;
}

void chinese_people(Context& c, const CodePoints& cp) {
    for (std::size_t i = 1; i + 1 < cp.points.size(); ++i)
        if (cp.points[i] == 0x00B7 && han(cp.points[i - 1]) && han(cp.points[i + 1]))
            if (const auto [begin, end] = dotted_name(c, cp, i); end > begin) {
                claim_dotted_name(c, cp.at[begin], cp.at[end]);
                i = end;
            }
    for (std::size_t i = 0; i + 2 < cp.points.size(); ++i) {
        if (!han(cp.points[i])) continue;
        if (const std::size_t end = anonymised_chinese_name_end(c, cp, i); end > 0) {
            claim_bytes(c, cp.at[i], cp.at[end]);
            i = end - 1;
            continue;
        }
        const bool titled = ends_with_any(c.text.substr(0, cp.at[i]), chinese_titles());
        if (!titled && i > 0 && han(cp.points[i - 1])) continue;  // not a clause's start
        if (const std::size_t end = chinese_name_end(c, cp, i, titled); end > 0) {
            claim_bytes(c, cp.at[i], cp.at[end], titled);
            i = end - 1;
        }
    }
}

}  // namespace

// Chinese and Japanese text (Japanese when it has kana).
void people_in_han(Context& c) {
    // Han and kana start with bytes E3-E9 in UTF-8: most texts have none.
    if (std::none_of(c.text.begin(), c.text.end(), [](char ch) {
            const auto b = static_cast<unsigned char>(ch);
            return b >= 0xE3 && b <= 0xE9;
        }))
        return;
    const CodePoints cp = code_points(c.text);
    bool any_han = false, any_kana = false;
    for (UChar32 ch : cp.points) {
        any_han = any_han || han(ch);
        any_kana = any_kana || kana(ch);
    }
    if (!any_han) return;
    if (any_kana)
        japanese_people(c, cp);
    else
        chinese_people(c, cp);
}

}  // namespace newsdex::entities::rules
