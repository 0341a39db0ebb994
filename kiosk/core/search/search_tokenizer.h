// search_tokenizer.h — the FTS5 tokenizer of the search index: any substring, one character included, plus pinyin.
//
// Indexed text is folded first (search_fold.h), so it holds no spaces or punctuation. At each character position
// the tokenizer emits the bigram starting there and, at the same position, the character alone: a query of two or
// more characters is a phrase of consecutive bigrams (exact substring, with short posting lists), a query of one
// character is its unigram. Column values that start with kPinyinMarker (titles, issuers, keywords, categories) also
// get, at each Han character's position, "s:<syllable>" for every reading and "i:<initial>" — so "dibao", "db" and
// "低bao" are phrases of such tokens. Readings are needed only when indexing (pack); queries spell tokens out.
#pragma once

#include <functional>
#include <string>
#include <vector>

struct sqlite3;

namespace kiosk::core {

inline constexpr char kPinyinMarker = '\x01';
inline constexpr const char* kSearchTokenizerName = "kiosk";

// Readings of a Han character for indexing, or nullptr; empty function = no pinyin (queries only).
using ReadingsFn = std::function<const std::vector<std::string>*(char32_t)>;

// Registers the tokenizer on `db` (every connection that creates or queries the index needs it).
bool register_search_tokenizer(sqlite3* db, ReadingsFn readings, std::string* error);

}  // namespace kiosk::core
