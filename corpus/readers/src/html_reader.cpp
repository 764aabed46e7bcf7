// A saved news page: title from og:title, JSON-LD or <title>; date from
// article:published_time or JSON-LD datePublished; body from <article>
// (else <main>, else <body>) without scripts, navigation and boilerplate.
// Id: the canonical URL, else the file's path. Parsed by libxml2's
// forgiving HTML parser.
#include <libxml/HTMLparser.h>

#include <nlohmann/json.hpp>

#include "newsdex/corpus/markup.hpp"
#include "readers.hpp"
#include "xml_tree.hpp"

namespace newsdex::corpus::readers {

namespace {

using nlohmann::json;

// The charset a page declares in its first bytes (meta charset or
// http-equiv), or empty.
std::string declared_charset(std::string_view bytes) {
    const std::string_view head = bytes.substr(0, 4096);
    const std::size_t at = markup::find_ci(head, "charset=");
    if (at == std::string_view::npos) return {};
    std::size_t i = at + 8;
    while (i < head.size() && (head[i] == '"' || head[i] == '\''))
        ++i;
    std::size_t end = i;
    while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) ||
                                 head[end] == '-' || head[end] == '_'))
        ++end;
    return std::string(head.substr(i, end - i));
}

bool is_boilerplate_element(const xmlNode* node) {
    static const char* tags[] = {"script", "style",  "noscript", "nav",    "header", "footer",
                                 "aside",  "form",   "button",   "svg",    "iframe", "template",
                                 "select", "object", "canvas",   "figure", "menu"};
    const std::string name = xml::name_of(node);
    for (const char* t : tags)
        if (name == t) return true;
    // Class and id names that mark page furniture rather than the story.
    std::string marks = xml::attribute(node, "class") + " " + xml::attribute(node, "id") + " " +
                        xml::attribute(node, "role");
    for (char& c : marks)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const char* words[] = {"navigation", "navbar", "menu",       "footer",     "sidebar",
                                  "share",      "social", "related",    "comment",    "advert",
                                  "promo",      "cookie", "newsletter", "breadcrumb", "subscribe"};
    for (const char* w : words)
        if (marks.find(w) != std::string::npos) return true;
    return false;
}

bool is_block(const std::string& name) {
    static const char* blocks[] = {"p",       "div",     "br",   "li",  "h1", "h2",
                                   "h3",      "h4",      "h5",   "h6",  "tr", "blockquote",
                                   "section", "article", "main", "pre", "ul", "ol"};
    for (const char* b : blocks)
        if (name == b) return true;
    return false;
}

// Readable text of a subtree, paragraphs separated, boilerplate skipped.
void collect_text(const xmlNode* node, std::string& out) {
    for (; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content) out += reinterpret_cast<const char*>(node->content);
            continue;
        }
        if (node->type != XML_ELEMENT_NODE || is_boilerplate_element(node)) continue;
        const std::string name = xml::name_of(node);
        const bool block = is_block(name);
        if (block) out += "\n\n";
        collect_text(node->children, out);
        if (block) out += "\n\n";
    }
}

struct PageFacts {
    std::string title, og_title, ld_headline, canonical, og_url, date, lang, ld_body;
    const xmlNode* article = nullptr;
    std::size_t article_size = 0;
    const xmlNode* main = nullptr;
    const xmlNode* body = nullptr;
    std::string first_h1;
    std::vector<std::string> json_ld;
};

bool is_news_type(const json& type) {
    auto news = [](const std::string& t) {
        return t == "NewsArticle" || t == "Article" || t == "ReportageNewsArticle" ||
               t == "BlogPosting" || t == "AnalysisNewsArticle";
    };
    if (type.is_string()) return news(type.get<std::string>());
    if (type.is_array())
        for (const auto& t : type)
            if (t.is_string() && news(t.get<std::string>())) return true;
    return false;
}

// Fills facts from the first NewsArticle-like object in a JSON-LD block.
void read_json_ld(const json& node, PageFacts& facts) {
    if (node.is_array()) {
        for (const auto& item : node)
            read_json_ld(item, facts);
        return;
    }
    if (!node.is_object()) return;
    if (node.contains("@graph")) read_json_ld(node["@graph"], facts);
    if (!node.contains("@type") || !is_news_type(node["@type"])) return;
    auto text = [&](const char* key) {
        return node.contains(key) && node[key].is_string() ? node[key].get<std::string>() : "";
    };
    if (facts.ld_headline.empty()) facts.ld_headline = text("headline");
    if (facts.date.empty()) facts.date = text("datePublished");
    if (facts.ld_body.empty()) facts.ld_body = text("articleBody");
    if (facts.lang.empty()) facts.lang = text("inLanguage");
}

void gather(const xmlNode* root, PageFacts& facts) {
    xml::visit(root, [&](const xmlNode* node) {
        const std::string name = xml::name_of(node);
        if (name == "html") facts.lang = xml::attribute(node, "lang");
        if (name == "title" && facts.title.empty()) facts.title = xml::text_of(node);
        if (name == "h1" && facts.first_h1.empty()) facts.first_h1 = xml::text_of(node);
        if (name == "body" && !facts.body) facts.body = node;
        if (name == "main" && !facts.main) facts.main = node;
        if (name == "meta") {
            const std::string key = xml::attribute(node, "property") +
                                    xml::attribute(node, "name") + xml::attribute(node, "itemprop");
            const std::string content = xml::attribute(node, "content");
            if (key == "og:title") facts.og_title = content;
            if (key == "og:url") facts.og_url = content;
            if (key == "article:published_time" || key == "datePublished") facts.date = content;
        }
        if (name == "link" && xml::attribute(node, "rel") == "canonical")
            facts.canonical = xml::attribute(node, "href");
        if (name == "script" && xml::attribute(node, "type") == "application/ld+json")
            facts.json_ld.push_back(xml::text_of(node));
        if (name == "article") {
            // Pages list teasers as small <article>s: the story is the largest.
            const std::size_t size = xml::text_of(node).size();
            if (size > facts.article_size) {
                facts.article = node;
                facts.article_size = size;
            }
        }
        return true;
    });
}

class HtmlReader : public Reader {
  public:
    explicit HtmlReader(const ReaderOptions& options) : options_(options) {
        xml::ensure_initialized();
    }
    std::string_view format() const override { return "html"; }

    void read(ByteSource& source, const SourceName& name, ReadSink& sink) const override {
        std::string bytes;
        if (!read_whole(source, name, options_, sink, bytes)) return;
        const std::string charset = declared_charset(bytes);
        const std::string text = to_utf8(std::move(bytes), name, 0, options_, sink, charset);
        const int flags = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                          HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOIMPLIED;
        xml::DocPtr doc(
            htmlReadMemory(text.data(), static_cast<int>(text.size()), nullptr, "UTF-8", flags));
        if (!doc) return sink.problem(error_at(name, 0, "not parseable as HTML"));
        PageFacts facts;
        gather(xmlDocGetRootElement(doc.get()), facts);
        for (const std::string& block : facts.json_ld) {
            const json ld = json::parse(block, nullptr, /*allow_exceptions=*/false);
            if (ld.is_discarded()) {
                sink.problem(warning_at(name, 0, "malformed JSON-LD ignored"));
                continue;
            }
            read_json_ld(ld, facts);
        }
        emit_page(facts, name, sink);
    }

  private:
    void emit_page(const PageFacts& facts, const SourceName& name, ReadSink& sink) const {
        Document doc;
        doc.format = "html";
        doc.source = name.display;
        doc.url = !facts.canonical.empty() ? facts.canonical : facts.og_url;
        doc.id = !doc.url.empty() ? doc.url : name.canonical;
        for (const std::string* t :
             {&facts.og_title, &facts.ld_headline, &facts.title, &facts.first_h1}) {
            doc.title = markup::one_line(*t);
            if (!doc.title.empty()) break;
        }
        if (!facts.date.empty()) doc.date = parse_date_string(facts.date);
        doc.lang = facts.lang.substr(0, facts.lang.find_first_of("-_"));
        std::string body;
        const xmlNode* root = facts.article ? facts.article : facts.main ? facts.main : facts.body;
        if (root) collect_text(root->children, body);
        doc.body = markup::tidy_whitespace(body);
        // A page whose markup hides the story may still carry it in JSON-LD.
        if (doc.body.size() < facts.ld_body.size() / 2)
            doc.body = markup::tidy_whitespace(facts.ld_body);
        if (doc.title.empty() && doc.body.empty())
            return sink.problem(error_at(name, 0, "no title or text found in the page"));
        emit(sink, std::move(doc));
    }

    ReaderOptions options_;
};

}  // namespace

std::unique_ptr<Reader> html(const ReaderOptions& options) {
    return std::make_unique<HtmlReader>(options);
}

}  // namespace newsdex::corpus::readers
