// main.cpp — the kiosk program: parses the command line and hands over to the platform loop.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "platform/ime_setup.h"
#include "platform/run_options.h"

namespace {

void usage() {
    std::fprintf(stderr,
                 "usage: kiosk --content SNAPSHOT.db [--window] [--size WxH] [--fonts FILE]\n"
                 "       kiosk --headless --size WxH --content SNAPSHOT.db --script FILE [--screenshot-dir DIR]\n"
                 "             [--time UNIX_SECONDS] [--data DIR]\n"
                 "updates from a USB stick (issue 5):\n"
                 "       --watch DIR            a folder sticks are mounted under (repeatable; default /media,\n"
                 "                              /media/*, /run/media/*/*, /mnt)\n"
                 "       --trusted-keys PATH    a .pub file or a folder of them (repeatable; default\n"
                 "                              /etc/disclosure-kiosk/trusted-keys)\n"
                 "       --staff-pin FILE       the staff PIN's hash (default DATA/staff-pin; kioskctl set-pin)\n"
                 "       --slow-import-ms N     pause N ms per copied chunk of an import (tests, demos)\n"
                 "       --content is then the factory snapshot, shown until an update is imported into DATA/content\n"
                 "the request form (issue 6):\n"
                 "       --office-key FILE      the office's public key applications are sealed to (default\n"
                 "                              /etc/disclosure-kiosk/office.pub; without it the form takes none)\n"
                 "       --kiosk-id ID          this kiosk in receipt numbers (default CY01, 查阅 01; letters I O S V Z are not used)\n"
                 "       --ime-data DIR         the 拼音 keyboard's deployed data (default DATA/ime-pinyin; deployed for\n"
                 "                              the snapshot shown in a child process when it is not: kioskctl ime-deploy)\n");
}

}  // namespace

int main(int argc, char** argv) {
    // The hidden mode the kiosk starts itself in to deploy the 拼音 data (platform/ime_setup.h), before any SDL.
    if (argc == 4 && std::strcmp(argv[1], "--deploy-ime") == 0) return kiosk::platform::run_ime_deploy(argv[2], argv[3]);
    kiosk::platform::RunOptions opt;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) { usage(); std::exit(2); }
            return argv[++i];
        };
        if (a == "--content") opt.content_path = value();
        else if (a == "--headless") opt.headless = true;
        else if (a == "--window") opt.windowed = true;
        else if (a == "--script") opt.script_path = value();
        else if (a == "--screenshot-dir") opt.screenshot_dir = value();
        else if (a == "--fonts") opt.fonts_file = value();
        else if (a == "--time") opt.fixed_time = std::atoll(value().c_str());
        else if (a == "--data") opt.data_dir = value();
        else if (a == "--watch") opt.watch_roots.push_back(value());
        else if (a == "--trusted-keys") opt.trusted_keys.push_back(value());
        else if (a == "--staff-pin") opt.staff_pin_file = value();
        else if (a == "--office-key") opt.office_key = value();
        else if (a == "--kiosk-id") opt.kiosk_id = value();
        else if (a == "--ime-data") opt.ime_data = value();
        else if (a == "--slow-import-ms") opt.slow_import_ms = std::atoi(value().c_str());
        else if (a == "--size") {
            const std::string s = value();
            if (std::sscanf(s.c_str(), "%dx%d", &opt.width, &opt.height) != 2 || opt.width < 320 || opt.height < 320) {
                usage();
                return 2;
            }
        } else if (a == "--help" || a == "-h") { usage(); return 0; }
        else { std::fprintf(stderr, "unknown option: %s\n", a.c_str()); usage(); return 2; }
    }
    if (opt.content_path.empty()) { usage(); return 2; }
    return kiosk::platform::run_kiosk(opt);
}
