// drivers.cpp — the script, soak and fault drivers behind platform::FrameDriver.
#include "harness/drivers.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "harness/script_driver.h"
#include "harness/soak_run.h"

namespace kiosk::harness {
namespace {

// A UI script: taps, expectations and screenshots; the run fails (exit 1) at the first step that does not hold.
class ScriptRun final : public platform::FrameDriver {
public:
    explicit ScriptRun(std::string screenshot_dir) : screenshot_dir_(std::move(screenshot_dir)) {}
    bool load(const std::string& path, std::string* error) { return script_.load(path, error); }
    void set_hooks(ui::ScriptHooks hooks) override { script_.set_hooks(std::move(hooks)); }
    ui::FrameInput next_frame(const ui::Probe& shown, ImVec2 view, bool animating, const ui::SoakView& m) override {
        return script_.next_frame(shown, view, animating, m);
    }
    bool done() const override { return script_.done(); }
    std::optional<std::string> take_screenshot_request() override {
        auto name = script_.take_screenshot_request();
        if (name) return screenshot_dir_ + "/" + *name;
        return name;
    }
    int finish(long frames, int exit_code, bool staff_quit, bool interrupted) override {
        if (script_.failed()) {
            std::fprintf(stderr, "%s\n", script_.failure().c_str());
            return 1;
        }
        if (!interrupted) std::fprintf(stderr, "script passed: %d steps, %ld frames\n", script_.steps_run(), frames);
        return exit_code;
    }

private:
    ui::ScriptDriver script_;
    std::string screenshot_dir_;
};

// Random visitors (harness/soak_run.h) as a frame driver.
class SoakDriverRun final : public platform::FrameDriver {
public:
    explicit SoakDriverRun(const platform::SoakOptions& options) : soak_(options) {}
    void set_hooks(ui::ScriptHooks hooks) override { soak_.driver().set_hooks(std::move(hooks)); }
    ui::FrameInput next_frame(const ui::Probe& shown, ImVec2 view, bool animating, const ui::SoakView& m) override {
        return soak_.next_frame(shown, view, animating, m);
    }
    bool done() const override { return soak_.done(); }
    bool draw_this_frame() const override { return soak_.draw_this_frame(); }
    int finish(long frames, int exit_code, bool staff_quit, bool interrupted) override {
        return soak_.finish(frames, staff_quit);
    }

private:
    platform::SoakRun soak_;
};

// KIOSK_FAULT_THROW_AT_FRAME=N: frame N throws halfway, which must end in the kiosk's log line and a non-zero exit
// (app/main.cpp), not a silent stop. Watches a live kiosk; drives nothing.
class ThrowAtFrame final : public platform::FrameDriver {
public:
    explicit ThrowAtFrame(long frame) : frame_(frame) {}
    bool drives() const override { return false; }
    void frame_started(long frame) override {
        if (frame == frame_) throw std::runtime_error("fault injection: frame " + std::to_string(frame_) + " threw");
    }

private:
    long frame_;
};

}  // namespace

std::unique_ptr<platform::FrameDriver> make_driver(const platform::RunOptions& opt, std::string* error) {
    if (opt.headless && !opt.script_path.empty()) {
        auto run = std::make_unique<ScriptRun>(opt.screenshot_dir);
        if (!run->load(opt.script_path, error)) return nullptr;
        std::error_code ec;
        std::filesystem::create_directories(opt.screenshot_dir, ec);
        return run;
    }
    if (opt.headless && opt.soak_touches > 0)
        return std::make_unique<SoakDriverRun>(
            platform::SoakOptions{opt.soak_touches, opt.soak_seed, opt.soak_pin, opt.render_every, opt.timeouts});
    if (const char* at = std::getenv("KIOSK_FAULT_THROW_AT_FRAME"); at && std::atol(at) > 0)
        return std::make_unique<ThrowAtFrame>(std::atol(at));
    return nullptr;
}

}  // namespace kiosk::harness
