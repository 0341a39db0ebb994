// read_aloud.h — 朗读: what a screen offers to be read, and the voice that reads it.
//
// Screens say, while they draw, which parts are in view and what each says (Ui::speech_offer). The 朗读 button takes
// the offers of the last frame, the page's title first, and hands them to the platform's voice (SpeechOutput); while
// a part is heard the screen draws it highlighted (Ui::speech_key). The ui room holds no audio: the platform
// implements SpeechOutput (synthesis off the frame thread, or a recorded reading the content supplies).
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace kiosk::ui {

struct Ui;

// The probe item (ui/kit/probe.h) of the part lit up, "朗读:KEY": scripts wait for a part to be heard
// (wait-for 朗读:material:1), and the layout check lets it lie on the words it lights.
inline constexpr const char* kReadingProbeKind = "reading";
inline constexpr const char* kReadingProbePrefix = "朗读:";

// One part read in turn: `key` names the widget that lights up while it is heard ("title", "material:3").
struct SpeechPart {
    std::string key;
    std::string text;
};

struct SpeechRequest {
    std::vector<SpeechPart> parts;
    // A recorded reading the content may supply for this page, played instead of synthesis when there is one
    // (core recordings: kind 'guide' | 'notice' | 'page', ref its name); empty kind = none looked for.
    std::string recording_kind, recording_ref;
    bool slow = false;  // 长辈模式: read more slowly
};

class SpeechOutput {
public:
    virtual ~SpeechOutput() = default;
    // Starts reading (stopping whatever was being read). Returns at once; the sound starts on another thread.
    virtual void speak(SpeechRequest request) = 0;
    // Silence now; nothing more of the request is heard.
    virtual void stop() = 0;
    // Reading, or about to (a request not finished). False once the last part has been heard or after stop().
    virtual bool speaking() const = 0;
    // The key of the part being heard now; empty between parts and when silent.
    virtual std::string current_key() const = 0;
};

// A part of the screen between `min` and `max`: offered when any of it is in view (inside the current clip rect),
// or always with `always` (a page's own title, said first even when scrolled away), and drawn lit up while heard.
// Keys are unique on a screen and the same from frame to frame. Empty text is not offered.
void speech_part(Ui& ui, const std::string& key, std::string text, ImVec2 min, ImVec2 max, bool always = false);
// The same for what was laid out in the current window since the cursor was at `top_y`, across `width` from `x`.
void speech_since(Ui& ui, const std::string& key, std::string text, float x, float top_y, float width,
                  bool always = false);

}  // namespace kiosk::ui

namespace kiosk::text { class TextBlock; }
namespace kiosk::ui {
// A long text drawn at `pos`: each paragraph in view is a part ("para:3"), lit up while heard.
void offer_text_block(Ui& ui, const text::TextBlock& block, ImVec2 pos, float width, const char* key_prefix);
}  // namespace kiosk::ui
