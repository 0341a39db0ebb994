// lockdown.cpp — see lockdown.h.
#include "platform/lockdown.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>

namespace kiosk::platform {
namespace {

// The pipe's write end for the handler (one StopSignals at a time; -1 when none).
volatile std::sig_atomic_t g_stop_pipe = -1;
struct sigaction g_old_term, g_old_int;

extern "C" void on_stop_signal(int signo) {
    const int fd = g_stop_pipe;
    if (fd < 0) return;
    const unsigned char byte = static_cast<unsigned char>(signo);
    const int saved = errno;
    [[maybe_unused]] const ssize_t n = write(fd, &byte, 1);  // a full pipe: a stop is already on its way
    errno = saved;
}

void log_ignored(const char* what) {
    static long ignored = 0;
    ++ignored;
    if (ignored <= 5 || ignored % 1000 == 0)
        std::fprintf(stderr, "kiosk: ignored %s (%ld so far): the public kiosk is left through staff mode only\n", what,
                     ignored);
}

}  // namespace

bool ends_session(const SDL_Event& e, bool locked) {
    switch (e.type) {
        case SDL_QUIT:
            if (!locked) return true;
            log_ignored("a request to quit (window manager, Alt+F4 or the like)");
            return false;
        case SDL_WINDOWEVENT:
            if (locked && e.window.event == SDL_WINDOWEVENT_CLOSE) log_ignored("a window close request");
            return false;
        case SDL_KEYDOWN: return !locked && e.key.keysym.sym == SDLK_ESCAPE;  // development windows close with Escape
        default: return false;
    }
}

void set_lockdown_hints(bool fullscreen) {
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
    if (!fullscreen) return;
    SDL_SetHint(SDL_HINT_GRAB_KEYBOARD, "1");
    SDL_SetHint(SDL_HINT_ALLOW_ALT_TAB_WHILE_GRABBED, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
}

void lock_down_window(SDL_Window* window) {
    SDL_DisableScreenSaver();
    SDL_SetWindowKeyboardGrab(window, SDL_TRUE);
    SDL_StopTextInput();  // no input-method window of the desktop's own over the kiosk
}

StopSignals::StopSignals(Uint32 wake_event) {
    if (pipe2(pipe_, O_CLOEXEC) != 0) {
        std::perror("kiosk: cannot watch for SIGTERM (pipe)");
        return;
    }
    reader_ = std::thread([this, wake_event] {
        for (;;) {
            unsigned char byte = 0;
            const ssize_t n = read(pipe_[0], &byte, 1);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0 || byte == 0) return;  // 0: the destructor's "stop reading"
            signal_.store(byte);
            if (wake_event != static_cast<Uint32>(-1)) {
                SDL_Event e{};
                e.type = wake_event;
                SDL_PushEvent(&e);
            }
        }
    });
    g_stop_pipe = pipe_[1];
    struct sigaction sa {};
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, &g_old_term);
    sigaction(SIGINT, &sa, &g_old_int);
}

StopSignals::~StopSignals() {
    if (pipe_[1] < 0) return;
    sigaction(SIGTERM, &g_old_term, nullptr);
    sigaction(SIGINT, &g_old_int, nullptr);
    g_stop_pipe = -1;
    const unsigned char stop = 0;
    [[maybe_unused]] const ssize_t n = write(pipe_[1], &stop, 1);
    if (reader_.joinable()) reader_.join();
    close(pipe_[0]);
    close(pipe_[1]);
}

}  // namespace kiosk::platform
