// chinese_convert.h — simplified ↔ traditional Chinese, through OpenCC (Debian's libopencc).
//
// Two users: the document page's 简/繁 switch, which shows a document's text in the other script, and search, which
// folds both scripts to one form so that a reader typing 政务公开 finds an archive scanned as 政務公開.
// Opening loads OpenCC's dictionaries (tens of milliseconds), so the kiosk opens one converter and keeps it.
// Everything OpenCC has no mapping for — Latin, digits, 〔〕, characters above U+FFFF — passes through unchanged.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

enum class Script { Simplified, Traditional };

class ChineseConverter {
public:
    // OpenCC's own configs, found in its data folder (/usr/share/opencc). s2tw gives the traditional forms most
    // readers of traditional text know (為, 群, 眾); plain s2t gives OpenCC's standard forms (爲, 羣, 衆), which read
    // as old-fashioned. t2s folds every variant back.
    static constexpr const char* kSimplifiedToTraditional = "s2tw.json";
    // OpenCC's standard forms, as dictionaries keyed by traditional characters use them (朗读's terra-pinyin: 着, 爲).
    static constexpr const char* kSimplifiedToStandardTraditional = "s2t.json";
    static constexpr const char* kTraditionalToSimplified = "t2s.json";

    // nullptr if a config cannot be opened; then *error (if given) is "中文\nEnglish" from strings_zh.h.
    // The config names are parameters only so tests can make opening fail and a later choice of variant is one line.
    static std::unique_ptr<ChineseConverter> open(std::string* error,
                                                  const char* s2t_config = kSimplifiedToTraditional,
                                                  const char* t2s_config = kTraditionalToSimplified);
    ~ChineseConverter();
    ChineseConverter(const ChineseConverter&) = delete;
    ChineseConverter& operator=(const ChineseConverter&) = delete;

    // If OpenCC rejects the text (only malformed UTF-8 does), it comes back unchanged: a script switch or a search
    // must never blank what the reader sees. Snapshot text is checked to be UTF-8 at pack time.
    std::string convert(std::string_view text, Script to) const;
    std::string to_traditional(std::string_view text) const { return convert(text, Script::Traditional); }
    std::string to_simplified(std::string_view text) const { return convert(text, Script::Simplified); }

    // For display of a document in the other script, keeping what identifies a person. OpenCC maps variants as
    // well as scripts: it takes 䶮 (U+4DAE, in a name on an ID card) for the simplified form of 龑, and 刘䶮 shown as
    // 劉龑 is someone else. So these pass through as written:
    //  - each of `names` (people's names the document lists) wherever it occurs;
    //  - any character outside GB 2312 (the 6763 common simplified characters) that OpenCC would change: a rare
    //    character is there because someone's name is written so, not as a simplification to undo.
    // The text between them converts as usual (so 刘 still becomes 劉 in a name not listed).
    std::string convert_keeping_names(std::string_view text, Script to, const std::vector<std::string>& names) const;

    // Whether `c` is one of GB 2312's characters (the common simplified set).
    static bool is_common_simplified(char32_t c);

    // The search folding: index text and queries both go through this, so either script matches the other.
    // Simplified is the target because most content and every on-screen keyboard are simplified, so the folded
    // text usually equals the original. The index stores folded text: changing this (or OpenCC's dictionaries)
    // means packing the snapshot again.
    std::string fold_for_search(std::string_view text) const { return to_simplified(text); }

private:
    ChineseConverter(void* s2t, void* t2s) : s2t_(s2t), t2s_(t2s) {}
    std::string run(void* handle, std::string_view text) const;

    // opencc_t, which is void*; spelled so here to keep opencc.h (it pulls in OpenCC's C++ headers) out of users.
    void* s2t_;
    void* t2s_;
    mutable std::mutex mutex_;
};

}  // namespace kiosk::core
