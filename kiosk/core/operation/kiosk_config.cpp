// kiosk_config.cpp — see kiosk_config.h.
//
// Sections: the keys; reading lines; each key's value; the timeouts together; the files the config names.
//
// Staff edit this file by hand, often with a Chinese input method still on, and then walk away; a mistake must never
// keep the kiosk from starting. So parsing never fails: every problem is reported with its line number, in Chinese
// and English, with a severity, and a key whose value is wrong simply keeps its default (packaging/kiosk.conf lists
// the defaults). `kioskctl config check` prints the problems; the kiosk writes them to the journal at start and
// shows them to staff.
//
// Format: UTF-8 `key = value` lines; lines starting with # are comments (there are no comments after a value: a
// printer or office name may hold a #). `watch` and `trusted_keys` may be repeated; any other key given twice is an
// error and its first line counts. A BOM, CRLF line ends, full-width ＝ and full-width spaces are accepted. Relative
// paths are taken relative to the folder the file is in.
//
// Index of this file:
// [SECTION] The keys
// [SECTION] Each key's value
// [SECTION] The timeouts together
// [SECTION] The files the config names
#include "core/operation/kiosk_config.h"

#include <sodium.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/updates/bundle_io.h"
#include "core/content/content_store.h"
#include "core/updates/signing.h"
#include "core/base/strings_zh.h"
#include "core/zh/text_encoding.h"
#include "core/base/text_format.h"
#include "core/base/utf8.h"
#include "core/base/value_parse.h"

namespace kiosk::core {

namespace fs = std::filesystem;

namespace {

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The keys
//---------------------------------------------------------------------------------------------------------------------

struct KeySpec {
    const char* name;
    bool repeatable;
};

constexpr KeySpec kKeys[] = {
    {"kiosk_id", false},         {"office", false},           {"orientation", false},
    {"rotate", false},
    {"content", false},          {"data_dir", false},         {"fonts", false},
    {"idle_reset_seconds", false}, {"form_warning_seconds", false}, {"staff_idle_seconds", false},
    {"long_page_idle_seconds", false},
    {"watch", true},             {"printer", false},          {"trusted_keys", true},
    {"office_key", false},       {"staff_pin_hash", false},
    {"speech", false},           {"speech_volume", false},
};

const KeySpec* find_key(std::string_view name) {
    for (const KeySpec& k : kKeys)
        if (name == k.name) return &k;
    return nullptr;
}

// Longer lines are not something a person typed; a config file larger than this is not a config file.
constexpr std::size_t kMaxLineBytes = 4096;
constexpr std::uintmax_t kMaxFileBytes = 1 << 20;
constexpr std::size_t kMaxOfficeChars = 60;
constexpr std::size_t kMaxKioskIdChars = 12;
constexpr std::size_t kMaxPrinterChars = 127;  // CUPS' limit for a queue name
// GB 32100's alphabet, the receipt numbers' (application_store.cpp): no I, O, S, V, Z.
constexpr std::string_view kReceiptAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

const KioskConfig kDefaults{};

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// ASCII blanks and the ideographic space U+3000 that a Chinese input method types.
std::string_view trim(std::string_view s) {
    constexpr std::string_view kIdeoSpace = "\xE3\x80\x80";
    for (;;) {
        if (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
        else if (s.substr(0, 3) == kIdeoSpace) s.remove_prefix(3);
        else break;
    }
    for (;;) {
        if (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
        else if (s.size() >= 3 && s.substr(s.size() - 3) == kIdeoSpace) s.remove_suffix(3);
        else break;
    }
    return s;
}

class Problems {
public:
    explicit Problems(ConfigResult& r) : r_(r) {}
    template <typename... Args>
    void add(int line, ConfigSeverity sev, std::string_view key, const str::Bilingual& m, Args... args) {
        ConfigProblem p;
        p.line = line;
        p.severity = sev;
        p.key = std::string(key);
        p.zh = format_message(m.zh, args...);
        p.en = format_message(m.en, args...);
        r_.problems.push_back(std::move(p));
    }
    template <typename... Args>
    void error(int line, std::string_view key, const str::Bilingual& m, Args... args) {
        add(line, ConfigSeverity::Error, key, m, args...);
    }
    template <typename... Args>
    void warning(int line, std::string_view key, const str::Bilingual& m, Args... args) {
        add(line, ConfigSeverity::Warning, key, m, args...);
    }

private:
    ConfigResult& r_;
};

std::string resolve_path(std::string_view value, const std::string& base_dir) {
    const fs::path p{std::string(value)};
    if (p.is_absolute() || base_dir.empty()) return p.string();
    return (fs::path(base_dir) / p).lexically_normal().string();
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Each key's value
//---------------------------------------------------------------------------------------------------------------------

struct LineContext {
    int line;
    std::string key;
    std::string value;  // trimmed
};

bool parse_orientation(std::string_view word, Orientation* out) {
    const std::string w = lower_ascii(word);
    if (w == "auto" || w == "自动") *out = Orientation::Auto;
    else if (w == "landscape" || w == "横屏" || w == "横") *out = Orientation::Landscape;
    else if (w == "portrait" || w == "竖屏" || w == "竖") *out = Orientation::Portrait;
    else return false;
    return true;
}

bool parse_turn(std::string_view word, TurnDirection* out) {
    const std::string w = lower_ascii(word);
    if (w == "left" || w == "向左" || w == "左" || w == "逆时针") *out = TurnDirection::Left;
    else if (w == "right" || w == "向右" || w == "右" || w == "顺时针") *out = TurnDirection::Right;
    else return false;
    return true;
}

// A CUPS queue name (printable, no space, '/', '\\', quotes or '#', not starting with '-', which would read as an
// option) or an IPP address (ipp:// or ipps://, receipt_print.h speaks to it directly) with a host after the scheme.
bool printer_ok(std::string_view name) {
    const bool uri = name.rfind("ipp://", 0) == 0 || name.rfind("ipps://", 0) == 0;
    if (name.size() > (uri ? kMaxLineBytes : kMaxPrinterChars) || name.front() == '-') return false;
    if (uri && name.substr(name.find("//") + 2).empty()) return false;
    for (const char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7F || c == '\\' || c == '#' || c == '\'' || c == '"' || (c == '/' && !uri)) return false;
    }
    return true;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// libsodium's own parser decides: needs_rehash returns -1 for anything that is not a valid hash string.
bool argon2id_string_ok(const std::string& s) {
    if (s.rfind("$argon2id$", 0) != 0 || sodium_init() < 0) return false;
    return crypto_pwhash_str_needs_rehash(s.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != -1;
}

bool set_timeout(const LineContext& c, int* field, int fallback, Problems& p) {
    const auto n = parse_integer(c.value);
    if (!n) {
        p.error(c.line, c.key, str::kCfgBadNumber, c.key.c_str(), c.value.c_str(), fallback);
        return false;
    }
    if (*n < kMinTimeoutSeconds || *n > kMaxTimeoutSeconds) {
        p.error(c.line, c.key, str::kCfgOutOfRange, c.key.c_str(), kMinTimeoutSeconds, kMaxTimeoutSeconds, *n,
                fallback);
        return false;
    }
    *field = static_cast<int>(*n);
    return true;
}

// Applies one `key = value` line; false when the value was not taken (the key keeps its default).
bool apply_line(const LineContext& c, const std::string& base_dir, KioskConfig& cfg, Problems& p) {
    const std::string& v = c.value;
    const std::string& k = c.key;
    const bool may_be_empty = k == "office" || k == "printer" || k == "staff_pin_hash" || k == "office_key";
    if (v.empty() && !may_be_empty) {
        p.error(c.line, k, str::kCfgEmptyValue, k.c_str());
        return false;
    }
    // A "# comment" after a value is part of the value: say so, since the value then rarely means what was meant.
    if (k != "staff_pin_hash" && !v.empty() && (v[0] == '#' || v.find(" #") != std::string::npos || v.find("\t#") != std::string::npos))
        p.warning(c.line, k, str::kCfgValueHasHash);

    if (k == "kiosk_id") {
        std::string id = v;
        bool lowered = false;
        for (char& ch : id)
            if (ch >= 'a' && ch <= 'z') { ch = static_cast<char>(ch - 'a' + 'A'); lowered = true; }
        const bool ok = id.size() <= kMaxKioskIdChars &&
                        std::all_of(id.begin(), id.end(), [](char ch) { return kReceiptAlphabet.find(ch) != std::string_view::npos; });
        if (!ok) { p.error(c.line, k, str::kCfgBadKioskId, v.c_str(), kDefaults.kiosk_id.c_str()); return false; }
        if (lowered) p.warning(c.line, k, str::kCfgKioskIdUpper, id.c_str());
        cfg.kiosk_id = id;
    } else if (k == "office") {
        const bool control = std::any_of(v.begin(), v.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x20; });
        if (control || code_point_count(v) > kMaxOfficeChars) {
            p.error(c.line, k, str::kCfgBadOffice, static_cast<int>(kMaxOfficeChars));
            return false;
        }
        cfg.office = v;
    } else if (k == "orientation") {
        if (!parse_orientation(v, &cfg.orientation)) { p.error(c.line, k, str::kCfgBadOrientation, v.c_str()); return false; }
    } else if (k == "rotate") {
        if (!parse_turn(v, &cfg.rotate)) { p.error(c.line, k, str::kCfgBadRotate, v.c_str()); return false; }
    } else if (k == "content") {
        cfg.content = resolve_path(v, base_dir);
    } else if (k == "data_dir") {
        cfg.data_dir = resolve_path(v, base_dir);
    } else if (k == "fonts") {
        cfg.fonts = resolve_path(v, base_dir);
    } else if (k == "idle_reset_seconds") {
        return set_timeout(c, &cfg.idle_reset_seconds, kDefaults.idle_reset_seconds, p);
    } else if (k == "form_warning_seconds") {
        return set_timeout(c, &cfg.form_warning_seconds, kDefaults.form_warning_seconds, p);
    } else if (k == "staff_idle_seconds") {
        return set_timeout(c, &cfg.staff_idle_seconds, kDefaults.staff_idle_seconds, p);
    } else if (k == "long_page_idle_seconds") {
        return set_timeout(c, &cfg.long_page_idle_seconds, kDefaults.long_page_idle_seconds, p);
    } else if (k == "watch") {
        cfg.watch.push_back(resolve_path(v, base_dir));
    } else if (k == "trusted_keys") {
        cfg.trusted_keys.push_back(resolve_path(v, base_dir));
    } else if (k == "printer") {
        if (!v.empty() && !printer_ok(v)) { p.error(c.line, k, str::kCfgBadPrinter, v.c_str()); return false; }
        cfg.printer = v;
    } else if (k == "office_key") {
        if (v.empty()) p.warning(c.line, k, str::kCfgOfficeKeyEmpty);
        cfg.office_key = v.empty() ? std::string() : resolve_path(v, base_dir);
    } else if (k == "speech") {
        const std::string w = lower_ascii(v);
        if (w == "on" || w == "yes" || w == "true" || w == "1" || w == "开") cfg.speech = true;
        else if (w == "off" || w == "no" || w == "false" || w == "0" || w == "关") cfg.speech = false;
        else { p.error(c.line, k, str::kCfgBadSpeech, v.c_str()); return false; }
    } else if (k == "speech_volume") {
        const auto n = parse_integer(v);
        if (!n || *n < 0 || *n > 100) {
            p.error(c.line, k, str::kCfgBadVolume, v.c_str(), kDefaults.speech_volume);
            return false;
        }
        cfg.speech_volume = static_cast<int>(*n);
    } else if (k == "staff_pin_hash") {
        if (v.empty()) { cfg.staff_pin_hash.clear(); return true; }
        if (all_digits(v)) { p.error(c.line, k, str::kCfgPinNotHash); return false; }
        if (!argon2id_string_ok(v)) { p.error(c.line, k, str::kCfgBadPinHash); return false; }
        cfg.staff_pin_hash = v;
    }
    return true;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The timeouts together
//---------------------------------------------------------------------------------------------------------------------

// The first line that set `key` (0: none); `applied_only`: only a line whose value was taken.
int line_of(const ConfigResult& r, std::string_view key, bool applied_only = false) {
    for (const auto& u : r.lines_used)
        if (u.key == key && (u.applied || !applied_only)) return u.line;
    return 0;
}

void check_timeouts(ConfigResult& r, Problems& p) {
    KioskConfig& c = r.config;
    if (c.form_warning_seconds < c.idle_reset_seconds) {
        const int countdown = c.idle_reset_seconds - c.form_warning_seconds;
        if (countdown < kMinFormCountdownSeconds) {
            const int line = std::max(line_of(r, "form_warning_seconds"), line_of(r, "idle_reset_seconds"));
            p.warning(line, "form_warning_seconds", str::kCfgShortCountdown, countdown, kMinFormCountdownSeconds);
        }
        return;
    }
    const int line = line_of(r, "form_warning_seconds") ? line_of(r, "form_warning_seconds") : line_of(r, "idle_reset_seconds");
    const int asked_warning = c.form_warning_seconds, asked_reset = c.idle_reset_seconds;
    c.form_warning_seconds = kDefaults.form_warning_seconds;
    if (c.form_warning_seconds >= c.idle_reset_seconds) c.idle_reset_seconds = kDefaults.idle_reset_seconds;
    p.error(line, "form_warning_seconds", str::kCfgWarningAfterReset, asked_warning, asked_reset,
            c.idle_reset_seconds, c.form_warning_seconds);
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The files the config names
//---------------------------------------------------------------------------------------------------------------------

// A value the file check refused goes back to the default: its line no longer counts as setting the key.
void unapply(ConfigResult& r, std::string_view key) {
    for (auto& u : r.lines_used)
        if (u.key == key) u.applied = false;
}

bool path_exists(const std::string& path) {
    struct stat sb {};
    return ::stat(path.c_str(), &sb) == 0;
}

std::string readable_error(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::strerror(errno ? errno : EACCES);
    if (fs::is_directory(path)) return std::strerror(EISDIR);
    return "";
}

void check_content(ConfigResult& r, Problems& p) {
    std::string& content = r.config.content;
    const int line = line_of(r, "content", true);
    std::string why;
    if (!path_exists(content)) {
        why = std::strerror(ENOENT);
    } else {
        try {
            ContentStore::open(content);
            return;
        } catch (const std::exception& e) {
            why = e.what();
            std::replace(why.begin(), why.end(), '\n', ' ');
        }
    }
    const bool missing = !path_exists(content);
    if (content != kDefaults.content) {  // a value of the file's own: it goes back to the package's
        if (missing) p.error(line, "content", str::kCfgContentMissing, content.c_str(), kDefaults.content.c_str());
        else p.error(line, "content", str::kCfgContentBad, content.c_str(), why.c_str(), kDefaults.content.c_str());
        content = kDefaults.content;
        unapply(r, "content");
    } else if (missing) {
        p.error(line, "content", str::kCfgDefaultContentMissing, content.c_str());
    } else {
        p.error(line, "content", str::kCfgDefaultContentBad, content.c_str(), why.c_str());
    }
}

void check_fonts(ConfigResult& r, Problems& p) {
    std::string& fonts = r.config.fonts;
    const int line = line_of(r, "fonts", true);
    const std::string why = path_exists(fonts) ? readable_error(fonts) : std::strerror(ENOENT);
    if (why.empty()) return;
    if (fonts != kDefaults.fonts) {
        p.error(line, "fonts", str::kCfgFontsBad, fonts.c_str(), why.c_str(), kDefaults.fonts.c_str());
        fonts = kDefaults.fonts;
        unapply(r, "fonts");
    } else {
        p.warning(line, "fonts", str::kCfgDefaultFontsBad, fonts.c_str(), why.c_str());
    }
}

void check_office_key(ConfigResult& r, Problems& p) {
    std::string& key = r.config.office_key;
    if (key.empty()) return;
    const int line = line_of(r, "office_key", true);
    if (!path_exists(key)) {
        p.warning(line, "office_key", str::kCfgOfficeKeyMissing, key.c_str());
        return;
    }
    std::string error;
    if (read_office_public_key(key, &error)) return;
    std::replace(error.begin(), error.end(), '\n', ' ');
    p.error(line, "office_key", str::kCfgOfficeKeyBad, key.c_str(), error.c_str());
    key = key != kDefaults.office_key ? kDefaults.office_key : std::string();
    unapply(r, "office_key");
}

void check_trusted_keys(ConfigResult& r, Problems& p) {
    std::vector<std::string>& list = r.config.trusted_keys;
    std::vector<int> lines;
    for (const auto& u : r.lines_used)
        if (u.key == "trusted_keys" && u.applied) lines.push_back(u.line);
    const bool from_file = !list.empty();
    const std::vector<std::string> entries = from_file ? list : std::vector<std::string>{kDefaultTrustedKeysPath};
    std::vector<std::string> kept;
    TrustedKeys all;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string& entry = entries[i];
        const int line = from_file && i < lines.size() ? lines[i] : 0;
        if (!path_exists(entry)) {
            p.warning(line, "trusted_keys", str::kCfgTrustedMissing, entry.c_str());
            kept.push_back(entry);  // installed later, the kiosk reads it at its next start
            continue;
        }
        TrustedKeys one;
        std::string error;
        if (!one.add_from(entry, &error)) {
            std::replace(error.begin(), error.end(), '\n', ' ');
            p.error(line, "trusted_keys", str::kCfgTrustedBad, entry.c_str(), error.c_str());
            continue;
        }
        if (one.keys.empty()) p.warning(line, "trusted_keys", str::kCfgTrustedEmptyDir, entry.c_str());
        for (const auto& k : one.keys)
            if (!all.trusts(k)) all.keys.push_back(k);
        kept.push_back(entry);
    }
    if (from_file) list = kept;
    if (all.keys.empty()) p.warning(0, "trusted_keys", str::kCfgNoTrustedKeys);
}

}  // namespace

const char* orientation_name(Orientation o) {
    switch (o) {
        case Orientation::Auto: return "auto";
        case Orientation::Landscape: return "landscape";
        case Orientation::Portrait: return "portrait";
    }
    return "auto";
}

const char* turn_name(TurnDirection t) { return t == TurnDirection::Right ? "right" : "left"; }

std::string ConfigProblem::to_zh() const {
    return line > 0 ? format_text(str::kCfgLinePrefix.zh, line) + zh : zh;
}

std::string ConfigProblem::to_en() const {
    return line > 0 ? format_text(str::kCfgLinePrefix.en, line) + en : en;
}

bool ConfigResult::has_errors() const {
    return std::any_of(problems.begin(), problems.end(),
                       [](const ConfigProblem& p) { return p.severity == ConfigSeverity::Error; });
}

bool ConfigResult::set_in_file(std::string_view key) const { return line_of(*this, key, true) != 0; }

std::string nearest_config_key(std::string_view word) {
    const std::string w = lower_ascii(word);
    std::string best;
    std::size_t best_distance = 4;  // more edits than this is a different word, not a typo
    for (const KeySpec& k : kKeys) {
        const std::string_view name = k.name;
        std::size_t d = edit_distance(w, name);
        // "idle_reset" for idle_reset_seconds, "pin_hash" for staff_pin_hash: a part of the name, typed alone.
        if (w.size() >= 4 && name.find(w) != std::string_view::npos) d = std::min<std::size_t>(d, 1);
        if (d < best_distance) { best_distance = d; best = name; }
    }
    return best;
}

ConfigResult parse_kiosk_config(std::string_view text, const std::string& base_dir) {
    ConfigResult r;
    Problems p(r);
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // Notepad's BOM
    std::vector<std::string> seen_once;  // non-repeatable keys already set, for duplicates

    bool any_setting = false;
    int line_no = 0;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.size() > kMaxLineBytes) {
            p.error(line_no, "", str::kCfgLineTooLong, static_cast<int>(kMaxLineBytes));
            continue;
        }
        if (!is_valid_utf8(line)) { p.error(line_no, "", str::kCfgNotUtf8); continue; }
        if (std::any_of(line.begin(), line.end(), [](char ch) {
                const auto c = static_cast<unsigned char>(ch);
                return (c < 0x20 && c != '\t') || c == 0x7F;
            })) {
            p.error(line_no, "", str::kCfgControlChars);
            continue;
        }
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;

        std::size_t eq = line.find('=');
        std::size_t eq_len = 1;
        constexpr std::string_view kFullwidthEquals = "\xEF\xBC\x9D";  // ＝
        const std::size_t wide = line.find(kFullwidthEquals);
        if (wide != std::string_view::npos && (eq == std::string_view::npos || wide < eq)) {
            eq = wide;
            eq_len = kFullwidthEquals.size();
        }
        if (eq == std::string_view::npos || trim(line.substr(0, eq)).empty()) {
            p.error(line_no, "", str::kCfgNotKeyValue);
            continue;
        }
        LineContext c{line_no, std::string(trim(line.substr(0, eq))), std::string(trim(line.substr(eq + eq_len)))};
        if (eq_len != 1) p.warning(line_no, c.key, str::kCfgFullwidthEquals);
        any_setting = true;
        const KeySpec* spec = find_key(c.key);
        if (!spec) {
            const std::string near = nearest_config_key(c.key);
            if (near.empty()) p.error(line_no, c.key, str::kCfgUnknownKey, c.key.c_str());
            else p.error(line_no, c.key, str::kCfgUnknownKeySuggest, c.key.c_str(), near.c_str());
            continue;
        }
        if (!spec->repeatable) {
            if (std::find(seen_once.begin(), seen_once.end(), c.key) != seen_once.end()) {
                p.error(line_no, c.key, str::kCfgDuplicate, c.key.c_str(), line_of(r, c.key));
                continue;
            }
            seen_once.push_back(c.key);
        }
        // A line counts as the key's line even when its value is wrong, so a later duplicate is still reported.
        const bool applied = apply_line(c, base_dir, r.config, p);
        r.lines_used.push_back({c.key, line_no, applied});
    }
    if (!any_setting && r.problems.empty()) p.warning(0, "", str::kCfgEmpty);
    check_timeouts(r, p);
    return r;
}

void check_config_files(ConfigResult& r, const std::vector<std::string>& unchecked) {
    Problems p(r);
    auto wanted = [&](const char* key) { return std::find(unchecked.begin(), unchecked.end(), key) == unchecked.end(); };
    if (wanted("content")) check_content(r, p);
    if (wanted("fonts")) check_fonts(r, p);
    if (wanted("office_key")) check_office_key(r, p);
    if (wanted("trusted_keys")) check_trusted_keys(r, p);
    // In file order, as staff read the file; what concerns the file as a whole last.
    std::stable_sort(r.problems.begin(), r.problems.end(), [](const ConfigProblem& a, const ConfigProblem& b) {
        return (a.line == 0 ? INT_MAX : a.line) < (b.line == 0 ? INT_MAX : b.line);
    });
}

ConfigResult load_kiosk_config(const std::string& path, const std::vector<std::string>& unchecked) {
    std::error_code ec;
    ConfigResult r;
    Problems p(r);
    r.path = path;
    const bool exists = fs::exists(path, ec);
    std::string why;
    std::string bytes;
    if (!exists) {
        p.error(0, "", str::kCfgFileMissing, path.c_str());
    } else if (fs::is_directory(path, ec)) {
        p.error(0, "", str::kCfgFileUnreadable, path.c_str(), std::strerror(EISDIR));
    } else if (const auto size = fs::file_size(path, ec); !ec && size > kMaxFileBytes) {
        p.error(0, "", str::kCfgFileTooLarge, path.c_str(), static_cast<int>(kMaxFileBytes >> 20));
    } else {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            p.error(0, "", str::kCfgFileUnreadable, path.c_str(), std::strerror(errno ? errno : EACCES));
        } else {
            bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
            r.file_read = true;
        }
    }
    if (r.file_read) {
        const std::string base = fs::absolute(fs::path(path), ec).parent_path().string();
        r = parse_kiosk_config(bytes, base);
        r.path = path;
        r.file_read = true;
    }
    check_config_files(r, unchecked);
    return r;
}

}  // namespace kiosk::core
