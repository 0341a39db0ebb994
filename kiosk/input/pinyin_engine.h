// pinyin_engine.h — pinyin input through librime, with the content's own vocabulary first.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace kiosk::input {

// Where Debian puts Rime's shared data.
inline constexpr const char* kRimeSharedDataDir = "/usr/share/rime-data";
inline constexpr const char* kKioskSchema = "kiosk_pinyin";
inline constexpr const char* kStockSchema = "kiosk_pinyin_stock";
inline constexpr int kImePageSize = 6;
// Where the kiosk keeps its deployed pinyin data inside its data folder (--data).
inline std::string pinyin_user_dir(const std::string& data_dir) { return data_dir + "/ime-pinyin"; }

struct ImeState {
    std::string preedit;                  // what is being composed: picked part in Chinese, the rest as pinyin
    std::vector<std::string> candidates;  // this page's, at most kImePageSize
    int page = 0;
    bool more_before = false, more_after = false;
    // How many pages there are; 0 when the list goes on beyond what is counted ahead (kImeCountAhead candidates).
    int pages = 0;
    // With rare characters apart (set_rare_apart): the page where they start, -1 when there are none.
    int rare_page = -1;
};

// How far ahead the candidates are read after each keystroke to say 第 N / M 页: 100 pages, so a syllable's whole
// list is counted (yan: 82 pages, ~490 characters and words) while a long sentence's list, which goes on and on,
// says 第 N 页. Rime makes them lazily; reading 600 costs ~1–3 ms on the kiosk PC, once per keystroke.
inline constexpr int kImeCountAhead = 600;

// Builds Rime's data for the kiosk's schemas into user_dir (replaced as a whole: built beside it, then renamed in,
// so a failed or interrupted deployment leaves the previous one usable). `terms` are the content's words.
// `label` is kept in the stamp (e.g. the snapshot's content_version), so the kiosk can tell whether the deployed
// data belongs to the snapshot it shows without computing the terms again (pinyin_deployed_label()).
bool deploy_pinyin(const std::string& shared_dir, const std::string& user_dir, const std::vector<std::string>& terms,
                   std::string* error, const std::string& label = "");
// The benchmark's baseline: the same deployment with only the stock schema (kStockSchema), so nothing is compiled —
// Debian's prebuilt luna table is used as it is.
bool deploy_pinyin_stock_only(const std::string& shared_dir, const std::string& user_dir, std::string* error);
// Cheap: the stamp deploy_pinyin() writes last is there, was written by a build with this build's schema, and the
// built files it names exist. (Whether the terms are the current snapshot's: pinyin_deployed_label().)
bool pinyin_deployed(const std::string& user_dir);
// The label given to the deployment there, "" if none is deployed.
std::string pinyin_deployed_label(const std::string& user_dir);

// The terms as kiosk_terms.dict.yaml holds them: every run of Han characters, 2..16 long, deduplicated; a run of at
// most 3 that touches a digit is dropped (件以下 in 每月10件以下 is a counter, not a word).
std::vector<std::string> clean_terms(const std::vector<std::string>& terms);

class PinyinEngine {
public:
    // Opens deployed data (never deploys). `schema` is kKioskSchema, or kStockSchema for the baseline.
    static std::unique_ptr<PinyinEngine> open(const std::string& shared_dir, const std::string& user_dir,
                                              std::string* error, const char* schema = kKioskSchema);
    ~PinyinEngine();
    PinyinEngine(const PinyinEngine&) = delete;
    PinyinEngine& operator=(const PinyinEngine&) = delete;

    void type(char letter);  // a–z (upper case is folded); ' separates syllables; anything else is ignored
    void backspace();
    void clear();
    ImeState state() const;
    // Commits the candidate; returns the committed text, or "" if it only covered part of the input (the preedit then
    // shows the picked characters followed by the rest of the pinyin, and the next pick completes it).
    std::string pick(int index_on_page);
    void next_page();
    void prev_page();
    void go_to_page(int page);  // nothing happens if there is no such page
    // Names: candidates with a character outside GB 2312 (䶮, 堃, 喆…) are moved to pages of their own after the
    // common ones — among the first kImeCountAhead — so a villager pages through familiar characters first, and the
    // panel's 生僻字 key jumps to them in one tap (ImeState::rare_page). A visitor's picks still come first.
    void set_rare_apart(bool on);
    bool rare_apart() const { return rare_apart_; }
    // The characters of the people the content names (人名, as written): among the rare candidates those holding
    // one come first — a township's families share their rare characters, and 䶮 is not left on yan's 16th rare page.
    void set_name_characters(const std::vector<std::string>& names);
    void forget();  // the visitor left: clears the input and forgets every pick of this session

    const std::vector<std::string>& learned() const { return learned_; }  // most recent first, for tests

private:
    PinyinEngine() = default;
    void fill_cache(int needed) const;
    void extend_cache(int needed) const;

    void invalidate() { cache_valid_ = false; }
    // Pages are kImePageSize candidates, except that the common part ends a page early when rare ones follow.
    int page_begin(int page) const;
    int page_end(int page) const;

    unsigned long session_ = 0;
    int page_ = 0;
    std::vector<std::string> learned_;
    // The candidates of the current input in display order (learned picks first), and each one's index in Rime's
    // list; read once per input change (and as far as paging needs), not per frame.
    mutable bool cache_valid_ = false;
    mutable std::vector<std::string> cache_;
    mutable std::vector<int> cache_index_;
    mutable bool cache_exhausted_ = false;
    bool rare_apart_ = false;
    std::unordered_set<char32_t> name_chars_;
    mutable int rare_from_ = -1;  // where the rare candidates start in cache_, -1: none (or not apart)
};

}  // namespace kiosk::input
