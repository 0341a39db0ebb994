// latin_keyboard.h — the letter keys of the ABC tab (ui/keyboards/keyboard_panel.h draw_abc_keyboard): letters,
// digits, space, delete, clear. Big keys in a plain QWERTY layout, the one most phones taught people.
#pragma once

#include <string>

#include "ui/screens.h"
#include "ui/kit/ui_context.h"

namespace kiosk::input {

struct KeyPress {
    enum class Kind { None, Text, Backspace, Clear } kind = Kind::None;
    std::string text;  // for Text: the character typed
};

KeyPress draw_latin_keyboard(ui::Ui& ui, ui::Area area);

}  // namespace kiosk::input
