#define BOOST_TEST_MODULE readers
// Each reader on small inputs written here: what it extracts (golden
// values) and what it does with malformed input.

#include <boost/test/unit_test.hpp>

#include "newsdex/corpus/markup.hpp"
#include "reader_support.hpp"
#include "test_support.hpp"

using namespace newsdex;
using namespace newsdex::corpus;
using newsdex::test::Collector;
using newsdex::test::read_bytes;
using newsdex::test::TempDir;
using newsdex::test::write_file;
using newsdex::test::write_gzip;

namespace {

std::string date_of(const Document& d) {
    return d.date ? d.date->iso() : "-";
}

}  // namespace

BOOST_AUTO_TEST_CASE(jsonl_fields_ids_and_mapping) {
    const std::string input =
        "{\"id\": \"a1\", \"title\": \"Kharkiv\", \"body\": \"Debris.\", \"date\": "
        "\"2024-05-17T23:30:00-02:00\", \"lang\": \"en\", \"authors\": [\"A\", \"B\"]}\n"
        "\n"
        "{\"title\": \"No id\", \"text\": \"Uses url.\", \"url\": \"https://x/1\"}\n"
        "{\"headline\": \"Hashed\", \"content\": \"No id nor url.\", \"id\": 42}\n"
        "{\"title\": \"Hashed\", \"content\": \"No id nor url.\"}\n";
    const Collector c = read_bytes("jsonl", input);
    BOOST_TEST(c.problems.empty(), c.all_problems());
    BOOST_REQUIRE_EQUAL(c.documents.size(), 4u);
    BOOST_TEST(c.documents[0].id == "a1");
    BOOST_TEST(date_of(c.documents[0]) == "2024-05-18");  // 01:30 UTC the next day
    BOOST_TEST(c.documents[0].lang == "en");
    BOOST_TEST(c.documents[0].metadata.at("authors").front() == "A; B");
    BOOST_TEST(c.documents[1].id == "https://x/1");
    BOOST_TEST(c.documents[1].body == "Uses url.");
    BOOST_TEST(c.documents[2].id == "42");
    BOOST_TEST(c.documents[2].title == "Hashed");
    BOOST_TEST(c.documents[3].id.rfind("sha:", 0) == 0u);

    ReaderOptions mapped;
    mapped.json_fields = {{"body", "article"}, {"id", "guid"}};
    const Collector m =
        read_bytes("jsonl", "{\"guid\": \"g\", \"title\": \"T\", \"article\": \"B\"}", mapped);
    BOOST_REQUIRE_EQUAL(m.documents.size(), 1u);
    BOOST_TEST(m.documents[0].id == "g");
    BOOST_TEST(m.documents[0].body == "B");
}

BOOST_AUTO_TEST_CASE(jsonl_bad_lines_are_reported_and_the_rest_read) {
    const std::string input =
        "{\"id\": \"1\", \"title\": \"One\"}\n"
        "{\"id\": \"2\", \"title\": \"Two\"\n"        // malformed
        "[1, 2, 3]\n"                                 // not an object
        "{\"id\": \"4\", \"title\": \"Fo\xFFur\"}\n"  // invalid UTF-8: repaired
        "{\"id\": \"5\"}\n"                           // nothing to index
        "{\"id\": \"6\", \"title\": \"Six\"}";        // no final newline
    const Collector c = read_bytes("jsonl", input);
    BOOST_REQUIRE_EQUAL(c.documents.size(), 3u);
    BOOST_TEST(c.documents[0].id == "1");
    BOOST_TEST(c.documents[1].title == "Fo\xEF\xBF\xBDur");
    BOOST_TEST(c.documents[2].id == "6");
    BOOST_TEST(c.errors() == 3u);
    const std::string report = c.all_problems();
    BOOST_TEST(report.find("input:2: error: malformed JSON") != std::string::npos, report);
    BOOST_TEST(report.find("input:3: error: not a JSON object") != std::string::npos, report);
    BOOST_TEST(report.find("input:4: warning: invalid UTF-8") != std::string::npos, report);
    BOOST_TEST(report.find("input:5: error: no title or body field") != std::string::npos, report);
}

BOOST_AUTO_TEST_CASE(jsonl_overlong_line_is_skipped_without_holding_it) {
    ReaderOptions small;
    small.max_document_bytes = 1000;
    const std::string input = "{\"id\": \"1\", \"title\": \"A\"}\n{\"title\": \"" +
                              std::string(500000, 'x') + "\"}\n{\"id\": \"3\", \"title\": \"C\"}\n";
    const Collector c = read_bytes("jsonl", input, small);
    BOOST_REQUIRE_EQUAL(c.documents.size(), 2u);
    BOOST_TEST(c.documents[1].id == "3");
    BOOST_REQUIRE_EQUAL(c.problems.size(), 1u);
    BOOST_TEST(c.problems[0].line == 2u);
    BOOST_TEST(c.problems[0].message.find("line of 500013 bytes is over the limit of 1000") == 0u,
               c.problems[0].message);
}

BOOST_AUTO_TEST_CASE(trec_records_golden) {
    const std::string input =
        "<DOC>\n<DOCNO> FT911-1 </DOCNO>\n<DATE>910514</DATE>\n<HEADLINE>Markets &amp; "
        "money</HEADLINE>\n<TEXT>\n<P>First para.</P>\n<P>Second\npara.</P>\n</TEXT>\n</DOC>\n"
        "<DOC>\n<DOCNO>017</DOCNO>\n<DATE>1963-01-04</DATE>\n<TEXT>\nTHE ALLIES\n</TEXT>\n</DOC>\n";
    const Collector c = read_bytes("trec", input);
    BOOST_TEST(c.problems.empty(), c.all_problems());
    BOOST_REQUIRE_EQUAL(c.documents.size(), 2u);
    BOOST_TEST(c.documents[0].id == "FT911-1");
    BOOST_TEST(c.documents[0].title == "Markets & money");
    BOOST_TEST(date_of(c.documents[0]) == "1991-05-14");
    BOOST_TEST(c.documents[0].body == "First para.\n\nSecond\npara.");
    BOOST_TEST(c.documents[1].id == "017");
    BOOST_TEST(c.documents[1].title == "");
    BOOST_TEST(date_of(c.documents[1]) == "1963-01-04");
}

// Sogou's news: <url> (a date in its path), <contenttitle>, <content>.
BOOST_AUTO_TEST_CASE(sogou_records_read_as_trec) {
    const std::string input =
        "<doc>\n<url>http://gongyi.sohu.com/20120706/n347457739.shtml</url>\n"
        "<docno>98590b</docno>\n<contenttitle>深圳地铁将设立头等车厢</contenttitle>\n"
        "<content>深圳今后将设地铁头等车厢。</content>\n</doc>\n";
    const Collector c = read_bytes("trec", input);
    BOOST_TEST(c.problems.empty(), c.all_problems());
    BOOST_REQUIRE_EQUAL(c.documents.size(), 1u);
    BOOST_TEST(c.documents[0].id == "98590b");
    BOOST_TEST(c.documents[0].title == "深圳地铁将设立头等车厢");
    BOOST_TEST(c.documents[0].body == "深圳今后将设地铁头等车厢。");
    BOOST_TEST(c.documents[0].url == "http://gongyi.sohu.com/20120706/n347457739.shtml");
    BOOST_TEST(date_of(c.documents[0]) == "2012-07-06");
}

BOOST_AUTO_TEST_CASE(trec_unclosed_tags_and_missing_docno) {
    const std::string input =
        "<DOC>\n<DOCNO>1</DOCNO>\n<TEXT>\nunclosed text\n</DOC>\n"  // <TEXT> never closed
        "<DOC>\n<DOCNO>2</DOCNO>\n<TEXT>doc two</TEXT>\n"           // <DOC> never closed
        "<DOC>\n<TEXT>no docno</TEXT>\n</DOC>\n"                    // skipped
        "<DOC>\n<DOCNO>4</DOCNO>\n<TEXT>four</TEXT>\n</DOC>\n";
    const Collector c = read_bytes("trec", input);
    BOOST_REQUIRE_EQUAL(c.documents.size(), 3u);
    BOOST_TEST(c.documents[0].body == "unclosed text");
    BOOST_TEST(c.documents[1].body == "doc two");
    BOOST_TEST(c.documents[2].id == "4");
    const std::string report = c.all_problems();
    BOOST_TEST(report.find("input:3: warning: <TEXT> not closed in record 1") != std::string::npos,
               report);
    BOOST_TEST(report.find("input:6: warning: <DOC> not closed") != std::string::npos, report);
    BOOST_TEST(report.find("input:9: error: <DOC> record without <DOCNO>") != std::string::npos,
               report);
    BOOST_TEST(c.errors() == 1u);
}

BOOST_AUTO_TEST_CASE(reuters_records_golden) {
    const std::string input =
        "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
        "<REUTERS TOPICS=\"YES\" NEWID=\"1\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
        "<TOPICS><D>cocoa</D></TOPICS>\n<PLACES><D>el-salvador</D><D>usa</D></PLACES>\n"
        "<PEOPLE></PEOPLE>\n<TEXT>&#2;\n<TITLE>BAHIA COCOA REVIEW</TITLE>\n"
        "<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers &lt;continued&gt;\nin the "
        "zone. Caf\xE9.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
        "<REUTERS NEWID=\"2\">\n<DATE> 3-APR-1987 07:09:06.48</DATE>\n"
        "<TEXT TYPE=\"BRIEF\">&#2;\n<TITLE>SHORT ONE</TITLE>\n&#3;</TEXT>\n</REUTERS>\n"
        "<REUTERS NEWID=\"3\">\n<TEXT TYPE=\"UNPROC\">&#2;\nfirst line\nsecond "
        "line\n</TEXT>\n</REUTERS>\n";
    const Collector c = read_bytes("reuters", input);
    BOOST_TEST(c.problems.empty(), c.all_problems());
    BOOST_REQUIRE_EQUAL(c.documents.size(), 3u);
    const Document& d = c.documents[0];
    BOOST_TEST(d.id == "1");
    BOOST_TEST(d.title == "BAHIA COCOA REVIEW");
    BOOST_TEST(date_of(d) == "1987-02-26");
    BOOST_TEST(d.body == "SALVADOR, Feb 26 - Showers <continued>\nin the zone. Caf\xC3\xA9.");
    BOOST_TEST(d.metadata.at("topics") == std::vector<std::string>{"cocoa"});
    BOOST_TEST((d.metadata.at("places") == std::vector<std::string>{"el-salvador", "usa"}));
    BOOST_TEST(d.metadata.count("people") == 0u);
    BOOST_TEST(c.documents[1].title == "SHORT ONE");
    BOOST_TEST(c.documents[1].body == "");
    BOOST_TEST(date_of(c.documents[1]) == "1987-04-03");
    BOOST_TEST(c.documents[2].title == "first line");
    BOOST_TEST(c.documents[2].body == "first line\nsecond line");
}

BOOST_AUTO_TEST_CASE(html_page_golden) {
    const std::string page = R"(<!DOCTYPE html>
<html lang="de-AT"><head><meta charset="utf-8">
<title>Site | Fallback title</title>
<meta property="og:title" content="Bundestag beschließt Gesetz">
<link rel="canonical" href="https://news.example/a/1">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebPage"},{"@type":"NewsArticle","headline":"LD headline","datePublished":"2023-09-08T10:00:00+02:00"}]}</script>
<script>var tracking = "do not index";</script><style>p{color:red}</style></head>
<body><nav>Home | World | Sport</nav><header>Site header</header>
<article><header><h1>Bundestag beschließt Gesetz</h1></header>
<p>BERLIN – Der Bundestag hat das Gesetz beschlossen.</p>
<div class="share-buttons">Share on X</div>
<p>Es tritt im Januar in Kraft.</p></article>
<aside>Related: other story</aside><footer>© Site</footer></body></html>)";
    const Collector c = read_bytes("html", page);
    BOOST_TEST(c.problems.empty(), c.all_problems());
    BOOST_REQUIRE_EQUAL(c.documents.size(), 1u);
    const Document& d = c.documents[0];
    BOOST_TEST(d.id == "https://news.example/a/1");
    BOOST_TEST(d.title == "Bundestag beschließt Gesetz");
    BOOST_TEST(date_of(d) == "2023-09-08");
    BOOST_TEST(d.lang == "de");
    BOOST_TEST(
        d.body ==
        "BERLIN – Der Bundestag hat das Gesetz beschlossen.\n\nEs tritt im Januar in Kraft.");
}

BOOST_AUTO_TEST_CASE(html_without_article_declared_charset_and_no_canonical) {
    // windows-1251 page declaring its charset; the body is the whole <body>.
    const std::string page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
        "<title>\xD5\xE0\xF0\xFC\xEA\xEE\xE2</title></head><body><p>\xD5\xE0\xF0\xFC\xEA\xEE\xE2 "
        "\xED\xEE\xE2\xEE\xF1\xF2\xE8</p><script>x()</script></body></html>";
    const Collector c = read_bytes("html", page);
    BOOST_REQUIRE_EQUAL(c.documents.size(), 1u);
    BOOST_TEST(c.documents[0].id == "/abs/input");
    BOOST_TEST(c.documents[0].title == "Харьков");
    BOOST_TEST(c.documents[0].body == "Харьков новости");
    BOOST_REQUIRE_EQUAL(c.problems.size(), 1u);
    BOOST_TEST(c.problems[0].message == "not UTF-8; decoded as windows-1251 (declared)");
}

BOOST_AUTO_TEST_CASE(rss_and_atom_items_golden) {
    const std::string rss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Feed</title><language>en-us</language>
<item><title>First &amp; best</title><link>https://x/1</link><guid>urn:1</guid>
<pubDate>Fri, 17 May 2024 23:30:00 -0500</pubDate>
<description>&lt;p&gt;Short &lt;b&gt;summary&lt;/b&gt;.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>Full <i>text</i> here.</p>]]></content:encoded><dc:creator>Ann Lee</dc:creator></item>
<item><title>Second</title><link>https://x/2</link><description>Plain.</description></item>
</channel></rss>)";
    const Collector r = read_bytes("rss", rss);
    BOOST_TEST(r.problems.empty(), r.all_problems());
    BOOST_REQUIRE_EQUAL(r.documents.size(), 2u);
    BOOST_TEST(r.documents[0].id == "urn:1");
    BOOST_TEST(r.documents[0].title == "First & best");
    BOOST_TEST(date_of(r.documents[0]) == "2024-05-18");
    BOOST_TEST(r.documents[0].body == "Full text here.");
    BOOST_TEST(r.documents[0].lang == "en");
    BOOST_TEST(r.documents[0].metadata.at("authors").front() == "Ann Lee");
    BOOST_TEST(r.documents[1].id == "https://x/2");

    const std::string atom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
<entry><title type="html">Kyiv &amp;lt;update&amp;gt;</title><link rel="alternate" href="https://y/1"/>
<id>tag:y,2024:1</id><updated>2024-05-17T08:00:00Z</updated><published>2024-05-16T08:00:00Z</published>
<summary>Summary only.</summary><author><name>Bo</name></author></entry></feed>)";
    const Collector a = read_bytes("atom", atom);
    BOOST_TEST(a.problems.empty(), a.all_problems());
    BOOST_REQUIRE_EQUAL(a.documents.size(), 1u);
    BOOST_TEST(a.documents[0].id == "tag:y,2024:1");
    BOOST_TEST(a.documents[0].url == "https://y/1");
    BOOST_TEST(a.documents[0].title == "Kyiv <update>");
    BOOST_TEST(date_of(a.documents[0]) == "2024-05-16");
    BOOST_TEST(a.documents[0].body == "Summary only.");
}

BOOST_AUTO_TEST_CASE(broken_feed_keeps_items_before_the_break) {
    const std::string rss =
        "<?xml version=\"1.0\"?>\n<rss><channel>\n"
        "<item><title>One</title><guid>1</guid></item>\n"
        "<item><title>Two</title><guid>2</guid></item>\n"
        "<item><title>Three <b>unclosed</title><guid>3</guid></item>\n"
        "<item><title>Four</tit";
    const Collector c = read_bytes("rss", rss);
    BOOST_TEST(c.documents.size() >= 2u);
    BOOST_TEST(c.documents[0].title == "One");
    BOOST_TEST(c.documents[1].title == "Two");
    BOOST_TEST(c.errors() == 1u);
    BOOST_TEST(c.all_problems().find("input:5: error: broken XML:") != std::string::npos,
               c.all_problems());
}

BOOST_AUTO_TEST_CASE(formats_are_detected_from_content_then_name) {
    const struct {
        const char* name;
        const char* head;
        const char* format;
    } table[] = {
        {"a.txt", "Title\nbody", "text"},
        {"a.jsonl.gz", "", "jsonl"},
        {"dump", "  {\"id\": 1}", "jsonl"},
        {"x.sgm", "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS", "reuters"},
        {"fr940104", "<DOC>\n<DOCNO>", "trec"},
        {"feed.xml", "<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">", "rss"},
        {"feed.xml", "\xEF\xBB\xBF<?xml version=\"1.0\"?><feed xmlns=", "atom"},
        {"page", "<!DOCTYPE html><html>", "html"},
        {"page.htm", "", "html"},
        {"notes.md", "# notes", ""},
    };
    for (const auto& row : table) {
        BOOST_TEST_CONTEXT(row.name) {
            BOOST_TEST(detect_format(row.name, row.head) == row.format);
        }
    }
}

BOOST_AUTO_TEST_CASE(gzip_is_read_transparently_and_truncation_reported) {
    TempDir dir;
    std::string lines;
    for (int i = 0; i < 2000; ++i)
        lines += "{\"id\": \"" + std::to_string(i) + "\", \"title\": \"Story " + std::to_string(i) +
                 " about markets and weather\"}\n";
    write_gzip(dir / "all.jsonl.gz", lines);
    Collector whole;
    FileReader("auto", {}).read(dir / "all.jsonl.gz", whole);
    BOOST_TEST(whole.documents.size() == 2000u);
    BOOST_TEST(whole.problems.empty(), whole.all_problems());

    const std::string gz = test::read_file(dir / "all.jsonl.gz");
    write_file(dir / "cut.jsonl.gz", gz.substr(0, gz.size() / 2));
    Collector cut;
    FileReader("auto", {}).read(dir / "cut.jsonl.gz", cut);
    BOOST_TEST(cut.documents.size() > 100u);
    BOOST_TEST(cut.documents.size() < 2000u);
    BOOST_TEST(cut.errors() >= 1u);
    BOOST_TEST(cut.all_problems().find("truncated gzip stream at uncompressed byte offset") !=
                   std::string::npos,
               cut.all_problems());
}

BOOST_AUTO_TEST_CASE(markup_helpers_golden) {
    BOOST_TEST(markup::decode_entities("a &amp; b &lt;c&gt; &#233; &#xE9; &#3;&bogus; &") ==
               "a & b <c> \xC3\xA9 \xC3\xA9 &bogus; &");
    BOOST_TEST(markup::strip_tags("<p>One</p><p>Two <b>bold</b></p>") == "\nOne\n\nTwo bold\n");
    BOOST_TEST(markup::tidy_whitespace("  a \t b\n\n\n\nc  \n d ") == "a b\n\nc\nd");
    BOOST_TEST(markup::attribute("<REUTERS TOPICS=\"YES\" NEWID=\"17\">", "NEWID").value() == "17");
    BOOST_TEST(!markup::attribute("<REUTERS OLDNEWID=\"17\">", "NEWID").has_value());
    auto e = markup::element("<TEXTS>no</TEXTS><text type=x>yes</text>", "TEXT");
    BOOST_REQUIRE(e.has_value());
    BOOST_TEST(e->content == "yes");
}
