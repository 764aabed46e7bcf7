#define BOOST_TEST_MODULE stored_fields
#include <boost/test/unit_test.hpp>

#include <random>

#include "newsdex/schema/stored_fields.hpp"

using namespace newsdex;
using newsdex::schema::decode_stored_fields;
using newsdex::schema::decode_stored_fields_with_tree;
using newsdex::schema::encode_stored_fields;

namespace {

// A decoding as one comparable string, or the error's kind.
std::string outcome(std::string (*describe)(const std::string&), const std::string& data) {
    try {
        return describe(data);
    } catch (const std::exception&) {
        return "refused";
    }
}

std::string describe(const Document& d) {
    std::string out = d.id + "|" + d.title + "|" + d.body + "|" + d.format + "|" + d.source + "|" +
                      d.url + "|" + d.lang + "|" + d.collection + "|" +
                      (d.date ? d.date->iso() : "-");
    for (const auto* list : {&d.people, &d.organizations, &d.places})
        for (const std::string& name : *list)
            out += "|" + name;
    for (const auto& [key, values] : d.metadata)
        for (const std::string& value : values)
            out += "|" + key + "=" + value;
    return out;
}

std::string fast(const std::string& data) {
    return describe(decode_stored_fields(data));
}
std::string tree(const std::string& data) {
    return describe(decode_stored_fields_with_tree(data));
}

Document sample() {
    Document d;
    d.id = "reut2-000.sgm:42";
    d.title = "Grain \"exports\" \\ rise";
    d.body =
        "Line one.\nTab\there, control \x01, Kyiv \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2, emoji "
        "\xF0\x9F\x8C\xBE, snowman \xE2\x98\x83.";
    d.format = "reuters";
    d.source = "/data/reut2-000.sgm";
    d.lang = "en";
    d.date = parse_iso_date("1987-03-02");
    d.metadata = {{"PLACES", {"usa", "canada"}}, {"TOPICS", {"grain"}}};
    d.people = {"Clayton Yeutter"};
    d.places = {"United States", "Canada"};
    return d;
}

}  // namespace

BOOST_AUTO_TEST_CASE(what_is_written_is_read_back) {
    const Document d = sample();
    BOOST_TEST(describe(decode_stored_fields(encode_stored_fields(d))) == describe(d));
    Document bare;
    bare.id = "x";
    BOOST_TEST(decode_stored_fields(encode_stored_fields(bare)).source == "x");
}

BOOST_AUTO_TEST_CASE(the_fast_reader_agrees_with_the_tree_on_golden_inputs) {
    const std::vector<std::string> inputs = {
        encode_stored_fields(sample()),
        R"({})",
        R"( { "id" : "a" , "body" : "b" } )",
        R"({"id":"a","id":"b"})",
        R"({"id":"\u00e9\ud83c\udf3e\u0000x"})",
        R"({"id":"\ud83c"})",
        R"({"id":"\udf3e"})",
        R"({"id":"\u12G4"})",
        R"({"id":"\q"})",
        R"({"id":1})",
        R"({"id":"a","extra":true})",
        R"({"people":["a",1]})",
        R"({"meta":{"k":["v"],"k":["w"]}})",
        R"({"meta":{"k":"v"}})",
        R"({"date":"1987-03-02"})",
        R"({"date":"not a date"})",
        "{\"id\":\"bad \xC3\x28 utf8\"}",
        "{\"id\":\"raw \x01 control\"}",
        "\xEF\xBB\xBF{\"id\":\"bom\"}",
        R"({"id":"a"} trailing)",
        R"({"id":"a",})",
        R"([1,2])",
        "",
    };
    for (const std::string& input : inputs)
        BOOST_TEST(outcome(fast, input) == outcome(tree, input), input);
}

// Random cuts and byte flips of real data: both readers accept or refuse
// alike, and read alike what they accept.
BOOST_AUTO_TEST_CASE(the_fast_reader_agrees_with_the_tree_on_mangled_data) {
    const std::string good = encode_stored_fields(sample());
    std::mt19937 random(18);
    const std::string alphabet = "\"\\{}[],:u0aZ \x01\x80\xC3\xED\xF0";
    for (int round = 0; round < 20000; ++round) {
        std::string input = good;
        const int edits = 1 + static_cast<int>(random() % 3);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = random() % input.size();
            switch (random() % 3) {
                case 0:
                    input[at] = alphabet[random() % alphabet.size()];
                    break;
                case 1:
                    input.erase(at, 1 + random() % 4);
                    break;
                default:
                    input.insert(at, 1, alphabet[random() % alphabet.size()]);
            }
            if (input.empty()) input = "{";
        }
        BOOST_TEST_REQUIRE(outcome(fast, input) == outcome(tree, input), input);
    }
}

// The writer writes, byte for byte, what nlohmann's tree dumps: golden
// documents (every escape, empty lists, a bare one, invalid UTF-8), then
// random fields over the bytes that matter.
BOOST_AUTO_TEST_CASE(the_writer_writes_what_the_tree_dumps) {
    std::vector<Document> documents = {sample(), Document{}};
    Document every = sample();
    every.url = "https://example.org/a?b=\"c\"";
    every.collection = "news\x7F";
    every.organizations = {"", "A\x1F"};
    every.metadata = {{"", {}}, {"k\n", {"", "v\\"}}};
    every.body = std::string("nul \0 bs \b ff \f cr \r end", 24);
    documents.push_back(every);
    Document invalid = sample();
    invalid.title = "bad \xC3\x28 utf8 \xFF";
    documents.push_back(invalid);
    std::mt19937 random(7);
    // Whole characters (the writer's own path), now and then a stray byte
    // (nlohmann's).
    const std::vector<std::string> alphabet = {"\"",
                                               "\\",
                                               "/",
                                               " ",
                                               "a",
                                               "Z",
                                               "0",
                                               "\x01",
                                               "\x1F",
                                               "\x7F",
                                               "\n",
                                               "\t",
                                               "\xC3\xA9",
                                               "\xE2\x98\x83",
                                               "\xF0\x9F\x8C\xBE",
                                               "abcdefgh",
                                               std::string(1, '\0')};
    auto text = [&] {
        std::string s;
        for (std::size_t n = random() % 24; n > 0; --n)
            s += alphabet[random() % alphabet.size()];
        if (random() % 50 == 0) s += "\xC3";
        return s;
    };
    for (int round = 0; round < 2000; ++round) {
        Document d;
        d.id = text();
        d.title = text();
        d.body = text() + text() + text();
        d.source = random() % 2 ? d.id : text();
        d.lang = text();
        d.people = {text(), text()};
        d.metadata[text()] = {text()};
        documents.push_back(d);
    }
    for (const Document& d : documents) {
        const std::string written = encode_stored_fields(d);
        BOOST_TEST_REQUIRE(written == schema::encode_stored_fields_with_tree(d), written);
        BOOST_TEST_REQUIRE(fast(written) == tree(written));
    }
}
