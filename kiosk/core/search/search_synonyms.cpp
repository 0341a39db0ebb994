// search_synonyms.cpp — see search_synonyms.h.
#include "core/search/search_synonyms.h"

#include <sqlite3.h>

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "core/base/sqlite_util.h"
#include "core/search/search_fold.h"

namespace kiosk::core {

const SynonymGroups& builtin_synonym_groups() {
    // Only words a visitor would take for one another: an abbreviation and the full name (低保, 最低生活保障), or a
    // former name and the current one (五保 became 特困人员救助供养 in 2014; 房产证 is now 不动产权证书). Not
    // related-but-different things (临时救助 is not 急难救助, 结婚证 is not 婚姻登记证): a visitor who asks for one
    // and is shown the other has been misled. Words a county uses of its own go in its synonyms.csv.
    static const SynonymGroups groups = {
        {"低保", "最低生活保障"},
        {"五保", "五保户", "五保供养", "特困供养", "特困人员救助供养"},
        {"医保", "医疗保险", "基本医疗保险"},
        {"新农合", "新型农村合作医疗"},
        {"社保", "社会保险"},
        {"社保卡", "社会保障卡"},
        {"新农保", "新型农村社会养老保险"},
        {"公积金", "住房公积金"},
        {"身份证", "居民身份证"},
        {"户口本", "户口簿", "居民户口簿"},
        {"残疾证", "残疾人证"},
        {"高龄补贴", "高龄津贴"},
        {"老年证", "老年人优待证"},
        {"准生证", "生育服务证"},
        {"独生子女证", "独生子女父母光荣证"},
        {"房产证", "房本", "不动产权证书"},
    };
    return groups;
}

MergedSynonymGroups merge_synonym_groups(const SynonymGroups& builtin, const SynonymGroups& sheet,
                                         const SearchFolder& folder) {
    // Groups are numbered built-in first, then the sheet's; groups that share a folded word are joined (union-find,
    // keeping the smallest number as the root so the merged group sits where its first part was).
    std::vector<const std::vector<std::string>*> all;
    for (const auto& g : builtin) all.push_back(&g);
    for (const auto& g : sheet) all.push_back(&g);
    std::vector<std::size_t> root(all.size());
    std::iota(root.begin(), root.end(), 0);
    auto find = [&](std::size_t i) {
        while (root[i] != i) i = root[i] = root[root[i]];
        return i;
    };
    std::unordered_map<std::string, std::size_t> first_group;  // folded word → the first group that has it
    for (std::size_t g = 0; g < all.size(); ++g) {
        for (const std::string& word : *all[g]) {
            const std::string key = folder.fold_utf8(word);
            if (key.empty()) continue;  // pack refuses such a word; it could never match anything
            const auto [it, fresh] = first_group.emplace(key, g);
            if (fresh) continue;
            const std::size_t a = find(it->second), b = find(g);
            if (a != b) root[std::max(a, b)] = std::min(a, b);
        }
    }

    MergedSynonymGroups merged;
    std::unordered_map<std::size_t, std::size_t> slot;  // root group → index in `merged`
    std::vector<std::unordered_set<std::string>> keys;  // folded words already in each merged group
    for (std::size_t g = 0; g < all.size(); ++g) {
        const std::size_t r = find(g);
        auto [it, fresh] = slot.emplace(r, merged.size());
        if (fresh) {
            merged.emplace_back();
            keys.emplace_back();
        }
        for (const std::string& word : *all[g]) {
            const std::string key = folder.fold_utf8(word);
            if (key.empty() || !keys[it->second].insert(key).second) continue;
            merged[it->second].push_back({word, g >= builtin.size()});
        }
    }
    // A group left with one word (醫保；医保: two spellings search folds alike anyway) would expand nothing.
    std::erase_if(merged, [](const std::vector<SynonymWord>& g) { return g.size() < 2; });
    return merged;
}

void write_synonym_groups(sqlite3* db, const MergedSynonymGroups& groups) {
    Statement st(db, "INSERT INTO search_synonyms (grp, word, origin) VALUES (?1, ?2, ?3)");
    int grp = 0;
    for (const auto& group : groups) {
        ++grp;
        for (const SynonymWord& w : group) st.bind(1, grp).bind(2, w.word).bind(3, w.from_sheet ? "sheet" : "builtin").run();
    }
}

std::vector<std::vector<std::string>> read_synonym_groups(sqlite3* db) {
    {
        Statement has(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'search_synonyms'");
        if (!has.step() || has.int64(0) == 0) return builtin_synonym_groups();
    }
    std::vector<std::vector<std::string>> groups;
    Statement st(db, "SELECT grp, word FROM search_synonyms ORDER BY grp, id");
    std::int64_t current = 0;
    while (st.step()) {
        const std::int64_t grp = st.int64(0);
        if (groups.empty() || grp != current) groups.emplace_back();
        current = grp;
        groups.back().push_back(st.text(1));
    }
    return groups;
}

}  // namespace kiosk::core
