// search.h — finding documents: Chinese substrings of any length, pinyin and initials read as the content's own words
// (search_vocab.h, one slip per syllable forgiven when nothing else is found), words run together cut apart,
// synonyms both ways, 文号 and 索引号 written any way, either script; ranked title, 文号 and 索引号 first, then
// keywords, issuer, category and summary, then body; within each, valid before expired, newest first.
// Filters by category, issuer, year range and validity combine with any query.
//
// The engine has its own read-only connection to the snapshot, so the UI can run it on a worker thread while the
// main thread keeps using ContentStore. The index is built by pack (search_index.h); nothing is built here.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/content_model.h"

struct sqlite3;

namespace kiosk::core {

class PinyinTable;
class SearchFolder;

struct SearchRequest {
    std::string query;
    std::string category;            // empty = all
    std::string issuer;              // part of 发布机构; empty = all
    int year_from = 0, year_to = 0;  // 0 = open
    bool valid_only = false;         // only 有效 documents
    int offset = 0;
    int limit = 20;
    bool count = true;  // count all matches too; the kiosk asks for the page first and the count after
};

struct TextRange {
    std::uint32_t begin = 0, end = 0;  // byte offsets into the string they mark
};

struct SearchHit {
    DocumentSummary doc;
    int tier = 3;                        // 1 title/文号/索引号, 2 keywords/issuer/category/summary, 3 body
    std::string index_no;                // 索引号
    std::vector<TextRange> title_marks;  // what matched in the title
    std::string snippet;                 // text around the first body match (or the summary)
    std::vector<TextRange> snippet_marks;
};

// A service guide or fee item whose name matches (they are few: matched in memory, shown above documents).
struct NameHit {
    std::int64_t id = 0;
    std::string name;                    // 事项名称 or 收费项目
    std::string detail;                  // 事项类型 · 实施机构, or the fee's category
    std::vector<TextRange> name_marks;
};

struct SearchResult {
    std::vector<NameHit> guides;         // service guides whose name matches
    std::vector<NameHit> fees;           // fee and subsidy items whose name or category matches
    std::vector<SearchHit> hits;
    int total = 0;                 // matches in all, counted up to kCountCap; -1 = not counted (request.count false)
    bool total_capped = false;     // more than kCountCap matched
    bool query_empty = false;      // nothing searchable in the query (only spaces or punctuation)
    // The pinyin as typed found nothing; these results are for the content's word it most likely meant, one slip
    // per syllable forgiven ("dibo" → 低保). The screen says 您是不是要找「低保」.
    std::string did_you_mean;
    // No document holds every part of the query; `hits` are the documents that hold most of them.
    bool partial = false;
};

class SearchEngine {
public:
    static constexpr int kCountCap = 1000;
    // Throws ContentError (bilingual) if the snapshot cannot be opened or has no index.
    static std::unique_ptr<SearchEngine> open(const std::string& snapshot_path);
    ~SearchEngine();
    SearchEngine(const SearchEngine&) = delete;
    SearchEngine& operator=(const SearchEngine&) = delete;

    // The page asked for; the count of all matches too (total stays -1 without request.count, but is kept for a
    // count() of the same request that follows).
    SearchResult search(const SearchRequest& request) const;
    // All matches of the request's query and filters, up to kCountCap (*capped: there are more).
    int count(const SearchRequest& request, bool* capped) const;
    // The FTS5 expression a query becomes (all columns); empty if nothing in it can be searched. For tests and
    // diagnostics.
    std::string match_expression(std::string_view query) const;

private:
    SearchEngine();
    struct Impl;
    struct Resolved;
    struct Answer;
    Answer answer(const Resolved& r, const SearchRequest& request, int want) const;
    bool name_matches(const NameHit& n, const Resolved& r, bool detail_too) const;
    static std::string request_key(const SearchRequest& request);
    // The count search() found last, for count() of the same request (an engine serves one thread at a time).
    mutable std::optional<std::pair<std::string, std::pair<int, bool>>> last_count_;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kiosk::core
