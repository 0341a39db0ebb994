// ime_setup.cpp — see ime_setup.h.
#include "platform/ime_setup.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <cstdio>
#include <cstring>
#include <memory>

#include "core/content/content_store.h"
#include "core/content/content_terms.h"
#include "input/handwriting.h"
#include "input/parts_engine.h"
#include "input/pinyin_engine.h"
#include "ui/keyboards/handwriting_panel.h"
#include "ui/keyboards/keyboard_panel.h"
#include "ui/keyboards/parts_panel.h"
#include "ui/keyboards/pinyin_panel.h"

extern char** environ;

namespace kiosk::platform {

ImeSetup::~ImeSetup() {
    stop_child();
    // Close the engines here, not in static destructors after main (librime's own statics may be gone by then).
    ui::set_keyboard_panel(ui::InputMode::Pinyin, nullptr);
    ui::set_keyboard_panel(ui::InputMode::Handwriting, nullptr);
    ui::set_keyboard_panel(ui::InputMode::Parts, nullptr);
}

void ImeSetup::register_writing() {
    std::string error;
    std::shared_ptr<const input::HandwritingRecognizer> recognizer =
        input::HandwritingRecognizer::open(input::kDefaultHandwritingModel, &error);
    if (recognizer) {
        ui::set_keyboard_panel(ui::InputMode::Handwriting, std::make_unique<ui::HandwritingPanel>(recognizer));
    } else {
        std::fprintf(stderr, "kiosk: 手写 off (the tab shows its note): %s\n", error.c_str());
    }
    if (!parts_) parts_ = std::make_shared<input::PartsEngine>();
    ui::set_keyboard_panel(ui::InputMode::Parts, std::make_unique<ui::PartsPanel>(parts_, recognizer));
}

void ImeSetup::set_person_names(const std::vector<std::string>& names) {
    person_names_ = names;
    for (ui::InputMode m : {ui::InputMode::Pinyin, ui::InputMode::Handwriting, ui::InputMode::Parts})
        if (ui::KeyboardPanel* panel = ui::keyboard_panel(m)) panel->set_person_names(names);
}

void ImeSetup::want(const std::string& snapshot_path, const std::string& content_version, bool idle) {
    wanted_ = content_version;
    stop_child();  // a deployment for an older snapshot is of no use now
    open_pending_ = false;
    if (!opened_.empty() && opened_ == content_version) return;
    if (input::pinyin_deployed(dir_) && input::pinyin_deployed_label(dir_) == content_version) {
        open_pending_ = true;
        if (idle) open_engine();
        return;
    }
    start_child(snapshot_path);
}

bool ImeSetup::poll(double now_ms, bool idle) {
    if (child_ > 0 && now_ms >= next_poll_) {
        next_poll_ = now_ms + 1000;
        int status = 0;
        const pid_t r = waitpid(child_, &status, WNOHANG);
        if (r == child_ || r < 0) {
            child_ = -1;
            const bool ok = r < 0 || (WIFEXITED(status) && WEXITSTATUS(status) == 0);  // r < 0: reaped elsewhere; the stamp decides
            if (ok && input::pinyin_deployed(dir_) && input::pinyin_deployed_label(dir_) == wanted_) {
                std::fprintf(stderr, "kiosk: pinyin data for content %s deployed\n", wanted_.c_str());
                open_pending_ = true;
            } else {
                std::fprintf(stderr, "kiosk: pinyin deployment for content %s failed; 拼音 stays as it was\n",
                             wanted_.c_str());
            }
        }
    }
    // With no engine yet (the tab shows its note) there is nothing to take away from a field being typed in.
    return open_pending_ && (idle || opened_.empty()) && open_engine();
}

bool ImeSetup::open_engine() {
    open_pending_ = false;
    ui::set_keyboard_panel(ui::InputMode::Pinyin, nullptr);  // closes the old engine: Rime allows one per process
    opened_.clear();
    std::string error;
    auto engine = input::PinyinEngine::open(input::kRimeSharedDataDir, dir_, &error);
    if (!engine) {
        std::fprintf(stderr, "kiosk: 拼音 off (the tab shows its note): %s\n", error.c_str());
        return true;
    }
    auto panel = std::make_unique<ui::PinyinPanel>(std::move(engine));
    panel->set_person_names(person_names_);
    ui::set_keyboard_panel(ui::InputMode::Pinyin, std::move(panel));
    opened_ = wanted_;
    return true;
}

namespace {
// What killed deployments left beside the data (deploy_pinyin builds in DIR.deploying-PID, then renames it in).
void remove_leftovers(const std::string& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path target = fs::absolute(dir, ec);
    const std::string prefix = target.filename().string() + ".deploying-";
    for (const auto& e : fs::directory_iterator(target.parent_path(), ec)) {
        if (e.path().filename().string().rfind(prefix, 0) == 0) fs::remove_all(e.path(), ec);
    }
}
}  // namespace

void ImeSetup::start_child(const std::string& snapshot_path) {
    remove_leftovers(dir_);
    std::string self = "/proc/self/exe", mode = "--deploy-ime", snap = snapshot_path, dir = dir_, name = "kiosk";
    char* argv[] = {name.data(), mode.data(), snap.data(), dir.data(), nullptr};
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, self.c_str(), nullptr, &attr, argv, environ);
    posix_spawnattr_destroy(&attr);
    if (rc != 0) {
        std::fprintf(stderr, "kiosk: cannot start the pinyin deployment: %s\n", std::strerror(rc));
        return;
    }
    child_ = pid;
    next_poll_ = 0;
    std::fprintf(stderr, "kiosk: deploying pinyin data for content %s in a child process (%d)\n", wanted_.c_str(),
                 static_cast<int>(pid));
}

void ImeSetup::stop_child() {
    if (child_ <= 0) return;
    kill(child_, SIGKILL);  // safe: deploy_pinyin builds beside the data in use and renames it in
    waitpid(child_, nullptr, 0);
    child_ = -1;
    remove_leftovers(dir_);
}

int run_ime_deploy(const std::string& snapshot_path, const std::string& dir) {
    if (nice(10) == -1) {}  // the visitor's UI first
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<std::string> terms;
    std::string version;
    try {
        const auto store = core::ContentStore::open(snapshot_path);
        terms = core::content_terms(*store);
        version = store->info().content_version;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk --deploy-ime: %s\n", e.what());
        return 1;
    }
    std::string error;
    if (!input::deploy_pinyin(input::kRimeSharedDataDir, dir, terms, &error, version)) {
        std::fprintf(stderr, "kiosk --deploy-ime: %s\n", error.c_str());
        return 1;
    }
    std::fprintf(stderr, "kiosk --deploy-ime: %s for content %s in %.1f s\n", dir.c_str(), version.c_str(),
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    return 0;
}

}  // namespace kiosk::platform
