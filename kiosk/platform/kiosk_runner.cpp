// kiosk_runner.cpp — the kiosk's run: its set-up, the frame loop, input, and headless runs with a virtual clock.
//
// Input is fed to ImGui here rather than through imgui_impl_sdl: a finger and a mouse become one pointer, a finger
// lifted leaves nothing hovered, and a headless script drives the very same pointer. The loop sleeps in
// SDL_WaitEventTimeout until input, an animation, the next clock minute or the idle reset needs a frame, so an
// untouched kiosk costs next to no CPU.
//
// Content comes from the installed snapshot (DATA/content/current.db, core/updates/content_install.h), falling back to the
// factory snapshot given by --content. A USB watcher thread (usb_watch.h) wakes the loop when a stick with bundles
// appears; staff import on UpdateWorker's thread, and after a commit or rollback the loop reopens the content
// (ContentStore, KioskApp and the attachment textures) between two frames.
//
// run_kiosk() reads top to bottom: open the screen (platform/screen.h), the data folder and the content, the fonts,
// then the services around the app (Services), then FrameLoop runs until the kiosk is closed or the driver is done.
//
// Index of this file:
// [SECTION] Small helpers
// [SECTION] The pointer: SDL events and scripted touches
// [SECTION] Set-up: the screen, the data folder, the content and the fonts
// [SECTION] Set-up: the services around the app
// [SECTION] The frame loop
// [SECTION] run_kiosk
#include <SDL.h>
#include <SDL_image.h>
#include <malloc.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "core/updates/audit_log.h"
#include "core/updates/content_install.h"
#include "core/base/data_dir.h"
#include "core/content/content_store.h"
#include "core/operation/self_check.h"
#include "core/operation/staff_pin.h"
#include "core/updates/update_worker.h"
#include "core/operation/usage_log.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "input/pinyin_engine.h"
#include "platform/attachment_images.h"
#include "platform/frame_driver.h"
#include "platform/font_notice.h"
#include "platform/screen.h"
#include "platform/screen_rotation.h"
#include "platform/ime_setup.h"
#include "platform/receipt_print.h"
#include "platform/speech_player.h"
#include "platform/lockdown.h"
#include "platform/run_options.h"
#include "platform/usb_watch.h"
#include "text/fonts.h"
#include "ui/kiosk_app.h"
#include "ui/kit/access_bar.h"
#include "ui/screens.h"
#include "ui/staff/staff_controller.h"
#include "ui/staff/staff_screen.h"
#include "ui/kit/widgets.h"

namespace kiosk::platform {
namespace {

//-----------------------------------------------------------------------------------------------------------------------
// [SECTION] Small helpers
//-----------------------------------------------------------------------------------------------------------------------

double monotonic_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

bool save_screenshot(SDL_Renderer* renderer, const std::string& path) {
    int w = 0, h = 0;
    SDL_GetRendererOutputSize(renderer, &w, &h);
    SDL_Surface* s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s) return false;
    bool ok = SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch) == 0 &&
              IMG_SavePNG(s, path.c_str()) == 0;
    SDL_FreeSurface(s);
    return ok;
}

void apply_style(const ui::Theme& t) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.ItemSpacing = ImVec2(t.unit * 0.5f, t.unit * 0.5f);
    style.ScrollbarSize = t.scrollbar;
    style.ScrollbarRounding = t.scrollbar * 0.5f;
    style.Colors[ImGuiCol_ScrollbarBg] = ImGui::ColorConvertU32ToFloat4(IM_COL32(0, 0, 0, 18));
    style.Colors[ImGuiCol_ScrollbarGrab] = ImGui::ColorConvertU32ToFloat4(IM_COL32(0x0B, 0x4F, 0x8A, 150));
    style.Colors[ImGuiCol_ScrollbarGrabHovered] = style.Colors[ImGuiCol_ScrollbarGrab];
    style.Colors[ImGuiCol_ScrollbarGrabActive] = ImGui::ColorConvertU32ToFloat4(IM_COL32(0x0B, 0x4F, 0x8A, 220));
}

//-----------------------------------------------------------------------------------------------------------------------
// [SECTION] The pointer: SDL events and scripted touches
//-----------------------------------------------------------------------------------------------------------------------

// The pointer as the UI sees it: one finger or the mouse.
struct Pointer {
    ImVec2 pos{-1e6f, -1e6f};
    bool down = false;
    SDL_FingerID finger = -1;
    bool lift_pending = false;  // a finger went up: after this frame, move the pointer away so nothing stays hovered
};

// `locked`: the fullscreen public kiosk (not --window, not --headless), where no key or window-manager request ends
// the session (platform/lockdown.h).
void handle_event(const SDL_Event& e, Pointer& p, int w, int h, bool* quit, bool locked) {
    if (ends_session(e, locked)) *quit = true;
    switch (e.type) {
        case SDL_MOUSEMOTION:
            if (e.motion.which == SDL_TOUCH_MOUSEID) break;  // fingers are handled as fingers
            p.pos = ImVec2(static_cast<float>(e.motion.x), static_cast<float>(e.motion.y));
            break;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
            if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT) break;
            p.pos = ImVec2(static_cast<float>(e.button.x), static_cast<float>(e.button.y));
            p.down = e.type == SDL_MOUSEBUTTONDOWN;
            break;
        case SDL_MOUSEWHEEL: ImGui::GetIO().MouseWheel += static_cast<float>(e.wheel.y); break;
        case SDL_FINGERDOWN:
            if (p.finger != -1) break;  // a second finger is ignored: one finger, one gesture
            p.finger = e.tfinger.fingerId;
            p.pos = ImVec2(e.tfinger.x * w, e.tfinger.y * h);
            p.down = true;
            break;
        case SDL_FINGERMOTION:
            if (e.tfinger.fingerId == p.finger) p.pos = ImVec2(e.tfinger.x * w, e.tfinger.y * h);
            break;
        case SDL_FINGERUP:
            if (e.tfinger.fingerId != p.finger) break;
            p.pos = ImVec2(e.tfinger.x * w, e.tfinger.y * h);
            p.down = false;
            p.finger = -1;
            p.lift_pending = true;
            break;
        default: break;  // keys: only ends_session() looks at them, and never logs them
    }
}

// A scripted touch: the change from the current pointer to the wanted one, as the SDL finger events a touchscreen
// would send, so the script exercises the same event path as a real finger.
void push_finger_events(const Pointer& p, ImVec2 to, bool down, int w, int h) {
    SDL_Event e{};
    e.tfinger.touchId = 1;
    e.tfinger.fingerId = 7;
    e.tfinger.x = to.x / w;
    e.tfinger.y = to.y / h;
    e.tfinger.pressure = 1.0f;
    if (down && !p.down) e.type = SDL_FINGERDOWN;
    else if (down && (p.pos.x != to.x || p.pos.y != to.y)) e.type = SDL_FINGERMOTION;
    else if (!down && p.down) e.type = SDL_FINGERUP;
    else return;
    SDL_PushEvent(&e);
}

//-----------------------------------------------------------------------------------------------------------------------
// [SECTION] Set-up: the screen, the data folder, the content and the fonts
//-----------------------------------------------------------------------------------------------------------------------

// Fullscreen is the public kiosk: locked down (platform/lockdown.h) and without a cursor on its touchscreen.
bool open_kiosk_screen(const RunOptions& opt, Screen* screen) {
    const bool fullscreen = !opt.headless && !opt.windowed;
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "1");
    set_lockdown_hints(fullscreen);
    const ScreenMode mode = opt.headless ? ScreenMode::Headless
                            : opt.windowed ? ScreenMode::Windowed : ScreenMode::Fullscreen;
    std::string error;
    if (!screen->open({mode, opt.width, opt.height, str::kProductName}, &error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return false;
    }
    if (fullscreen) SDL_ShowCursor(SDL_DISABLE);
    if (fullscreen) lock_down_window(screen->window());
    return true;
}

// The data folder: usage counts, the audit log, the staff PIN and the installed content.
std::string data_dir_of(const RunOptions& opt) {
    std::string dir = opt.data_dir;
    if (dir.empty()) {
        const char* home = std::getenv("HOME");
        dir = std::string(home ? home : "/tmp") + "/.local/state/disclosure-kiosk";
    }
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    return dir;
}

// The start-up self-check (core/operation/self_check.h): every finding to the journal; the problems go to the staff page.
core::SelfCheckReport log_self_check(const RunOptions& opt, const std::string& data_dir) {
    core::SelfCheckReport report = core::run_self_check({opt.fonts_file, opt.content_path, data_dir});
    for (const core::CheckFinding& f : report.findings) {
        const char* level = f.severity == core::CheckSeverity::Error ? "error"
                            : f.severity == core::CheckSeverity::Warning ? "warning" : "ok";
        std::fprintf(stderr, "kiosk: self-check %s: %s / %s\n", level, f.zh.c_str(), f.en.c_str());
    }
    return report;
}

// The snapshot shown: the installed one, else the factory snapshot. The constructor finishes or undoes an install a
// power cut interrupted; open() is called at start and again after staff commit or roll back an update.
struct Content {
    Content(const std::string& data_dir, const std::string& factory_path)
        : install(core::content_dir_in(data_dir)), factory(factory_path) {
        std::string error;
        if (!install.recover(&error)) std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        install.set_factory_snapshot(factory);
    }
    void open() {
        std::string note;
        live_path = install.live_snapshot(factory, &note);
        if (!note.empty()) std::fprintf(stderr, "kiosk: %s\n", note.c_str());
        startup_error.clear();
        try {
            store = core::ContentStore::open(live_path);
        } catch (const std::exception& e) {
            startup_error = e.what();
            std::fprintf(stderr, "%s\n", e.what());
        }
    }

    core::ContentInstall install;
    const std::string factory;
    std::unique_ptr<core::ContentStore> store;  // null when the snapshot does not open: startup_error says why
    std::string startup_error;
    std::string live_path;  // the snapshot shown (its pinyin data is deployed from it)
};

// The fonts, and the atlas texture the glyphs made while a frame is built are uploaded to.
struct Fonts {
    text::FontSet set;
    SDL_Texture* texture = nullptr;
};

// Glyphs are made on demand, so start-up only opens the font files. False when no Chinese font opens (said on stderr).
bool load_fonts(const std::string& fonts_file, Fonts* fonts) {
    std::vector<text::FaceChain> chains;
    std::string error;
    bool found = text::find_font_chains(fonts_file, &chains, &error);
    if (!found && !fonts_file.empty()) {  // the configured chain has no Chinese face: Debian's Noto CJK
        std::fprintf(stderr, "kiosk: %s: %s; trying Debian's Noto CJK fonts\n", fonts_file.c_str(), error.c_str());
        found = text::find_font_chains("", &chains, &error);
    }
    ImGuiIO& io = ImGui::GetIO();
    if (!found || !fonts->set.init(io.Fonts, chains, &error) || !ImGui_ImplSDLRenderer_CreateFontsTexture()) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return false;
    }
    io.Fonts->ClearTexData();  // the texture holds the pixels now; the glyph cache keeps its own copy of its region
    fonts->texture = static_cast<SDL_Texture*>(io.Fonts->TexID);
    return true;
}

//-----------------------------------------------------------------------------------------------------------------------
// [SECTION] Set-up: the services around the app
//-----------------------------------------------------------------------------------------------------------------------

// What visitors use: the app over the content, the attachments' images, the usage counts and the form's Chinese
// input (手写 at once; 拼音 at once if its data is deployed for this snapshot, else deployed in a child process while
// the kiosk runs, platform/ime_setup.h).
struct PublicSide {
    PublicSide(const RunOptions& opt, const std::string& data_dir, Content& content, SDL_Renderer* renderer,
               long long wall_base)
        : opt(opt), content(content), renderer(renderer), usage(open_usage(data_dir)),
          apply_setup{data_dir, opt.office_key, opt.kiosk_id, opt.office_name},
          ime(opt.ime_data.empty() ? input::pinyin_user_dir(data_dir) : opt.ime_data) {
        if (opt.speech) {
            // 朗读: the dictionary loads on the player's thread; the kiosk does not wait for it.
            SpeechPlayer::Options o;
            o.content_path = content.store ? content.live_path : std::string();
            o.volume = opt.speech_volume;
            voice = std::make_unique<SpeechPlayer>(o);
        }
        make_app(core::local_iso_date(wall_base));
        ime.register_writing();
        if (content.store) {
            ime.want(content.live_path, content.store->info().content_version, true);
            ime.set_person_names(person_names());
        }
    }

    // After a commit or rollback, between two frames: nothing drawn refers to the old content any more.
    void reopen_content(long long wall_seconds) {
        if (voice) voice->stop();
        app.reset();
        images.reset();
        content.store.reset();
        content.open();
        if (voice) voice->set_content(content.store ? content.live_path : std::string());
        make_app(core::local_iso_date(wall_seconds));
        // The new snapshot's words for 拼音: deployed in a child; the old engine serves until then. Its names for 部件.
        if (content.store) ime.want(content.live_path, content.store->info().content_version, true);
        ime.set_person_names(person_names());
    }

    const RunOptions& opt;
    Content& content;
    SDL_Renderer* renderer;
    std::unique_ptr<core::UsageLog> usage;  // null: the kiosk runs and counts nothing (a read-only disk)
    const ui::ApplySetup apply_setup;       // the request form: sealed with the office key, stored in DATA/applications.db
    std::unique_ptr<SpeechPlayer> voice;    // 朗读 (null: kiosk.conf speech = off); outlives every app it serves
    std::unique_ptr<ui::KioskApp> app;      // null when the content does not open
    std::unique_ptr<AttachmentImages> images;
    ImeSetup ime;

private:
    // A snapshot that cannot be read for them leaves 部件 without names first, nothing else.
    std::vector<std::string> person_names() const {
        if (!content.store) return {};
        try {
            return content.store->person_names();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "kiosk: %s\n", e.what());
            return {};
        }
    }
    static std::unique_ptr<core::UsageLog> open_usage(const std::string& data_dir) {
        std::string error;
        std::unique_ptr<core::UsageLog> log = core::UsageLog::open(core::usage_db_in(data_dir), &error);
        if (!log) std::fprintf(stderr, "kiosk: usage counts off (%s): %s\n", data_dir.c_str(), error.c_str());
        return log;
    }
    void make_app(const std::string& today) {
        if (content.store) {
            app = std::make_unique<ui::KioskApp>(*content.store, today, usage.get(), opt.timeouts);
            app->set_apply_setup(apply_setup);
            app->set_speech(voice.get());
        }
        images = std::make_unique<AttachmentImages>(renderer, [&content = content](long long id) {
            return content.store ? content.store->attachment_data(id) : std::vector<unsigned char>();
        });
    }
};

// The receipt on paper when a printer is configured (platform/receipt_print.h), printed on its own thread.
struct ReceiptPaper {
    explicit ReceiptPaper(const std::string& printer_name) : printer(printer_name) {}
    // Each frame: a new receipt is sent once, and the receipt screen shows how its paper is doing. True while printing.
    bool follow(ui::KioskApp& app) {
        if (!printer.enabled()) return false;
        const auto& receipt = app.model().apply.receipt;
        if (receipt && receipt->number != printed) {
            printed = receipt->number;
            printer.print(ReceiptSheet{receipt->office, *receipt});  // the office stored with it
        }
        if (!receipt || receipt->number != printed) return false;
        const PrintState s = printer.state();
        app.set_receipt_paper(s == PrintState::Printing  ? ui::ReceiptPaper::Printing
                              : s == PrintState::Printed ? ui::ReceiptPaper::Printed
                                                         : ui::ReceiptPaper::Failed);
        return s == PrintState::Printing;
    }

    ReceiptPrinter printer;
    std::string printed;  // the number of the receipt last sent, so each is printed once
};

// Staff mode and the content updates it imports from USB sticks: the trusted keys, the audit log (every stage,
// commit and rollback, core/updates/audit_log.h), the importer's thread and the staff PIN.
struct StaffSide {
    StaffSide(const RunOptions& opt, const std::string& data_dir, Content& content, const core::SelfCheckReport& check,
              core::UsageLog* usage)
        : keys(load_keys(opt)), audit(open_audit(data_dir, content.install)), worker(content.install, keys),
          pin(opt.staff_pin_file.empty() ? core::staff_pin_in(data_dir) : opt.staff_pin_file, opt.staff_pin_hash),
          controller(content.install, worker, pin, opt.timeouts.staff_idle_ms) {
        if (opt.slow_import_ms > 0) {
            worker.set_fault_hook([ms = opt.slow_import_ms](const char* step) {
                if (std::string_view(step) == "write") std::this_thread::sleep_for(std::chrono::milliseconds(ms));
            });
        }
        std::vector<std::string> problems = opt.config_notes;
        for (std::string& line : check.staff_lines()) problems.push_back(std::move(line));
        controller.set_self_check(std::move(problems));
        if (content.store) controller.set_live_info(content.store->info());
        controller.set_usage_log(usage);  // updates are counted; the 使用情况 page reads it
        controller.set_applications(core::applications_db_in(data_dir), opt.kiosk_id);
    }

    core::TrustedKeys keys;
    std::unique_ptr<core::AuditLog> audit;
    core::UpdateWorker worker;
    core::StaffPin pin;
    ui::StaffController controller;

private:
    static core::TrustedKeys load_keys(const RunOptions& opt) {
        core::TrustedKeys keys;
        for (const std::string& k : opt.trusted_keys.empty() ? std::vector<std::string>{kDefaultTrustedKeys}
                                                             : opt.trusted_keys) {
            std::string error;
            if (!keys.add_from(k, &error)) std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        }
        if (keys.keys.empty()) std::fprintf(stderr, "kiosk: no trusted keys: every update bundle will be refused\n");
        return keys;
    }
    static std::unique_ptr<core::AuditLog> open_audit(const std::string& data_dir, core::ContentInstall& install) {
        std::string error;
        std::unique_ptr<core::AuditLog> audit = core::AuditLog::open(core::audit_db_in(data_dir), &error);
        if (!audit) std::fprintf(stderr, "kiosk: audit log off: %s\n", error.c_str());
        install.set_audit_log(audit.get());
        return audit;
    }
};

// The USB watcher's thread looks at sticks and their bundles (header-checked there) and wakes the loop with an SDL
// user event: SDL_PushEvent is safe from any thread.
struct UsbSticks {
    UsbSticks(const RunOptions& opt, const core::TrustedKeys& keys)
        : wake_event(SDL_RegisterEvents(1)), watch(opt.watch_roots.empty() ? default_usb_roots() : opt.watch_roots) {
        watch.set_inspector([keys](const std::string& path) { return core::inspect_bundle(path, keys); });
        watch.set_notify([wake = wake_event] {
            if (wake == static_cast<Uint32>(-1)) return;
            SDL_Event e{};
            e.type = wake;
            SDL_PushEvent(&e);
        });
        watch.start();
    }

    const Uint32 wake_event;  // also what a stop signal wakes the loop with
    UsbWatch watch;
};

// Everything the frame loop serves besides the screen, started in this order and stopped in the reverse.
struct Services {
    Services(const RunOptions& opt, const std::string& data_dir, Content& content, const core::SelfCheckReport& check,
             SDL_Renderer* renderer, long long wall_base)
        : visitors(opt, data_dir, content, renderer, wall_base), receipts(opt.printer),
          staff(opt, data_dir, content, check, visitors.usage.get()), usb(opt, staff.keys) {}

    PublicSide visitors;
    ReceiptPaper receipts;
    StaffSide staff;
    UsbSticks usb;
};

//-----------------------------------------------------------------------------------------------------------------------
// [SECTION] The frame loop
//-----------------------------------------------------------------------------------------------------------------------

// Everything set up, as the frame loop is given it.
struct Kiosk {
    const RunOptions& opt;
    SDL_Renderer* renderer;
    Fonts& fonts;
    Services& services;
    double start_ms;      // when the screen opened: the live clock counts from here
    long long wall_base;  // "now" at the start (or --fixed-time): the virtual clock's wall time
};

// The loop's time. A script or a soak runs on a virtual clock the driver advances; the kiosk itself, and a headless
// --run-seconds run (kioskctl bench idle), on the real clock with the real event wait.
struct FrameClock {
    FrameClock(bool live_clock, double start, long long wall)
        : live(live_clock), start_ms(start), wall_base(wall), last_frame_ms(live ? monotonic_ms() : virtual_ms) {}
    // The new frame's time in ms, and its step in seconds (bounded, so an animation never jumps).
    double tick(double advance_ms, float* dt) {
        double now_ms;
        if (!live) { virtual_ms += advance_ms; now_ms = virtual_ms; }
        else now_ms = monotonic_ms() - start_ms + 1000;
        *dt = static_cast<float>(std::clamp((now_ms - last_frame_ms) / 1000.0, 0.001, 0.1));
        last_frame_ms = now_ms;
        return now_ms;
    }
    long long wall_seconds() const {
        return !live ? wall_base + static_cast<long long>(virtual_ms / 1000) : static_cast<long long>(std::time(nullptr));
    }

    const bool live;
    const double start_ms;
    const long long wall_base;
    double virtual_ms = 1000;  // starts above 0 so "never touched" is distinguishable
    double last_frame_ms;
};

// One frame: wait for a reason to draw (or take the driver's input), read events, lay out, build, draw; between
// frames, whatever must not happen while a frame refers to it (reopening the content, replacing the 拼音 engine).
class FrameLoop {
public:
    FrameLoop(const Kiosk& kiosk, FrameDriver* driver);
    int run();  // until the kiosk is closed, the driver is done or --run-seconds are up: the exit code

private:
    void connect_driver();
    void wait_for_a_reason();
    bool take_driver_input(double* advance_ms);  // false: the driver is done
    void read_events();
    void measure_display();
    void frame(double advance_ms);
    void take_usb_changes();
    void prepare(bool staff_open);
    void build(double now_ms, float dt, bool staff_open);
    void follow_up(bool staff_open);
    void draw();
    void between_frames();
    bool run_is_over() const;
    int finish();

    const RunOptions& opt_;
    SDL_Renderer* renderer_;
    Fonts& fonts_;
    Services& services_;
    PublicSide& visitors_;
    ui::StaffController& staff_;
    FrameDriver* driver_;
    const bool driven_;  // a script or a soak decides the pointer and the clock; fault injection only watches
    const bool locked_;  // the fullscreen public kiosk: no key or window-manager request ends it
    FrameClock clock_;
    ScreenRotation rotation_;
    int out_w_ = 0, out_h_ = 0;  // the display
    int w_ = 0, h_ = 0;          // the UI: turned a quarter turn when kiosk.conf's orientation asks for it
    StopSignals stop_signals_;   // SIGTERM / SIGINT (systemctl stop) end the loop cleanly
    ui::Ui ui_;
    ui::Probe probe_;
    Pointer pointer_;
    std::uint64_t seen_usb_generation_ = 0;
    bool quit_ = false;
    bool printing_wake_ = false;  // a receipt is printing: look at the printer's thread a few times a second
    bool was_resting_ = false;    // the attract screen was up last frame
    int exit_code_ = 0;
    long frames_ = 0;
    double loop_start_ms_ = 0;
};

FrameLoop::FrameLoop(const Kiosk& kiosk, FrameDriver* driver)
    : opt_(kiosk.opt), renderer_(kiosk.renderer), fonts_(kiosk.fonts), services_(kiosk.services),
      visitors_(kiosk.services.visitors), staff_(kiosk.services.staff.controller), driver_(driver),
      driven_(opt_.headless && driver && driver->drives()), locked_(!opt_.headless && !opt_.windowed),
      clock_(!opt_.headless || (!driven_ && opt_.run_seconds > 0), kiosk.start_ms, kiosk.wall_base),
      rotation_(opt_.orientation, opt_.rotate), stop_signals_(kiosk.services.usb.wake_event) {
    measure_display();
    std::fprintf(stderr, "kiosk: ready in %.0f ms (%dx%d)\n", monotonic_ms() - kiosk.start_ms, w_, h_);
    connect_driver();
    ui_.fonts = &fonts_.set;
    ui_.probe = &probe_;
    ui_.images = visitors_.images.get();
}

// The services of the running kiosk a driver may use.
void FrameLoop::connect_driver() {
    if (!driver_) return;
    ui::ScriptHooks hooks;
    // usb-insert/usb-remove use the first --watch folder; the watcher rescans on request, so a virtual-clock
    // script never waits the 2 s interval.
    if (!opt_.watch_roots.empty() && opt_.watch_roots[0].find('*') == std::string::npos)
        hooks.usb_root = opt_.watch_roots[0];
    UsbWatch& watch = services_.usb.watch;
    hooks.rescan = [&watch] { return watch.request_rescan(); };
    hooks.scan_done = [&watch](std::uint64_t t) { return watch.scan_done(t); };
    hooks.commit_text = [&app = visitors_.app](const std::string& text) { if (app) app->commit_text(text); };
    driver_->set_hooks(std::move(hooks));
}

int FrameLoop::run() {
    loop_start_ms_ = monotonic_ms();
    while (!quit_) {
        double advance_ms = 16.0;
        if (clock_.live && frames_ > 0 && !ui_.animating && !pointer_.down) wait_for_a_reason();
        if (driven_ && !take_driver_input(&advance_ms)) break;
        read_events();
        frame(advance_ms);
        ++frames_;
        between_frames();
        if (run_is_over()) break;
    }
    return finish();
}

// Sleeps until input, or until something on screen is due to change.
void FrameLoop::wait_for_a_reason() {
    const double now = monotonic_ms();
    const double since_start = now - clock_.start_ms;
    const long long wall = static_cast<long long>(std::time(nullptr));
    double wake = (60 - wall % 60) * 1000.0;  // the clock on the home screen shows minutes
    if (visitors_.app && !staff_.open()) wake = std::min(wake, visitors_.app->next_wake_ms() - since_start);
    wake = std::min(wake, staff_.next_wake_ms() - since_start);
    if (staff_.model().staging) wake = std::min(wake, 100.0);  // the progress bar and the badge's percent
    if (printing_wake_) wake = std::min(wake, 200.0);  // the receipt's 正在打印 until the printer answers
    if (visitors_.ime.deploying()) wake = std::min(wake, visitors_.ime.next_poll_ms(now));  // the child, once a second
    if (opt_.redraw_always) wake = std::min(wake, 16.0);  // the idle benchmark's baseline: ~60 frames/s
    if (opt_.run_seconds > 0) wake = std::min(wake, loop_start_ms_ + opt_.run_seconds * 1000.0 - now);
    const int timeout = static_cast<int>(std::clamp(wake, 10.0, 60000.0));
    SDL_Event e;
    if (SDL_WaitEventTimeout(&e, timeout)) handle_event(e, pointer_, out_w_, out_h_, &quit_, locked_);
}

bool FrameLoop::take_driver_input(double* advance_ms) {
    const ImVec2 view_size(static_cast<float>(w_), static_cast<float>(h_));
    const ui::FrameInput in = driver_->next_frame(
        probe_, view_size, ui_.animating,
        ui::SoakView{visitors_.app ? &visitors_.app->model() : nullptr, &staff_.model(), staff_.open()});
    if (driver_->done()) return false;
    // The script speaks the UI's coordinates; the pointer (like SDL's events) is in the display's.
    if (in.finger) {
        push_finger_events(pointer_, rotation_.to_output(in.pointer), in.down, out_w_, out_h_);
    } else {
        pointer_.pos = rotation_.to_output(in.pointer);
        pointer_.down = in.down;
    }
    *advance_ms = in.advance_ms;
    return true;
}

void FrameLoop::read_events() {
    SDL_Event e;
    while (SDL_PollEvent(&e)) handle_event(e, pointer_, out_w_, out_h_, &quit_, locked_);
    if (const int signo = stop_signals_.requested(); signo && !quit_) {
        std::fprintf(stderr, "kiosk: stopping on signal %d (%s)\n", signo, strsignal(signo));
        quit_ = true;
    }
    measure_display();
}

// The display's size, and the UI's after the turn kiosk.conf may ask for.
void FrameLoop::measure_display() {
    SDL_GetRendererOutputSize(renderer_, &out_w_, &out_h_);
    rotation_.update(renderer_, out_w_, out_h_);
    w_ = rotation_.view_w();
    h_ = rotation_.view_h();
}

void FrameLoop::frame(double advance_ms) {
    float dt = 0;
    const double now_ms = clock_.tick(advance_ms, &dt);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(w_), static_cast<float>(h_));
    io.DeltaTime = dt;
    io.MousePos = rotation_.to_view(pointer_.pos);
    io.MouseDown[0] = pointer_.down;
    take_usb_changes();
    const bool staff_open = staff_.open();
    prepare(staff_open);
    build(now_ms, dt, staff_open);
    follow_up(staff_open);
    draw();
}

// A stick came or went: the bundles it holds, already header-checked on the watcher's thread.
void FrameLoop::take_usb_changes() {
    UsbWatch& watch = services_.usb.watch;
    if (watch.generation() == seen_usb_generation_) return;
    const UsbSnapshot snap = watch.snapshot();
    seen_usb_generation_ = snap.generation;
    std::vector<ui::StaffBundle> bundles;
    for (const UsbFile& f : snap.files) {
        ui::StaffBundle b;
        b.path = f.path;
        b.file_name = std::filesystem::path(f.path).filename().string();
        b.size = f.size;
        b.mtime = f.mtime;
        b.info = f.info;
        bundles.push_back(std::move(b));
    }
    staff_.set_bundles(std::move(bundles));
    std::vector<ui::StaffStick> sticks;
    for (const UsbVolume& v : snap.volumes) sticks.push_back(ui::StaffStick{v.path, v.name});
    staff_.set_sticks(std::move(sticks));
}

// The theme and text sizes for this window size (the app's own, or the staff screen's), and the wall clock.
void FrameLoop::prepare(bool staff_open) {
    if (visitors_.app && !staff_open) {
        visitors_.app->prepare_frame(ui_, w_, h_);
    } else {
        ui_.theme = ui::Theme::for_window(w_, h_);
        fonts_.set.set_sizes(text::FontSizes::for_window(std::min(w_, h_)));
    }
    fonts_.set.cache().begin_frame();
    apply_style(ui_.theme);
    ui_.wall_seconds = clock_.wall_seconds();
}

// The staff screen, or the public one with the staff badge (and the long press on the banner that opens staff mode).
void FrameLoop::build(double now_ms, float dt, bool staff_open) {
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui::NewFrame();
    probe_.begin_frame(ImGui::GetIO().DisplaySize);
    ui_.begin_frame(rotation_.to_view(pointer_.pos), pointer_.down, now_ms, dt);
    if (driver_) driver_->frame_started(frames_ + 1);
    staff_.poll(now_ms, ui_.gesture.down || ui_.gesture.released);
    ui::StaffAction staff_action;
    if (staff_open && staff_.open()) {
        staff_action = ui::draw_staff(ui_, staff_.model());
    } else {
        ui::KioskApp* app = visitors_.app.get();
        if (app) {
            staff_.watch_long_press(ui_.gesture,
                                    app->model().route.screen == ui::Screen::Home &&
                                        ui_.gesture.start.y < ui::home_banner_bottom(ui_),
                                    now_ms);
            // The bottom bar makes room for the chip before the screen is laid out above it.
            app->set_staff_chip_width(ui::staff_badge_min_width(ui_, staff_.model()));
            app->frame(ui_);
        } else {
            ui::draw_startup_failure(ui_, visitors_.content.startup_error);
        }
        const ui::Area place = app ? app->staff_chip_place()
                                   : ui::access_bar_layout(ui_, false, ui::staff_badge_min_width(ui_, staff_.model())).chip;
        staff_action = ui::draw_staff_badge(ui_, staff_.model(), place);
    }
    staff_.apply(staff_action, ui_.wall_seconds, now_ms);
}

// What the frame's actions started: a receipt to print, staff mode closed or 退出程序.
void FrameLoop::follow_up(bool staff_open) {
    printing_wake_ = visitors_.app && services_.receipts.follow(*visitors_.app);
    if (staff_.quit_requested()) {  // staff confirmed 退出程序: the only way out of the fullscreen kiosk
        quit_ = true;
        exit_code_ = kExitStaffQuit;
    }
    if (staff_.open() != staff_open) ui_.animating = true;  // draw the staff screen, or the public one, at once
    if (staff_open && !staff_.open() && visitors_.app) visitors_.app->reset_for_next_visitor();  // a fresh public home
}

void FrameLoop::draw() {
    ImGui::Render();
    // Glyphs made while building this frame reach the texture before the frame is drawn.
    fonts_.set.cache().upload([&](int x, int y, int uw, int uh, const std::uint32_t* rgba, int pitch) {
        const SDL_Rect rect{x, y, uw, uh};
        SDL_UpdateTexture(fonts_.texture, &rect, rgba, pitch);
    });
    rotation_.begin_draw(renderer_);
    // A soak rasterises one frame in --render-every (the rest are built and probed all the same).
    const bool draw = !driven_ || driver_->draw_this_frame();
    SDL_SetRenderDrawColor(renderer_, 0xF4, 0xF1, 0xEA, 255);
    if (draw) SDL_RenderClear(renderer_);
    if (draw) ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
    rotation_.end_draw(renderer_);  // before the screenshot: it saves what the display shows
    if (driven_) {
        if (auto name = driver_->take_screenshot_request()) {
            const std::string path = *name + ".png";
            if (!save_screenshot(renderer_, path)) std::fprintf(stderr, "cannot save %s\n", path.c_str());
            else std::fprintf(stderr, "screenshot %s\n", path.c_str());
        }
    }
    if (draw) SDL_RenderPresent(renderer_);
}

void FrameLoop::between_frames() {
    if (staff_.take_content_changed()) {  // a commit or rollback
        visitors_.reopen_content(ui_.wall_seconds);
        if (visitors_.content.store) staff_.set_live_info(visitors_.content.store->info());
        ui_.images = visitors_.images.get();
        ui_.animating = true;
    }
    // A finished deployment: the new engine replaces the old one while no keyboard is on screen.
    if (visitors_.ime.poll(monotonic_ms(), !visitors_.app || !visitors_.app->model().keyboard_shown())) ui_.animating = true;
    // The idle reset ends a visit: the heap its screens freed goes back to the system, so a kiosk that runs for
    // months holds what it uses rather than its busiest moment (the soak's resident-memory figure).
    const bool resting = visitors_.app && visitors_.app->model().attract;
    if (resting && !was_resting_) malloc_trim(0);
    was_resting_ = resting;
    if (pointer_.lift_pending) { pointer_.pos = ImVec2(-1e6f, -1e6f); pointer_.lift_pending = false; }
}

// A headless run without a script: a start-up check (3 frames), or --run-seconds on the real clock.
bool FrameLoop::run_is_over() const {
    if (opt_.headless && !driven_ && opt_.run_seconds == 0 && frames_ >= 3) return true;
    return opt_.run_seconds > 0 && clock_.live && monotonic_ms() - loop_start_ms_ >= opt_.run_seconds * 1000.0;
}

int FrameLoop::finish() {
    int exit_code = exit_code_;
    if (driven_)
        exit_code = driver_->finish(frames_, exit_code, exit_code == kExitStaffQuit, stop_signals_.requested() != 0);
    if (opt_.run_seconds > 0)  // what kioskctl bench idle reads: how many frames the untouched kiosk drew
        std::fprintf(stderr, "kiosk: ran %.1f s, %ld frames\n", (monotonic_ms() - loop_start_ms_) / 1000.0, frames_);
    if (stop_signals_.requested() && driven_) {
        std::fprintf(stderr, "kiosk: the headless run was interrupted\n");
        exit_code = 1;
    }
    if (!visitors_.app && !visitors_.content.startup_error.empty() && opt_.headless) exit_code = 2;
    return exit_code;
}

}  // namespace

//-----------------------------------------------------------------------------------------------------------------------
// [SECTION] run_kiosk
//-----------------------------------------------------------------------------------------------------------------------

int run_kiosk(const RunOptions& opt, FrameDriver* driver) {
    Fonts fonts;  // before the screen: the fonts outlive the ImGui context whose atlas holds them
    Screen screen;
    if (!open_kiosk_screen(opt, &screen)) return 2;
    const double start_ms = monotonic_ms();
    const std::string data_dir = data_dir_of(opt);
    Content content(data_dir, opt.content_path);
    const core::SelfCheckReport self_check = log_self_check(opt, data_dir);
    content.open();
    if (!load_fonts(opt.fonts_file, &fonts)) {
        // A plain notice, never a desktop (a scripted headless run saves it as no-fonts.png).
        return show_no_fonts_notice(screen.renderer(), opt.headless,
                                    opt.script_path.empty() ? "" : opt.screenshot_dir + "/no-fonts.png");
    }
    const long long wall_base = opt.fixed_time ? opt.fixed_time : static_cast<long long>(std::time(nullptr));
    Services services(opt, data_dir, content, self_check, screen.renderer(), wall_base);
    FrameLoop loop(Kiosk{opt, screen.renderer(), fonts, services, start_ms, wall_base}, driver);
    return loop.run();
}

}  // namespace kiosk::platform
