// lockdown.h — what keeps a visitor inside the fullscreen kiosk, and how systemd still stops it.
//
// In a township hall the kiosk is the only thing on the screen: no key, window-manager request or shortcut may show
// a desktop. Quitting is a staff action (staff mode's 退出程序, exit code 3). ends_session() is the platform loop's
// rule for quit requests and keys; this file also sets the SDL hints and grabs that go with it, and replaces SDL's own SIGINT/SIGTERM handling — which turns a signal into SDL_QUIT, now ignored — by
// StopSignals, so `systemctl stop` still ends the loop cleanly.
#pragma once

#include <SDL.h>

#include <atomic>
#include <thread>

namespace kiosk::platform {

// Before SDL_Init. For every run: SDL installs no signal handlers (StopSignals does), and the screensaver stays off
// (the kiosk decides when to show its own attract screen). Fullscreen also: a grabbed keyboard takes Alt+Tab and the
// desktop's shortcuts from the window manager (X11; under Wayland the compositor's shortcuts-inhibit protocol), SDL
// does not minimise the window on Alt+Tab or when focus is lost.
void set_lockdown_hints(bool fullscreen);

// Whether this event ends the session. Unlocked (a development window, a headless run): SDL_QUIT and Escape do.
// Locked (the fullscreen kiosk): nothing does; SDL_QUIT and window-close requests are logged (the first few, then one
// in 1,000) and ignored, keys are ignored and never logged.
bool ends_session(const SDL_Event& e, bool locked);

// After the fullscreen window exists: grab the keyboard and keep the screensaver off.
void lock_down_window(SDL_Window* window);

// SIGTERM and SIGINT set a flag and wake the loop with an SDL user event. The handler only write()s one byte to a
// pipe (async-signal-safe); a small thread reads it and calls SDL_PushEvent, which a signal handler may not.
class StopSignals {
public:
    explicit StopSignals(Uint32 wake_event);
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;
    // The signal that asked the kiosk to stop, 0 if none.
    int requested() const { return signal_.load(); }

private:
    std::atomic<int> signal_{0};
    int pipe_[2] = {-1, -1};
    std::thread reader_;
};

}  // namespace kiosk::platform
