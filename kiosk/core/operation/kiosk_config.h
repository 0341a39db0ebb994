// kiosk_config.h — /etc/disclosure-kiosk/kiosk.conf: the one file an office edits to set up a kiosk.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

inline constexpr const char* kDefaultConfigPath = "/etc/disclosure-kiosk/kiosk.conf";
inline constexpr const char* kDefaultTrustedKeysPath = "/etc/disclosure-kiosk/trusted-keys";

// Which way up the picture is. Auto: as the display reports. Portrait on a display that reports landscape (a
// monitor turned on its side) rotates the picture by 90°; landscape on a portrait display likewise.
enum class Orientation { Auto, Landscape, Portrait };
const char* orientation_name(Orientation o);  // "auto", "landscape", "portrait"
// Which way the picture is turned when it is: a monitor can be laid on either side. Left: a quarter turn
// counterclockwise (xrandr's "left", for a monitor turned clockwise); right: clockwise. An installer who sees the
// picture upside down writes the other one.
enum class TurnDirection { Left, Right };
const char* turn_name(TurnDirection t);  // "left", "right"

// The values in effect: the package's defaults, replaced by each line of the file that is right.
struct KioskConfig {
    std::string kiosk_id = "CY01";
    std::string office;  // empty: the content's own office name
    Orientation orientation = Orientation::Auto;
    TurnDirection rotate = TurnDirection::Left;
    std::string content = "/usr/share/disclosure-kiosk/demo.db";
    std::string data_dir = "/var/lib/disclosure-kiosk";
    std::string fonts = "/usr/share/disclosure-kiosk/fonts/fallback.txt";
    int idle_reset_seconds = 90;
    int form_warning_seconds = 60;
    int staff_idle_seconds = 90;
    // The reset while a long page is open (ui/timeouts.h); never shorter than idle_reset_seconds in effect.
    int long_page_idle_seconds = 180;
    std::vector<std::string> watch;         // empty: the kiosk's defaults (platform::default_usb_roots())
    std::string printer;                    // empty: no printer
    std::vector<std::string> trusted_keys;  // empty: /etc/disclosure-kiosk/trusted-keys
    std::string office_key = "/etc/disclosure-kiosk/office.pub";  // empty: the form takes no applications
    std::string staff_pin_hash;             // empty: only DATA/staff-pin (kioskctl set-pin)
    // 朗读: the access bar's button that reads a page aloud, and how loud (a hall with a low speaker, or headphones).
    bool speech = true;
    int speech_volume = 80;  // 0–100
};

inline constexpr int kMinTimeoutSeconds = 30;
inline constexpr int kMaxTimeoutSeconds = 3600;
// A 还在吗 countdown shorter than this (idle_reset − form_warning) gives an applicant no time to answer.
inline constexpr int kMinFormCountdownSeconds = 10;

enum class ConfigSeverity {
    Warning,  // the value is used, but something looks wrong (a key file not installed yet)
    Error,    // the line was not used: the key keeps its default (or its earlier line)
};

struct ConfigProblem {
    int line = 0;  // 1-based; 0 = the file as a whole
    ConfigSeverity severity = ConfigSeverity::Error;
    std::string key;  // the key the line sets, when known
    std::string zh, en;
    // "第 3 行：…" / "line 3: …" (or without the line for 0).
    std::string to_zh() const;
    std::string to_en() const;
};

struct ConfigResult {
    KioskConfig config;
    std::vector<ConfigProblem> problems;
    std::string path;            // the file read ("" when parsed from text)
    bool file_read = false;      // false: the file is missing or unreadable, every value is the default
    // Every line that set a key, in file order. `applied`: its value was taken (a wrong value keeps the default).
    struct UsedLine {
        std::string key;
        int line = 0;
        bool applied = false;
    };
    std::vector<UsedLine> lines_used;

    bool has_errors() const;
    bool set_in_file(std::string_view key) const;  // some line set it and its value was taken
};

// Parses the text of a config file: syntax and values only (no file is opened). `base_dir` resolves relative paths.
ConfigResult parse_kiosk_config(std::string_view text, const std::string& base_dir = "");

// Checks that the files the config names are there and usable: the content snapshot opens, the fonts file is
// readable, the office key and each trusted key parse (core::TrustedKeys, as the kiosk loads them). A file that is
// wrong makes its key go back to the default; a key file not installed yet is a warning. Keys in `unchecked` are
// skipped: the kiosk's command line replaces them, so their files are not the ones used.
void check_config_files(ConfigResult& result, const std::vector<std::string>& unchecked = {});

// Reads, parses and checks the file at `path`. A missing or unreadable file is one problem on line 0 and all defaults.
ConfigResult load_kiosk_config(const std::string& path, const std::vector<std::string>& unchecked = {});

// The known key closest to `word` (edit distance, for "did you mean"), or "" when none is close.
std::string nearest_config_key(std::string_view word);

}  // namespace kiosk::core
