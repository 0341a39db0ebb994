// ime_setup.h — the request form's Chinese input at the kiosk's start and after a content switch.
//
// 手写: the zinnia model is opened at start; if it cannot be, the tab keeps its "即将提供" note.
// 部件 (name fields): registered at start over rime-data-stroke, read the first time the tab is shown; it reads
// written parts with the 手写 recognizer (only the stroke keys work without it).
// 拼音: the engine needs Rime data deployed for the snapshot shown (labelled with its content_version). If the
// deployed label matches, the engine is opened at once (≈3 ms). Otherwise the data is deployed in a child process —
// `kiosk --deploy-ime SNAPSHOT DIR` (app/main.cpp, run_ime_deploy below), ≈5 s and ≈290 MB that go back to the system
// when it ends — while the UI goes on; poll() looks at the child about once a second and, when it has succeeded and
// no form field is open (or no engine is open yet), closes the old engine (one per process) and registers a panel over
// the new one. Until then the old engine (or the tab's note) stays. Folders killed deployments left are removed. A deployment that fails leaves what was there.
#pragma once

#include <sys/types.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace kiosk::input {
class PartsEngine;
}

namespace kiosk::platform {

class ImeSetup {
public:
    explicit ImeSetup(std::string pinyin_dir) : dir_(std::move(pinyin_dir)) {}
    ~ImeSetup();  // a deployment still running is stopped (it is atomic: nothing half-made is left in use)
    ImeSetup(const ImeSetup&) = delete;
    ImeSetup& operator=(const ImeSetup&) = delete;

    // Opens the handwriting recognizer and registers the 手写 panel and the 部件 panel, which reads the parts a
    // villager writes with the same recognizer (once, at start). 部件's stroke dictionary loads the first time its
    // tab is shown, on a thread of its own.
    void register_writing();
    // The people the content names (人名): their characters come first on the 部件 panel and lead the 拼音 panel's
    // rare pages. At start and after each content switch (kept for an engine opened later).
    void set_person_names(const std::vector<std::string>& names);
    // The snapshot now shown: use its deployed data, or start deploying it.
    void want(const std::string& snapshot_path, const std::string& content_version, bool idle);
    // Every frame; cheap. `idle`: no keyboard is on screen (KioskApp: a form field or the search bar), so the engine may be replaced. True when the panel changed.
    bool poll(double now_ms, bool idle);
    bool deploying() const { return child_ > 0; }
    // How long the loop may sleep before poll() wants to look at the child again.
    double next_poll_ms(double now_ms) const { return child_ > 0 ? std::max(0.0, next_poll_ - now_ms) : 1e9; }

private:
    void start_child(const std::string& snapshot_path);
    void stop_child();
    bool open_engine();
    std::string dir_;
    std::string wanted_;   // the content version the panel should be for
    std::string opened_;   // the content version of the engine registered now ("" none)
    pid_t child_ = -1;
    double next_poll_ = 0;
    bool open_pending_ = false;
    std::shared_ptr<input::PartsEngine> parts_;
    std::vector<std::string> person_names_;
};

// The hidden mode `kiosk --deploy-ime SNAPSHOT DIR`: the snapshot's terms (core/content_terms) deployed into DIR
// (input::deploy_pinyin, labelled with its content_version). Exit code 0 done, 1 failed (the reason on stderr).
int run_ime_deploy(const std::string& snapshot_path, const std::string& dir);

}  // namespace kiosk::platform
