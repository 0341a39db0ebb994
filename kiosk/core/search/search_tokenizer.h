// search_tokenizer.h — the FTS5 tokenizer of the search index: any substring, one character included.
//
// Indexed text is folded first (search_fold.h), so it holds no spaces or punctuation. At each character position
// the tokenizer emits the bigram starting there and, at the same position, the character alone: a query of two or
// more characters is a phrase of consecutive bigrams (exact substring, with short posting lists), a query of one
// character is its unigram. Letters reach Chinese through the vocabulary (search_vocab.h), not through the index.
#pragma once

#include <string>

struct sqlite3;

namespace kiosk::core {

inline constexpr const char* kSearchTokenizerName = "kiosk";

// Registers the tokenizer on `db` (every connection that creates or queries the index needs it).
bool register_search_tokenizer(sqlite3* db, std::string* error);

}  // namespace kiosk::core
