// frame_driver.h — what the frame loop asks of whatever drives a headless run (a script, a soak, a fault).
//
// The loop (kiosk_runner.cpp) knows only this interface; the drivers live in harness/, above platform, so nothing
// that drives, measures or breaks the kiosk is linked into the product's own rooms. A driver that drives() decides
// each frame's pointer and virtual time; one that does not only watches a live kiosk (fault injection).
#pragma once

#include <imgui.h>

#include <optional>
#include <string>

#include "ui/driver_io.h"
#include "ui/kit/probe.h"

namespace kiosk::platform {

class FrameDriver {
public:
    virtual ~FrameDriver() = default;
    // True: the driver sets the pointer and the virtual clock; false: the kiosk runs live and the driver watches.
    virtual bool drives() const { return true; }
    // Once before the first frame: the services of the running kiosk a driver may use (sticks, text commits).
    virtual void set_hooks(ui::ScriptHooks hooks) {}
    // Before each frame, with what the previous frame showed.
    virtual ui::FrameInput next_frame(const ui::Probe& shown, ImVec2 view, bool animating, const ui::SoakView& models) {
        return {};
    }
    // Inside each frame, after ImGui's NewFrame: `frame` counts from 1.
    virtual void frame_started(long frame) {}
    virtual bool done() const { return false; }
    // Whether this frame is rasterised (a soak skips most).
    virtual bool draw_this_frame() const { return true; }
    // After a frame is drawn: the file (without folder and .png) to save it as, if the driver asks for one.
    virtual std::optional<std::string> take_screenshot_request() { return std::nullopt; }
    // After the loop: reports the run and returns the exit code. `exit_code` is the loop's own; `staff_quit`: the
    // loop ended through staff mode's 退出程序; `interrupted`: by SIGTERM or SIGINT.
    virtual int finish(long frames, int exit_code, bool staff_quit, bool interrupted) { return exit_code; }
};

}  // namespace kiosk::platform
