// parts_panel.h — the request form's 部件 keyboard, in name fields: a rare character (䶮, 𠮷, 𪚥) built from its
// parts. The villager writes one part at a time in the box (the 手写 recognizer offers what it reads as parts to
// tap) or taps the stroke keys 一 丨 丿 丶 乙; the parts so far show as 龙 + 天 with 删除 (the last part) and 清空; the
// characters they make are a row of big buttons, paged 第 N / M 页, and a tap puts one in the field.
// Over input::PartsEngine (rime-data-stroke), loaded on a thread of its own the first time the tab is shown.
#pragma once

#include <future>
#include <memory>
#include <string>
#include <vector>

#include "input/handwriting.h"
#include "input/parts_engine.h"
#include "ui/keyboards/handwriting_panel.h"
#include "ui/keyboards/keyboard_panel.h"

namespace kiosk::ui {

class PartsPanel : public KeyboardPanel {
public:
    static constexpr int kWritten = 6;  // guesses of the recognizer offered as parts, at most
    // `recognizer` may be null (no handwriting model): then only the stroke keys make parts.
    PartsPanel(std::shared_ptr<input::PartsEngine> engine, std::shared_ptr<const input::HandwritingRecognizer> recognizer);
    PanelInput draw(Ui& ui, Area area) override;
    void reset() override;
    void set_person_names(const std::vector<std::string>& names) override;

    // For tests and the platform.
    const std::vector<input::Part>& parts() const { return parts_; }
    const std::vector<std::string>& candidates() const { return candidates_; }
    bool ready();  // the engine has loaded (starts loading when first asked)

private:
    void add_part(input::Part part);
    void refresh();  // the candidates for the parts, from the first page
    std::shared_ptr<input::PartsEngine> engine_;
    std::shared_ptr<const input::HandwritingRecognizer> recognizer_;
    enum class Load { NotStarted, Loading, Ready, Failed } load_ = Load::NotStarted;
    std::future<bool> loading_;
    StrokeCapture capture_;
    std::vector<std::string> written_;  // what the recognizer reads in the ink: parts to tap
    std::vector<input::Part> parts_;
    std::vector<std::string> candidates_;
    int page_ = 0;
};

}  // namespace kiosk::ui
