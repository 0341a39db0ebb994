// gen_corpus.cpp — see gen_corpus.h.
//
// Index of this file:
// [SECTION] Random numbers
// [SECTION] UTF-8 helpers
// [SECTION] Phrases
// [SECTION] The source model
// [SECTION] Issuers
// [SECTION] Catalog rows
// [SECTION] Bodies
// [SECTION] The command
#include "harness/gen_corpus.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string_view>
#include <thread>

#include "core/pack/pack_sources.h"
#include "core/base/utf8.h"
#include "core/base/civil_date.h"
#include "core/base/csv_reader.h"
#include "core/base/csv_writer.h"
#include "core/base/strings_zh.h"
#include "core/zh/text_encoding.h"
#include "core/base/value_parse.h"
#include "core/base/exit_codes.h"

namespace kiosk::tools {
namespace {

namespace fs = std::filesystem;

// Body lengths are log-uniform over this range (in characters, i.e. code points): most documents in a real catalog
// are short notices and 公示, a long tail are plans, measures and annual reports. Log-uniform gives that shape and a
// mean of (max − min) / ln(max / min) ≈ 4,700 characters.
constexpr double kMinBodyChars = 300, kMaxBodyChars = 20000;
constexpr int kFirstYear = 2005, kLastYear = 2026;
// The UI tests' clock is 2026-11-24: no generated document is published after it, so none is "from the future".
constexpr int kLastMonth = 11, kLastDay = 20;
// A directory with tens of thousands of entries is slow to list and awkward in a file manager; 1,000 per folder.
constexpr std::size_t kFilesPerFolder = 1000;
constexpr double kTraditionalShare = 0.01;  // bodies transcribed from old archives, as the demo's one such document
constexpr double kRareNameShare = 0.01;     // bodies with a list of people's names, some with 生僻字
constexpr const char* kMarkerFile = ".gen-corpus";  // says "this folder is generated; gen-corpus may overwrite it"

// The files copied unchanged from the source folder (everything but the catalog).
constexpr const char* kCopiedFiles[] = {"office.csv", "guides.csv",   "guide_materials.csv", "guide_steps.csv",
                                        "fees.csv",   "announcements.csv", "calendar.csv",   "disclosure_guide.md"};
constexpr const char* kSynonymsFile = "synonyms.csv";  // copied too, when the source folder has one

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Random numbers
//---------------------------------------------------------------------------------------------------------------------

// splitmix64: tiny, fast, and good enough for test data. Each entry draws from its own streams, seeded by (seed,
// entry, purpose), so bodies written by any number of threads in any order are the same bytes.
std::uint64_t mix64(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

enum Stream : std::uint64_t { kStreamRow = 1, kStreamBody = 2, kStreamNumbers = 3, kStreamNumbering = 4 };

class Rng {
public:
    Rng(std::uint64_t seed, std::uint64_t entry, std::uint64_t stream)
        : state_(mix64(mix64(seed + 0x632BE59BD9B4E019ull) ^ (entry * 0x9E3779B97F4A7C15ull)) ^ (stream << 56)) {}

    std::uint64_t next() {
        state_ += 0x9E3779B97F4A7C15ull;
        return mix64(state_);
    }
    // Uniform in [0, n), by multiply-shift (no modulo bias worth the name at these sizes).
    std::size_t below(std::size_t n) {
        return static_cast<std::size_t>((static_cast<unsigned __int128>(next()) * n) >> 64);
    }
    int range(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
    double real() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return real() < p; }
    template <class V>
    const typename V::value_type& pick(const V& v) {
        return v[below(v.size())];
    }
    template <class T, std::size_t N>
    const T& pick(const T (&a)[N]) {
        return a[below(N)];
    }

private:
    std::uint64_t state_;
};

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] UTF-8 helpers
//---------------------------------------------------------------------------------------------------------------------

using core::next_code_point;

// Characters as a reader counts them: code points, line breaks not included.
std::size_t count_chars(std::string_view s) {
    return core::code_point_count(s) - static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> prefixes) {
    for (const auto p : prefixes) {
        if (s.substr(0, p.size()) == p) return true;
    }
    return false;
}

// 1..99 as Chinese numerals, for renumbered headings (一、 … 十二、).
std::string chinese_number(int n) {
    static constexpr const char* kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n < 10) return kDigits[n];
    std::string s = n >= 20 ? std::string(kDigits[n / 10]) + "十" : std::string("十");
    return s + kDigits[n % 10];
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Phrases
//---------------------------------------------------------------------------------------------------------------------
// A phrase is a sentence, heading, title or summary from the demo, cut at its ASCII numbers. When it is written out
// again the numbers vary by kind, so 100,000 documents do not repeat the demo's 380元 and 2015年 verbatim but keep
// their shape: years move with the new document's year (a 2015 notice's "2015年" becomes the new year, its "2014年"
// the year before), months and days stay valid dates, amounts keep their round zeros. Phone numbers and other long
// or zero-led digit runs are kept, since changing them would make nonsense of nothing and help no query.

enum class NumKind : std::uint8_t { None, Year, Month, Day, Percent, Fraction, Amount };

struct Segment {
    std::string text;  // literal text before the number
    NumKind kind = NumKind::None;
    std::int64_t value = 0;
    std::string digits;  // the number as written in the source
};

struct Phrase {
    std::vector<Segment> segments;
    int year = 0;  // publication year of the source document: the reference for shifting years
};

Phrase make_phrase(std::string_view s, int source_year) {
    Phrase p;
    p.year = source_year;
    Segment cur;
    std::size_t i = 0;
    while (i < s.size()) {
        if (s[i] < '0' || s[i] > '9') {
            const std::size_t start = i;
            next_code_point(s, i);
            cur.text.append(s.substr(start, i - start));
            continue;
        }
        std::size_t j = i;
        while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
        const std::string_view digits = s.substr(i, j - i);
        const std::string_view after = s.substr(j);
        const bool after_dot = i > 0 && s[i - 1] == '.';
        if (digits.size() >= 6 || (digits.size() > 1 && digits[0] == '0' && !after_dot)) {
            cur.text.append(digits);  // phone numbers, codes: kept
            i = j;
            continue;
        }
        const std::int64_t v = std::stoll(std::string(digits));
        NumKind kind = NumKind::Amount;
        if (after_dot) {
            kind = NumKind::Fraction;
        } else if (digits.size() == 4 && v >= 1980 && v <= 2049 &&
                   !starts_with_any(after, {"元", "万", "人", "户", "份", "件", "张", "个", "名", "条", "平方", "米"})) {
            kind = NumKind::Year;
        } else if (starts_with_any(after, {"月"}) && v >= 1 && v <= 12) {
            kind = NumKind::Month;
        } else if (starts_with_any(after, {"日"}) && v >= 1 && v <= 31) {
            kind = NumKind::Day;
        } else if (starts_with_any(after, {"%", "％"}) && v <= 100) {
            kind = NumKind::Percent;
        }
        cur.kind = kind;
        cur.value = v;
        cur.digits = std::string(digits);
        p.segments.push_back(std::move(cur));
        cur = Segment{};
        i = j;
    }
    if (!cur.text.empty()) p.segments.push_back(std::move(cur));
    return p;
}

// How the numbers of one document vary: its year, and one scale for its amounts (so a document's figures stay in
// proportion to each other, roughly).
struct Variation {
    int year = 2020;
    double scale = 1.0;
    bool years_only = false;  // titles and headings: other numbers stay as written
};

void render(const Phrase& p, const Variation& v, Rng& rng, std::string& out) {
    for (const Segment& s : p.segments) {
        out += s.text;
        if (s.kind == NumKind::None) continue;
        if (v.years_only && s.kind != NumKind::Year) {
            out += s.digits;
            continue;
        }
        switch (s.kind) {
            case NumKind::Year: out += std::to_string(s.value + (v.year - p.year)); break;
            case NumKind::Month: out += std::to_string(rng.range(1, 12)); break;
            case NumKind::Day: out += std::to_string(rng.range(1, 28)); break;
            case NumKind::Percent: {
                const auto x = std::llround(static_cast<double>(s.value) * v.scale * (0.8 + 0.4 * rng.real()));
                out += std::to_string(std::clamp<long long>(x, 1, 100));
                break;
            }
            case NumKind::Fraction:
                for (std::size_t k = 0; k < s.digits.size(); ++k) out += static_cast<char>('0' + rng.range(0, 9));
                break;
            case NumKind::Amount: {
                if (s.value < 10) {
                    out += std::to_string(std::max<std::int64_t>(1, s.value + rng.range(-2, 2)));
                    break;
                }
                std::int64_t unit = 1;  // keep the source's round zeros: 380 → 420, 1000 → 1200
                for (std::int64_t x = s.value; x % 10 == 0 && unit * 10 < s.value; x /= 10) unit *= 10;
                const double f = v.scale * (0.85 + 0.3 * rng.real());
                std::int64_t x = std::llround(static_cast<double>(s.value) * f / static_cast<double>(unit)) * unit;
                out += std::to_string(std::max(x, unit));
                break;
            }
            case NumKind::None: break;
        }
    }
}

std::string render_years(const Phrase& p, int year) {
    Rng unused(0, 0, 0);
    std::string out;
    render(p, Variation{year, 1.0, true}, unused, out);
    return out;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The source model
//---------------------------------------------------------------------------------------------------------------------

struct SourceRow {  // one row of the demo catalog
    std::string org_code, title, doc_prefix, category, genre;
    std::vector<std::string> issuers, keywords;
    Phrase title_phrase, summary;
    int year = 0;  // publication year
    int doc = -1;  // its body in Source::docs
};

struct SourceDoc {
    int row = 0;
    bool traditional = false;
    std::string category;
    int h1 = -1;                                   // the body's first heading (used for traditional bodies)
    std::vector<std::vector<int>> paragraphs;      // each a list of sentence phrases
    std::vector<int> sentences;                    // all of them, for paragraphs composed of several documents
    std::vector<std::vector<int>> lists;           // "- " item groups
    std::vector<int> h2, h3;                       // headings, numbering stripped
    std::vector<int> tail;                         // closing short lines (signature, date): traditional bodies reuse them
};

struct Source {
    std::vector<Phrase> phrases;
    std::vector<SourceRow> rows;
    std::vector<SourceDoc> docs;
    std::map<std::string, std::vector<int>> docs_by_category;  // simplified bodies only
    std::vector<int> simplified_docs, traditional_rows;
    std::map<std::string, std::vector<std::string>> keywords_by_category;
    std::string county = "安澜县";
    std::vector<std::string> rare_chars;  // CJK Extension A and beyond, found in the demo text

    int add_phrase(std::string_view s, int year) {
        phrases.push_back(make_phrase(s, year));
        return static_cast<int>(phrases.size()) - 1;
    }
};

// Traditional bodies are told from simplified ones by characters that exist only in traditional script and are
// frequent in official prose. A simplified body has none of them; the demo's traditional transcription has one in
// every few characters. (OpenCC could tell too, but this needs no dictionaries and no second opinion.)
bool looks_traditional(std::string_view text) {
    static const std::u32string kTraditionalOnly =
        U"縣號為與發過會經國開後務區體關報這對實際應該當時間門機構條點達廣東華見現規範圍歸結績議請證處辦劃計總類據轉載錄陽鄉鎮網資們";
    std::size_t hits = 0, cjk = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = next_code_point(text, i);
        if (c >= 0x4E00 && c <= 0x9FFF) ++cjk;
        if (kTraditionalOnly.find(c) != std::u32string::npos) ++hits;
    }
    return cjk > 0 && hits * 50 > cjk;  // over 2%
}

// Sentences end after 。！？ and any closing quotes or brackets that follow.
std::vector<std::string_view> split_sentences(std::string_view para) {
    static const std::u32string kEnds = U"。！？";
    static const std::u32string kClosers = U"”’」』）》";
    std::vector<std::string_view> out;
    std::size_t start = 0, i = 0;
    while (i < para.size()) {
        const char32_t c = next_code_point(para, i);
        if (kEnds.find(c) == std::u32string::npos) continue;
        while (i < para.size()) {
            std::size_t k = i;
            if (kClosers.find(next_code_point(para, k)) == std::u32string::npos) break;
            i = k;
        }
        out.push_back(para.substr(start, i - start));
        start = i;
    }
    if (start < para.size()) out.push_back(para.substr(start));
    return out;
}

bool is_numeral(std::string_view s) {
    static const std::u32string kNumerals = U"一二三四五六七八九十百零0123456789";
    for (std::size_t i = 0; i < s.size();) {
        if (kNumerals.find(next_code_point(s, i)) == std::u32string::npos) return false;
    }
    return !s.empty();
}

// "一、总体情况" → "总体情况", "（二）依申请公开" → "依申请公开", "第一章　总则" → "总则": headings are renumbered when
// written, so the source's numbering goes.
std::string_view strip_heading_number(std::string_view h) {
    if (h.substr(0, 3) == "（") {
        const std::size_t close = h.find("）");
        if (close != std::string_view::npos && is_numeral(h.substr(3, close - 3))) return h.substr(close + 3);
    }
    const std::size_t comma = h.find("、");
    if (comma != std::string_view::npos && is_numeral(h.substr(0, comma))) return h.substr(comma + 3);
    if (h.substr(0, 3) == "第") {
        const std::size_t zhang = h.find("章");
        if (zhang != std::string_view::npos && is_numeral(h.substr(3, zhang - 3))) {
            std::string_view rest = h.substr(zhang + 3);
            while (rest.substr(0, 3) == "　") rest.remove_prefix(3);
            while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
            return rest;
        }
    }
    return h;
}

// CJK Extension A and beyond: the 生僻字 of people's names (䶮 U+4DAE, 𠮷 U+20BB7, 𪚥 U+2A6A5).
bool is_rare(char32_t c) { return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3134F); }

bool has_rare(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (is_rare(next_code_point(s, i))) return true;
    }
    return false;
}

void parse_body(Source& src, SourceDoc& doc, const std::string& text, int year) {
    std::vector<std::string> lines;
    for (std::size_t pos = 0; pos <= text.size();) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string::npos) nl = text.size();
        lines.emplace_back(core::trim_spaces(std::string_view(text).substr(pos, nl - pos)));
        pos = nl + 1;
    }
    std::string para;
    std::vector<int> list;
    std::vector<std::string> short_lines;  // the trailing ones become the tail
    auto end_para = [&]() {
        if (para.empty()) return;
        // Signatures, dates, 文号 lines and salutations are short or end in a colon, and have no full stop: no body
        // text to sample. Text with rare name characters is left out too: sampled into every tenth document, the
        // demo's one list of 刘䶮, 𠮷田 and 王𪚥 would make them common; names() adds such lists on purpose instead.
        const bool no_stop = para.find("。") == std::string::npos;
        if (no_stop && count_chars(para) < 20) {
            short_lines.push_back(para);
        } else if ((no_stop && para.size() >= 3 && para.compare(para.size() - 3, 3, "：") == 0) || has_rare(para)) {
            short_lines.clear();
        } else {
            short_lines.clear();
            std::vector<int> sentences;
            for (const auto s : split_sentences(para)) {
                const int id = src.add_phrase(s, year);
                sentences.push_back(id);
                doc.sentences.push_back(id);
            }
            doc.paragraphs.push_back(std::move(sentences));
        }
        para.clear();
    };
    auto end_list = [&]() {
        if (!list.empty()) doc.lists.push_back(std::move(list));
        list.clear();
    };
    for (const std::string& line : lines) {
        if (line.empty()) {
            end_para();
            end_list();
        } else if (line.rfind("# ", 0) == 0) {
            end_para();
            end_list();
            if (doc.h1 < 0) doc.h1 = src.add_phrase(line.substr(2), year);
        } else if (line.rfind("## ", 0) == 0 || line.rfind("### ", 0) == 0) {
            end_para();
            end_list();
            const bool h2 = line[2] == ' ';
            const std::string_view h = strip_heading_number(core::trim_spaces(std::string_view(line).substr(h2 ? 3 : 4)));
            if (!h.empty()) (h2 ? doc.h2 : doc.h3).push_back(src.add_phrase(h, year));
        } else if (line.rfind("- ", 0) == 0) {
            end_para();
            if (!has_rare(line)) list.push_back(src.add_phrase(line.substr(2), year));
        } else {
            end_list();
            para += line;
        }
    }
    end_para();
    end_list();
    for (const auto& s : short_lines) doc.tail.push_back(src.add_phrase(s, year));

    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = next_code_point(text, i);
        if (is_rare(c)) {
            std::string s;
            core::append_utf8(s, c);
            if (std::find(src.rare_chars.begin(), src.rare_chars.end(), s) == src.rare_chars.end()) {
                src.rare_chars.push_back(s);
            }
        }
    }
}

std::optional<std::string> read_source(const fs::path& path, std::string& error) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        error = path.string() + ": " + std::strerror(errno);
        return std::nullopt;
    }
    std::string bytes;
    char buf[1 << 16];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) bytes.append(buf, n);
    std::fclose(f);
    core::DecodedText d = core::decode_source_text(bytes, path.string());
    if (!d.ok) {
        error = d.error_en;
        return std::nullopt;
    }
    return std::move(d.text);
}

// Reads the demo catalog and every body it names. Rows whose body is missing are skipped (pack would report them on
// the demo itself); a folder without a usable catalog is an error.
bool load_source(const fs::path& dir, Source& src, std::string& error) {
    const auto catalog = read_source(dir / "catalog.csv", error);
    if (!catalog) return false;
    const core::CsvTable table =
        core::CsvTable::parse(*catalog, core::catalog_columns(), core::catalog_required_columns());
    if (!table.issues().empty()) {
        error = (dir / "catalog.csv").string() + ":" + std::to_string(table.issues()[0].line) + ": " +
                table.issues()[0].en;
        return false;
    }
    for (std::size_t r = 0; r < table.row_count(); ++r) {
        SourceRow row;
        const std::string index_no = table.get(r, "索引号");
        row.org_code = index_no.substr(0, index_no.find('/'));
        row.title = table.get(r, "标题");
        const std::string doc_no = table.get(r, "文号");
        if (const std::size_t b = doc_no.find("〔"); b != std::string::npos && b > 0) row.doc_prefix = doc_no.substr(0, b);
        row.issuers = core::split_list(table.get(r, "发布机构"));
        row.category = table.get(r, "主题分类");
        row.genre = table.get(r, "体裁分类");
        row.keywords = core::split_list(table.get(r, "主题词"));
        const std::string published = table.get(r, "发布日期");
        row.year = published.size() >= 4 ? std::atoi(published.substr(0, 4).c_str()) : 2020;
        if (row.year < 1980 || row.year > 2100) row.year = 2020;
        row.summary = make_phrase(table.get(r, "内容概述"), row.year);
        row.title_phrase = make_phrase(row.title, row.year);
        if (row.issuers.empty() || row.category.empty() || row.title.empty()) continue;

        std::string body_rel = table.get(r, "正文");
        std::replace(body_rel.begin(), body_rel.end(), '\\', '/');
        if (body_rel.rfind("documents/", 0) != 0) body_rel = "documents/" + body_rel;
        std::string body_error;
        const auto body = read_source(dir / body_rel, body_error);
        if (!body) continue;

        SourceDoc doc;
        doc.row = static_cast<int>(src.rows.size());
        doc.category = row.category;
        doc.traditional = looks_traditional(*body);
        parse_body(src, doc, *body, row.year);
        if (doc.paragraphs.empty()) continue;
        row.doc = static_cast<int>(src.docs.size());
        if (doc.traditional) {
            src.traditional_rows.push_back(doc.row);
        } else {
            src.docs_by_category[row.category].push_back(row.doc);
            src.simplified_docs.push_back(row.doc);
        }
        auto& vocab = src.keywords_by_category[row.category];  // present even when empty
        for (const auto& k : row.keywords) {
            if (std::find(vocab.begin(), vocab.end(), k) == vocab.end()) vocab.push_back(k);
        }
        src.docs.push_back(std::move(doc));
        src.rows.push_back(std::move(row));
    }
    if (src.simplified_docs.empty()) {
        error = (dir / "catalog.csv").string() + ": no catalog row with a readable simplified-Chinese body to sample";
        return false;
    }
    // The county is the start of the first issuer's name up to 县 (市, 区): 安澜县民政局 → 安澜县.
    const std::string& first = src.rows.front().issuers.front();
    for (const char* unit : {"县", "市", "区", "旗"}) {
        if (const std::size_t p = first.find(unit); p != std::string::npos) {
            src.county = first.substr(0, p + 3);
            break;
        }
    }
    return true;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Issuers
//---------------------------------------------------------------------------------------------------------------------

struct Issuer {
    std::string name;                   // full name, as in 发布机构
    std::string org_code;               // 统一社会信用代码: the 索引号 prefix
    std::vector<std::string> prefixes;  // 发文字号 prefixes (安民发, 安民字…), repeated by how often the demo uses them
    std::string place;                  // 安澜县 or 石桥镇: what a 公示's title starts with
    bool made_up = false;
};

// The town a 镇/乡 body belongs to (安澜县石桥镇人民政府 → 石桥镇), else the county.
std::string place_of(const std::string& name, const std::string& county) {
    std::string rest = name.rfind(county, 0) == 0 ? name.substr(county.size()) : name;
    for (const char* unit : {"镇人民政府", "乡人民政府", "街道办事处"}) {
        if (const std::size_t p = rest.find(unit); p != std::string::npos && p > 0) {
            return rest.substr(0, p + (std::strcmp(unit, "街道办事处") == 0 ? 6 : 3));
        }
    }
    return county;
}

// GB 32100 check character, so made-up 统一社会信用代码 are valid like the demo's.
char credit_code_check(const std::string& first17) {
    static constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i) sum += static_cast<int>(kAlphabet.find(first17[i])) * kWeights[i];
    return kAlphabet[(31 - sum % 31) % 31];
}

std::vector<Issuer> make_issuers(const Source& src) {
    std::vector<Issuer> out;
    for (std::size_t r = 0; r < src.rows.size(); ++r) {
        const SourceRow& row = src.rows[r];
        auto it = std::find_if(out.begin(), out.end(), [&](const Issuer& i) { return i.name == row.issuers[0]; });
        if (it == out.end()) {
            out.push_back({row.issuers[0], row.org_code, {}, place_of(row.issuers[0], src.county)});
            it = out.end() - 1;
        }
        if (!row.doc_prefix.empty()) it->prefixes.push_back(row.doc_prefix);
    }
    // A dozen made-up bodies of the same county, so issuer filters and 索引号 prefixes have realistic variety. Their
    // names follow the real naming of county bureaus and town governments; 文号 prefixes follow the demo's (安民发).
    struct MadeUp {
        const char* suffix;
        const char* prefix;
        bool town;
    };
    static constexpr MadeUp kMadeUp[] = {
        {"人民政府办公室", "政办发", false}, {"人力资源和社会保障局", "人社发", false},
        {"卫生健康局", "卫健发", false},     {"教育局", "教发", false},
        {"退役军人事务局", "退役发", false}, {"农业农村局", "农发", false},
        {"住房和城乡建设局", "建发", false}, {"医疗保障局", "医保发", false},
        {"应急管理局", "应急发", false},     {"乡村振兴局", "乡振发", false},
        {"青石镇人民政府", "青政发", true},  {"柳林镇人民政府", "柳政发", true},
        {"白马镇人民政府", "白政发", true},  {"东坝乡人民政府", "东政发", true},
    };
    std::string county_initial;
    {
        std::size_t i = 0;
        next_code_point(src.county, i);
        county_initial = src.county.substr(0, i);
    }
    // Region code from the demo's own codes (characters 3–8 of a 统一社会信用代码 are the county's area code).
    std::string region = "622391";
    if (!out.empty() && out[0].org_code.size() == 18) region = out[0].org_code.substr(2, 6);
    int k = 0;
    for (const MadeUp& m : kMadeUp) {
        Issuer i;
        i.made_up = true;
        i.name = src.county + m.suffix;
        i.prefixes = {m.town ? std::string(m.prefix) : county_initial + m.prefix};
        i.place = place_of(i.name, src.county);
        char org[16];
        std::snprintf(org, sizeof org, "013928%03d", 120 + 37 * k++);
        const std::string first17 = "11" + region + org;
        i.org_code = first17 + credit_code_check(first17);
        out.push_back(std::move(i));
    }
    for (auto& i : out) {
        if (i.prefixes.empty()) i.prefixes.push_back(county_initial + "政发");
    }
    return out;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Catalog rows
//---------------------------------------------------------------------------------------------------------------------

// Villages (the demo's), for 公示 titles and name lists: a town posts most of its 公示 village by village.
constexpr const char* kVillages[] = {"石桥社区", "河湾村", "上坪村", "下坪村", "南沟村", "东河村", "西坪村",
                                     "柳湾村",   "红崖村", "新庄村", "马家沟村", "杨家岔村", "上寨村", "下寨村"};

struct Entry {
    std::uint32_t gen = 0;  // the draw order: seeds this entry's random streams
    int row = 0;            // the demo row it is modelled on
    int issuer = 0;         // the first issuer (索引号, 文号)
    std::vector<std::string> issuers;
    bool traditional = false, rare_names = false;
    std::int64_t written = 0, published = 0;  // days since 1970
    std::string title, doc_no, validity, keywords, summary;
    int target_chars = 0;
    std::string index_no, body_path;
};

int year_of(std::int64_t days) { return core::civil_from_days(days).year; }

// Publication dates: more documents in recent years (disclosure grew after the 2008 Regulation and again after its
// 2019 revision), none after kLastMonth/kLastDay of kLastYear.
std::int64_t draw_published(Rng& rng) {
    static const std::vector<double> cumulative = [] {
        std::vector<double> c;
        double sum = 0;
        for (int y = kFirstYear; y <= kLastYear; ++y) c.push_back(sum += 1.0 + 0.15 * (y - kFirstYear));
        return c;
    }();
    const double x = rng.real() * cumulative.back();
    const int year = kFirstYear + static_cast<int>(std::upper_bound(cumulative.begin(), cumulative.end(), x) -
                                                    cumulative.begin());
    const std::int64_t first = core::days_from_civil(std::min(year, kLastYear), 1, 1);
    const std::int64_t last = year >= kLastYear ? core::days_from_civil(kLastYear, kLastMonth, kLastDay)
                                                : core::days_from_civil(year, 12, 31);
    return first + static_cast<std::int64_t>(rng.below(static_cast<std::size_t>(last - first + 1)));
}

std::string join(const std::vector<std::string>& v, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out += sep;
        out += v[i];
    }
    return out;
}

// A title in one of the forms real catalogs use, for a genre. Topics come from the row's keywords.
std::string keyword_title(const Entry& e, const Issuer& issuer, const std::string& genre,
                          const std::string& category, const std::string& kw, Rng& rng) {
    const std::string who = join(e.issuers, " ");
    const std::string y = std::to_string(year_of(e.published));
    const std::string last_y = std::to_string(year_of(e.published) - 1);
    const std::string& place = issuer.place;
    auto one_of = [&](std::initializer_list<std::string> v) { return *(v.begin() + rng.below(v.size())); };
    if (genre == "通知") {
        return who + "关于" +
               one_of({"做好" + y + "年" + kw + "工作", "进一步加强" + kw + "管理", "开展" + kw + "专项检查",
                       "调整" + kw + "标准", "规范" + kw + "有关事项", "印发" + y + "年" + kw + "工作要点",
                       "开展" + kw + "政策宣传月活动", "报送" + y + "年度" + kw + "统计数据"}) +
               "的通知";
    }
    if (genre == "公告") {
        return who + "关于" + one_of({kw + "有关事项", "调整" + kw + "办理地点", "开展" + y + "年度" + kw + "核查"}) +
               "的公告";
    }
    if (genre == "意见") {
        return who + "关于" + one_of({"加快推进" + kw + "工作", "进一步完善" + kw + "制度", "深化" + kw + "改革"}) +
               one_of({"的实施意见", "的指导意见"});
    }
    if (genre == "通报") {
        return who + "关于" +
               one_of({y + "年" + kw + "工作检查情况", y + "年上半年" + kw + "督查情况", kw + "工作考核结果"}) + "的通报";
    }
    if (genre == "办法") {
        return who + "关于印发《" + place + kw + one_of({"管理办法", "实施办法", "暂行办法"}) + "》的通知";
    }
    if (genre == "方案") return who + "关于印发《" + place + y + "年" + kw + "工作实施方案》的通知";
    if (genre == "规划") return place + kw + "发展规划（" + y + "—" + std::to_string(year_of(e.published) + 4) + "年）";
    if (genre == "报告") {
        if (category == "年度报告") return who + last_y + "年政府信息公开工作年度报告";
        return rng.chance(0.5) ? who + last_y + "年" + kw + "工作总结" : who + "关于" + last_y + "年" + kw + "工作情况的报告";
    }
    if (genre == "公示") {
        static const char* kQuarters[] = {"第一季度", "第二季度", "第三季度", "第四季度"};
        const bool town = place != issuer.name && place.find("县") == std::string::npos;
        return place + (town && rng.chance(0.4) ? std::string(rng.pick(kVillages)) : std::string()) + y + "年" +
               (rng.chance(0.4) ? kQuarters[rng.below(4)] : "") + kw +
               one_of({"评议结果公示", "资金发放情况公示", "拟享受对象名单公示", "情况公示"});
    }
    return who + "关于" + kw + "有关事项的" + (genre.empty() ? std::string("通知") : genre);
}

// The demo row's own title, moved to the new issuer and year: "安澜县民政局关于X的通知" → "{who}关于X′的通知";
// "石桥镇2019年…公示" → "青石镇2023年…公示".
std::optional<std::string> adapted_title(const Source& src, const SourceRow& row, const Entry& e,
                                         const std::vector<Issuer>& issuers) {
    const int year = year_of(e.published);
    const std::string who = join(e.issuers, " ");
    const std::size_t about = row.title.find("关于");
    if (about != std::string::npos) return who + render_years(make_phrase(row.title.substr(about), row.year), year);
    const std::string& first = row.issuers.front();
    const std::string old_place = place_of(first, src.county);
    if (row.title.rfind(first, 0) == 0) {
        return who + render_years(make_phrase(row.title.substr(first.size()), row.year), year);
    }
    if (row.title.rfind(old_place, 0) == 0) {
        return issuers[e.issuer].place + render_years(make_phrase(row.title.substr(old_place.size()), row.year), year);
    }
    return std::nullopt;
}

std::vector<Entry> make_rows(const Source& src, const std::vector<Issuer>& issuers, std::size_t n, std::uint64_t seed) {
    std::vector<int> made_up;
    for (std::size_t i = 0; i < issuers.size(); ++i) {
        if (issuers[i].made_up) made_up.push_back(static_cast<int>(i));
    }
    auto issuer_named = [&](const std::string& name) {
        return static_cast<int>(std::find_if(issuers.begin(), issuers.end(),
                                             [&](const Issuer& x) { return x.name == name; }) -
                                issuers.begin());
    };
    std::vector<int> all_rows;
    for (const int d : src.simplified_docs) all_rows.push_back(src.docs[d].row);
    std::vector<Entry> entries(n);
    for (std::size_t i = 0; i < n; ++i) {
        Rng rng(seed, i, kStreamRow);
        // A model row, with annual reports drawn a tenth as often as the demo has them: an office writes one a year,
        // but the demo, spanning twelve years with few documents each, is a quarter reports.
        auto draw_row = [&](const std::vector<int>& rows) {
            int r = rng.pick(rows);
            for (int tries = 0; tries < 8 && src.rows[r].category == "年度报告" && !rng.chance(0.1); ++tries) {
                r = rng.pick(rows);
            }
            return r;
        };
        Entry& e = entries[i];
        e.gen = static_cast<std::uint32_t>(i);
        e.published = draw_published(rng);
        e.traditional = !src.traditional_rows.empty() && rng.chance(kTraditionalShare);
        e.rare_names = !e.traditional && rng.chance(kRareNameShare);
        // Just over half the documents are the demo's rows again, with their issuers and co-issuers; the rest come
        // from the made-up issuers, each modelled on a demo row of any issuer.
        if (e.traditional) {
            e.row = rng.pick(src.traditional_rows);
            e.issuers = src.rows[e.row].issuers;
            e.issuer = issuer_named(e.issuers[0]);
        } else if (made_up.empty() || rng.chance(0.55)) {
            e.row = draw_row(all_rows);
            e.issuers = src.rows[e.row].issuers;
            e.issuer = issuer_named(e.issuers[0]);
        } else {
            e.issuer = rng.pick(made_up);
            e.row = draw_row(all_rows);
            e.issuers = {issuers[e.issuer].name};
            if (issuers[e.issuer].place == src.county && rng.chance(0.15)) e.issuers.push_back(src.county + "财政局");
        }
        const SourceRow& row = src.rows[e.row];
        const int year = year_of(e.published);
        // Written 0–10 days before publication (公示 are usually posted the day they are signed), never before 2005.
        const int lag = row.genre == "公示" && rng.chance(0.6) ? 0 : rng.range(0, 10);
        e.written = std::max(e.published - lag, core::days_from_civil(kFirstYear, 1, 1));

        // Keywords: one or two of the model row's, the rest from its category's vocabulary; 2–4 in all.
        std::vector<std::string> kws;
        const auto& vocab = src.keywords_by_category.at(row.category);
        const int want = rng.range(2, 4);
        for (int tries = 0; static_cast<int>(kws.size()) < want && tries < 20 && !vocab.empty(); ++tries) {
            const std::string& k = (tries < 2 && !row.keywords.empty()) ? rng.pick(row.keywords) : rng.pick(vocab);
            if (std::find(kws.begin(), kws.end(), k) == kws.end()) kws.push_back(k);
        }
        if (kws.empty()) kws.push_back(row.category);
        if (e.traditional) {
            e.title = render_years(make_phrase(row.title, row.year), year);
        } else {
            std::optional<std::string> t;
            // The demo row's own title, moved to this issuer and year; mostly for titles with a year in them, since
            // the others would repeat verbatim hundreds of times.
            const bool has_year = std::any_of(row.title_phrase.segments.begin(), row.title_phrase.segments.end(),
                                              [](const Segment& s) { return s.kind == NumKind::Year; });
            if (rng.chance(has_year ? 0.4 : 0.05)) t = adapted_title(src, row, e, issuers);
            // The topic: one keyword, or two joined (做好最低生活保障和临时救助工作), as real titles often pair them.
            // Keywords that are genre words (公示, 实施办法, 发展规划) make no topic: 《安澜县实施办法管理办法》.
            std::vector<std::string> topics;
            for (const auto& k : kws) {
                bool genre_word = false;
                for (const std::string_view g : {"公示", "通知", "公告", "报告", "办法", "方案", "规划"}) {
                    genre_word |= k.size() >= g.size() && k.compare(k.size() - g.size(), g.size(), g) == 0;
                }
                if (!genre_word) topics.push_back(k);
            }
            if (topics.empty()) topics.push_back(row.category);
            const std::string topic =
                topics.size() >= 2 && rng.chance(0.3) ? topics[0] + "和" + topics[1] : topics[0];
            e.title = t ? *t : keyword_title(e, issuers[e.issuer], row.genre, row.category, topic, rng);
        }
        e.keywords = join(kws, "；");
        if (!row.summary.segments.empty() && rng.chance(0.9)) {
            Rng numbers(seed, i, kStreamNumbers);
            render(row.summary, Variation{year, 0.7 + 0.6 * rng.real(), false}, numbers, e.summary);
        }
        // Mostly 有效; older documents are more often superseded (失效) or repealed (废止).
        const double stale = 0.03 + 0.30 * (kLastYear - year) / double(kLastYear - kFirstYear);
        e.validity = rng.chance(stale) ? (rng.chance(0.65) ? "失效" : "废止") : "有效";
        // Log-uniform length.
        e.target_chars = static_cast<int>(std::lround(
            std::exp(std::log(kMinBodyChars) + rng.real() * (std::log(kMaxBodyChars) - std::log(kMinBodyChars)))));
    }

    // A catalog reads in publication order, and 索引号 and 文号 count up through each year in that order.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.published < b.published; });
    Rng seq(seed, 0, kStreamNumbering);
    std::map<std::pair<std::string, int>, int> index_seq, doc_seq;
    for (std::size_t pos = 0; pos < n; ++pos) {
        Entry& e = entries[pos];
        const Issuer& iss = issuers[e.issuer];
        const SourceRow& row = src.rows[e.row];
        // The demo numbers with gaps (00003, 00008, 00013 …): documents not disclosed still take a number.
        int& s = index_seq[{iss.org_code, year_of(e.published)}];
        s += 1 + static_cast<int>(seq.below(5));
        char buf[32];
        std::snprintf(buf, sizeof buf, "/%d-%05d", year_of(e.published), s);
        e.index_no = iss.org_code + buf;
        // 公示 and reports carry no 文号 in the demo; other genres nearly always do.
        const bool numbered = (row.genre == "公示" || row.genre == "报告") ? seq.chance(0.08) : seq.chance(0.92);
        if (numbered) {
            const std::string& prefix = iss.prefixes[seq.below(iss.prefixes.size())];
            const int wy = year_of(e.written);
            int& d = doc_seq[{prefix, wy}];
            ++d;
            e.doc_no = prefix + "〔" + std::to_string(wy) + "〕" + std::to_string(d) + "号";
        }
        char path[64];
        std::snprintf(path, sizeof path, "documents/%03zu/%06zu.md", pos / kFilesPerFolder, pos);
        e.body_path = path;
    }
    return entries;
}

std::string catalog_csv(const Source& src, const std::vector<Entry>& entries) {
    std::string out = "索引号,标题,文号,发布机构,主题分类,体裁分类,成文日期,发布日期,有效性,主题词,内容概述,正文,附件\n";
    out.reserve(entries.size() * 400);
    for (const Entry& e : entries) {
        const SourceRow& row = src.rows[e.row];
        // The one CSV writer, as for any file staff may open in WPS; no generated cell starts like a formula.
        out += core::csv_row({e.index_no, e.title, e.doc_no, join(e.issuers, "；"), row.category, row.genre,
                              core::iso_from_days(e.written), core::iso_from_days(e.published), e.validity, e.keywords,
                              e.summary, e.body_path, ""},
                             "\n");
    }
    return out;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Bodies
//---------------------------------------------------------------------------------------------------------------------

// Names for the lists of people some bodies carry (低保, 高龄津贴, 任免 …). The rare characters are those of the demo
// (䶮, 𠮷, 𪚥: Extension A and B, GB 18030-2022 name characters) plus a few uncommon ones from the basic block that
// people really are named with.
constexpr const char* kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                     "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
constexpr const char* kGivenChars[] = {"建", "国", "秀", "英", "德", "明", "海", "涛", "春", "兰", "志", "强",
                                       "玉", "梅", "文", "华", "永", "红", "桂", "芳", "军", "平", "福", "生"};
constexpr const char* kUncommonNameChars[] = {"堃", "喆", "燚", "淼", "犇", "垚", "昇", "玥"};

std::string person_name(const Source& src, Rng& rng, bool rare) {
    std::string name = rng.pick(kSurnames);
    const int given = rng.range(1, 2);
    const int rare_at = rare ? rng.range(0, given - 1) : -1;
    for (int k = 0; k < given; ++k) {
        if (k == rare_at) {
            name += !src.rare_chars.empty() && rng.chance(0.7) ? rng.pick(src.rare_chars)
                                                               : std::string(rng.pick(kUncommonNameChars));
        } else {
            name += rng.pick(kGivenChars);
        }
    }
    return name;
}

class BodyWriter {
public:
    BodyWriter(const Source& src, const Entry& e, std::uint64_t seed, std::string& out)
        : src_(src), e_(e), row_(src.rows[e.row]), rng_(seed, e.gen, kStreamBody), out_(out) {
        v_.year = year_of(e.published);
        v_.scale = 0.7 + 0.6 * rng_.real();
        out_.clear();
    }

    void write() {
        const int target = e_.target_chars;
        if (e_.traditional) {
            const SourceDoc& d = src_.docs[row_.doc];
            line_phrase("# ", d.h1 >= 0 ? src_.phrases[d.h1] : make_phrase(e_.title, row_.year), true);
        } else {
            line("# " + e_.title);
        }
        if (!e_.doc_no.empty()) line(e_.traditional ? traditional_doc_no(e_.doc_no) : e_.doc_no);
        static const std::set<std::string> kAddressed = {"通知", "意见", "办法", "方案", "通报"};
        if (!e_.traditional && kAddressed.count(row_.genre) && rng_.chance(0.6)) {
            const bool town = e_.issuers.front().find("镇人民政府") != std::string::npos ||
                              e_.issuers.front().find("乡人民政府") != std::string::npos;
            line(town ? "各村（社区），镇直各单位：" : rng_.chance(0.5) ? "各乡镇人民政府，县直有关单位：" : "各乡镇人民政府：");
        }

        int section = 0, subsection = 0;
        int blocks_left = target > 1200 ? rng_.range(1, 3) : 1 << 30;
        bool names_done = !e_.rare_names;
        while (chars_ < static_cast<std::size_t>(target)) {
            if (blocks_left <= 0) {
                if (const Phrase* h = heading(true)) {
                    subsection = 0;
                    line_phrase("## " + chinese_number(++section) + "、", *h, true);
                }
                blocks_left = rng_.range(2, 5);
            } else if (section > 0 && target > 5000 && rng_.chance(0.12)) {
                if (const Phrase* h = heading(false)) line_phrase("### （" + chinese_number(++subsection) + "）", *h, true);
            }
            if (!names_done && chars_ * 3 >= static_cast<std::size_t>(target)) {
                names(section);
                names_done = true;
                --blocks_left;
                continue;
            }
            const SourceDoc& d = src_.docs[pick_doc()];
            const double r = rng_.real();
            if (r < 0.5) {  // a paragraph as the demo wrote it
                paragraph(rng_.pick(d.paragraphs), target);
            } else if (r < 0.85 || d.lists.empty()) {  // a paragraph of sentences from several documents
                std::vector<int> sentences;
                for (int k = rng_.range(2, 6); k > 0; --k) sentences.push_back(rng_.pick(src_.docs[pick_doc()].sentences));
                paragraph(sentences, target);
            } else {  // a run of list items
                const auto& list = rng_.pick(d.lists);
                const std::size_t count = std::min<std::size_t>(list.size(), rng_.range(2, 6));
                const std::size_t from = rng_.below(list.size() - count + 1);
                for (std::size_t k = from; k < from + count && chars_ < static_cast<std::size_t>(target); ++k) {
                    emit("- ");
                    emit(src_.phrases[list[k]]);
                    out_ += '\n';
                }
                out_ += '\n';
            }
            --blocks_left;
        }
        closing();
    }

private:
    int pick_doc() {
        if (e_.traditional) return row_.doc;
        const auto it = src_.docs_by_category.find(row_.category);
        if (it != src_.docs_by_category.end() && rng_.chance(0.7)) return rng_.pick(it->second);
        return rng_.pick(src_.simplified_docs);
    }

    const Phrase* heading(bool level2) {
        for (int tries = 0; tries < 4; ++tries) {
            const SourceDoc& d = src_.docs[pick_doc()];
            const auto& pool = level2 ? d.h2 : d.h3;
            if (!pool.empty()) return &src_.phrases[rng_.pick(pool)];
        }
        return nullptr;
    }

    void emit(std::string_view s) {
        out_ += s;
        chars_ += count_chars(s);
    }
    void emit(const Phrase& p, bool years_only = false) {
        const std::size_t before = out_.size();
        Variation v = v_;
        v.years_only = years_only;
        render(p, v, rng_, out_);
        chars_ += count_chars(std::string_view(out_).substr(before));
    }
    void line(std::string_view s) {
        emit(s);
        out_ += "\n\n";
    }
    void line_phrase(const std::string& prefix, const Phrase& p, bool years_only) {
        emit(prefix);
        emit(p, years_only);
        out_ += "\n\n";
    }

    void paragraph(const std::vector<int>& sentences, int target) {
        for (const int s : sentences) {
            emit(src_.phrases[s]);
            if (chars_ >= static_cast<std::size_t>(target)) break;  // overshoot by at most one sentence
        }
        out_ += "\n\n";
    }

    void names(int& section) {
        static const char* kHeadings[] = {"名单", "人员名单", "对象名单"};
        line("## " + chinese_number(++section) + "、" + kHeadings[rng_.below(3)]);
        line("现将有关人员名单公布如下：");
        const int n = rng_.range(3, 8);
        const int surely_rare = rng_.range(0, n - 1);
        for (int k = 0; k < n; ++k) {
            const bool rare = k == surely_rare || rng_.chance(0.25);
            const bool male = rng_.chance(0.5);
            const int born = year_of(e_.published) - rng_.range(60, 100);
            emit("- " + std::string(rng_.pick(kVillages)) + "：" + person_name(src_, rng_, rare) + "，" +
                 (male ? "男" : "女") + "，" + std::to_string(born) + "年" + std::to_string(rng_.range(1, 12)) + "月生。");
            out_ += '\n';
        }
        out_ += '\n';
    }

    void closing() {
        if (e_.traditional) {  // the transcription's own signature and date, in its own script
            for (const int t : src_.docs[row_.doc].tail) line_phrase("", src_.phrases[t], false);
            return;
        }
        if (row_.genre == "通知" && rng_.chance(0.6)) line("特此通知。");
        if (row_.genre == "公告" && rng_.chance(0.6)) line("特此公告。");
        line(join(e_.issuers, "　　"));
        line(core::chinese_date(core::civil_from_days(e_.written)));
    }

    // 安民发〔2015〕10号 → 安民發〔2015〕10號, as the transcription writes its own.
    static std::string traditional_doc_no(std::string s) {
        for (const auto& [from, to] : {std::pair{"发", "發"}, std::pair{"号", "號"}}) {
            for (std::size_t p; (p = s.find(from)) != std::string::npos;) s.replace(p, 3, to);
        }
        return s;
    }

    const Source& src_;
    const Entry& e_;
    const SourceRow& row_;
    Rng rng_;
    std::string& out_;
    Variation v_;
    std::size_t chars_ = 0;
};

bool write_file(const fs::path& path, std::string_view data, std::string& error) {
    // Plain write(2), no fsync: this is test data, and 100,000 flushes would cost minutes for nothing.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        error = path.string() + ": " + std::strerror(errno);
        return false;
    }
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            error = path.string() + ": " + std::strerror(errno);
            ::close(fd);
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    if (::close(fd) != 0) {
        error = path.string() + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The command
//---------------------------------------------------------------------------------------------------------------------

int usage(const std::string& what) {
    std::fprintf(stderr, "kioskctl gen-corpus: %s\n\n%s", what.c_str(), str::kKioskctlUsage);
    return kExitUsage;
}

int failure(const std::string& what) {
    std::fprintf(stderr, "kioskctl gen-corpus: %s\n", what.c_str());
    return kExitDataError;
}

// --from defaults to the demo content: the source tree's, as CMake knew it, else next to the executable
// (build/kioskctl → ../content).
std::optional<fs::path> default_content_dir() {
    std::vector<fs::path> candidates;
#ifdef KIOSK_SOURCE_DIR
    candidates.push_back(fs::path(KIOSK_SOURCE_DIR) / "content");
#endif
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        candidates.push_back(exe.parent_path().parent_path() / "content");
        candidates.push_back(exe.parent_path() / "content");
    }
    for (const auto& c : candidates) {
        if (fs::is_regular_file(c / "catalog.csv", ec)) return c;
    }
    return std::nullopt;
}

double seconds_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

int cmd_gen_corpus(const std::vector<std::string>& args) {
    const auto start = std::chrono::steady_clock::now();
    std::optional<std::size_t> entries;
    std::uint64_t seed = 1;
    std::string out_arg, from_arg;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const std::string* v = i + 1 < args.size() ? &args[i + 1] : nullptr;
        auto number = [&](std::uint64_t max) -> std::optional<std::uint64_t> {
            if (!v || v->empty() || v->find_first_not_of("0123456789") != std::string::npos || v->size() > 19) {
                return std::nullopt;
            }
            const std::uint64_t x = std::stoull(*v);
            return x <= max ? std::optional(x) : std::nullopt;
        };
        if (a == "--entries") {
            const auto n = number(10'000'000);
            if (!n || *n == 0) return usage("--entries needs a number from 1 to 10000000");
            entries = *n;
        } else if (a == "--seed") {
            const auto n = number(UINT64_MAX);
            if (!n) return usage("--seed needs a whole number");
            seed = *n;
        } else if (a == "-o" || a == "--output") {
            if (!v) return usage("-o needs a folder");
            out_arg = *v;
        } else if (a == "--from") {
            if (!v) return usage("--from needs a content folder");
            from_arg = *v;
        } else {
            return usage("unknown argument " + a);
        }
        ++i;
    }
    if (!entries) return usage("gen-corpus needs --entries N");
    if (out_arg.empty()) return usage("gen-corpus needs -o DIR");
    fs::path from;
    if (!from_arg.empty()) {
        from = from_arg;
    } else if (const auto d = default_content_dir()) {
        from = *d;
    } else {
        return usage("cannot find the demo content folder; give --from CONTENT_DIR");
    }

    // The output folder must be new, empty, or made by gen-corpus before: never overwrite a folder staff prepared.
    const fs::path out = out_arg;
    std::error_code ec;
    if (fs::exists(out, ec)) {
        if (!fs::is_directory(out, ec)) return usage(out_arg + " exists and is not a folder");
        if (fs::equivalent(out, from, ec)) return usage("the output folder is the source folder");
        if (!fs::is_empty(out, ec) && !fs::exists(out / kMarkerFile, ec)) {
            return usage(out_arg + " is not empty and was not made by gen-corpus; give a new folder");
        }
    }

    Source src;
    std::string error;
    if (!load_source(from, src, error)) return failure(error);
    const std::vector<Issuer> issuers = make_issuers(src);
    const std::size_t n = *entries;
    std::vector<Entry> rows = make_rows(src, issuers, n, seed);
    const double prepared = seconds_since(start);

    // Clear a previous run's bodies (a smaller N would leave stale files behind), then lay out the folders.
    fs::create_directories(out, ec);
    if (ec) return failure(out_arg + ": " + ec.message());
    if (!write_file(out / kMarkerFile,
                    "Made by kioskctl gen-corpus --entries " + std::to_string(n) + " --seed " + std::to_string(seed) +
                        " from " + from.string() + "; gen-corpus may overwrite this folder.\n",
                    error)) {
        return failure(error);
    }
    fs::remove_all(out / "documents", ec);
    for (std::size_t d = 0; d * kFilesPerFolder < n; ++d) {
        char name[32];
        std::snprintf(name, sizeof name, "documents/%03zu", d);
        fs::create_directories(out / name, ec);
        if (ec) return failure((out / name).string() + ": " + ec.message());
    }
    for (const char* f : kCopiedFiles) {
        fs::copy_file(from / f, out / f, fs::copy_options::overwrite_existing, ec);
        if (ec) return failure((from / f).string() + ": " + ec.message());
    }
    // The county's synonyms make searches of the corpus like the county's; the sheet is optional, so it is copied
    // when there is one, and an earlier run's copy goes when there is none.
    if (fs::exists(from / kSynonymsFile, ec)) {
        fs::copy_file(from / kSynonymsFile, out / kSynonymsFile, fs::copy_options::overwrite_existing, ec);
        if (ec) return failure((from / kSynonymsFile).string() + ": " + ec.message());
    } else {
        fs::remove(out / kSynonymsFile, ec);
    }

    // Bodies, on every core: each thread takes the next batch of entries and writes them straight to their files.
    std::vector<std::uint32_t> lengths(n);
    std::atomic<std::size_t> next{0};
    std::atomic<std::uint64_t> total_chars{0}, total_bytes{0};
    std::atomic<bool> failed{false};
    std::mutex error_mutex;
    auto worker = [&]() {
        std::string body;
        body.reserve(1 << 17);
        std::string err;
        std::uint64_t chars = 0, bytes = 0;
        constexpr std::size_t kBatch = 64;
        for (std::size_t begin; !failed && (begin = next.fetch_add(kBatch)) < n;) {
            for (std::size_t i = begin; i < std::min(n, begin + kBatch); ++i) {
                BodyWriter(src, rows[i], seed, body).write();
                lengths[i] = static_cast<std::uint32_t>(count_chars(body));
                chars += lengths[i];
                bytes += body.size();
                if (!write_file(out / rows[i].body_path, body, err)) {
                    const std::lock_guard lock(error_mutex);
                    if (!failed.exchange(true)) error = err;
                    break;
                }
            }
        }
        total_chars += chars;
        total_bytes += bytes;
    };
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
    for (auto& t : pool) t.join();
    if (failed) return failure(error);

    const std::string catalog = catalog_csv(src, rows);
    if (!write_file(out / "catalog.csv", catalog, error)) return failure(error);
    const double elapsed = seconds_since(start);

    std::vector<std::uint32_t> sorted = lengths;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t traditional = std::count_if(rows.begin(), rows.end(), [](const Entry& e) { return e.traditional; });
    const std::size_t rare = std::count_if(rows.begin(), rows.end(), [](const Entry& e) { return e.rare_names; });
    const std::size_t dated = std::count_if(rows.begin(), rows.end(), [](const Entry& e) { return !e.doc_no.empty(); });
    std::printf("%s: %zu entries from %s (seed %llu), %zu issuers\n", out_arg.c_str(), n, from.c_str(),
                static_cast<unsigned long long>(seed), issuers.size());
    std::printf("body characters: total %llu, mean %.0f, median %u, p90 %u, min %u, max %u (log-uniform %.0f–%.0f)\n",
                static_cast<unsigned long long>(total_chars.load()), double(total_chars.load()) / double(n),
                sorted[n / 2], sorted[std::min(n - 1, n * 9 / 10)], sorted.front(), sorted.back(), kMinBodyChars,
                kMaxBodyChars);
    std::printf("bytes: bodies %llu, catalog.csv %zu, total %llu\n",
                static_cast<unsigned long long>(total_bytes.load()), catalog.size(),
                static_cast<unsigned long long>(total_bytes.load() + catalog.size()));
    std::printf("with 文号 %zu, traditional bodies %zu, bodies with name lists (生僻字) %zu\n", dated, traditional, rare);
    std::printf("time: %.2f s (%.2f s reading sources and drawing rows, %u threads)\n", elapsed, prepared, threads);
    return kExitOk;
}

}  // namespace kiosk::tools
