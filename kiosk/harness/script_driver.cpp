// script_driver.cpp — see script_driver.h.
//
// Script syntax, one step a line ('#' starts a comment):
//   tap LABEL            tap the visible button whose label is exactly LABEL
//   tap~ TEXT            tap the first visible button whose label contains TEXT
//   tap-at X Y           tap a point; X and Y are fractions of the window (0–1) so scripts fit both orientations
//   drag X0 Y0 X1 Y1     press at (X0,Y0), move to (X1,Y1) over a few frames, release (fractions again)
//   finger-tap-at X Y, finger-drag X0 Y0 X1 Y1
//                        the same, sent as SDL touch-finger events through the platform's event path
//   type-keys TEXT       tap the on-screen keyboard's keys for TEXT (letters, digits, spaces)
//   scroll-to TEXT       drag the page up, a little at a time, until TEXT is visible (as a reader scrolls to find it);
//                        the drags go down the middle of the screen, or down the tallest list where a keyboard
//                        lies there (the search screen in portrait)
//   wait MS              let MS milliseconds of (virtual) time pass
//   expect TEXT          some visible text contains TEXT
//   expect-not TEXT      no visible text contains TEXT
//   screenshot NAME      save the next frame as NAME.png in the screenshot folder
//   long-press X Y MS    press at (X,Y) and hold still for MS milliseconds of virtual time, then release
//   wait-for TEXT        let frames run until some visible text contains TEXT (work on another thread, e.g. an
//                        import being staged); bounded by 60 s of real time
//   usb-insert SRC_DIR   "insert a stick": copy SRC_DIR into the first --watch folder (as ROOT/NAME, NAME being
//                        SRC_DIR's last component; copied under a hidden name, then renamed), then have the USB
//                        watcher rescan at once and wait (real time, bounded) until that scan is done
//   usb-remove           "pull the stick": delete the folder the last usb-insert made, rescan, wait likewise
//   ime-text TEXT        commit TEXT into the field being edited (or the search bar), as an input method would
//                        after a pick (for characters the on-screen keys cannot type, e.g. the rare names 刘䶮, 𠮷田, 王𪚥)
//   draw-strokes X0 Y0 X1 Y1 ...; X0 Y0 ...
//                        write with a finger: one stroke per ';'-separated list of points (press at the first, move
//                        through the others over a few frames each, lift at the last), as fractions of the 手写
//                        keyboard's writing box (the item named 写字框) when it is shown, else of the window
//   at-every-text-size   (a line of its own) the whole script, which starts and ends on the home screen, runs four
//                        times: at 标准, 大, 特大 and in 长辈模式, each chosen by touch first
//   expect-visible-count KIND N
//                        at least N items of KIND lie wholly on screen — not cut by the edge of their list or the
//                        window, not under an overlay (KIND `document`: a document's card in the catalog or search)
//   check-layout         the frame as shown passes the layout check (ui/kit/layout_check.h) at the text size and
//                        mode shown: nothing cut, spilling, off the window or overlapping, targets and contrast big
//                        enough; the failure names the screen, size, orientation and each item (with
//                        KIOSK_LAYOUT_REPORT=1 in the environment it lists them and goes on: a survey)
//   expect-sound MS      the kiosk played at least MS ms of sound since the step began (real time, at most 30 s),
//                        as SDL's disk audio driver wrote it (SDL_AUDIODRIVER=disk, SDL_DISKAUDIOFILE): 朗读 heard
//   expect-silence MS    let MS ms of real time pass; nothing was heard meanwhile (after 停止, a page change, the wipe)
// The driver decides the pointer for each frame; the UI runs unchanged. A failed step ends the run with the file,
// the line, the step and what was visible.
#include "harness/script_driver.h"

#include "platform/speech_player.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>
#include <thread>
#include <vector>

#include "core/base/strings_zh.h"
#include "harness/soak_driver.h"
#include "ui/app_model.h"
#include "ui/kit/layout_check.h"

namespace kiosk::ui {
namespace {

std::string trim(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

// "home at 特大 in 长辈模式, 1920x1080 landscape": where a layout finding was made.
std::string layout_context(const SoakView& view, ImVec2 screen) {
    static const char* const kSizes[] = {"标准", "大", "特大"};
    std::string s = soak_screen_name(view);
    if (view.app) {
        s += " at ";
        s += view.app->elder_mode ? "长辈模式" : kSizes[static_cast<int>(view.app->text_size)];
    }
    s += ", " + std::to_string(static_cast<int>(screen.x)) + "x" + std::to_string(static_cast<int>(screen.y));
    s += screen.x >= screen.y ? " landscape" : " portrait";
    return s;
}

constexpr int kSettleFrames = 3;      // frames after a step so the new screen is drawn and probed
constexpr int kMaxAnimateFrames = 240;  // cap on waiting for inertia to stop
constexpr int kDragFrames = 10;
constexpr int kFindRetries = 8;       // frames to keep looking for a label before failing
constexpr double kMaxRealWaitMs = 60'000;  // wait-for and usb-…: real time before giving up
constexpr double kLongPressStepMs = 100;   // virtual time per frame while a long press is held

double real_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// What the kiosk played, as SDL's disk audio driver writes it (SDL_AUDIODRIVER=disk, SDL_DISKAUDIOFILE): the voice's
// device samples, 16-bit mono at platform::kSpeechDeviceRate, silence included while the device is open.
std::uintmax_t sound_file_size() {
    const char* path = std::getenv("SDL_DISKAUDIOFILE");
    std::error_code ec;
    const auto n = path ? std::filesystem::file_size(path, ec) : 0;
    return ec ? 0 : n;
}

// Milliseconds of sound (10 ms windows whose peak is above a whisper) written since byte `from`.
int sound_ms_since(std::uintmax_t from) {
    const char* path = std::getenv("SDL_DISKAUDIOFILE");
    if (!path) return 0;
    std::ifstream f(path, std::ios::binary);
    f.seekg(static_cast<std::streamoff>(from & ~std::uintmax_t{1}));
    const int window = platform::kSpeechDeviceRate / 100;
    std::vector<std::int16_t> buf(static_cast<std::size_t>(window));
    int ms = 0;
    while (f.read(reinterpret_cast<char*>(buf.data()), static_cast<std::streamsize>(buf.size() * 2))) {
        int peak = 0;
        for (std::int16_t v : buf) peak = std::max(peak, std::abs(static_cast<int>(v)));
        if (peak > 600) ms += 10;
    }
    return ms;
}

}  // namespace

bool ScriptDriver::load(const std::string& path, std::string* error) {
    std::ifstream in(path);
    if (!in) { *error = "cannot open script " + path; return false; }
    path_ = path;
    int line_no = 0;
    bool at_every_text_size = false;
    int header_line = 0;
    for (std::string line; std::getline(in, line);) {
        ++line_no;
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        if (line == "at-every-text-size") {
            at_every_text_size = true;
            header_line = line_no;
            continue;
        }
        ScriptStep step;
        step.line = line_no;
        const size_t sp = line.find_first_of(" \t");
        step.verb = line.substr(0, sp);
        step.arg = sp == std::string::npos ? "" : trim(line.substr(sp));
        std::istringstream nums(step.arg);
        for (float f; nums >> f;) step.numbers.push_back(f);
        // finger-… verbs are the plain ones delivered as touch events; the driver stores them without the prefix.
        if (step.verb == "finger-tap-at" || step.verb == "finger-drag") {
            step.finger = true;
            step.verb = step.verb.substr(7);
        }
        const bool known = step.verb == "tap" || step.verb == "tap~" || step.verb == "tap-at" || step.verb == "drag" ||
                           step.verb == "wait" || step.verb == "expect" || step.verb == "expect-not" ||
                           step.verb == "scroll-to" || step.verb == "type-keys" ||
                           step.verb == "screenshot" || step.verb == "long-press" || step.verb == "wait-for" ||
                           step.verb == "usb-insert" || step.verb == "usb-remove" || step.verb == "ime-text" ||
                           step.verb == "draw-strokes" || step.verb == "check-layout" ||
                           step.verb == "expect-visible-count" || step.verb == "expect-sound" ||
                           step.verb == "expect-silence";
        auto bad = [&](const char* why) {
            *error = path + ":" + std::to_string(line_no) + ": " + why + ": " + line;
            return false;
        };
        if (!known) return bad("unknown step");
        if ((step.verb == "tap-at" && step.numbers.size() != 2) || (step.verb == "drag" && step.numbers.size() != 4) ||
            (step.verb == "wait" && step.numbers.size() != 1) ||
            ((step.verb == "expect-sound" || step.verb == "expect-silence") && step.numbers.size() != 1) ||
            (step.verb == "long-press" && step.numbers.size() != 3))
            return bad("wrong number of arguments");
        if (step.arg.empty() && step.verb != "usb-remove" && step.verb != "check-layout") return bad("missing argument");
        if (step.verb == "expect-visible-count") {
            std::istringstream words(step.arg);
            int n = 0;
            if (!(words >> step.kind >> n) || n < 1 || !(words >> std::ws).eof())
                return bad("expect-visible-count takes a kind and a count");
            step.numbers.assign(1, static_cast<float>(n));
        }
        if (step.verb == "draw-strokes") {
            std::istringstream strokes(step.arg);
            for (std::string one; std::getline(strokes, one, ';');) {
                std::istringstream pts(one);
                std::vector<float> xy;
                for (float f; pts >> f;) xy.push_back(f);
                if (!pts.eof()) return bad("draw-strokes takes numbers");
                if (xy.empty()) continue;
                if (xy.size() % 2 != 0) return bad("a stroke needs x y pairs");
                step.strokes.push_back(std::move(xy));
            }
            if (step.strokes.empty()) return bad("draw-strokes needs at least one stroke");
        }
        if (step.verb == "type-keys") {
            // Typing on the on-screen keyboard: one tap per key, by its label (a space is the 空格 key).
            for (char c : step.arg) {
                ScriptStep key = step;
                key.verb = "tap";
                key.arg = c == ' ' ? std::string("空格") : std::string(1, c);
                steps_.push_back(std::move(key));
            }
            continue;
        }
        steps_.push_back(std::move(step));
    }
    if (at_every_text_size) {
        // The body starts and ends on the home screen; it runs at 标准, 大, 特大 and in 长辈模式, each pass chosen
        // by touch as a visitor would, so every check-layout in it is made four times.
        const std::vector<ScriptStep> body = std::move(steps_);
        steps_.clear();
        auto tap = [&](const char* label) {
            ScriptStep t;
            t.verb = "tap";
            t.arg = label;
            t.line = header_line;
            steps_.push_back(std::move(t));
        };
        for (const char* size : {str::kSizeStandard, str::kSizeLarge, str::kSizeExtraLarge, "elder"}) {
            const bool elder = std::string(size) == "elder";
            tap(elder ? str::kSizeStandard : size);
            if (elder) tap(str::kElderMode);
            steps_.insert(steps_.end(), body.begin(), body.end());
        }
        // 长辈模式 is the last pass and the script ends in it: a body may end the visit (the idle wipe leaves it).
    }
    return true;
}

void ScriptDriver::fail(const std::string& why, const Probe& shown) {
    const ScriptStep& s = steps_[index_];
    failure_ = path_ + ":" + std::to_string(s.line) + ": step '" + s.verb + " " + s.arg + "' failed: " + why +
               "\nVisible on screen:\n" + shown.dump();
    done_ = true;
}

std::optional<std::string> ScriptDriver::take_screenshot_request() {
    auto r = std::move(screenshot_);
    screenshot_.reset();
    return r;
}

FrameInput ScriptDriver::next_frame(const Probe& shown, ImVec2 screen, bool animating, const SoakView& view) {
    FrameInput in;
    if (done_) return in;
    if (settle_ > 0) {
        // Let the screen settle; keep going while the UI animates (inertia), within a cap.
        --settle_;
        if (settle_ == 0 && animating && animate_frames_ < kMaxAnimateFrames) { settle_ = 1; ++animate_frames_; }
        if (settle_ == 0) animate_frames_ = 0;
        if (settle_ == 0) {
            if (settle_resumes_step_) settle_resumes_step_ = false;  // the step continues (scroll-to)
            else advance();
        }
        return in;
    }
    if (index_ >= steps_.size()) { done_ = true; return in; }
    const ScriptStep& s = steps_[index_];
    in.finger = s.finger;
    auto at = [&](float fx, float fy) { return ImVec2(fx <= 1.0f ? fx * screen.x : fx, fy <= 1.0f ? fy * screen.y : fy); };

    if (s.verb == "tap" || s.verb == "tap~" || s.verb == "tap-at") {
        if (phase_ == 0) {
            if (s.verb == "tap-at") {
                target_ = at(s.numbers[0], s.numbers[1]);
            } else {
                const ProbeItem* item = shown.find_tappable(s.arg, s.verb == "tap~");
                if (!item) {
                    if (++retries_ < kFindRetries) return in;  // the screen may still be changing: look again
                    fail("no visible button with that label", shown);
                    return in;
                }
                target_ = ImVec2((item->min.x + item->max.x) * 0.5f, (item->min.y + item->max.y) * 0.5f);
            }
            retries_ = 0;
            phase_ = 1;
            in.pointer = target_;
            return in;
        }
        in.pointer = target_;
        in.down = phase_ == 1;
        if (phase_ == 2) { settle_ = kSettleFrames; phase_ = 3; return in; }
        ++phase_;
        return in;
    }
    if (s.verb == "drag") {
        const ImVec2 a = at(s.numbers[0], s.numbers[1]), b = at(s.numbers[2], s.numbers[3]);
        if (phase_ <= kDragFrames) {
            const float f = static_cast<float>(phase_) / kDragFrames;
            in.pointer = ImVec2(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f);
            in.down = true;
            ++phase_;
            return in;
        }
        in.pointer = b;
        in.down = false;
        settle_ = kSettleFrames;
        phase_ = 0;
        return in;
    }
    if (s.verb == "scroll-to") {
        // Short, slow drags (held still before release, so there is no fling) until the text shows.
        constexpr int kMaxDrags = 40, kHoldFrames = 4;
        ImVec2 a = at(0.7f, 0.55f), b = at(0.7f, 0.35f);
        const auto& lists = shown.scroll_areas();
        auto holds = [&](const Probe::Area& l) { return a.x >= l.min.x && a.x < l.max.x && a.y >= l.min.y && a.y < l.max.y; };
        if (!lists.empty() && std::none_of(lists.begin(), lists.end(), holds)) {
            const auto tallest = std::max_element(lists.begin(), lists.end(), [](const Probe::Area& l, const Probe::Area& r) {
                return l.max.y - l.min.y < r.max.y - r.min.y;
            });
            const float x = tallest->min.x + (tallest->max.x - tallest->min.x) * 0.7f, h = tallest->max.y - tallest->min.y;
            a = ImVec2(x, tallest->min.y + h * 0.7f);
            b = ImVec2(x, tallest->min.y + h * 0.35f);
        }
        if (phase_ == 0) {
            if (shown.shows(s.arg)) { scroll_drags_ = 0; advance(); return next_frame(shown, screen, animating, view); }
            if (scroll_drags_++ >= kMaxDrags) { fail("still not visible after scrolling", shown); return in; }
        }
        if (phase_ <= kDragFrames) {
            const float f = static_cast<float>(phase_) / kDragFrames;
            in.pointer = ImVec2(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f);
            in.down = true;
        } else if (phase_ <= kDragFrames + kHoldFrames) {
            in.pointer = b;
            in.down = true;
        } else {
            in.pointer = b;
            in.down = false;
            phase_ = -1;  // next frame checks again
            settle_ = kSettleFrames;
            settle_resumes_step_ = true;
        }
        ++phase_;
        return in;
    }
    if (s.verb == "wait") {
        in.advance_ms = s.numbers[0];
        settle_ = kSettleFrames;
        return in;
    }
    if (s.verb == "expect" || s.verb == "expect-not") {
        const bool want = s.verb == "expect";
        if (shown.shows(s.arg) == want) { advance(); return next_frame(shown, screen, animating, view); }
        if (++phase_ < kFindRetries) return in;
        fail(want ? "text not visible" : "text is visible but should not be", shown);
        return in;
    }
    if (s.verb == "expect-visible-count") {
        const int want = static_cast<int>(s.numbers[0]);
        const int whole = shown.count_whole(s.kind);
        if (whole >= want) { advance(); return next_frame(shown, screen, animating, view); }
        if (++phase_ < kFindRetries) return in;
        fail(layout_context(view, screen) + ": " + std::to_string(whole) + " " + s.kind + "(s) wholly visible, " +
                 std::to_string(want) + " expected",
             shown);
        return in;
    }
    if (s.verb == "long-press") {
        if (phase_ == 0) {
            target_ = at(s.numbers[0], s.numbers[1]);
            hold_ms_ = 0;
            phase_ = 1;
            in.pointer = target_;
            return in;
        }
        in.pointer = target_;
        if (hold_ms_ < s.numbers[2]) {
            in.down = true;
            in.advance_ms = hold_ms_ == 0 ? 16.0 : kLongPressStepMs;
            hold_ms_ += in.advance_ms;
            return in;
        }
        settle_ = kSettleFrames;
        return in;
    }
    if (s.verb == "expect-sound" || s.verb == "expect-silence") {
        // Real time, frames still drawn: the voice plays on its own threads at the sound card's pace.
        if (phase_ == 0) { real_start_ms_ = real_ms(); sound_mark_ = sound_file_size(); phase_ = 1; }
        const int heard = sound_ms_since(sound_mark_);
        const double waited = real_ms() - real_start_ms_;
        if (s.verb == "expect-sound") {
            // At least N ms of sound since the step began (within 30 s).
            if (heard >= s.numbers[0]) { advance(); return next_frame(shown, screen, animating, view); }
            if (waited > 30'000) {
                fail("heard " + std::to_string(heard) + " ms of sound in 30 s, expected " +
                         std::to_string(static_cast<int>(s.numbers[0])),
                     shown);
                return in;
            }
        } else if (waited >= s.numbers[0]) {
            // Quiet for N ms: at most one device buffer (≈ 20 ms) of what was already on its way.
            if (heard <= 40) { advance(); return next_frame(shown, screen, animating, view); }
            fail("heard " + std::to_string(heard) + " ms of sound where silence was expected", shown);
            return in;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        return in;
    }
    if (s.verb == "wait-for") {
        if (phase_ == 0) { real_start_ms_ = real_ms(); phase_ = 1; }
        if (shown.shows(s.arg)) { advance(); return next_frame(shown, screen, animating, view); }
        if (real_ms() - real_start_ms_ > kMaxRealWaitMs) { fail("text did not appear within 60 s", shown); return in; }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));  // leave the other thread the CPU it needs
        return in;
    }
    if (s.verb == "usb-insert" || s.verb == "usb-remove") {
        namespace fs = std::filesystem;
        if (phase_ == 0) {
            if (hooks_.usb_root.empty() || !hooks_.rescan || !hooks_.scan_done) {
                fail("no watched folder: run the kiosk with --watch DIR", shown);
                return in;
            }
            std::error_code ec;
            if (s.verb == "usb-insert") {
                const fs::path src(s.arg);
                const std::string name = src.filename().empty() ? src.parent_path().filename().string()
                                                                : src.filename().string();
                const fs::path hidden = fs::path(hooks_.usb_root) / ("." + name + ".inserting");
                const fs::path dest = fs::path(hooks_.usb_root) / name;
                fs::remove_all(hidden, ec);
                fs::remove_all(dest, ec);
                fs::create_directories(hooks_.usb_root, ec);
                fs::copy(src, hidden, fs::copy_options::recursive, ec);
                if (!ec) fs::rename(hidden, dest, ec);
                if (ec) { fail("cannot copy the stick's folder: " + ec.message(), shown); return in; }
                inserted_ = dest.string();
            } else {
                if (inserted_.empty()) { fail("usb-remove without a usb-insert before it", shown); return in; }
                fs::remove_all(inserted_, ec);
                if (ec) { fail("cannot remove the stick's folder: " + ec.message(), shown); return in; }
                inserted_.clear();
            }
            ticket_ = hooks_.rescan();
            real_start_ms_ = real_ms();
            phase_ = 1;
            return in;
        }
        if (hooks_.scan_done(ticket_)) { settle_ = kSettleFrames; return in; }
        if (real_ms() - real_start_ms_ > kMaxRealWaitMs) { fail("the USB watcher did not rescan", shown); return in; }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        return in;
    }
    if (s.verb == "ime-text") {
        if (!hooks_.commit_text) { fail("no input hook", shown); return in; }
        hooks_.commit_text(s.arg);
        settle_ = kSettleFrames;
        return in;
    }
    if (s.verb == "draw-strokes") {
        constexpr int kSegmentFrames = 4;  // frames per segment of a stroke: a finger moving, not jumping
        if (phase_ == 0) {
            if (stroke_ == 0) {  // where the fractions are of: the writing box if shown, else the window
                const ProbeItem* box = shown.find_tappable(str::kHandwritingBox, false);
                target_ = box ? box->min : ImVec2(0, 0);
                target_end_ = box ? box->max : screen;
            }
            const std::vector<float>& xy = s.strokes[stroke_];
            auto map = [&](std::size_t i) {
                return ImVec2(target_.x + (target_end_.x - target_.x) * xy[i],
                              target_.y + (target_end_.y - target_.y) * xy[i + 1]);
            };
            stroke_path_.assign(1, map(0));
            for (std::size_t i = 2; i + 1 < xy.size(); i += 2) {
                const ImVec2 a = map(i - 2), b = map(i);
                for (int f = 1; f <= kSegmentFrames; ++f) {
                    const float k = static_cast<float>(f) / kSegmentFrames;
                    stroke_path_.push_back(ImVec2(a.x + (b.x - a.x) * k, a.y + (b.y - a.y) * k));
                }
            }
            in.pointer = stroke_path_[0];  // over the start, not yet down
            phase_ = 1;
            return in;
        }
        if (static_cast<std::size_t>(phase_) <= stroke_path_.size()) {
            in.pointer = stroke_path_[static_cast<std::size_t>(phase_) - 1];
            in.down = true;
            ++phase_;
            return in;
        }
        in.pointer = stroke_path_.back();  // lift
        if (++stroke_ < s.strokes.size()) {
            phase_ = 0;
        } else {
            stroke_ = 0;
            settle_ = kSettleFrames;
        }
        return in;
    }
    if (s.verb == "screenshot") {
        screenshot_ = s.arg;
        settle_ = 1;
        return in;
    }
    if (s.verb == "check-layout") {
        const bool elder = view.app && view.app->elder_mode;
        const auto findings = check_layout(shown, LayoutRules::for_mode(elder));
        // KIOSK_LAYOUT_REPORT=1: list what every check-layout finds and go on (a survey of all screens at once).
        if (!findings.empty() && std::getenv("KIOSK_LAYOUT_REPORT")) {
            std::fprintf(stderr, "%s:%d: %s: %zu layout finding(s)\n%s", path_.c_str(), s.line,
                         layout_context(view, screen).c_str(), findings.size(), describe(findings).c_str());
        } else if (!findings.empty()) {
            fail(layout_context(view, screen) + ": " + std::to_string(findings.size()) + " layout finding(s)\n" +
                     describe(findings),
                 shown);
            return in;
        }
        settle_ = 1;
        return in;
    }
    fail("unknown step", shown);
    return in;
}

}  // namespace kiosk::ui
