// kiosk_runner.cpp — the SDL2 window, the frame loop, input, and headless runs with a virtual clock.
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
#include <SDL.h>
#include <SDL_image.h>
#include <malloc.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <thread>

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
#include "platform/screen_rotation.h"
#include "platform/ime_setup.h"
#include "platform/receipt_print.h"
#include "platform/lockdown.h"
#include "platform/run_options.h"
#include "platform/usb_watch.h"
#include "text/fonts.h"
#include "ui/kiosk_app.h"
#include "ui/screens.h"
#include "ui/staff/staff_controller.h"
#include "ui/staff/staff_screen.h"
#include "ui/kit/widgets.h"

namespace kiosk::platform {
namespace {

std::string today_of(long long unix_seconds) { return core::format_time(unix_seconds, "%Y-%m-%d"); }

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

}  // namespace

int run_kiosk(const RunOptions& opt, FrameDriver* driver) {
    if (opt.headless) {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
        // Without this SDL presents the offscreen window through OpenGL and loads Mesa: ~76 MB and hundreds of ms
        // for nothing, since the software renderer draws into memory anyway.
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    }
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "1");
    set_lockdown_hints(!opt.headless && !opt.windowed);
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        std::fprintf(stderr, "SDL_Init failed: %s\n", SDL_GetError());
        return 2;
    }
    const bool fullscreen = !opt.headless && !opt.windowed;
    // Fullscreen: created at the display's own size, so the first frame is laid out for the screen rather than for
    // the 1920x1080 default and laid out again when the compositor (cage) resizes the window, and the start-up line
    // below reports the screen's size.
    int create_w = opt.width, create_h = opt.height;
    SDL_DisplayMode desktop{};
    if (fullscreen && SDL_GetDesktopDisplayMode(0, &desktop) == 0 && desktop.w > 0 && desktop.h > 0) {
        create_w = desktop.w;
        create_h = desktop.h;
    }
    SDL_Window* window = SDL_CreateWindow(str::kProductName, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                          create_w, create_h,
                                          (fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) | SDL_WINDOW_RESIZABLE);
    if (!window) { std::fprintf(stderr, "SDL_CreateWindow failed: %s\n", SDL_GetError()); return 2; }
    SDL_Renderer* renderer = opt.headless ? nullptr
                                          : SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!renderer) renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
    if (!renderer) { std::fprintf(stderr, "SDL_CreateRenderer failed: %s\n", SDL_GetError()); return 2; }
    if (fullscreen) SDL_ShowCursor(SDL_DISABLE);
    if (fullscreen) lock_down_window(window);

    const double start_ms = monotonic_ms();
    // The data folder: usage counts, the audit log, the staff PIN and the installed content.
    std::string data_dir = opt.data_dir;
    if (data_dir.empty()) {
        const char* home = std::getenv("HOME");
        data_dir = std::string(home ? home : "/tmp") + "/.local/state/disclosure-kiosk";
    }
    std::error_code dir_error;
    std::filesystem::create_directories(data_dir, dir_error);
    core::ContentInstall install(core::content_dir_in(data_dir));
    std::string install_error;
    if (!install.recover(&install_error)) std::fprintf(stderr, "kiosk: %s\n", install_error.c_str());
    install.set_factory_snapshot(opt.content_path);
    // The start-up self-check (core/operation/self_check.h): every finding to the journal; the problems go to the staff page.
    const core::SelfCheckReport self_check = core::run_self_check({opt.fonts_file, opt.content_path, data_dir});
    for (const core::CheckFinding& f : self_check.findings) {
        const char* level = f.severity == core::CheckSeverity::Error ? "error"
                            : f.severity == core::CheckSeverity::Warning ? "warning" : "ok";
        std::fprintf(stderr, "kiosk: self-check %s: %s / %s\n", level, f.zh.c_str(), f.en.c_str());
    }

    std::unique_ptr<core::ContentStore> store;
    std::string startup_error;
    std::string live_path;  // the snapshot shown (its pinyin data is deployed from it)
    auto open_content = [&]() {
        std::string note;
        const std::string path = install.live_snapshot(opt.content_path, &note);
        live_path = path;
        if (!note.empty()) std::fprintf(stderr, "kiosk: %s\n", note.c_str());
        startup_error.clear();
        try {
            store = core::ContentStore::open(path);
        } catch (const std::exception& e) {
            startup_error = e.what();
            std::fprintf(stderr, "%s\n", e.what());
        }
    };
    open_content();

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    ImGui_ImplSDLRenderer_Init(renderer);

    // Fonts: glyphs are made on demand, so start-up only opens the font files.
    std::vector<text::FaceChain> chains;
    std::string font_error;
    text::FontSet fonts;
    bool fonts_found = text::find_font_chains(opt.fonts_file, &chains, &font_error);
    if (!fonts_found && !opt.fonts_file.empty()) {  // the configured chain has no Chinese face: Debian's Noto CJK
        std::fprintf(stderr, "kiosk: %s: %s; trying Debian's Noto CJK fonts\n", opt.fonts_file.c_str(), font_error.c_str());
        fonts_found = text::find_font_chains("", &chains, &font_error);
    }
    if (!fonts_found || !fonts.init(io.Fonts, chains, &font_error) || !ImGui_ImplSDLRenderer_CreateFontsTexture()) {
        std::fprintf(stderr, "%s\n", font_error.c_str());
        // A plain notice, never a desktop (a scripted headless run saves it as no-fonts.png).
        return show_no_fonts_notice(renderer, opt.headless,
                                    opt.script_path.empty() ? "" : opt.screenshot_dir + "/no-fonts.png");
    }
    io.Fonts->ClearTexData();  // the texture holds the pixels now; the glyph cache keeps its own copy of its region
    auto* font_texture = static_cast<SDL_Texture*>(io.Fonts->TexID);
    // out_w × out_h: the display; w × h: the UI, turned a quarter turn when kiosk.conf's orientation asks for it.
    ScreenRotation rotation(opt.orientation, opt.rotate);
    int out_w = 0, out_h = 0;
    SDL_GetRendererOutputSize(renderer, &out_w, &out_h);
    rotation.update(renderer, out_w, out_h);
    int w = rotation.view_w(), h = rotation.view_h();

    long long wall_base = opt.fixed_time ? opt.fixed_time : static_cast<long long>(std::time(nullptr));
    // Usage counts go to the data folder; without one (read-only disk) the kiosk runs and counts nothing.
    std::string usage_error;
    std::unique_ptr<core::UsageLog> usage = core::UsageLog::open(core::usage_db_in(data_dir), &usage_error);
    if (!usage) std::fprintf(stderr, "kiosk: usage counts off (%s): %s\n", data_dir.c_str(), usage_error.c_str());
    std::unique_ptr<ui::KioskApp> app;
    // The request form (issue 6): sealed with the office key, stored in DATA/applications.db.
    const ui::ApplySetup apply_setup{data_dir, opt.office_key, opt.kiosk_id, opt.office_name};
    if (store) app = std::make_unique<ui::KioskApp>(*store, today_of(wall_base), usage.get(), opt.timeouts);
    if (app) app->set_apply_setup(apply_setup);
    auto make_images = [&]() {
        return std::make_unique<AttachmentImages>(renderer, [&](long long id) {
            return store ? store->attachment_data(id) : std::vector<unsigned char>();
        });
    };
    std::unique_ptr<AttachmentImages> images = make_images();

    // ---- The form's Chinese input (issue 6): 手写 now; 拼音 now if its data is deployed for this snapshot, else
    // deployed in a child process while the kiosk runs (platform/ime_setup.h).
    ImeSetup::register_handwriting();
    ImeSetup ime(opt.ime_data.empty() ? input::pinyin_user_dir(data_dir) : opt.ime_data);
    if (store) ime.want(live_path, store->info().content_version, true);

    // The receipt on paper when a printer is configured (platform/receipt_print.h), printed on its own thread.
    ReceiptPrinter receipt_printer(opt.printer);
    std::string printed_receipt;  // the number of the receipt last sent, so each is printed once

    // ---- Updates from a USB stick (issue 5) --------------------------------------------------------------------------
    core::TrustedKeys keys;
    for (const std::string& k : opt.trusted_keys.empty() ? std::vector<std::string>{kDefaultTrustedKeys}
                                                         : opt.trusted_keys) {
        std::string key_error;
        if (!keys.add_from(k, &key_error)) std::fprintf(stderr, "kiosk: %s\n", key_error.c_str());
    }
    if (keys.keys.empty()) std::fprintf(stderr, "kiosk: no trusted keys: every update bundle will be refused\n");
    std::string audit_error;
    std::unique_ptr<core::AuditLog> audit = core::AuditLog::open(core::audit_db_in(data_dir), &audit_error);
    if (!audit) std::fprintf(stderr, "kiosk: audit log off: %s\n", audit_error.c_str());
    install.set_audit_log(audit.get());  // every stage, commit and rollback is recorded (core/updates/audit_log.h)
    core::UpdateWorker worker(install, keys);
    if (opt.slow_import_ms > 0) {
        worker.set_fault_hook([ms = opt.slow_import_ms](const char* step) {
            if (std::string_view(step) == "write") std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        });
    }
    core::StaffPin staff_pin(opt.staff_pin_file.empty() ? core::staff_pin_in(data_dir) : opt.staff_pin_file,
                             opt.staff_pin_hash);
    ui::StaffController staff(install, worker, staff_pin, opt.timeouts.staff_idle_ms);
    {
        std::vector<std::string> problems = opt.config_notes;
        for (std::string& line : self_check.staff_lines()) problems.push_back(std::move(line));
        staff.set_self_check(std::move(problems));
    }
    if (store) staff.set_live_info(store->info());
    staff.set_usage_log(usage.get());  // updates are counted; the 使用情况 page reads it
    staff.set_applications(core::applications_db_in(data_dir), opt.kiosk_id);
    // The watcher wakes the loop with an SDL user event (SDL_PushEvent is safe from any thread).
    const Uint32 wake_event = SDL_RegisterEvents(1);
    UsbWatch watch(opt.watch_roots.empty() ? default_usb_roots() : opt.watch_roots);
    watch.set_inspector([inspect_keys = keys](const std::string& path) { return core::inspect_bundle(path, inspect_keys); });
    watch.set_notify([wake_event] {
        if (wake_event == static_cast<Uint32>(-1)) return;
        SDL_Event e{};
        e.type = wake_event;
        SDL_PushEvent(&e);
    });
    watch.start();
    std::uint64_t seen_usb_generation = 0;
    std::fprintf(stderr, "kiosk: ready in %.0f ms (%dx%d)\n", monotonic_ms() - start_ms, w, h);

    // A script or a soak decides the pointer and the clock (harness/drivers.h); fault injection only watches.
    const bool driven = opt.headless && driver && driver->drives();
    {
        ui::ScriptHooks hooks;
        // usb-insert/usb-remove use the first --watch folder; the watcher rescans on request, so a virtual-clock
        // script never waits the 2 s interval.
        if (!opt.watch_roots.empty() && opt.watch_roots[0].find('*') == std::string::npos)
            hooks.usb_root = opt.watch_roots[0];
        hooks.rescan = [&watch] { return watch.request_rescan(); };
        hooks.scan_done = [&watch](std::uint64_t t) { return watch.scan_done(t); };
        hooks.commit_text = [&app](const std::string& text) { if (app) app->commit_text(text); };
        if (driver) driver->set_hooks(std::move(hooks));
    }
    // A script or a soak runs on the virtual clock; the kiosk itself, and a headless --run-seconds run (kioskctl
    // bench idle), on the real clock with the real event wait.
    const bool live_clock = !opt.headless || (!driven && opt.run_seconds > 0);
    StopSignals stop_signals(wake_event);  // SIGTERM / SIGINT (systemctl stop) end the loop cleanly

    ui::Ui ui;
    ui::Probe probe;
    ui.fonts = &fonts;
    ui.probe = &probe;
    ui.images = images.get();
    Pointer pointer;
    double virtual_ms = 1000;  // headless clock; starts above 0 so "never touched" is distinguishable
    double last_frame_ms = live_clock ? monotonic_ms() : virtual_ms;
    bool quit = false;
    bool printing_wake = false;  // a receipt is printing: look at the printer's thread a few times a second
    bool was_resting = false;    // the attract screen was up last frame
    int exit_code = 0;
    long frames = 0;
    const double loop_start_ms = monotonic_ms();

    while (!quit) {
        // ---- Wait for a reason to draw ---------------------------------------------------------------------------------
        double frame_advance_ms = 16.0;
        SDL_Event e;
        if (live_clock && frames > 0 && !ui.animating && !pointer.down) {
            const double now = monotonic_ms();
            const long long wall = static_cast<long long>(std::time(nullptr));
            double wake = (60 - wall % 60) * 1000.0;  // the clock on the home screen shows minutes
            if (app && !staff.open()) wake = std::min(wake, app->next_wake_ms() - (now - start_ms));
            wake = std::min(wake, staff.next_wake_ms() - (now - start_ms));
            if (staff.model().staging) wake = std::min(wake, 100.0);  // the progress bar and the badge's percent
            if (printing_wake) wake = std::min(wake, 200.0);  // the receipt's 正在打印 until the printer answers
            if (ime.deploying()) wake = std::min(wake, ime.next_poll_ms(now));  // look at the child once a second
            if (opt.redraw_always) wake = std::min(wake, 16.0);  // the idle benchmark's baseline: ~60 frames/s
            if (opt.run_seconds > 0) wake = std::min(wake, loop_start_ms + opt.run_seconds * 1000.0 - now);
            const int timeout = static_cast<int>(std::clamp(wake, 10.0, 60000.0));
            if (SDL_WaitEventTimeout(&e, timeout)) handle_event(e, pointer, out_w, out_h, &quit, fullscreen);
        }
        if (driven) {
            const ImVec2 view_size(static_cast<float>(w), static_cast<float>(h));
            const ui::FrameInput in = driver->next_frame(
                probe, view_size, ui.animating, ui::SoakView{app ? &app->model() : nullptr, &staff.model(), staff.open()});
            if (driver->done()) break;
            // The script speaks the UI's coordinates; the pointer (like SDL's events) is in the display's.
            if (in.finger) {
                push_finger_events(pointer, rotation.to_output(in.pointer), in.down, out_w, out_h);
            } else {
                pointer.pos = rotation.to_output(in.pointer);
                pointer.down = in.down;
            }
            frame_advance_ms = in.advance_ms;
        }
        while (SDL_PollEvent(&e)) handle_event(e, pointer, out_w, out_h, &quit, fullscreen);
        if (const int signo = stop_signals.requested(); signo && !quit) {
            std::fprintf(stderr, "kiosk: stopping on signal %d (%s)\n", signo, strsignal(signo));
            quit = true;
        }
        SDL_GetRendererOutputSize(renderer, &out_w, &out_h);
        rotation.update(renderer, out_w, out_h);
        w = rotation.view_w();
        h = rotation.view_h();

        // ---- One frame -----------------------------------------------------------------------------------------------
        double now_ms;
        if (!live_clock) { virtual_ms += frame_advance_ms; now_ms = virtual_ms; }
        else now_ms = monotonic_ms() - start_ms + 1000;
        const float dt = static_cast<float>(std::clamp((now_ms - last_frame_ms) / 1000.0, 0.001, 0.1));
        last_frame_ms = now_ms;

        io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
        io.DeltaTime = dt;
        io.MousePos = rotation.to_view(pointer.pos);
        io.MouseDown[0] = pointer.down;
        // A stick came or went: the bundles it holds, already header-checked on the watcher's thread.
        if (watch.generation() != seen_usb_generation) {
            const UsbSnapshot snap = watch.snapshot();
            seen_usb_generation = snap.generation;
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
            staff.set_bundles(std::move(bundles));
            std::vector<ui::StaffStick> sticks;
            for (const UsbVolume& v : snap.volumes) sticks.push_back(ui::StaffStick{v.path, v.name});
            staff.set_sticks(std::move(sticks));
        }
        const bool staff_open = staff.open();
        if (app && !staff_open) {
            app->prepare_frame(ui, w, h);
        } else {
            ui.theme = ui::Theme::for_window(w, h);
            fonts.set_sizes(text::FontSizes::for_window(std::min(w, h)));
        }
        fonts.cache().begin_frame();
        apply_style(ui.theme);
        ui.wall_seconds = !live_clock ? wall_base + static_cast<long long>(virtual_ms / 1000)
                                      : static_cast<long long>(std::time(nullptr));

        ImGui_ImplSDLRenderer_NewFrame();
        ImGui::NewFrame();
        probe.begin_frame(io.DisplaySize);
        ui.begin_frame(rotation.to_view(pointer.pos), pointer.down, now_ms, dt);
        if (driver) driver->frame_started(frames + 1);
        staff.poll(now_ms, ui.gesture.down || ui.gesture.released);
        ui::StaffAction staff_action;
        if (staff_open && staff.open()) {
            staff_action = ui::draw_staff(ui, staff.model());
        } else {
            if (app) {
                staff.watch_long_press(ui.gesture,
                                       app->model().route.screen == ui::Screen::Home &&
                                           ui.gesture.start.y < ui::home_banner_bottom(ui),
                                       now_ms);
                app->frame(ui);
            } else {
                ui::draw_startup_failure(ui, startup_error);
            }
            staff_action = ui::draw_staff_badge(ui, staff.model(), app && app->model().elder_mode);
        }
        staff.apply(staff_action, ui.wall_seconds, now_ms);
        printing_wake = false;
        if (app && receipt_printer.enabled()) {
            const auto& receipt = app->model().apply.receipt;
            if (receipt && receipt->number != printed_receipt) {
                printed_receipt = receipt->number;
                receipt_printer.print(ReceiptSheet{receipt->office, *receipt});  // the office stored with it
            }
            if (receipt && receipt->number == printed_receipt) {
                const PrintState s = receipt_printer.state();
                app->set_receipt_paper(s == PrintState::Printing  ? ui::ReceiptPaper::Printing
                                       : s == PrintState::Printed ? ui::ReceiptPaper::Printed
                                                                  : ui::ReceiptPaper::Failed);
                if (s == PrintState::Printing) printing_wake = true;
            }
        }
        if (staff.quit_requested()) {  // staff confirmed 退出程序: the only way out of the fullscreen kiosk
            quit = true;
            exit_code = kExitStaffQuit;
        }
        if (staff.open() != staff_open) ui.animating = true;  // draw the staff screen, or the public one, at once
        if (staff_open && !staff.open() && app) app->reset_for_next_visitor();  // back to a fresh public home
        ImGui::Render();
        // Glyphs made while building this frame reach the texture before the frame is drawn.
        fonts.cache().upload([&](int x, int y, int uw, int uh, const std::uint32_t* rgba, int pitch) {
            const SDL_Rect rect{x, y, uw, uh};
            SDL_UpdateTexture(font_texture, &rect, rgba, pitch);
        });
        rotation.begin_draw(renderer);
        // A soak rasterises one frame in --render-every (the rest are built and probed all the same).
        const bool draw = !driven || driver->draw_this_frame();
        SDL_SetRenderDrawColor(renderer, 0xF4, 0xF1, 0xEA, 255);
        if (draw) SDL_RenderClear(renderer);
        if (draw) ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
        rotation.end_draw(renderer);  // before the screenshot: it saves what the display shows
        if (driven) {
            if (auto name = driver->take_screenshot_request()) {
                const std::string path = *name + ".png";
                if (!save_screenshot(renderer, path)) std::fprintf(stderr, "cannot save %s\n", path.c_str());
                else std::fprintf(stderr, "screenshot %s\n", path.c_str());
            }
        }
        if (draw) SDL_RenderPresent(renderer);
        ++frames;
        // After a commit or rollback: reopen the content between frames (nothing drawn refers to the old one now).
        if (staff.take_content_changed()) {
            app.reset();
            images.reset();
            store.reset();
            open_content();
            if (store) {
                app = std::make_unique<ui::KioskApp>(*store, today_of(ui.wall_seconds), usage.get(), opt.timeouts);
                app->set_apply_setup(apply_setup);
                staff.set_live_info(store->info());
                // The new snapshot's words for 拼音: deployed in a child; the old engine serves until then.
                ime.want(live_path, store->info().content_version, true);
            }
            images = make_images();
            ui.images = images.get();
            ui.animating = true;
        }
        // A finished deployment: the new engine replaces the old one while no form field is open.
        if (ime.poll(monotonic_ms(), !app || !app->model().apply.editing)) ui.animating = true;
        // The idle reset ends a visit: the heap its screens freed goes back to the system, so a kiosk that runs for
        // months holds what it uses rather than its busiest moment (the soak's resident-memory figure, issue 7).
        const bool resting = app && app->model().attract;
        if (resting && !was_resting) malloc_trim(0);
        was_resting = resting;
        if (pointer.lift_pending) { pointer.pos = ImVec2(-1e6f, -1e6f); pointer.lift_pending = false; }
        // A headless run without a script: a start-up check (3 frames), or --run-seconds on the real clock.
        if (opt.headless && !driven && opt.run_seconds == 0 && frames >= 3) break;
        if (opt.run_seconds > 0 && live_clock && monotonic_ms() - loop_start_ms >= opt.run_seconds * 1000.0) break;
    }

    if (driven) exit_code = driver->finish(frames, exit_code, exit_code == kExitStaffQuit, stop_signals.requested() != 0);
    if (opt.run_seconds > 0)  // what kioskctl bench idle reads: how many frames the untouched kiosk drew
        std::fprintf(stderr, "kiosk: ran %.1f s, %ld frames\n", (monotonic_ms() - loop_start_ms) / 1000.0, frames);
    if (stop_signals.requested() && driven) {
        std::fprintf(stderr, "kiosk: the headless run was interrupted\n");
        exit_code = 1;
    }
    if (!app && !startup_error.empty() && opt.headless) exit_code = 2;

    watch.stop();
    images.reset();
    ImGui_ImplSDLRenderer_Shutdown();
    ImGui::DestroyContext();
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    SDL_Quit();
    return exit_code;
}

}  // namespace kiosk::platform
