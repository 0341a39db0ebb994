// content_terms.cpp — see content_terms.h.
#include "core/content/content_terms.h"

#include <set>
#include <string_view>
#include <unordered_set>

#include "core/content/content_store.h"
#include "core/base/utf8.h"

namespace kiosk::core {

namespace {

bool is_han(char32_t c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3134F);
}

bool is_place_suffix(char32_t c) {
    return c == U'省' || c == U'市' || c == U'县' || c == U'区' || c == U'镇' || c == U'乡' || c == U'村' || c == U'路';
}

// Characters that do not start a place name but often stand right before one (号石桥镇, 各村, 在村).
bool is_stop(char32_t c) {
    static const std::u32string_view stops = U"号的在各个和与及到全本该等每对向为从由于是了年月日农城县镇乡村区市省路查强进织要";
    return stops.find(c) != std::u32string_view::npos;
}

struct Collector {
    std::vector<std::string> terms;
    std::unordered_set<std::string> seen;
    void add(const std::string& t) {
        if (t.empty()) return;
        if (seen.insert(t).second) terms.push_back(t);
    }
    // '；' and ';' separate items (joint issuers, keywords).
    void add_list(const std::string& s) {
        std::size_t start = 0;
        while (start <= s.size()) {
            std::size_t a = s.find("；", start), b = s.find(';', start);
            std::size_t end = std::min(a, b);
            add(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
            if (end == std::string::npos) break;
            start = end + (end == a ? std::string("；").size() : 1);
        }
    }
};

// A title's phrases: Han runs cut at the function words that glue a title together.
std::vector<std::string> title_phrases(const std::string& title) {
    static const std::u32string_view cuts[] = {U"关于", U"的", U"和", U"及", U"与"};
    const std::u32string t = to_code_points(title);
    std::vector<std::string> out;
    std::u32string run;
    auto flush = [&] {
        if (run.size() >= 2) out.push_back(to_utf8(run));
        run.clear();
    };
    for (std::size_t i = 0; i < t.size();) {
        if (!is_han(t[i])) {
            flush();
            const bool digit = t[i] >= U'0' && t[i] <= U'9';
            ++i;
            // "2021年上半年…": the unit after a number belongs to the number, not to the phrase.
            if (digit && i < t.size() && std::u32string_view(U"年月日号届次批").find(t[i]) != std::u32string_view::npos) {
                if (t[i++] == U'年' && i < t.size() && t[i] == U'度') ++i;  // 2021年度
            }
            continue;
        }
        bool cut = false;
        for (const auto c : cuts) {
            if (t.compare(i, c.size(), c) == 0) {
                flush();
                i += c.size();
                cut = true;
                break;
            }
        }
        if (cut) continue;
        run += t[i++];
    }
    flush();
    return out;
}

}  // namespace

std::vector<std::string> place_names(const std::string& text, bool strict) {
    // In running text a name must also end at a boundary: "开展村务" is not a village called 开展村.
    static const std::u32string_view followers = U"的和与及等";
    const std::u32string t = to_code_points(text);
    std::vector<std::string> out;
    std::size_t start = 0;  // where the current run of Han characters (or the text after the last name) begins
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (!is_han(t[k])) {
            start = k + 1;
            continue;
        }
        if (!is_place_suffix(t[k])) continue;
        for (const std::size_t len : {std::size_t{3}, std::size_t{2}}) {
            if (k < len || k - len < start) continue;
            const std::size_t b = k - len;
            if (b != start && !is_stop(t[b - 1])) continue;  // inside a longer run: not sure where the name begins
            bool ok = true;
            for (std::size_t j = b; j < k; ++j) ok = ok && !is_stop(t[j]);
            if (!ok) continue;
            const bool ends = k + 1 >= t.size() || !is_han(t[k + 1]) || followers.find(t[k + 1]) != std::u32string_view::npos;
            if (!strict || ends) out.push_back(to_utf8(std::u32string_view(t).substr(b, len + 1)));
            start = k + 1;
            break;
        }
    }
    return out;
}

std::vector<std::string> content_terms(const ContentStore& store) {
    Collector c;
    const Office office = store.office();
    c.add(office.name);
    c.add(office.short_name);
    for (const auto& p : place_names(office.address, false)) c.add(p);
    for (const auto& i : store.issuers()) c.add_list(i.name);
    for (const auto& cat : store.categories()) c.add(cat.name);

    const int n = store.count_documents({});
    const auto docs = store.list_documents({}, 0, n);
    std::vector<std::string> places, titles;
    for (const auto& d : docs) {
        const auto doc = store.document(d.id);
        if (!doc) continue;
        c.add_list(doc->keywords);
        for (const std::string* text : {&doc->title, &doc->summary, &doc->body}) {
            for (auto& p : place_names(*text, true)) places.push_back(std::move(p));
        }
        for (auto& p : title_phrases(doc->title)) titles.push_back(std::move(p));
    }
    for (const auto& g : store.guides()) {
        c.add(g.name);
        c.add(g.agency);
    }
    for (const auto& f : store.fees()) {
        c.add(f.item);
        c.add(f.category);
    }
    for (const auto& p : places) c.add(p);
    for (const auto& t : titles) c.add(t);
    return c.terms;
}

}  // namespace kiosk::core
