#include "entity_gold.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace newsdex::bench {

namespace fs = std::filesystem;

void Counts::add_sets(const std::set<std::string>& gold_set,
                      const std::set<std::string>& predicted_set) {
    gold += gold_set.size();
    predicted += predicted_set.size();
    for (const auto& g : gold_set)
        gold_found += predicted_set.count(g);
    for (const auto& p : predicted_set)
        predicted_right += gold_set.count(p);
}

void print_scores(const Scores& scores) {
    std::printf(
        "| type | precision | recall | F1 | gold | predicted |\n|---|---|---|---|---|---|\n");
    for (const auto& [type, c] : scores)
        std::printf("| %s | %.3f | %.3f | %.3f | %zu | %zu |\n", type.c_str(), c.precision(),
                    c.recall(), c.f1(), c.gold, c.predicted);
}

namespace {

std::string type_name(entities::EntityType t) {
    return std::string(entities::entity_type_name(t));
}

bool overlaps(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) {
    return a0 < b1 && b0 < a1;
}

std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Byte offset of each code point index (and one past the end).
std::vector<std::size_t> char_offsets(const std::string& text) {
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
    offsets.push_back(text.size());
    return offsets;
}

// The extractor reads title + "\n\n" + body; with no title, body offsets
// are shifted by 2.
std::vector<entities::Mention> mentions_in(const entities::EntityExtractor& extractor,
                                           const std::string& text, const char* language) {
    auto mentions = extractor.extract("", text, language).mentions;
    for (auto& m : mentions) {
        m.begin -= 2;
        m.end -= 2;
    }
    return mentions;
}

void score_factrueval(const fs::path& root, const entities::EntityExtractor& extractor,
                      Scores& scores, std::size_t& documents, std::size_t limit) {
    for (const char* part : {"devset", "testset"}) {
        if (!fs::exists(root / part)) continue;
        for (const auto& entry : fs::directory_iterator(root / part)) {
            if (entry.path().extension() != ".objects" || documents >= limit) continue;
            const fs::path base = entry.path().parent_path() / entry.path().stem();
            const std::string text = read_file(base.string() + ".txt");
            const auto offsets = char_offsets(text);
            std::map<std::string, std::pair<std::size_t, std::size_t>> spans;  // id -> chars
            std::ifstream span_file(base.string() + ".spans");
            for (std::string line; std::getline(span_file, line);) {
                std::istringstream in(line);
                std::string id, type;
                std::size_t start = 0, length = 0;
                if (in >> id >> type >> start >> length) spans[id] = {start, start + length};
            }
            std::vector<GoldMention> gold;
            std::ifstream objects(entry.path());
            for (std::string line; std::getline(objects, line);) {
                std::istringstream in(line.substr(0, line.find('#')));
                std::string id, type, span;
                in >> id >> type;
                const std::string ours = type == "Person"                         ? "person"
                                         : type == "Org"                          ? "organization"
                                         : type == "Location" || type == "LocOrg" ? "place"
                                                                                  : "";
                if (ours.empty()) continue;
                std::size_t lo = SIZE_MAX, hi = 0;
                while (in >> span)
                    if (auto it = spans.find(span); it != spans.end()) {
                        lo = std::min(lo, it->second.first);
                        hi = std::max(hi, it->second.second);
                    }
                if (lo < hi && hi < offsets.size())
                    gold.push_back({ours, offsets[lo], offsets[hi]});
            }
            add_mentions(scores, gold, mentions_in(extractor, text, "ru"), text);
            ++documents;
        }
    }
}

void score_ner_uk(const fs::path& root, const entities::EntityExtractor& extractor, Scores& scores,
                  std::size_t& documents, std::size_t limit) {
    for (const char* part : {"bruk", "ng"}) {
        if (!fs::exists(root / "data" / part)) continue;
        for (const auto& entry : fs::directory_iterator(root / "data" / part)) {
            if (entry.path().extension() != ".ann" || documents >= limit) continue;
            const std::string text = read_file(fs::path(entry.path()).replace_extension(".txt"));
            const auto offsets = char_offsets(text);
            std::vector<GoldMention> gold;
            std::ifstream ann(entry.path());
            for (std::string line; std::getline(ann, line);) {
                if (line.empty() || line[0] != 'T') continue;
                std::istringstream in(line);
                std::string id, type;
                std::size_t start = 0, end = 0;
                if (!(in >> id >> type >> start >> end) || end >= offsets.size()) continue;
                const std::string ours = type == "PERS"  ? "person"
                                         : type == "ORG" ? "organization"
                                         : type == "LOC" ? "place"
                                                         : "";
                if (!ours.empty()) gold.push_back({ours, offsets[start], offsets[end]});
            }
            add_mentions(scores, gold, mentions_in(extractor, text, "uk"), text);
            ++documents;
        }
    }
}

// KLUE: each sentence's header holds the text with <surface:TYPE> tags.
void score_klue(const fs::path& file, const entities::EntityExtractor& extractor, Scores& scores,
                std::size_t& documents, std::size_t limit) {
    std::ifstream in(file);
    for (std::string line; std::getline(in, line) && documents < limit;) {
        if (line.rfind("## klue-ner", 0) != 0) continue;
        const std::string tagged = line.substr(line.find('\t') + 1);
        std::string text;
        std::vector<GoldMention> gold;
        for (std::size_t i = 0; i < tagged.size();) {
            const std::size_t close = tagged.find('>', i);
            const std::size_t colon = tagged.rfind(':', close);
            if (tagged[i] == '<' && close != std::string::npos && colon != std::string::npos &&
                colon > i) {
                const std::string type = tagged.substr(colon + 1, close - colon - 1);
                const std::string ours = type == "PS"   ? "person"
                                         : type == "OG" ? "organization"
                                         : type == "LC" ? "place"
                                                        : "";
                const std::size_t begin = text.size();
                text += tagged.substr(i + 1, colon - i - 1);
                if (!ours.empty()) gold.push_back({ours, begin, text.size()});
                i = close + 1;
            } else {
                text += tagged[i++];
            }
        }
        add_mentions(scores, gold, mentions_in(extractor, text, "ko"), text);
        ++documents;
    }
}

// ANERcorp (CAMeL Lab split): a token and its BIO tag per line, a blank
// line between sentences; each sentence is scored as a text of its tokens
// joined by spaces.
void score_anercorp(const fs::path& file, const entities::EntityExtractor& extractor,
                    Scores& scores, std::size_t& documents, std::size_t limit) {
    std::ifstream in(file);
    std::string text;
    std::vector<GoldMention> gold;
    auto finish = [&] {
        if (!text.empty()) {
            add_mentions(scores, gold, mentions_in(extractor, text, "ar"), text);
            ++documents;
        }
        text.clear();
        gold.clear();
    };
    for (std::string line; std::getline(in, line) && documents < limit;) {
        const std::size_t space = line.rfind(' ');
        if (line.empty() || space == std::string::npos) {
            finish();
            continue;
        }
        const std::string tag = line.substr(space + 1);
        const std::string type = tag.size() > 2 ? tag.substr(2) : "";
        const std::string ours = type == "PERS"  ? "person"
                                 : type == "ORG" ? "organization"
                                 : type == "LOC" ? "place"
                                                 : "";
        if (!text.empty()) text += ' ';
        const std::size_t begin = text.size();
        text += line.substr(0, space);
        if (ours.empty()) continue;
        if (tag[0] == 'I' && !gold.empty() && gold.back().type == ours &&
            gold.back().end + 1 == begin)
            gold.back().end = text.size();
        else
            gold.push_back({ours, begin, text.size()});
    }
    finish();
}

}  // namespace

void add_mentions(Scores& scores, const std::vector<GoldMention>& gold,
                  const std::vector<entities::Mention>& predicted, const std::string& text) {
    auto same = [](const GoldMention& g, const entities::Mention& p) {
        return type_name(p.type) == g.type && overlaps(g.begin, g.end, p.begin, p.end);
    };
    for (const auto& g : gold) {
        Counts& c = scores[g.type];
        ++c.gold;
        const bool found = std::any_of(predicted.begin(), predicted.end(),
                                       [&](const auto& p) { return same(g, p); });
        c.gold_found += found;
        if (!found) ++c.missed[text.substr(g.begin, g.end - g.begin)];
    }
    for (const auto& p : predicted) {
        Counts& c = scores[type_name(p.type)];
        ++c.predicted;
        const bool right =
            std::any_of(gold.begin(), gold.end(), [&](const auto& g) { return same(g, p); });
        c.predicted_right += right;
        if (!right) ++c.wrong[text.substr(p.begin, p.end - p.begin) + " -> " + p.canonical];
    }
}

void print_mention_errors(const Scores& scores) {
    auto top = [](const std::map<std::string, std::size_t>& counts) {
        std::vector<std::pair<std::size_t, std::string>> list;
        for (const auto& [text, n] : counts)
            list.emplace_back(n, text);
        std::sort(list.rbegin(), list.rend());
        std::string out;
        for (std::size_t i = 0; i < list.size() && i < 30; ++i)
            out += std::string(i ? ", " : "") + list[i].second + " (" +
                   std::to_string(list[i].first) + ")";
        return out;
    };
    for (const auto& [type, c] : scores)
        std::printf("\n%s wrong: %s\n\n%s missed: %s\n", type.c_str(), top(c.wrong).c_str(),
                    type.c_str(), top(c.missed).c_str());
}

void score_mention_sets(const fs::path& corpora, const entities::EntityExtractor& extractor,
                        bool quick, bool errors) {
    const std::size_t limit = quick ? 50 : SIZE_MAX;
    const struct {
        const char* title;
        const char* folder;
        void (*score)(const fs::path&, const entities::EntityExtractor&, Scores&, std::size_t&,
                      std::size_t);
    } sets[] = {
        {"Russian, FactRuEval-2016", "factrueval2016_ru", score_factrueval},
        {"Ukrainian, NER-UK 2.0", "ner_uk_v2", score_ner_uk},
    };
    for (const auto& set : sets) {
        if (!fs::exists(corpora / set.folder)) continue;
        Scores scores;
        std::size_t documents = 0;
        set.score(corpora / set.folder, extractor, scores, documents, limit);
        std::printf("\n### %s (%zu documents, mentions)\n\n", set.title, documents);
        print_scores(scores);
        if (errors) print_mention_errors(scores);
    }
    // Sentence sets: KLUE's dev set; ANERcorp's train split, read to write
    // the Arabic rules, and its test split, never read.
    const struct {
        const char* title;
        fs::path file;
        void (*score)(const fs::path&, const entities::EntityExtractor&, Scores&, std::size_t&,
                      std::size_t);
        bool errors_may_be_read;  // --errors never prints the test split's
    } sentence_sets[] = {
        {"Korean, KLUE NER dev", corpora / "klue_ner_ko_dev" / "klue-ner-v1.1_dev.tsv", score_klue,
         true},
        {"Arabic, ANERcorp train (CAMeL Lab split; read for the rules)",
         corpora / "anercorp_ar" / "ANERCorp_CamelLab_train.txt", score_anercorp, true},
        {"Arabic, ANERcorp test (CAMeL Lab split; never read)",
         corpora / "anercorp_ar" / "ANERCorp_CamelLab_test.txt", score_anercorp, false},
    };
    for (const auto& set : sentence_sets) {
        if (!fs::exists(set.file)) continue;
        Scores scores;
        std::size_t documents = 0;
        set.score(set.file, extractor, scores, documents, quick ? 200 : SIZE_MAX);
        std::printf("\n### %s (%zu sentences, mentions)\n\n", set.title, documents);
        print_scores(scores);
        if (errors && set.errors_may_be_read) print_mention_errors(scores);
    }
}

}  // namespace newsdex::bench
