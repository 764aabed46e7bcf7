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

std::string text_of(const xmlNode* node) {
    xmlChar* content = xmlNodeGetContent(node);
    if (!content) return {};
    std::string out = reinterpret_cast<const char*>(content);
    xmlFree(content);
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
