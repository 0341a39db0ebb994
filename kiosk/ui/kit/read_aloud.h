// read_aloud.h — 朗读: what a screen offers to be read, and the voice that reads it.
//
// Screens say, while they draw, which parts are in view and what each says (Ui::speech_offer). The 朗读 button takes
// the offers of the last frame, the page's title first, and hands them to the platform's voice (SpeechOutput); while
// a part is heard the screen draws it highlighted (Ui::speech_key). The ui room holds no audio: the platform
// implements SpeechOutput (synthesis off the frame thread, or a recorded reading the content supplies).
#pragma once

#include <string>
#include <vector>

namespace kiosk::ui {

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

}  // namespace kiosk::ui
