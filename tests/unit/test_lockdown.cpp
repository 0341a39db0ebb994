// test_lockdown.cpp — the fullscreen kiosk ignores quit requests and keys; SIGTERM still stops it (platform/lockdown.h).
#include <catch2/catch.hpp>

#include <SDL.h>

#include <csignal>

#include "platform/lockdown.h"

using kiosk::platform::ends_session;
using kiosk::platform::StopSignals;

TEST_CASE("lockdown: quit requests and Escape end only an unlocked session", "[lockdown]") {
    SDL_Event quit{};
    quit.type = SDL_QUIT;
    SDL_Event close{};
    close.type = SDL_WINDOWEVENT;
    close.window.event = SDL_WINDOWEVENT_CLOSE;
    SDL_Event escape{};
    escape.type = SDL_KEYDOWN;
    escape.key.keysym.sym = SDLK_ESCAPE;
    SDL_Event alt_f4{};
    alt_f4.type = SDL_KEYDOWN;
    alt_f4.key.keysym.sym = SDLK_F4;
    alt_f4.key.keysym.mod = KMOD_LALT;

    CHECK(ends_session(quit, false));
    CHECK(ends_session(escape, false));
    CHECK_FALSE(ends_session(close, false));

    CHECK_FALSE(ends_session(quit, true));
    CHECK_FALSE(ends_session(close, true));
    CHECK_FALSE(ends_session(escape, true));
    CHECK_FALSE(ends_session(alt_f4, true));
}

TEST_CASE("lockdown: SIGTERM sets the flag and wakes the loop — the old handler comes back", "[lockdown]") {
    REQUIRE(SDL_Init(SDL_INIT_EVENTS) == 0);
    const Uint32 wake = SDL_RegisterEvents(1);
    REQUIRE(wake != static_cast<Uint32>(-1));
    struct sigaction before {};  // Catch's own handler while a test runs
    sigaction(SIGTERM, nullptr, &before);
    {
        StopSignals stop(wake);
        CHECK(stop.requested() == 0);
        std::raise(SIGTERM);
        bool woken = false;
        SDL_Event e;
        for (int i = 0; i < 200 && !woken; ++i)  // ≤ 2 s: the reader thread pushes the event
            if (SDL_WaitEventTimeout(&e, 10) && e.type == wake) woken = true;
        CHECK(woken);
        CHECK(stop.requested() == SIGTERM);
    }
    struct sigaction now {};
    sigaction(SIGTERM, nullptr, &now);
    CHECK(reinterpret_cast<void*>(now.sa_sigaction) == reinterpret_cast<void*>(before.sa_sigaction));
    SDL_Quit();
}
