// screen.h — SDL video, a window, its renderer and an ImGui context on it: the kiosk's display, or a headless one.
#pragma once

#include <SDL.h>

#include <string>

namespace kiosk::platform {

enum class ScreenMode { Fullscreen, Windowed, Headless };

struct ScreenSpec {
    ScreenMode mode = ScreenMode::Headless;
    int width = 1920, height = 1080;  // windowed and headless; fullscreen takes the display's own size
    const char* title = "";
};

class Screen {
public:
    Screen() = default;
    ~Screen();  // closes what open() opened, ImGui first and SDL last
    Screen(const Screen&) = delete;
    Screen& operator=(const Screen&) = delete;

    // False with *error ("SDL_Init failed: …"); what was opened so far is closed by the destructor.
    bool open(const ScreenSpec& spec, std::string* error);
    SDL_Window* window() const { return window_; }
    SDL_Renderer* renderer() const { return renderer_; }

private:
    bool sdl_ = false, imgui_ = false;
    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
};

}  // namespace kiosk::platform
