// pack_synonyms.cpp — pack's reader for synonyms.csv, the county's own words for search (core/search/search_synonyms.h).
//
// The sheet is optional: without it the snapshot has the built-in groups only. One row is one group of words that mean
// the same to a visitor, in 同义词, separated by ；. Words are compared as search compares them (full-width and
// half-width, upper and lower case, spaces and punctuation all alike), so 低 保 and 低保 are one word. A word in two
// rows is refused rather than the rows joined: staff who wrote two groups meant two things, and one of the rows is
// then wrong. Traditional and simplified spellings are only told apart here; pack joins such groups when it merges
// them with the built-in ones (merge_synonym_groups), as search would find either spelling anyway.
#include <algorithm>
#include <map>
#include <system_error>

#include "core/base/text_format.h"
#include "core/base/value_parse.h"
#include "core/pack/pack_sources.h"
#include "core/search/search_fold.h"

namespace kiosk::core {

void read_synonyms(SourceContext& ctx, PackedContent& out) {
    const std::string file = "synonyms.csv";
    const std::string col = "同义词";
    std::error_code ec;
    if (!std::filesystem::exists(ctx.root / file, ec)) return;
    auto table = load_table(ctx, file, {col, "说明"}, {col});
    if (!table) return;
    const SearchFolder folder;  // width, case, spaces and punctuation: the folding that needs no OpenCC
    std::map<std::string, int> seen;  // folded word → line of the row that has it
    for (std::size_t r = 0; r < table->row_count(); ++r) {
        RowReader row(ctx, *table, r, file);
        if (r == static_cast<std::size_t>(content_limit(LimitId::SynonymGroups).max)) {
            check_count_limit(ctx.errors, file, row.line(), col, LimitId::SynonymGroups,
                              static_cast<long long>(table->row_count()));
        }
        const std::string cell = row.text(col, true);
        if (cell.empty()) continue;
        std::vector<std::string> words;
        std::vector<std::string> keys;  // distinct folded words, in order
        const std::vector<std::string> items = split_list(cell, true);
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::string& word = items[i];
            if (word.empty()) {
                row.error(col, format_text(str::kErrSynonymEmptyWord.zh, i + 1),
                          format_text(str::kErrSynonymEmptyWord.en, i + 1));
                continue;
            }
            if (!row.within_limit(LimitId::SynonymWord, word)) continue;
            const std::string key = folder.fold_utf8(word);
            if (key.empty()) {
                row.error(col, format_text(str::kErrSynonymNotSearchable.zh, word.c_str()),
                          format_text(str::kErrSynonymNotSearchable.en, word.c_str()));
                continue;
            }
            if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;  // said twice in one row: no harm
            keys.push_back(key);
            words.push_back(word);
        }
        if (!row.ok()) continue;
        if (keys.size() < 2) {
            row.error(col, str::kErrSynonymTooFew);
            continue;
        }
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const auto [it, fresh] = seen.emplace(keys[i], row.line());
            if (fresh) continue;
            row.error(col, format_text(str::kErrSynonymDuplicate.zh, words[i].c_str(), it->second),
                      format_text(str::kErrSynonymDuplicate.en, words[i].c_str(), it->second));
        }
        if (!row.ok()) continue;
        out.synonyms.push_back(std::move(words));
    }
}

}  // namespace kiosk::core
