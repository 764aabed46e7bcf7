#pragma once
// The one place that says how a document is laid out in the index: every
// term prefix and every value slot (as Xapian Omega's termprefixes.rst and
// values.h do). Prefixes follow Omega's conventions where it has one.
// Changing anything here changes the on-disk format: bump kSchemaVersion.
#include <string>
#include <string_view>

#include "newsdex/document.hpp"

namespace newsdex::schema {

// 4: FNV-1a takes its real offset basis (shortened ids and the ids of JSON
// Lines records without one changed); source files and record hashes are
// kept for incremental runs (XS terms, slot 5, newsdex.file.* metadata);
// id terms are scoped by format and collection (id_term_of).
// 5: topics, language and format also as values (slots 6-8), so facets
// are counted the same way over shards and remote servers; a date sort
// key with undated stories last (slot 9); entity aliases in metadata.
// (Since 2026-12-06 Chinese and Japanese words get no Z term,
// word_serves_as_stem; queries search their word terms, which databases
// of version 5 written before hold as well, so the version stays.)
inline constexpr int kSchemaVersion = 5;

// Term prefixes. Body words carry no prefix.
inline constexpr std::string_view kIdPrefix = "Q";        // unique document id
inline constexpr std::string_view kTitlePrefix = "S";     // title words
inline constexpr std::string_view kDayPrefix = "D";       // D20240517
inline constexpr std::string_view kMonthPrefix = "M";     // M202405
inline constexpr std::string_view kYearPrefix = "Y";      // Y2024
inline constexpr std::string_view kFormatPrefix = "XF";   // XFtext: reader that produced it
inline constexpr std::string_view kLanguagePrefix = "L";  // Lde: detected or given language
inline constexpr std::string_view kStemPrefix = "Z";      // Zballoon: stem, no positions
inline constexpr std::string_view kPersonPrefix = "XP";   // XPkim yo jong
inline constexpr std::string_view kOrganizationPrefix =
    "XO";                                               // XOinternational atomic energy agency
inline constexpr std::string_view kPlacePrefix = "XG";  // XGkyiv
inline constexpr std::string_view kTopicPrefix = "K";  // Kcocoa: source categories (Reuters TOPICS)
inline constexpr std::string_view kNoDateTerm = "XDnone";  // documents without a date
// The within-document frequency of the stem terms left out (see
// word_serves_as_stem), so that a story's length, which BM25 weighs, is
// what it was with them: one posting in place of one per word.
inline constexpr std::string_view kStemLengthTerm = "XZ";
// The file a document was read from: XS + 16 hex digits of FNV-1a over its
// canonical path (a path may be longer than a term), so the records of a
// file that changed or vanished can be found and removed.
inline constexpr std::string_view kSourceFilePrefix = "XS";

// Value slots.
inline constexpr unsigned kDateSlot = 0;  // YYYYMMDD, sortable, DateRangeProcessor-ready
// Canonical entity names, joined by kListSeparator, for exact facet counts.
inline constexpr unsigned kPeopleSlot = 1;
inline constexpr unsigned kOrganizationsSlot = 2;
inline constexpr unsigned kPlacesSlot = 3;
// A hash of the title's and body's folded words (16 hex digits): equal for
// copies of one story, whatever their ids, spacing or case; the collapse
// key of search --collapse. Unset for documents of fewer than 10 words.
inline constexpr unsigned kContentSlot = 4;
// A hash of the record as read (every field, and the file it came from):
// a rerun that reads the same record again skips it.
inline constexpr unsigned kRecordSlot = 5;
// The source categories (joined by kListSeparator), the language and the
// reader format again as values: Xapian's ValueCountMatchSpy counts values
// on every shard, remote ones included, where the K, L and XF terms
// cannot be counted per match.
inline constexpr unsigned kTopicsSlot = 6;
inline constexpr unsigned kLanguageSlot = 7;
inline constexpr unsigned kFormatSlot = 8;
// The date again as an ascending sort key: YYYYMMDD, or "~" (after every
// digit) when undated, so that undated stories come last oldest-first;
// newest-first sorts the date slot, where undated (empty) comes last.
// Sorting by a slot, not by a KeyMaker, works on remote shards too.
inline constexpr unsigned kDateAscendingSlot = 9;
inline constexpr std::string_view kUndatedSortKey = "~";
inline constexpr char kListSeparator = '\x1f';

// Entity aliases, as metadata (one key per alias): newsdex.alias. +
// entities::alias_key of a name -> the entity's boolean term (XGkharkiv),
// for every known name of every entity the documents mention, so that a
// name typed in the search box in any script finds the stories tagged
// with its entity. Metadata, not Xapian's synonym table: a remote shard
// (xapian-tcpsrv) serves metadata but not synonyms. In shard 0.
inline constexpr std::string_view kEntityAliasKeyPrefix = "newsdex.alias.";

// Metadata keys of the database.
inline constexpr std::string_view kSchemaKey = "newsdex.schema";
// Comma-separated languages of the documents, so queries can be stemmed
// in each.
inline constexpr std::string_view kLanguagesKey = "newsdex.languages";
// newsdex.file.<16 hex digits of the path's hash>: one source file as the
// last run that read it saw it (JSON: path, size, mtime, hash, documents,
// root); see metadata.hpp.
inline constexpr std::string_view kFileKeyPrefix = "newsdex.file.";
// JSON list of the paths (sources) runs were given.
inline constexpr std::string_view kSourcesKey = "newsdex.sources";
// JSON list of the user's own gazetteer files (indexer --gazetteer), so
// search resolves the same aliases.
inline constexpr std::string_view kGazetteersKey = "newsdex.gazetteers";
// JSON of the last run that changed the database (see RunRecord).
inline constexpr std::string_view kLastRunKey = "newsdex.last_run";

// Positions: the body starts this many positions after the title's last
// word, so a phrase never matches across the title and the body.
inline constexpr unsigned kBodyPositionGap = 100;
// Title words also go unprefixed into the body's term space with this extra
// within-document frequency, so a title match counts more in BM25.
inline constexpr unsigned kTitleWeight = 2;  // tuned on the Reuters-21578 dev topics

// Xapian terms are limited to 245 bytes; long ids are shortened with a hash
// so that they stay unique and the full id stays in the document data.
std::string id_term(std::string_view document_id);
// A document's unique term: its id scoped by the reader that produced it
// and the collection it was indexed into (Qjsonl:1, Qwire/reuters:1), so
// that no source replaces another's documents by sharing an id.
std::string id_term_of(const Document& document);

// The XS term of a source file (its canonical path).
std::string source_file_term(std::string_view path);

// A boolean filter term: prefix + the value lower-cased (ASCII) with
// surrounding space removed, so "topic:Cocoa" finds what was indexed as
// "cocoa".
std::string boolean_term(std::string_view prefix, std::string_view value);

// Whether a word's stem term (Z) is left out because the word's own term
// serves in its place: Chinese and Japanese words (Han, kana), which no
// stemmer changes. Their word term holds the same postings, so queries
// search it instead, and the index is spared a copy of half a Japanese
// story's postings; kStemLengthTerm keeps the story's length. Only these
// words: no stemmer makes a Han or kana stem of another word, so the word
// term is exactly the stem term, in databases written before too. Numbers
// keep their stem terms: a German 9er is stemmed to 9, so Z9 holds more
// than 9 does. Korean words keep theirs: a Korean word's leading parts are
// indexed as words too (북한 for 북한이), so their word terms hold more.
bool word_serves_as_stem(std::string_view word, std::string_view stem);

}  // namespace newsdex::schema
