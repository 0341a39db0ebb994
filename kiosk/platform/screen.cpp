// screen.cpp — see screen.h.
//
// One set-up for the kiosk and for everything that measures it headless (kioskctl bench text, bench update), so a
// benchmark draws through exactly the renderer and ImGui context the kiosk's headless runs use.
//
// Headless is SDL's offscreen video driver with the software renderer: no display, no GPU, the pixels in memory for
// screenshots. A real display tries the accelerated renderer with vsync and falls back to software. Fullscreen
// windows are created at the display's own size, so the first frame is laid out for the screen rather than for the
// 1920x1080 default and laid out again when the compositor (cage) resizes the window.
//
// Hints a caller needs before SDL_Init that are not about the picture (the kiosk's lockdown, touch as mouse) are set
// by the caller before open().
#include "platform/screen.h"

#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>

namespace kiosk::platform {
namespace {

bool fail(std::string* error, const char* what) {
    if (error) *error = std::string(what) + " failed: " + SDL_GetError();
    return false;
}

}  // namespace

bool Screen::open(const ScreenSpec& spec, std::string* error) {
    const bool headless = spec.mode == ScreenMode::Headless;
    const bool fullscreen = spec.mode == ScreenMode::Fullscreen;
    if (headless) {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
        // Without this SDL presents the offscreen window through OpenGL and loads Mesa's llvmpipe: ~76 MB and hundreds
        // of ms for nothing, since the software renderer draws into memory anyway (and in a benchmark it would only
        // blur the ratios).
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    }
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) return fail(error, "SDL_Init");
    sdl_ = true;
    int w = spec.width, h = spec.height;
    SDL_DisplayMode desktop{};
    if (fullscreen && SDL_GetDesktopDisplayMode(0, &desktop) == 0 && desktop.w > 0 && desktop.h > 0) {
        w = desktop.w;
        h = desktop.h;
    }
    window_ = SDL_CreateWindow(spec.title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h,
                               (fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) | SDL_WINDOW_RESIZABLE);
    if (!window_) return fail(error, "SDL_CreateWindow");
    if (!headless) renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!renderer_) renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
    if (!renderer_) return fail(error, "SDL_CreateRenderer");

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // a kiosk keeps no window positions between runs
    io.LogFilename = nullptr;
    ImGui_ImplSDLRenderer_Init(renderer_);
    imgui_ = true;
    return true;
}

// The backend's font texture belongs to the renderer, and ImGui's draw data may point at the renderer's textures:
// ImGui goes before the renderer, the renderer before its window, and SDL last.
Screen::~Screen() {
    if (imgui_) {
        ImGui_ImplSDLRenderer_Shutdown();
        ImGui::DestroyContext();
    }
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (window_) SDL_DestroyWindow(window_);
    if (sdl_) SDL_Quit();
}

}  // namespace kiosk::platform
