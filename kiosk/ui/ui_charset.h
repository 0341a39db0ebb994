// ui_charset.h — the characters of the UI's own strings (generated from core/strings_zh.h at build time).
#pragma once

namespace kiosk::ui {
extern const char* const kUiCharset;
}  // namespace kiosk::ui
