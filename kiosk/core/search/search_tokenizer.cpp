// search_tokenizer.cpp — see search_tokenizer.h.
#include "core/search/search_tokenizer.h"

#include <sqlite3.h>

#include <memory>
#include <string_view>

#include "core/base/utf8.h"
#include "core/search/search_fold.h"

namespace kiosk::core {
namespace {

struct TokenizerContext {
    ReadingsFn readings;
};

struct Tokenizer {
    TokenizerContext* ctx;
};

using TokenFn = int (*)(void*, int, const char*, int, int, int);

// Splits a query string on spaces and emits each piece as one position: explicit pinyin tokens ("s:bao", "i:b")
// verbatim, a single character as its unigram.
int tokenize_explicit(void* pctx, std::string_view text, TokenFn emit) {
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        if (end > start) {
            const int rc = emit(pctx, 0, text.data() + start, static_cast<int>(end - start), static_cast<int>(start),
                                static_cast<int>(end));
            if (rc != SQLITE_OK) return rc;
        }
        start = end + 1;
    }
    return SQLITE_OK;
}

int xCreate(void* user, const char**, int, Fts5Tokenizer** out) {
    *out = reinterpret_cast<Fts5Tokenizer*>(new Tokenizer{static_cast<TokenizerContext*>(user)});
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer* t) { delete reinterpret_cast<Tokenizer*>(t); }

int xTokenize(Fts5Tokenizer* tok, void* pctx, int flags, const char* text, int n, TokenFn emit) {
    const auto* t = reinterpret_cast<Tokenizer*>(tok);
    std::string_view s(text, static_cast<size_t>(n));
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    if (query && (s.find(' ') != std::string_view::npos || s.rfind("s:", 0) == 0 || s.rfind("i:", 0) == 0))
        return tokenize_explicit(pctx, s, emit);

    bool pinyin = false;
    if (!s.empty() && s[0] == kPinyinMarker) { pinyin = !query; s.remove_prefix(1); }
    const int base = n - static_cast<int>(s.size());

    // Character boundaries, and the characters.
    std::vector<int> at;
    std::vector<char32_t> chars;
    for (size_t i = 0; i < s.size();) {
        at.push_back(static_cast<int>(i));
        chars.push_back(next_code_point(s, i));
    }
    const int count = static_cast<int>(at.size());
    at.push_back(static_cast<int>(s.size()));

    if (query) {
        // One character: its unigram. More: the phrase of bigrams covering it.
        if (count == 1) return emit(pctx, 0, s.data(), at[1], base, base + at[1]);
        for (int i = 0; i + 1 < count; ++i) {
            const int rc = emit(pctx, 0, s.data() + at[i], at[i + 2] - at[i], base + at[i], base + at[i + 2]);
            if (rc != SQLITE_OK) return rc;
        }
        return SQLITE_OK;
    }

    std::string token;
    for (int i = 0; i < count; ++i) {
        int colocated = 0;
        auto put = [&](const char* p, int len) {
            const int rc = emit(pctx, colocated, p, len, base + at[i], base + at[i + 1]);
            colocated = FTS5_TOKEN_COLOCATED;
            return rc;
        };
        int rc = SQLITE_OK;
        if (i + 1 < count) rc = put(s.data() + at[i], at[i + 2] - at[i]);
        if (rc == SQLITE_OK) rc = put(s.data() + at[i], at[i + 1] - at[i]);
        if (rc == SQLITE_OK && pinyin && t->ctx->readings) {
            if (const auto* readings = t->ctx->readings(chars[static_cast<size_t>(i)])) {
                std::string initials;
                for (const std::string& r : *readings) {
                    token = "s:" + r;
                    if ((rc = put(token.data(), static_cast<int>(token.size()))) != SQLITE_OK) break;
                    if (!r.empty() && initials.find(r[0]) == std::string::npos) initials += r[0];
                }
                for (char i0 : initials) {
                    if (rc != SQLITE_OK) break;
                    token = std::string("i:") + i0;
                    rc = put(token.data(), static_cast<int>(token.size()));
                }
            }
        }
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

bool register_search_tokenizer(sqlite3* db, ReadingsFn readings, std::string* error) {
    fts5_api* api = fts5_of(db);
    if (!api) { *error = "SQLite FTS5 不可用 / SQLite was built without FTS5"; return false; }
    auto* ctx = new TokenizerContext{std::move(readings)};
    fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    const int rc = api->xCreateTokenizer(api, kSearchTokenizerName, ctx, &tokenizer,
                                         [](void* p) { delete static_cast<TokenizerContext*>(p); });
    if (rc != SQLITE_OK) { delete ctx; *error = "注册检索分词器失败 / cannot register the search tokenizer"; return false; }
    return true;
}

}  // namespace kiosk::core
