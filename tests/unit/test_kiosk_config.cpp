// test_kiosk_config.cpp — kiosk.conf (core/operation/kiosk_config.h): each key's values, the line-level problems of files
// staff edit by hand (binary junk, CRLF, BOM, full-width ＝, very long lines, empty and missing files), the files
// the config names, the packaged default file, and the staff PIN taken from the config's hash.
#include <catch2/catch.hpp>

#include <functional>

#include "bundle_fixture.h"
#include "core/operation/kiosk_config.h"
#include "core/updates/signing.h"
#include "core/operation/staff_pin.h"

using namespace kiosk::core;
using test_support::TempDir;
namespace fs = std::filesystem;

namespace {

// What a row expects: a check of the values, and the one problem (or none) with its line, severity and a word of
// its English text.
struct Row {
    const char* name;
    std::string text;
    std::function<bool(const KioskConfig&)> values;
    int problem_line = -1;  // -1: no problem at all
    ConfigSeverity severity = ConfigSeverity::Error;
    const char* en_contains = "";
};

std::string describe(const ConfigResult& r) {
    std::string out;
    for (const auto& p : r.problems)
        out += "[" + std::to_string(p.line) + (p.severity == ConfigSeverity::Error ? " E] " : " W] ") + p.en + "\n";
    return out.empty() ? "(no problems)" : out;
}

const KioskConfig kDefaults{};

}  // namespace

TEST_CASE("each key's values are taken or refused line by line, a refused one keeping its default", "[config]") {
    const std::string long_line = "office = " + std::string(5000, 'x') + "\nkiosk_id = CY09";
    std::string long_office;  // 61 Chinese characters: one more than an office name may have
    for (int i = 0; i < 61; ++i) long_office += "镇";
    const std::vector<Row> rows = {
        {"empty text", "", [](const KioskConfig& c) { return c.kiosk_id == "CY01" && c.idle_reset_seconds == 90; },
         0, ConfigSeverity::Warning, "sets nothing"},
        {"comments only", "# 说明\n\n   # more\n", [](const KioskConfig& c) { return c.office.empty(); }, 0,
         ConfigSeverity::Warning, "sets nothing"},
        {"kiosk id", "kiosk_id = CY02", [](const KioskConfig& c) { return c.kiosk_id == "CY02"; }},
        {"kiosk id in lower case", "kiosk_id = cy02", [](const KioskConfig& c) { return c.kiosk_id == "CY02"; }, 1,
         ConfigSeverity::Warning, "upper-cased"},
        {"kiosk id with S", "kiosk_id = CS01", [](const KioskConfig& c) { return c.kiosk_id == "CY01"; }, 1,
         ConfigSeverity::Error, "except I O S V Z"},
        {"kiosk id too long", "kiosk_id = ABCDEFGHJKLMN", [](const KioskConfig& c) { return c.kiosk_id == "CY01"; },
         1, ConfigSeverity::Error, "at most 12"},
        {"timeout", "idle_reset_seconds = 120", [](const KioskConfig& c) { return c.idle_reset_seconds == 120; }},
        {"full-width digits", "idle_reset_seconds = １２０",
         [](const KioskConfig& c) { return c.idle_reset_seconds == 120; }},
        {"timeout with a unit", "idle_reset_seconds = 90s",
         [](const KioskConfig& c) { return c.idle_reset_seconds == 90; }, 1, ConfigSeverity::Error, "whole number"},
        {"timeout too short", "staff_idle_seconds = 10",
         [](const KioskConfig& c) { return c.staff_idle_seconds == 90; }, 1, ConfigSeverity::Error, "30 to 3600"},
        {"timeout too long", "staff_idle_seconds = 4000",
         [](const KioskConfig& c) { return c.staff_idle_seconds == 90; }, 1, ConfigSeverity::Error, "not 4000"},
        {"warning after the reset", "form_warning_seconds = 100",
         [](const KioskConfig& c) { return c.form_warning_seconds == 60 && c.idle_reset_seconds == 90; }, 1,
         ConfigSeverity::Error, "must be less than"},
        {"warning after a short reset", "idle_reset_seconds = 45\nform_warning_seconds = 50",
         [](const KioskConfig& c) { return c.form_warning_seconds == 60 && c.idle_reset_seconds == 90; }, 2,
         ConfigSeverity::Error, "using idle_reset_seconds = 90"},
        {"short countdown", "idle_reset_seconds = 65\nform_warning_seconds = 60",
         [](const KioskConfig& c) { return c.idle_reset_seconds == 65 && c.form_warning_seconds == 60; }, 2,
         ConfigSeverity::Warning, "only 5 s"},
        {"speech off", "speech = off", [](const KioskConfig& c) { return !c.speech; }},
        {"speech in Chinese", "speech = 关", [](const KioskConfig& c) { return !c.speech; }},
        {"speech misspelt", "speech = of", [](const KioskConfig& c) { return c.speech; }, 1, ConfigSeverity::Error,
         "on or off"},
        {"speech volume", "speech_volume = 35", [](const KioskConfig& c) { return c.speech_volume == 35; }},
        {"speech volume too loud", "speech_volume = 150", [](const KioskConfig& c) { return c.speech_volume == 80; },
         1, ConfigSeverity::Error, "0 to 100"},
        {"portrait", "orientation = portrait", [](const KioskConfig& c) { return c.orientation == Orientation::Portrait; }},
        {"竖屏", "orientation = 竖屏", [](const KioskConfig& c) { return c.orientation == Orientation::Portrait; }},
        {"Landscape", "orientation = Landscape",
         [](const KioskConfig& c) { return c.orientation == Orientation::Landscape; }},
        {"rotate right", "rotate = right", [](const KioskConfig& c) { return c.rotate == TurnDirection::Right; }},
        {"向右", "rotate = 向右", [](const KioskConfig& c) { return c.rotate == TurnDirection::Right; }},
        {"bad rotate", "rotate = up", [](const KioskConfig& c) { return c.rotate == TurnDirection::Left; }, 1,
         ConfigSeverity::Error, "up"},
        {"bad orientation", "orientation = sideways",
         [](const KioskConfig& c) { return c.orientation == Orientation::Auto; }, 1, ConfigSeverity::Error, "sideways"},
        {"misspelt key", "\nidel_reset_seconds = 30", [](const KioskConfig& c) { return c.idle_reset_seconds == 90; },
         2, ConfigSeverity::Error, "did you mean \"idle_reset_seconds\""},
        {"part of a key", "pin_hash = x", [](const KioskConfig& c) { return c.staff_pin_hash.empty(); }, 1,
         ConfigSeverity::Error, "did you mean \"staff_pin_hash\""},
        {"unknown key", "colour = red", [](const KioskConfig&) { return true; }, 1, ConfigSeverity::Error,
         "unknown key \"colour\"; ignored"},
        {"duplicate", "kiosk_id = CY02\n# x\nkiosk_id = CY03", [](const KioskConfig& c) { return c.kiosk_id == "CY02"; },
         3, ConfigSeverity::Error, "already set on line 1"},
        {"duplicate after a wrong value", "kiosk_id = CS\nkiosk_id = CY03",
         [](const KioskConfig& c) { return c.kiosk_id == "CY01"; }, -2},  // two errors: checked below by count
        {"repeated watch", "watch = /a\nwatch = /b/*",
         [](const KioskConfig& c) { return c.watch == std::vector<std::string>{"/a", "/b/*"}; }},
        {"printer", "printer = Receipt_Printer", [](const KioskConfig& c) { return c.printer == "Receipt_Printer"; }},
        {"printer with a space", "printer = my printer", [](const KioskConfig& c) { return c.printer.empty(); }, 1,
         ConfigSeverity::Error, "neither a CUPS queue name"},
        {"printer like an option", "printer = -d", [](const KioskConfig& c) { return c.printer.empty(); }, 1,
         ConfigSeverity::Error, "neither a CUPS queue name"},
        {"printer with a slash", "printer = a/b", [](const KioskConfig& c) { return c.printer.empty(); }, 1,
         ConfigSeverity::Error, "neither a CUPS queue name"},
        {"printer's IPP address", "printer = ipp://192.168.1.20/ipp/print",
         [](const KioskConfig& c) { return c.printer == "ipp://192.168.1.20/ipp/print"; }},
        {"IPP address without a host", "printer = ipps://", [](const KioskConfig& c) { return c.printer.empty(); }, 1,
         ConfigSeverity::Error, "nor an ipp:// address"},
        {"PIN instead of its hash", "staff_pin_hash = 246810", [](const KioskConfig& c) { return c.staff_pin_hash.empty(); },
         1, ConfigSeverity::Error, "looks like the PIN itself"},
        {"broken hash", "staff_pin_hash = $argon2id$v=19$m=65536", [](const KioskConfig& c) { return c.staff_pin_hash.empty(); },
         1, ConfigSeverity::Error, "whole \"$argon2id$"},
        {"no equals sign", "kiosk_id CY02", [](const KioskConfig& c) { return c.kiosk_id == "CY01"; }, 1,
         ConfigSeverity::Error, "not a \"key = value\" line"},
        {"nothing before the equals sign", "= CY02", [](const KioskConfig& c) { return c.kiosk_id == "CY01"; }, 1,
         ConfigSeverity::Error, "not a \"key = value\" line"},
        {"full-width equals", "kiosk_id ＝ CY05", [](const KioskConfig& c) { return c.kiosk_id == "CY05"; }, 1,
         ConfigSeverity::Warning, "full-width"},
        {"ideographic spaces", "\xE3\x80\x80kiosk_id = CY06\xE3\x80\x80",
         [](const KioskConfig& c) { return c.kiosk_id == "CY06"; }},
        {"BOM and CRLF", "\xEF\xBB\xBFkiosk_id = CY07\r\noffice = 城关镇人民政府\r\n",
         [](const KioskConfig& c) { return c.kiosk_id == "CY07" && c.office == "城关镇人民政府"; }},
        {"binary junk", std::string("\x00\x01\x02junk\x7f", 8) + "\nkiosk_id = CY08",
         [](const KioskConfig& c) { return c.kiosk_id == "CY08"; }, 1, ConfigSeverity::Error, "control characters"},
        {"GBK bytes", "office = \xB3\xC7\xB9\xD8\xD5\xF2", [](const KioskConfig& c) { return c.office.empty(); }, 1,
         ConfigSeverity::Error, "not UTF-8"},
        {"very long line", long_line, [](const KioskConfig& c) { return c.office.empty() && c.kiosk_id == "CY09"; }, 1,
         ConfigSeverity::Error, "longer than 4096"},
        {"comment after a value", "office = 城关镇 # 注释",
         [](const KioskConfig& c) { return c.office == "城关镇 # 注释"; }, 1, ConfigSeverity::Warning, "own line"},
        {"office too long", "office = " + long_office,
         [](const KioskConfig& c) { return c.office.empty(); }, 1, ConfigSeverity::Error, "longer than 60"},
        {"empty content", "content =", [](const KioskConfig& c) { return c.content == kDefaults.content; }, 1,
         ConfigSeverity::Error, "may not be empty"},
        {"empty office key", "office_key =", [](const KioskConfig& c) { return c.office_key.empty(); }, 1,
         ConfigSeverity::Warning, "takes no applications"},
        {"empty printer and office", "printer =\noffice =",
         [](const KioskConfig& c) { return c.printer.empty() && c.office.empty(); }},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        const ConfigResult r = parse_kiosk_config(row.text);
        INFO(describe(r));
        CHECK(row.values(r.config));
        if (row.problem_line == -1) {
            CHECK(r.problems.empty());
        } else if (row.problem_line == -2) {
            CHECK(r.problems.size() == 2);
        } else {
            REQUIRE(r.problems.size() == 1);
            CHECK(r.problems[0].line == row.problem_line);
            CHECK(r.problems[0].severity == row.severity);
            CHECK(r.problems[0].en.find(row.en_contains) != std::string::npos);
            CHECK_FALSE(r.problems[0].zh.empty());
            CHECK(r.has_errors() == (row.severity == ConfigSeverity::Error));
        }
    }
}

TEST_CASE("a real hash is taken, a problem names its line in both languages, paths are relative to the file", "[config]") {
    std::string error;
    const std::string hash = hash_staff_pin("246810", &error);
    REQUIRE(hash.rfind("$argon2id$", 0) == 0);
    const ConfigResult r = parse_kiosk_config("staff_pin_hash = " + hash + "\ncontent = demo.db\nwatch = usb\n"
                                              "fonts = /abs/fallback.txt\nbogus = 1\n",
                                              "/etc/disclosure-kiosk");
    CHECK(r.config.staff_pin_hash == hash);
    CHECK(r.config.content == "/etc/disclosure-kiosk/demo.db");
    CHECK(r.config.watch == std::vector<std::string>{"/etc/disclosure-kiosk/usb"});
    CHECK(r.config.fonts == "/abs/fallback.txt");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].to_zh().rfind("第 5 行：", 0) == 0);
    CHECK(r.problems[0].to_en().rfind("line 5: ", 0) == 0);
    CHECK(r.set_in_file("content"));
    CHECK_FALSE(r.set_in_file("kiosk_id"));
    CHECK(nearest_config_key("kiosk-id") == "kiosk_id");
    CHECK(nearest_config_key("zzzzzzzzzz").empty());
}

TEST_CASE("the packaged kiosk.conf parses cleanly and states the package's defaults", "[config]") {
    const std::string text = test_support::read_bytes(std::string(KIOSK_SOURCE_DIR) + "/packaging/kiosk.conf");
    const ConfigResult r = parse_kiosk_config(text, "/etc/disclosure-kiosk");
    INFO(describe(r));
    CHECK(r.problems.empty());
    const KioskConfig& c = r.config;
    CHECK(c.kiosk_id == kDefaults.kiosk_id);
    CHECK(c.office == kDefaults.office);
    CHECK(c.orientation == kDefaults.orientation);
    CHECK(c.content == kDefaults.content);
    CHECK(c.data_dir == kDefaults.data_dir);
    CHECK(c.fonts == kDefaults.fonts);
    CHECK(c.idle_reset_seconds == kDefaults.idle_reset_seconds);
    CHECK(c.form_warning_seconds == kDefaults.form_warning_seconds);
    CHECK(c.staff_idle_seconds == kDefaults.staff_idle_seconds);
    CHECK(c.long_page_idle_seconds == kDefaults.long_page_idle_seconds);
    CHECK(c.trusted_keys == std::vector<std::string>{kDefaultTrustedKeysPath});
    CHECK(c.office_key == kDefaults.office_key);
    CHECK(c.printer.empty());
    CHECK(c.staff_pin_hash.empty());
    CHECK(c.speech == kDefaults.speech);
    CHECK(c.speech_volume == kDefaults.speech_volume);
    CHECK(c.watch.size() >= 3);
    // Every key the parser knows is documented (set) in the packaged file.
    for (const char* key : {"kiosk_id", "office", "orientation", "rotate", "content", "data_dir", "fonts", "idle_reset_seconds",
                            "form_warning_seconds", "staff_idle_seconds", "long_page_idle_seconds", "watch", "printer", "trusted_keys",
                            "office_key", "staff_pin_hash", "speech", "speech_volume"}) {
        INFO(key);
        CHECK(text.find(std::string("\n") + key + " =") != std::string::npos);
    }
}

TEST_CASE("a missing, unreadable, empty or oversized file gives every default and one problem", "[config]") {
    TempDir dir;
    SECTION("missing") {
        const ConfigResult r = load_kiosk_config((dir / "nope.conf").string());
        CHECK_FALSE(r.file_read);
        CHECK(r.config.kiosk_id == "CY01");
        REQUIRE_FALSE(r.problems.empty());
        CHECK(r.problems[0].line == 0);
        CHECK(r.problems[0].severity == ConfigSeverity::Error);
        CHECK(r.problems[0].en.find("not found") != std::string::npos);
    }
    SECTION("a folder") {
        fs::create_directories(dir / "kiosk.conf");
        const ConfigResult r = load_kiosk_config((dir / "kiosk.conf").string());
        CHECK_FALSE(r.file_read);
        REQUIRE_FALSE(r.problems.empty());
        CHECK(r.problems[0].en.find("cannot read") != std::string::npos);
    }
    SECTION("empty") {
        test_support::write_bytes(dir / "kiosk.conf", "");
        const ConfigResult r = load_kiosk_config((dir / "kiosk.conf").string());
        CHECK(r.file_read);
        REQUIRE_FALSE(r.problems.empty());
        CHECK(r.problems[0].severity == ConfigSeverity::Warning);
        CHECK(r.problems[0].en.find("sets nothing") != std::string::npos);
    }
    SECTION("larger than a config file can be") {
        test_support::write_bytes(dir / "kiosk.conf", "kiosk_id = CY02\n" + std::string(2 << 20, '#'));
        const ConfigResult r = load_kiosk_config((dir / "kiosk.conf").string());
        CHECK_FALSE(r.file_read);
        CHECK(r.config.kiosk_id == "CY01");
        REQUIRE_FALSE(r.problems.empty());
        CHECK(r.problems[0].en.find("larger than 1 MB") != std::string::npos);
    }
}

TEST_CASE("files the config names are checked: a wrong one goes back to the default, a key not yet there warns", "[config]") {
    const auto& f = test_support::bundle_fixture();
    TempDir dir;
    std::string error;
    REQUIRE(generate_office_key_files((dir / "office.key").string(), (dir / "office.pub").string(), &error));
    test_support::write_bytes(dir / "junk.db", "not a database");
    test_support::write_bytes(dir / "junk.pub", "not a key");
    test_support::write_bytes(dir / "fallback.txt", "regular | Noto Sans CJK SC | /x.ttc\n");
    fs::create_directories(dir / "empty-keys");
    fs::create_directories(dir / "keys");
    fs::copy_file(f.county_pub, dir / "keys" / "county.pub");
    auto load = [&](const std::string& text) {
        test_support::write_bytes(dir / "kiosk.conf", text);
        return load_kiosk_config((dir / "kiosk.conf").string());
    };
    auto has = [](const ConfigResult& r, int line, ConfigSeverity s, const char* en) {
        for (const auto& p : r.problems)
            if (p.line == line && p.severity == s && p.en.find(en) != std::string::npos) return true;
        return false;
    };

    const std::string good = "content = " + f.v1_db.string() + "\nfonts = fallback.txt\noffice_key = office.pub\n"
                             "trusted_keys = keys\n";
    const ConfigResult ok = load(good);
    INFO(describe(ok));
    CHECK(ok.problems.empty());
    CHECK(ok.config.fonts == (dir / "fallback.txt").string());
    CHECK(ok.config.trusted_keys == std::vector<std::string>{(dir / "keys").string()});

    const ConfigResult bad = load("content = junk.db\nfonts = nofonts.txt\noffice_key = junk.pub\n"
                                  "trusted_keys = junk.pub\ntrusted_keys = keys\ntrusted_keys = empty-keys\n"
                                  "trusted_keys = not-yet\n");
    INFO(describe(bad));
    CHECK(has(bad, 1, ConfigSeverity::Error, "does not open"));
    CHECK(bad.config.content == kDefaults.content);
    CHECK(has(bad, 2, ConfigSeverity::Error, "cannot be read"));
    CHECK(bad.config.fonts == kDefaults.fonts);
    CHECK(has(bad, 3, ConfigSeverity::Error, "office key"));
    CHECK(bad.config.office_key == kDefaults.office_key);
    CHECK(has(bad, 4, ConfigSeverity::Error, "trusted key"));
    CHECK(has(bad, 6, ConfigSeverity::Warning, "holds no .pub"));
    CHECK(has(bad, 7, ConfigSeverity::Warning, "does not exist"));
    // The unreadable key is dropped; the good folder, the empty one and the one still to come are kept.
    CHECK(bad.config.trusted_keys == std::vector<std::string>{(dir / "keys").string(), (dir / "empty-keys").string(),
                                                              (dir / "not-yet").string()});
    CHECK_FALSE(has(bad, 0, ConfigSeverity::Warning, "no usable trusted key"));

    const ConfigResult missing = load("content = gone.db\noffice_key = gone.pub\ntrusted_keys = junk.pub\n");
    INFO(describe(missing));
    CHECK(has(missing, 1, ConfigSeverity::Error, "does not exist"));
    CHECK(has(missing, 2, ConfigSeverity::Warning, "is not installed"));
    CHECK(missing.config.office_key == (dir / "gone.pub").string());
    CHECK(has(missing, 0, ConfigSeverity::Warning, "no usable trusted key"));
    CHECK(missing.config.trusted_keys.empty());
}

TEST_CASE("the staff PIN comes from the config's hash until a PIN file is written", "[config]") {
    TempDir dir;
    std::string error;
    const std::string hash = hash_staff_pin("135790", &error);
    REQUIRE_FALSE(hash.empty());
    const std::string file = (dir / "staff-pin").string();
    CHECK_FALSE(StaffPin(file).is_set());
    StaffPin from_config(file, hash);
    CHECK(from_config.is_set());
    CHECK(from_config.check("135790", 1000).status == PinCheck::Status::Ok);
    CHECK(from_config.check("000000", 1000).status == PinCheck::Status::Wrong);
    // The lockout count is kept beside the PIN file even though the file itself does not exist.
    CHECK(fs::exists(file + ".lockout"));
    REQUIRE(set_staff_pin(file, "246810", &error));
    StaffPin file_wins(file, hash);
    CHECK(file_wins.check("246810", 1000).status == PinCheck::Status::Ok);
    CHECK(file_wins.check("135790", 1000).status == PinCheck::Status::Wrong);
    CHECK(hash_staff_pin("12a4", &error).empty());
}
