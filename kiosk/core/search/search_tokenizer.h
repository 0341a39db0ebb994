// search_tokenizer.h — the FTS5 tokenizer of the search index: any substring, one character included.
//
// Indexed text is folded first (search_fold.h), so it holds no spaces or punctuation. At each character position
// the tokenizer emits the bigram starting there and, at the same position, the character alone: a query of two or
// more characters is a phrase of consecutive bigrams (exact substring, with short posting lists), a query of one
// character is its unigram. Letters reach Chinese through the vocabulary (search_vocab.h), not through the index.
//
// Numbers: at the first digit of a run of two or more ASCII digits the whole run is a token too ("#202125", at the
// same position). A 文号 typed whole (安民发〔2021〕25号 → 安民发202125号) is a phrase of bigrams that nearly every
// body holds (20, 02, 21 …); its number, bounded by Chinese on both sides, must be a whole run in the text as well,
// so the engine marks it ("安民发#202125号") and the phrase takes the number's token in place of the bigram where
// the number starts: FTS5 then walks the number's short list instead of checking the positions of every 20.
#pragma once

#include <string>

struct sqlite3;

namespace kiosk::core {

inline constexpr const char* kSearchTokenizerName = "kiosk";
inline constexpr char kNumberTokenMark = '#';  // never in folded text (punctuation is dropped)

// Registers the tokenizer on `db` (every connection that creates or queries the index needs it).
bool register_search_tokenizer(sqlite3* db, std::string* error);

}  // namespace kiosk::core
