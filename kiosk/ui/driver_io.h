// driver_io.h — what passes between the frame loop (platform) and whatever drives it headless (harness): the
// pointer and clock for the next frame, the services a driver may ask of the running kiosk, and the models it may
// look at. Defined in ui so that both rooms above it can speak it without knowing each other.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <functional>
#include <string>

namespace kiosk::ui {

struct AppModel;
struct StaffModel;

struct FrameInput {
    ImVec2 pointer{-1e6f, -1e6f};
    bool down = false;
    double advance_ms = 16.0;  // virtual time that passes before this frame
    bool finger = false;       // deliver as SDL finger events rather than setting the pointer directly
};

// What the platform lends the driver for the usb-… steps: the folder sticks appear in, and the watcher's rescan.
struct ScriptHooks {
    std::string usb_root;                           // empty: usb-insert / usb-remove fail with a message
    std::function<std::uint64_t()> rescan;          // asks the watcher to scan now; returns a ticket
    std::function<bool(std::uint64_t)> scan_done;   // true once a scan started after that request has finished
    std::function<void(const std::string&)> commit_text;  // ime-text: what an input method commits
};

// What the platform shows the driver of the frame just drawn, besides the probe.
struct SoakView {
    const AppModel* app = nullptr;      // null when the kiosk shows its start-up notice
    const StaffModel* staff = nullptr;  // null: no staff side
    bool staff_open = false;
};

}  // namespace kiosk::ui
