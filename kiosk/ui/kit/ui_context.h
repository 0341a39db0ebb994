// ui_context.h — what every widget needs for one frame: theme, fonts, the pointer gesture, time, the probe.
//
// Touch needs one thing ImGui does not give: a press that turns into a drag must not click what it started on.
// Gesture follows one press from down to up and says whether it moved far enough to be a drag; buttons ignore the
// release of a drag, and scroll areas take the drag for themselves.
#pragma once

#include <imgui.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "text/fonts.h"
#include "ui/kit/probe.h"
#include "ui/kit/read_aloud.h"
#include "ui/kit/theme.h"

namespace kiosk::ui {

struct Gesture {
    bool down = false;
    bool pressed = false;   // went down this frame
    bool released = false;  // went up this frame
    bool dragged = false;   // moved beyond the tap slop since it went down (stays true through the release frame)
    ImVec2 start{0, 0}, pos{0, 0}, delta{0, 0};
    ImGuiID scroll_owner = 0;  // the scroll area this press belongs to (innermost under the press point)
    float velocity_y = 0;      // px/s, smoothed, for inertia
};

struct ScrollState {
    float velocity = 0;  // inertia after release, px/s
    float fraction = 0;  // how far down the reader was (0–1), kept while text is re-laid out at another size
};

// Where attachment images come from: the platform turns bytes into textures; screens only ask by id.
class ImageSource {
public:
    virtual ~ImageSource() = default;
    // Returns nullptr if the image cannot be shown (damaged, unknown format); then the screen shows its name only.
    virtual ImTextureID texture(long long attachment_id, int* width, int* height) = 0;
};

struct Ui {
    Theme theme{};
    text::FontSet* fonts = nullptr;
    Probe* probe = nullptr;
    ImageSource* images = nullptr;
    Gesture gesture;
    double now_ms = 0;         // monotonic, for timers and animation
    long long wall_seconds = 0;  // Unix time, for the date and clock on screen (virtual in headless runs)
    float dt = 1.0f / 60.0f;
    bool animating = false;  // a widget needs another frame soon (inertia, a pressed highlight)
    bool scroll_reset = false;  // the screen changed: scroll areas open at the top
    int relayout_frames = 0;    // the text size changed: scroll areas keep the reader's place for these frames
    int place_frames = 0;       // a list opened at an item: its place is set again for these frames (ImGui scrolls
                                // within the content it measured the frame before)
    std::unordered_map<ImGuiID, ScrollState> scroll;
    // 朗读 (ui/kit/read_aloud.h): what this frame offers to be read, in reading order; and the key of the part being
    // heard now, which its widget draws lit up. Offers are cleared each frame.
    std::vector<SpeechPart> speech_offers;
    std::string speech_key;

    // Called once per frame by the platform loop with the pointer as it is now.
    void begin_frame(ImVec2 pointer, bool down, double now, float delta_seconds);
    float tap_slop() const { return theme.touch * 0.18f; }
};

}  // namespace kiosk::ui
