// search_synonyms.h — words a visitor may type for the same thing (低保 = 最低生活保障 = 城乡低保), for search.
//
// A visitor types the word they know, and a notice is written in the word its office uses: 低保 finds nothing in a
// document that only ever says 最低生活保障. So the snapshot carries groups of words that mean the same to a visitor,
// and search looks for every word of a query's group. A small set is built in (common 政务 abbreviations and former
// names, true in every county); a county adds its own local words in content/synonyms.csv, and pack merges the two.
//
// Words are kept as written (no folding here): search folds them as it folds queries and the index, so the three
// stay in step whatever the folding becomes. A word is a whole word of its group: 社保 (社会保险) and 社保卡
// (社会保障卡) are different words in different groups, though one holds the other.
#pragma once

#include <string>
#include <vector>

struct sqlite3;

namespace kiosk::core {

class SearchFolder;

using SynonymGroups = std::vector<std::vector<std::string>>;

// The built-in groups, in a fixed order. No word is in two of them, and every word is within the snapshot's limit for
// a synonym (content_limits.h).
const SynonymGroups& builtin_synonym_groups();

// One word of a merged group, and whether it came from the county's synonyms.csv (stored, so staff can tell which
// matches their sheet made).
struct SynonymWord {
    std::string word;
    bool from_sheet = false;
};
using MergedSynonymGroups = std::vector<std::vector<SynonymWord>>;

// The built-in groups extended by the county's (synonyms.csv, one group a row, already checked by pack): groups that
// share a word — compared as search compares them, folded by `folder` — become one, so a county's 低保；城乡低保 joins
// the built-in 低保；最低生活保障. Within a group a word that folds like an earlier one is dropped (the first spelling
// is kept), and a group left with one word is dropped. Built-in groups come first, in their order, then the county's
// remaining groups in sheet order.
MergedSynonymGroups merge_synonym_groups(const SynonymGroups& builtin, const SynonymGroups& sheet,
                                         const SearchFolder& folder);

// Writes `groups` into the snapshot's search_synonyms table (core/snapshot/schema.cpp), numbering them from 1. Pack
// only, inside its transaction. Throws SqliteError.
void write_synonym_groups(sqlite3* db, const MergedSynonymGroups& groups);

// The groups in the snapshot, each with its words as written, in the order pack wrote them. A snapshot packed before
// search_synonyms existed has the built-in groups of this program. Throws SqliteError when the table is there but
// cannot be read (a damaged file).
std::vector<std::vector<std::string>> read_synonym_groups(sqlite3* db);

}  // namespace kiosk::core
