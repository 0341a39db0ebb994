// search_tokenizer.cpp — see search_tokenizer.h.
#include "core/search/search_tokenizer.h"

#include <sqlite3.h>

#include <string_view>
#include <vector>

#include "core/base/utf8.h"

namespace kiosk::core {
namespace {

using TokenFn = int (*)(void*, int, const char*, int, int, int);

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// A query phrase in which the engine marked a whole number ("安民发#202125号"): the phrase of bigrams, except that the
// bigram where the number starts is the number's own token (which sits at that position in the index).
int tokenize_numbered_query(void* pctx, std::string_view s, TokenFn emit) {
    std::string plain, number;
    std::vector<int> at;               // character starts in `plain`
    std::vector<std::string> numbers;  // per character: the number token starting there, or empty
    bool marked = false;
    for (size_t i = 0; i < s.size();) {
        if (s[i] == kNumberTokenMark) { marked = true; ++i; continue; }
        at.push_back(static_cast<int>(plain.size()));
        numbers.emplace_back();
        if (marked) {
            size_t j = i;
            while (j < s.size() && is_ascii_digit(s[j])) ++j;
            numbers.back() = std::string(1, kNumberTokenMark) + std::string(s.substr(i, j - i));
            marked = false;
        }
        const size_t from = i;
        next_code_point(s, i);
        plain.append(s.substr(from, i - from));
    }
    const int count = static_cast<int>(at.size());
    at.push_back(static_cast<int>(plain.size()));
    if (count == 1) return emit(pctx, 0, plain.data(), at[1], 0, at[1]);
    for (int i = 0; i + 1 < count; ++i) {
        const std::string& num = numbers[static_cast<size_t>(i)];
        const int rc = num.empty() ? emit(pctx, 0, plain.data() + at[i], at[i + 2] - at[i], at[i], at[i + 2])
                                   : emit(pctx, 0, num.data(), static_cast<int>(num.size()), at[i], at[i + 2]);
        if (rc != SQLITE_OK) return rc;
    }
    return SQLITE_OK;
}

int xCreate(void*, const char**, int, Fts5Tokenizer** out) {
    static int instance;  // the tokenizer keeps no state: one handle serves every table
    *out = reinterpret_cast<Fts5Tokenizer*>(&instance);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer*) {}

int xTokenize(Fts5Tokenizer*, void* pctx, int flags, const char* text, int n, TokenFn emit) {
    const std::string_view s(text, static_cast<size_t>(n));
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;

    // Character boundaries.
    std::vector<int> at;
    for (size_t i = 0; i < s.size();) {
        at.push_back(static_cast<int>(i));
        next_code_point(s, i);
    }
    const int count = static_cast<int>(at.size());
    at.push_back(static_cast<int>(s.size()));

    if (query && s.find(kNumberTokenMark) != std::string_view::npos) return tokenize_numbered_query(pctx, s, emit);
    if (query) {
        // One character: its unigram. More: the phrase of bigrams covering it.
        if (count == 1) return emit(pctx, 0, s.data(), at[1], 0, at[1]);
        for (int i = 0; i + 1 < count; ++i) {
            const int rc = emit(pctx, 0, s.data() + at[i], at[i + 2] - at[i], at[i], at[i + 2]);
            if (rc != SQLITE_OK) return rc;
        }
        return SQLITE_OK;
    }
    std::string number;
    for (int i = 0; i < count; ++i) {
        int rc = SQLITE_OK;
        // At the start of a run of two or more digits, the whole run as one token too (see the header).
        if (is_ascii_digit(s[at[i]]) && (i == 0 || !is_ascii_digit(s[at[i - 1]])) && i + 1 < count &&
            is_ascii_digit(s[at[i + 1]])) {
            int j = i;
            while (j < count && is_ascii_digit(s[at[j]])) ++j;
            number.assign(1, kNumberTokenMark);
            number.append(s.data() + at[i], static_cast<size_t>(at[j] - at[i]));
            rc = emit(pctx, 0, number.data(), static_cast<int>(number.size()), at[i], at[j]);
            if (rc != SQLITE_OK) return rc;
            rc = emit(pctx, FTS5_TOKEN_COLOCATED, s.data() + at[i], at[i + 2] - at[i], at[i], at[i + 1]);
            if (rc == SQLITE_OK)
                rc = emit(pctx, FTS5_TOKEN_COLOCATED, s.data() + at[i], at[i + 1] - at[i], at[i], at[i + 1]);
            if (rc != SQLITE_OK) return rc;
            continue;
        }
        if (i + 1 < count) rc = emit(pctx, 0, s.data() + at[i], at[i + 2] - at[i], at[i], at[i + 1]);
        if (rc == SQLITE_OK)
            rc = emit(pctx, i + 1 < count ? FTS5_TOKEN_COLOCATED : 0, s.data() + at[i], at[i + 1] - at[i], at[i], at[i + 1]);
        if (rc != SQLITE_OK) return rc;
    }
    return SQLITE_OK;
}

fts5_api* fts5_of(sqlite3* db) {
    fts5_api* api = nullptr;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK) return nullptr;
    sqlite3_bind_pointer(st, 1, reinterpret_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(st);
    sqlite3_finalize(st);
    return api;
}

}  // namespace

bool register_search_tokenizer(sqlite3* db, std::string* error) {
    fts5_api* api = fts5_of(db);
    if (!api) { *error = "SQLite FTS5 不可用 / SQLite was built without FTS5"; return false; }
    fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    const int rc = api->xCreateTokenizer(api, kSearchTokenizerName, nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK) { *error = "注册检索分词器失败 / cannot register the search tokenizer"; return false; }
    return true;
}

}  // namespace kiosk::core
