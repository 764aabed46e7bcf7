#include "xml_tree.hpp"

#include <libxml/parser.h>

#include <cctype>
#include <mutex>

namespace newsdex::corpus::readers::xml {

void ensure_initialized() {
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

std::string name_of(const xmlNode* node) {
    std::string name = node && node->name ? reinterpret_cast<const char*>(node->name) : "";
    for (char& c : name)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name;
}

bool is_element(const xmlNode* node, std::string_view name) {
    return node && node->type == XML_ELEMENT_NODE && name_of(node) == name;
}

std::string attribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value) return {};
    std::string out = reinterpret_cast<const char*>(value);
    xmlFree(value);
    return out;
}

namespace {

// Appends the text below `node`; false once `limit` is reached. An entity
// reference's children are its declaration, whose children are the
// entity's content, so one walk covers both; the depth bound stops
// entities that refer to each other.
bool append_text(const xmlNode* node, std::string& out, std::size_t limit, int depth) {
    if (depth > 64) return true;
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        if (!node->content) return true;
        const std::string_view text(reinterpret_cast<const char*>(node->content));
        const std::size_t room = limit - out.size();
        out.append(text.substr(0, room));
        return text.size() <= room;
    }
    if (node->type == XML_ATTRIBUTE_NODE || node->type == XML_COMMENT_NODE ||
        node->type == XML_PI_NODE)
        return true;
    for (const xmlNode* c = node->children; c; c = c->next)
        if (!append_text(c, out, limit, depth + 1)) return false;
    return true;
}

}  // namespace

std::string text_of(const xmlNode* node, std::size_t limit, bool* truncated) {
    std::string out;
    const bool whole = !node || append_text(node, out, limit, 0);
    if (truncated) *truncated = !whole;
    return out;
}

const xmlNode* child(const xmlNode* node, std::string_view name) {
    for (const xmlNode* c = node ? node->children : nullptr; c; c = c->next)
        if (is_element(c, name)) return c;
    return nullptr;
}

void visit(const xmlNode* node, const std::function<bool(const xmlNode*)>& visitor) {
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE) continue;
        if (visitor(node)) visit(node->children, visitor);
    }
}

}  // namespace newsdex::corpus::readers::xml
