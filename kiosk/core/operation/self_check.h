// self_check.h — what the kiosk checks about itself at start, before a visitor touches it.
//
// A kiosk in a township hall has no technician beside it: whatever is wrong at start must be found then, written to
// the journal, shown to staff, and worked around rather than crashed on. Four things are checked:
//   fonts     every file the font chain names exists, is readable and starts like a font; without any usable Chinese
//             face the kiosk falls back to Debian's Noto CJK paths (kNotoCjkFallback);
//   content   which snapshot will be shown (ContentInstall::live_snapshot: current → previous → factory) and why;
//   data      the data folder takes a file (created, fsynced, removed);
//   disk      free space there (statvfs): a warning under 500 MB; under 50 MB an error, and the request form then says
//             it cannot take applications rather than fail when the applicant presses 提交.
// No SDL: the same report is printed by `kioskctl self-check`.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::core {

// The font chain text (fonts/fallback.txt's format) the kiosk uses when its configured one gives no Chinese face:
// the places Debian 12's fonts-noto-cjk (and fonts-hanazono, for rare characters) install to. It is also the text
// layer's built-in chain (text::find_font_chains with no file), so what is checked here is what is loaded there.
inline constexpr const char* kNotoCjkFallback =
    "regular | Noto Sans CJK SC | /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc\n"
    "regular | Noto Serif CJK SC | /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc\n"
    "regular | HanaMinA | /usr/share/fonts/truetype/hanazono/HanaMinA.ttf\n"
    "regular | HanaMinB | /usr/share/fonts/truetype/hanazono/HanaMinB.ttf\n"
    "bold | Noto Sans CJK SC | /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc\n";

struct SelfCheckInputs {
    std::string fonts_file;        // the font chain; empty = the built-in default (Debian's Noto CJK paths)
    std::string factory_snapshot;  // the snapshot shown until an update is imported
    std::string data_dir;
    std::uint64_t warn_free_bytes = 500ull << 20;
    std::uint64_t error_free_bytes = 50ull << 20;
};

enum class CheckSeverity { Ok, Warning, Error };

struct CheckFinding {
    enum class Topic { Fonts, Content, Data, Disk } topic = Topic::Fonts;
    CheckSeverity severity = CheckSeverity::Ok;
    std::string zh, en;
};

struct SelfCheckReport {
    std::vector<CheckFinding> findings;

    // Fonts: the chain to load. `fonts_file` as given when it has a usable Chinese face; "" (the built-in Debian
    // paths) when they are usable instead; fonts_usable false when neither is.
    std::string fonts_file;
    bool fonts_usable = false;

    enum class Snapshot { Current, Previous, Factory, None } snapshot = Snapshot::None;
    std::string snapshot_path;  // the one that will be shown ("" when None)

    bool data_writable = false;
    bool free_space_known = false;
    std::uint64_t free_bytes = 0;
    bool disk_full = false;  // under error_free_bytes: take no applications

    bool has_errors() const;
    // The Chinese text of every warning and error, for the staff page.
    std::vector<std::string> staff_lines() const;
};

// Runs every check. Never throws; creates the data folder if it is missing (as the kiosk would).
SelfCheckReport run_self_check(const SelfCheckInputs& in);

// The parts, for tests and for the kiosk when it needs only one.
void check_fonts(const std::string& fonts_file, SelfCheckReport& report);
void check_snapshot(const std::string& data_dir, const std::string& factory, SelfCheckReport& report);
void check_data_dir(const std::string& data_dir, SelfCheckReport& report);
void check_free_space(const std::string& data_dir, const SelfCheckInputs& limits, SelfCheckReport& report);

}  // namespace kiosk::core
