#pragma once
// Thin helpers over libxml2's tree, shared by the HTML and feed readers.
#include <libxml/tree.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace newsdex::corpus::readers::xml {

struct DocDeleter {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

// libxml2 wants one global initialisation before threads use it.
void ensure_initialized();

// Lower-case local name of an element ("encoded" for content:encoded).
std::string name_of(const xmlNode* node);
bool is_element(const xmlNode* node, std::string_view name);
std::string attribute(const xmlNode* node, const char* name);
// All text below a node, as it is (no tidying), internal entities
// expanded, but at most `limit` bytes (`*truncated` tells if there was
// more): a feed of 100 KB that uses one 100 KB entity 2,000 times must not
// become a 200 MB document (xmlNodeGetContent has no such bound).
std::string text_of(const xmlNode* node, std::size_t limit = 64u << 20, bool* truncated = nullptr);
// The first child element with that name, or null.
const xmlNode* child(const xmlNode* node, std::string_view name);
// Depth-first visit of every element below (and including) a node; the
// visitor returns false to skip the node's children.
void visit(const xmlNode* node, const std::function<bool(const xmlNode*)>& visitor);

}  // namespace newsdex::corpus::readers::xml
