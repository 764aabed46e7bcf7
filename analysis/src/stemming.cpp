#include "newsdex/analysis/stemming.hpp"

#include <fstream>
#include <unordered_set>

#include "newsdex/strings.hpp"

namespace newsdex::analysis {

std::optional<Xapian::Stem> stemmer_for(std::string_view lang) {
    if (lang.empty()) return std::nullopt;
    try {
        Xapian::Stem stemmer{std::string(lang)};
        if (stemmer.is_none()) return std::nullopt;
        return stemmer;
    } catch (const Xapian::InvalidArgumentError&) {
        return std::nullopt;  // no Snowball stemmer for this language
    }
}

bool StemFilter::apply(Token& token) const {
    token.stem = stem(token.text);
    return true;
}

const std::string& StemFilter::stem(const std::string& word) const {
    if (auto known = memo_.find(word); known != memo_.end()) return known->second;
    if (memo_.size() == kMemoWords) memo_.clear();
    return memo_.emplace(word, stemmer_(word)).first->second;
}

namespace {

// Languages without a stemmer get their words as stems, so that every
// document has stem terms and queries can search stems alone.
class WordAsStemFilter : public TokenFilter {
  public:
    bool apply(Token& token) const override {
        token.stem = token.text;
        return true;
    }
};

}  // namespace

namespace {

// German letters folded as the analyzer folds them (case, umlauts, ß).
std::string fold_german(std::string_view word) {
    std::string out;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            continue;
        }
        const std::string_view two = word.substr(i, 2);
        const char* folded = two == "\xC3\xA4" || two == "\xC3\x84"   ? "a"
                             : two == "\xC3\xB6" || two == "\xC3\x96" ? "o"
                             : two == "\xC3\xBC" || two == "\xC3\x9C" ? "u"
                             : two == "\xC3\x9F"                      ? "ss"
                                                                      : nullptr;
        if (!folded) return {};  // another letter: not a word to split with
        out += folded;
        ++i;
    }
    return out;
}

const std::unordered_set<std::string>& german_words() {
    static const std::unordered_set<std::string> words = [] {
        std::unordered_set<std::string> set;
        std::ifstream in("/usr/share/dict/ngerman");
        for (std::string line; std::getline(in, line);) {
            std::string folded = fold_german(line);
            if (folded.size() >= 4) set.insert(std::move(folded));
        }
        return set;
    }();
    return words;
}

bool all_ascii_letters(std::string_view word) {
    for (char c : word)
        if (c < 'a' || c > 'z') return false;
    return true;
}

}  // namespace

bool german_dictionary_word(std::string_view word) {
    const std::string folded = fold_german(word);
    return folded.size() >= 4 && german_words().count(folded) > 0;
}

bool GermanCompoundFilter::available() {
    return !german_words().empty();
}

bool GermanCompoundFilter::apply(Token& token) const {
    const std::string& word = token.text;
    if (word.size() < 8 || !all_ascii_letters(word)) return true;
    // A listed word may still be a compound (Warnstreik is listed): it is
    // split all the same, since the tail is what a reader searches for.
    const auto& words = german_words();
    for (std::size_t head = 3; head + 4 <= word.size(); ++head) {
        const std::string tail = word.substr(head);
        if (!words.count(tail)) continue;
        // A short tail needs a listed head (or one with a linking s), or
        // every word ending in a word would split (Information: Formation).
        const std::string front = word.substr(0, head);
        const bool listed_front = words.count(front) > 0 ||
                                  (front.back() == 's' && words.count(front.substr(0, head - 1)));
        if (tail.size() < 6 && !listed_front) continue;
        token.part_stems.push_back(stemmer_(tail));
        return true;
    }
    return true;
}

const Analyzer& AnalyzerCache::for_language(const std::string& lang) {
    auto& analyzer = analyzers_[lang];
    if (!analyzer) {
        analyzer = std::make_unique<Analyzer>(Analyzer::standard());
        if (auto stemmer = stemmer_for(lang)) {
            analyzer->add_filter(std::make_unique<StemFilter>(*stemmer));
            if (lang == "de" && GermanCompoundFilter::available())
                analyzer->add_filter(std::make_unique<GermanCompoundFilter>(*stemmer));
        } else {
            analyzer->add_filter(std::make_unique<WordAsStemFilter>());
        }
    }
    return *analyzer;
}

namespace {

// Languages whose Snowball stemmer (Xapian 1.4) only strips or rewrites
// endings; the analyzer has already folded what a prelude would change at
// a word's start (case, diacritics: ё, umlauts).
bool stems_keep_first_byte(const std::string& lang) {
    static const std::set<std::string> kSuffixOnly = {"da", "de", "en", "es", "fi", "fr",
                                                      "hu", "it", "nb", "nl", "nn", "no",
                                                      "pt", "ro", "ru", "sv"};
    return kSuffixOnly.count(lang) > 0;
}

}  // namespace

SplitAnalysis AnalyzerCache::split_for_language(const std::string& lang) {
    auto [split, made] = splits_.try_emplace(lang);
    if (made) {
        auto stemmer = stemmer_for(lang);
        const bool compounds = lang == "de" && GermanCompoundFilter::available();
        if (stemmer && !compounds) {
            split->second.surface = std::make_unique<Analyzer>(Analyzer::standard());
            split->second.stems = std::make_unique<StemFilter>(*stemmer);
            split->second.keeps_first_byte = stems_keep_first_byte(lang);
        }
    }
    return {split->second.surface.get(), split->second.stems.get(), split->second.keeps_first_byte};
}

StemmerSet::StemmerSet(const std::set<std::string>& languages) {
    for (const std::string& lang : languages) {
        if (auto stemmer = stemmer_for(lang)) {
            stemmers_.emplace_back(lang, *stemmer);
        } else {
            word_as_stem_ = true;
        }
    }
    if (languages.empty()) word_as_stem_ = true;
}

namespace {

// Snowball's Russian stemmer is not consistent across a noun's cases
// (харьков -> харьк, but харькове -> харьков), so a query word is also
// stemmed in a few other case forms: the nominative given, its oblique
// forms; an oblique form given, its nominative.
std::vector<std::string> russian_case_forms(const std::string& word) {
    std::vector<std::string> forms = {word};
    if (word.empty() || static_cast<unsigned char>(word[0]) < 0xD0) return forms;  // not Cyrillic
    for (const char* ending : {"а", "у", "е", "ом"})
        forms.push_back(word + ending);
    for (const char* ending : {"ом", "ой", "е", "а", "у", "ы", "и"}) {
        if (ends_with(word, ending) && word.size() >= std::string_view(ending).size() + 8)
            forms.push_back(word.substr(0, word.size() - std::string_view(ending).size()));
    }
    return forms;
}

}  // namespace

bool StemmerSet::has(std::string_view lang) const {
    for (const auto& [code, stemmer] : stemmers_)
        if (code == lang) return true;
    return false;
}

std::set<std::string> StemmerSet::stems(const std::string& word) const {
    std::set<std::string> out;
    if (word_as_stem_) out.insert(word);
    for (const auto& [lang, stemmer] : stemmers_) {
        if (lang == "ru") {
            for (const std::string& form : russian_case_forms(word))
                out.insert(stemmer(form));
        } else {
            out.insert(stemmer(word));
        }
    }
    return out;
}

}  // namespace newsdex::analysis
