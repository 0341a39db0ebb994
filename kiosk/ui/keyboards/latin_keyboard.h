// latin_keyboard.h — the on-screen keyboard for search: letters (for pinyin and initials), digits (for 文号 and
// years), space, delete, clear. Big keys in a plain QWERTY layout, the one most phones taught people.
//
// Chinese characters come through pinyin search itself (dibao finds 低保), so search needs no input method; the
// request form's keyboard with pinyin candidates and handwriting is its own part.
#pragma once

#include <string>

#include "ui/screens.h"
#include "ui/kit/ui_context.h"

namespace kiosk::input {

struct KeyPress {
    enum class Kind { None, Text, Backspace, Clear } kind = Kind::None;
    std::string text;  // for Text: the character typed
};

// Height the keyboard wants for a given width (keys stay square-ish and at least finger-sized).
float latin_keyboard_height(const ui::Ui& ui, float width);
KeyPress draw_latin_keyboard(ui::Ui& ui, ui::Area area);

}  // namespace kiosk::input
