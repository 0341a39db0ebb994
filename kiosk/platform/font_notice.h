// font_notice.h — what the kiosk shows when it finds no Chinese font at all (self-check).
//
// Without a CJK face nothing the kiosk says can be drawn, so this one notice is in ASCII with ImGui's built-in
// font (str::kNoFontsNotice), big, on the kiosk's page colour: a technician sees what to install, a visitor sees a
// plain notice and never a desktop. It stays until the kiosk is stopped (systemd would otherwise restart it in a
// loop); a headless run draws it once and returns.
#pragma once

#include <SDL.h>

#include <string>

namespace kiosk::platform {

// Shows the notice until SDL_QUIT (or, headless, for one frame, saved as `screenshot` when given). Returns 2, the
// "could not start" exit code.
int show_no_fonts_notice(SDL_Renderer* renderer, bool headless, const std::string& screenshot = "");

}  // namespace kiosk::platform
