// bench_update.cpp — see bench_update.h.
//
// Sections: small helpers; making the big bundle and the small fault-run bundles; the timed operations (cp, verify,
// import); frames during an import; the fault run; the table.
//
// Index of this file:
// [SECTION] Making the bundles
// [SECTION] The timed operations
// [SECTION] Frames during an import
// [SECTION] The fault run
// [SECTION] The table
#include "harness/bench_update.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>
#include <sodium.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/updates/bundle_io.h"
#include "core/updates/content_install.h"
#include "core/content/content_store.h"
#include "core/updates/signing.h"
#include "core/base/strings_zh.h"
#include "core/updates/update_worker.h"
#include "platform/attachment_images.h"
#include "platform/screen.h"
#include "text/fonts.h"
#include "harness/fault_injection.h"
#include "core/base/exit_codes.h"
#include "ui/kiosk_app.h"
#include "ui/kit/probe.h"
#include "ui/kit/ui_context.h"

namespace kiosk::tools {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

std::string self_dir() {
    char buf[4096];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    const std::string exe = n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
    return exe.substr(0, exe.rfind('/') + 1);
}

struct Options {
    bool quick = false;
    int size_mb = 500;
    int faults = 2000;
    std::string work = "/var/tmp/kiosk-bench-update";
    std::string content;  // the demo snapshot (default: demo.db beside kioskctl)
    std::string fonts;    // the font chain (default: the built-in one)
};

bool parse_options(const std::vector<std::string>& args, Options* o, std::string* error) {
    bool size_given = false, faults_given = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&]() -> const std::string* { return i + 1 < args.size() ? &args[++i] : nullptr; };
        const std::string* v = nullptr;
        if (a == "--quick") o->quick = true;
        else if (a == "--size-mb" && (v = value())) { o->size_mb = std::atoi(v->c_str()); size_given = true; }
        else if (a == "--faults" && (v = value())) { o->faults = std::atoi(v->c_str()); faults_given = true; }
        else if (a == "--work" && (v = value())) o->work = *v;
        else if (a == "--content" && (v = value())) o->content = *v;
        else if (a == "--fonts" && (v = value())) o->fonts = *v;
        else {
            *error = "bench update: unknown option or missing value: " + a;
            return false;
        }
    }
    if (o->quick && !size_given) o->size_mb = 40;
    if (o->quick && !faults_given) o->faults = 50;
    if (o->size_mb < 2 || o->faults < 0) {
        *error = "bench update: --size-mb must be at least 2 and --faults not negative";
        return false;
    }
    if (o->content.empty()) o->content = self_dir() + "demo.db";
    return true;
}

// Runs a program (fork + execv, no shell) and waits; true if it exited 0.
bool run_program(const std::vector<std::string>& words) {
    std::vector<char*> argv;
    std::vector<std::string> copy = words;
    for (std::string& w : copy) argv.push_back(w.data());
    argv.push_back(nullptr);
    std::fflush(nullptr);
    const pid_t pid = fork();
    if (pid < 0) return false;
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

bool sql(sqlite3* db, const std::string& text, std::string* error) {
    char* err = nullptr;
    if (sqlite3_exec(db, text.c_str(), nullptr, nullptr, &err) == SQLITE_OK) return true;
    *error = err ? err : "sqlite error";
    sqlite3_free(err);
    return false;
}

// Copies `from` to `to` and runs `statements` on the copy (journal off: it is a scratch file until bundled).
bool derive_snapshot(const std::string& from, const std::string& to, const std::string& statements, std::string* error) {
    std::error_code ec;
    fs::remove(to, ec);
    if (!fs::copy_file(from, to, ec)) {
        *error = "copy " + from + ": " + ec.message();
        return false;
    }
    sqlite3* db = nullptr;
    bool ok = sqlite3_open(to.c_str(), &db) == SQLITE_OK && sql(db, statements, error);
    if (!ok && error->empty()) *error = db ? sqlite3_errmsg(db) : "open failed";
    sqlite3_close(db);
    return ok;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Making the bundles
//---------------------------------------------------------------------------------------------------------------------

// The demo snapshot plus attachment rows of incompressible bytes (PNG signature, then random) until the file holds
// `target_bytes`: a snapshot as heavy as a year of scanned documents, accepted by every check the import makes.
bool make_big_snapshot(const std::string& demo, const std::string& out, std::uint64_t target_bytes, std::string* error) {
    if (!derive_snapshot(demo, out, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;", error)) return false;
    sqlite3* db = nullptr;
    if (sqlite3_open(out.c_str(), &db) != SQLITE_OK) {
        *error = "open " + out;
        return false;
    }
    constexpr std::size_t kBlob = 4u << 20;
    std::vector<unsigned char> blob(kBlob);
    static const unsigned char kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    bool ok = sql(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN;", error);
    sqlite3_stmt* ins = nullptr;
    ok = ok && sqlite3_prepare_v2(db,
                                  "INSERT INTO attachments (document_id, ordinal, name, mime, data) VALUES "
                                  "((SELECT min(id) FROM documents), 1000 + ?1, printf('bench-scan-%05d.png', ?1), "
                                  "'image/png', ?2)",
                                  -1, &ins, nullptr) == SQLITE_OK;
    const std::uint64_t start = fs::file_size(out);
    std::uint64_t added = 0;
    for (int i = 1; ok && start + added < target_bytes; ++i) {
        randombytes_buf(blob.data(), blob.size());
        std::copy(kPng, kPng + 8, blob.begin());
        sqlite3_bind_int(ins, 1, i);
        sqlite3_bind_blob(ins, 2, blob.data(), static_cast<int>(blob.size()), SQLITE_STATIC);
        ok = sqlite3_step(ins) == SQLITE_DONE;
        if (!ok) *error = sqlite3_errmsg(db);
        sqlite3_reset(ins);
        added += kBlob + 4096;
    }
    sqlite3_finalize(ins);
    ok = ok && sql(db, "COMMIT;", error);
    sqlite3_close(db);
    return ok;
}

bool fresh_key(const std::string& work, core::SecretKey* key, core::TrustedKeys* keys, std::string* error) {
    const std::string sk = work + "/bench.key", pk = work + "/bench.pub";
    std::error_code ec;
    fs::remove(sk, ec);
    fs::remove(pk, ec);
    if (!core::generate_key_files(sk, pk, error)) return false;
    const auto s = core::read_secret_key(sk, error);
    const auto p = core::read_public_key(pk, error);
    if (!s || !p) return false;
    *key = *s;
    keys->keys = {*p};
    return true;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The timed operations
//---------------------------------------------------------------------------------------------------------------------

struct Timings {
    // Cold: the bundle is not in the page cache, as a file on a stick that was just plugged in never is. Warm: it
    // is (read a moment ago), which turns cp into a memory copy; shown for reference.
    std::vector<double> cp, cp_sync, verify, import;
    std::vector<double> warm_cp, warm_import;
    std::string phases;  // where the last import's time went, from its FaultHook steps
    bool ok = true;
    std::string problem;
};

// Drops `path`'s pages from the page cache (it is on disk already: flushed first), without needing root.
void drop_from_cache(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

void time_operations(const std::string& work, const std::string& bundle, const core::TrustedKeys& keys, int reps,
                     Timings* t) {
    const std::string copy = work + "/cp-copy.kiosk";
    for (int i = 0; i < reps && t->ok; ++i) {
        std::error_code ec;
        fs::remove(copy, ec);
        // Warm first (the file was just read or written), then every cold figure after dropping the cache.
        auto t0 = Clock::now();
        if (!run_program({"/bin/cp", bundle, copy})) t->ok = false, t->problem = "cp failed";
        t->warm_cp.push_back(seconds_since(t0));
        fs::remove(copy, ec);
        {
            const std::string dir = work + "/install-warm";
            fs::remove_all(dir, ec);
            core::ContentInstall install(dir);
            std::string error;
            install.recover(&error);
            t0 = Clock::now();
            const core::UpdateResult r = install.import(bundle, keys, {});
            t->warm_import.push_back(seconds_since(t0));
            if (!r.ok()) t->ok = false, t->problem = std::string("warm import: ") + core::outcome_token(r.outcome);
            fs::remove_all(dir, ec);
        }

        drop_from_cache(bundle);
        t0 = Clock::now();
        if (!run_program({"/bin/cp", bundle, copy})) t->ok = false, t->problem = "cp failed";
        t->cp.push_back(seconds_since(t0));
        fs::remove(copy, ec);

        drop_from_cache(bundle);
        t0 = Clock::now();
        if (!run_program({"/bin/cp", bundle, copy}) || !run_program({"/bin/sync", copy}))
            t->ok = false, t->problem = "cp + sync failed";
        t->cp_sync.push_back(seconds_since(t0));
        fs::remove(copy, ec);

        drop_from_cache(bundle);
        t0 = Clock::now();
        const core::UpdateResult v = core::verify_bundle(bundle, keys);
        t->verify.push_back(seconds_since(t0));
        if (!v.ok()) t->ok = false, t->problem = std::string("verify: ") + core::outcome_token(v.outcome) + " " + v.detail;

        const std::string dir = work + "/install-timed";
        fs::remove_all(dir, ec);
        core::ContentInstall install(dir);
        std::string error;
        if (!install.recover(&error)) t->ok = false, t->problem = "recover: " + error;
        // The hook only notes when each step begins (a clock read, no I/O), to say where the time goes.
        std::vector<std::pair<std::string, double>> steps;
        core::ImportOptions io;
        drop_from_cache(bundle);
        t0 = Clock::now();
        io.fault = [&](const char* step) {
            if (steps.empty() || steps.back().first != step) steps.emplace_back(step, seconds_since(t0));
        };
        const core::UpdateResult r = install.import(bundle, keys, io);
        t->import.push_back(seconds_since(t0));
        t->phases = "import steps (s from start):";
        for (const auto& [name, at] : steps) {
            char buf[64];
            std::snprintf(buf, sizeof buf, " %s %.3f", name.c_str(), at);
            t->phases += buf;
        }
        char end[32];
        std::snprintf(end, sizeof end, " done %.3f", t->import.back());
        t->phases += end;
        if (!r.ok()) t->ok = false, t->problem = std::string("import: ") + core::outcome_token(r.outcome) + " " + r.detail;
        fs::remove_all(dir, ec);
        std::fprintf(stderr, "bench update: timings %d/%d (cp %.2f s, verify %.2f s, import %.2f s)\n", i + 1, reps,
                     t->cp.back(), t->verify.back(), t->import.back());
    }
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Frames during an import
//---------------------------------------------------------------------------------------------------------------------

struct FrameStats {
    std::vector<double> idle_ms, import_ms;              // whole frames, the headless software rasteriser included
    std::vector<double> idle_build_ms, import_build_ms;  // the UI thread's own work: input to draw lists and glyphs
    double stage_s = 0, commit_ms = 0;
    bool ok = false;
    std::string problem;
};

// The kiosk's headless screen (platform/screen.h), the font chain and KioskApp on the demo snapshot. A visitor
// scrolls the catalog by finger the whole time, at 60 frames a second.
class KioskFrames {
public:
    bool open(const Options& o, std::string* error) {
        if (!screen_.open({platform::ScreenMode::Headless, kW, kH, "bench update"}, error)) return false;
        renderer_ = screen_.renderer();
        try {
            store_ = core::ContentStore::open(o.content);
        } catch (const std::exception& e) {
            *error = e.what();
            return false;
        }
        ImGuiIO& io = ImGui::GetIO();
        std::vector<text::FaceChain> chains;
        if (!text::find_font_chains(o.fonts, &chains, error) || !fonts_.init(io.Fonts, chains, error)) return false;
        if (!ImGui_ImplSDLRenderer_CreateFontsTexture()) {
            *error = std::string("font texture: ") + SDL_GetError();
            return false;
        }
        io.Fonts->ClearTexData();
        font_texture_ = static_cast<SDL_Texture*>(io.Fonts->TexID);
        images_ = std::make_unique<platform::AttachmentImages>(
            renderer_, [this](long long id) { return store_->attachment_data(id); });
        app_ = std::make_unique<ui::KioskApp>(*store_, "2026-12-01", nullptr);
        ui_.fonts = &fonts_;
        ui_.probe = &probe_;
        ui_.images = images_.get();
        ui_.wall_seconds = 1795483800;
        t0_ = Clock::now();
        // To the catalog, as a visitor would: tap its tile.
        for (int i = 0; i < 3; ++i) frame({-1e6f, -1e6f}, false);
        const ui::ProbeItem* tile = probe_.find_tappable(str::kTileCatalog, false);
        if (!tile) {
            *error = std::string("no ") + str::kTileCatalog + " tile on the home screen";
            return false;
        }
        const ImVec2 at((tile->min.x + tile->max.x) / 2, (tile->min.y + tile->max.y) / 2);
        frame(at, true);
        frame(at, false);
        for (int i = 0; i < 10; ++i) frame({-1e6f, -1e6f}, false);
        return true;
    }

    // One frame of the scrolling visitor: a drag of 40 frames down the list, then 40 back up, lifted in between.
    double scroll_frame() {
        const int phase = step_++ % 90;
        const float x = kW * 0.6f;
        if (phase < 40) return frame({x, kH * (0.8f - 0.012f * static_cast<float>(phase))}, true);
        if (phase < 45) return frame({-1e6f, -1e6f}, false);
        if (phase < 85) return frame({x, kH * (0.3f + 0.012f * static_cast<float>(phase - 45))}, true);
        return frame({-1e6f, -1e6f}, false);
    }

private:
    static constexpr int kW = 1920, kH = 1080;

    // Milliseconds from the start of the frame until its pixels are presented (what the kiosk's loop does).
    double frame(ImVec2 pointer, bool down) {
        const auto start = Clock::now();
        const double now_ms = std::chrono::duration<double, std::milli>(start - t0_).count() + 1000;
        const float dt = static_cast<float>(std::clamp((now_ms - last_ms_) / 1000.0, 0.001, 0.1));
        last_ms_ = now_ms;
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(kW, kH);
        io.DeltaTime = dt;
        io.MousePos = pointer;
        io.MouseDown[0] = down;
        app_->prepare_frame(ui_, kW, kH);
        fonts_.cache().begin_frame();
        ImGui_ImplSDLRenderer_NewFrame();
        ImGui::NewFrame();
        probe_.begin_frame(io.DisplaySize);
        ui_.begin_frame(pointer, down, now_ms, dt);
        app_->frame(ui_);
        ImGui::Render();
        fonts_.cache().upload([&](int x, int y, int w, int h, const std::uint32_t* rgba, int pitch) {
            const SDL_Rect rect{x, y, w, h};
            SDL_UpdateTexture(font_texture_, &rect, rgba, pitch);
        });
        last_build_ms_ = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        SDL_SetRenderDrawColor(renderer_, 0xF4, 0xF1, 0xEA, 255);
        SDL_RenderClear(renderer_);
        ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
        SDL_RenderPresent(renderer_);
        return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    }

    // In this order: the fonts outlive the ImGui context whose atlas holds them, and the screen (ImGui, the renderer)
    // outlives the store, the app and the attachments' textures.
    text::FontSet fonts_;
    platform::Screen screen_;
    SDL_Renderer* renderer_ = nullptr;
    SDL_Texture* font_texture_ = nullptr;
    std::unique_ptr<core::ContentStore> store_;
    std::unique_ptr<platform::AttachmentImages> images_;
    std::unique_ptr<ui::KioskApp> app_;
    ui::Ui ui_;
    ui::Probe probe_;
    Clock::time_point t0_;
    double last_ms_ = 1000;
    int step_ = 0;

public:
    // The last frame's work before rasterising: what the kiosk's UI thread does itself (on the kiosk PC the
    // rasterising is the GPU's, through SDL's accelerated renderer; here it is SDL's software renderer).
    double last_build_ms_ = 0;
};

// Frames are paced at 60 Hz, as the kiosk's vsync does: a frame that takes longer than its 16.7 ms simply starts
// the next one late. Baseline: the same scrolling with no import.
void measure_frames(const Options& o, const std::string& work, const std::string& bundle, const core::TrustedKeys& keys,
                    int idle_frames, FrameStats* s) {
    KioskFrames k;
    if (!k.open(o, &s->problem)) return;
    auto paced = [&](std::vector<double>* out) {
        const auto start = Clock::now();
        out->push_back(k.scroll_frame());
        (out == &s->import_ms ? s->import_build_ms : s->idle_build_ms).push_back(k.last_build_ms_);
        const auto next = start + std::chrono::microseconds(16667);
        if (Clock::now() < next) std::this_thread::sleep_until(next);
    };
    for (int i = 0; i < 30; ++i) paced(&s->idle_ms);  // warm-up: glyphs of the list are made here
    s->idle_ms.clear();
    s->idle_build_ms.clear();
    for (int i = 0; i < idle_frames; ++i) paced(&s->idle_ms);

    const std::string dir = work + "/install-frames";
    std::error_code ec;
    fs::remove_all(dir, ec);
    core::ContentInstall install(dir);
    std::string error;
    if (!install.recover(&error)) {
        s->problem = "recover: " + error;
        return;
    }
    core::UpdateWorker worker(install, keys);
    const auto t0 = Clock::now();
    if (!worker.start_stage(bundle, false)) {
        s->problem = "the worker did not start";
        return;
    }
    std::optional<std::pair<core::UpdateResult, std::optional<core::StagedUpdate>>> finished;
    while (!(finished = worker.take_finished())) paced(&s->import_ms);
    s->stage_s = seconds_since(t0);
    if (!finished->first.ok() || !finished->second) {
        s->problem = std::string("stage: ") + core::outcome_token(finished->first.outcome) + " " + finished->first.detail;
        return;
    }
    // The switch runs on the UI thread when staff tap 确认: two renames and folder fsyncs.
    const auto c0 = Clock::now();
    const core::UpdateResult committed = worker.commit(*finished->second);
    s->commit_ms = seconds_since(c0) * 1000;
    if (!committed.ok()) {
        s->problem = std::string("commit: ") + core::outcome_token(committed.outcome);
        return;
    }
    for (int i = 0; i < 10; ++i) paced(&s->idle_ms);  // and the kiosk keeps drawing after the switch
    fs::remove_all(dir, ec);
    s->ok = !s->import_ms.empty();
    if (!s->ok) s->problem = "the import ended before a frame was drawn";
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The fault run
//---------------------------------------------------------------------------------------------------------------------

struct FaultStats {
    fault::Summary summary;
    std::size_t hook_calls = 0;
    double dry_run_ms = 0, seconds = 0;
    bool ok = false;
    std::string problem;
};

void run_faults(const Options& o, const std::string& work, const core::SecretKey& key, const core::TrustedKeys& keys,
                FaultStats* f) {
    // Old and new: the demo snapshot at two versions, the new one with every document's 体裁 changed.
    const std::string v1 = work + "/fault-v1.db", v2 = work + "/fault-v2.db", bundle = work + "/fault-v2.kiosk";
    std::string error;
    if (!derive_snapshot(o.content, v1, "UPDATE meta SET value = '2026.11.01' WHERE key = 'content_version';", &error) ||
        !derive_snapshot(o.content, v2,
                         "UPDATE meta SET value = '2026.12.02' WHERE key = 'content_version';"
                         "UPDATE documents SET genre = genre || '（修订）';",
                         &error) ||
        !core::write_bundle(v2, key, bundle, &error)) {
        f->problem = "fault bundles: " + error;
        return;
    }
    fault::Scenario s;
    s.bundle = bundle;
    s.keys = keys;
    s.old_snapshot = v1;
    s.old_digest = fault::content_digest(v1, &error);
    s.new_digest = fault::content_digest(v2, &error);
    s.old_version = "2026.11.01";
    s.new_version = "2026.12.02";
    s.work_dir = work + "/faults";
    std::error_code ec;
    fs::remove_all(s.work_dir, ec);
    fs::create_directories(s.work_dir, ec);
    const fault::DryRun dry = fault::dry_run(s, &error);
    if (dry.outcome != core::UpdateOutcome::Ok) {
        f->problem = std::string("dry run: ") + core::outcome_token(dry.outcome) + " " + dry.detail + error;
        return;
    }
    f->hook_calls = dry.calls.size();
    f->dry_run_ms = static_cast<double>(dry.total_us) / 1000;
    const auto points = fault::choose_points(dry, static_cast<std::size_t>(o.faults));
    const auto t0 = Clock::now();
    const std::size_t every = std::max<std::size_t>(1, points.size() / 10);
    f->summary = fault::run_points(s, points, [&](const fault::Summary& sum, const fault::PointResult& r) {
        if (!r.ok()) std::fprintf(stderr, "bench update: fault point %s: %s\n", fault::describe(r.point).c_str(),
                                  r.problem.c_str());
        if (sum.tried % every == 0 || sum.tried == points.size())
            std::fprintf(stderr, "bench update: fault points %zu/%zu, %zu killed, %zu started\n", sum.tried,
                         points.size(), sum.killed, sum.starts);
    });
    f->seconds = seconds_since(t0);
    fs::remove_all(s.work_dir, ec);
    f->ok = true;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The table
//---------------------------------------------------------------------------------------------------------------------

struct Figure {
    std::string name, ours, baseline, ratio, target, met;
};

std::string fmt(double v, const char* unit) {
    char buf[64];
    std::snprintf(buf, sizeof buf, v >= 100 ? "%.0f %s" : v >= 10 ? "%.1f %s" : "%.2f %s", v, unit);
    return buf;
}
std::string fmt_ratio(double ours, double baseline) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", baseline > 0 ? ours / baseline : 0.0);
    return buf;
}

void print_table(const std::vector<Figure>& figures) {
    std::printf("\n%-44s | %-10s | %-10s | %-7s | %-16s | %s\n", "figure", "ours", "baseline", "ratio", "target", "met");
    std::printf("%s\n", std::string(44 + 10 + 10 + 7 + 16 + 7 + 5 * 3, '-').c_str());
    for (const Figure& f : figures)
        std::printf("%-44s | %-10s | %-10s | %-7s | %-16s | %s\n", f.name.c_str(), f.ours.c_str(), f.baseline.c_str(),
                    f.ratio.c_str(), f.target.c_str(), f.met.c_str());
}

}  // namespace

int cmd_bench_update(const std::vector<std::string>& args) {
    Options o;
    std::string error;
    if (!parse_options(args, &o, &error)) {
        std::fprintf(stderr, "kioskctl: %s\nusage: kioskctl bench update [--quick] [--size-mb N] [--faults N] "
                     "[--work DIR] [--content demo.db] [--fonts fallback.txt]\n", error.c_str());
        return kExitUsage;
    }
    if (sodium_init() < 0) return kExitDataError;
    std::error_code ec;
    fs::create_directories(o.work, ec);
    if (ec) {
        std::fprintf(stderr, "bench update: %s: %s\n", o.work.c_str(), ec.message().c_str());
        return kExitDataError;
    }
    const int reps = 3;
    std::printf("bench update: %s run, bundle %d MB in %s; medians of %d; frames 1920x1080 headless (SDL software "
                "renderer) paced at 60 Hz; %d fault points\n",
                o.quick ? "quick" : "full", o.size_mb, o.work.c_str(), reps, o.faults);
    std::fflush(stdout);

    // ---- The big bundle.
    core::SecretKey key{};
    core::TrustedKeys keys;
    const std::string big_db = o.work + "/big.db", bundle = o.work + "/big.kiosk";
    auto t0 = Clock::now();
    if (!fresh_key(o.work, &key, &keys, &error) ||
        !make_big_snapshot(o.content, big_db, static_cast<std::uint64_t>(o.size_mb) << 20, &error) ||
        !core::write_bundle(big_db, key, bundle, &error)) {
        std::fprintf(stderr, "bench update: making the bundle: %s\n", error.c_str());
        return kExitDataError;
    }
    fs::remove(big_db, ec);
    const double bundle_mb = static_cast<double>(fs::file_size(bundle)) / (1 << 20);
    std::fprintf(stderr, "bench update: %s, %.0f MB, made in %.1f s\n", bundle.c_str(), bundle_mb, seconds_since(t0));

    // ---- cp, verify, import.
    Timings t;
    time_operations(o.work, bundle, keys, reps, &t);
    if (!t.ok) std::fprintf(stderr, "bench update: %s\n", t.problem.c_str());

    // ---- Frames while an import stages.
    FrameStats frames;
    measure_frames(o, o.work, bundle, keys, o.quick ? 120 : 300, &frames);
    if (!frames.ok) std::fprintf(stderr, "bench update: frames: %s\n", frames.problem.c_str());

    // ---- Kill points.
    FaultStats faults;
    run_faults(o, o.work, key, keys, &faults);
    if (!faults.ok) std::fprintf(stderr, "bench update: faults: %s\n", faults.problem.c_str());
    fs::remove(bundle, ec);

    // ---- The table.
    const double cp = median(t.cp), cp_sync = median(t.cp_sync), verify = median(t.verify), import = median(t.import);
    auto met = [](bool measured, bool ok) { return std::string(!measured ? "FAILED" : ok ? "MET" : "NOT MET"); };
    std::vector<Figure> rows;
    rows.push_back({"import vs cp (stage+hash+fsync+check+switch)", fmt(import, "s"), fmt(cp, "s"),
                    fmt_ratio(import, cp), "<= 2.0 x cp", met(t.ok, import <= 2.0 * cp)});
    const double warm_cp = median(t.warm_cp), warm_import = median(t.warm_import);
    rows.push_back({"   import vs cp, file already cached (ref.)", fmt(warm_import, "s"), fmt(warm_cp, "s"),
                    fmt_ratio(warm_import, warm_cp), "-", "-"});
    rows.push_back({"verify vs cp (read + SHA-256 every byte)", fmt(verify, "s"), fmt(cp, "s"), fmt_ratio(verify, cp),
                    "<= 2.0 x cp", met(t.ok, verify <= 2.0 * cp)});
    rows.push_back({"   cp + sync (reference)", fmt(cp_sync, "s"), fmt(cp, "s"), fmt_ratio(cp_sync, cp), "-", "-"});
    rows.push_back({"   import vs cp + sync (reference)", fmt(import, "s"), fmt(cp_sync, "s"),
                    fmt_ratio(import, cp_sync), "-", "-"});
    const double p50i = median(frames.import_ms), p95i = percentile(frames.import_ms, 0.95),
                 maxi = percentile(frames.import_ms, 1.0);
    const double p50b = median(frames.idle_ms), p95b = percentile(frames.idle_ms, 0.95),
                 maxb = percentile(frames.idle_ms, 1.0);
    const double bp95i = percentile(frames.import_build_ms, 0.95), bp95b = percentile(frames.idle_build_ms, 0.95);
    const double bmaxi = percentile(frames.import_build_ms, 1.0), bmaxb = percentile(frames.idle_build_ms, 1.0);
    rows.push_back({"UI thread frame work p95 during an import", fmt(bp95i, "ms"), fmt(bp95b, "ms"),
                    fmt_ratio(bp95i, bp95b), "< 20 ms", met(frames.ok, bp95i < 20)});
    rows.push_back({"   UI thread frame work max during an import", fmt(bmaxi, "ms"), fmt(bmaxb, "ms"),
                    fmt_ratio(bmaxi, bmaxb), "-", "-"});
    rows.push_back({"   whole frame p95, software rasteriser (ref.)", fmt(p95i, "ms"), fmt(p95b, "ms"),
                    fmt_ratio(p95i, p95b), "-", "-"});
    rows.push_back({"   whole frame median (ref.)", fmt(p50i, "ms"), fmt(p50b, "ms"), fmt_ratio(p50i, p50b),
                    "-", "-"});
    rows.push_back({"   whole frame max (ref.)", fmt(maxi, "ms"), fmt(maxb, "ms"), fmt_ratio(maxi, maxb), "-",
                    "-"});
    const auto& fs_ = faults.summary;
    char tried[32], starts[32];
    std::snprintf(tried, sizeof tried, "%zu", fs_.tried);
    std::snprintf(starts, sizeof starts, "%zu", fs_.starts);
    rows.push_back({"kill points leaving a kiosk that starts", starts, tried,
                    fmt_ratio(static_cast<double>(fs_.starts), static_cast<double>(fs_.tried)), "all",
                    met(faults.ok && fs_.tried > 0, fs_.starts == fs_.tried && fs_.rerun_ok == fs_.tried)});
    print_table(rows);

    std::printf("bundle %.0f MB: cp %.0f MB/s, cp+sync %.0f MB/s, verify %.0f MB/s, import %.0f MB/s (medians of %d)\n",
                bundle_mb, bundle_mb / std::max(cp, 1e-9), bundle_mb / std::max(cp_sync, 1e-9),
                bundle_mb / std::max(verify, 1e-9), bundle_mb / std::max(import, 1e-9), reps);
    std::printf("%s\n", t.phases.c_str());
    std::printf("frames: %zu during the import (staged by UpdateWorker in %.2f s), %zu without; the switch (commit, on "
                "the UI thread) took %.1f ms\n",
                frames.import_ms.size(), frames.stage_s, frames.idle_ms.size(), frames.commit_ms);
    std::printf("faults: %zu points (%zu at the %zu hook calls' steps, %zu timed inside steps), %zu killed mid-import, "
                "%zu left the new content, %zu started with one complete snapshot, %zu re-runs succeeded; %.0f s\n",
                fs_.tried, fs_.at_hook, faults.hook_calls, fs_.timed, fs_.killed, fs_.live_new, fs_.starts,
                fs_.rerun_ok, faults.seconds);
    std::printf("ratio = ours / baseline; baselines measured in this run on the same disk (%s). The bundle is dropped "
                "from the page cache before each cold figure, as a stick's file is never cached; the cached row is "
                "a memory copy for cp and is shown for reference.\n", o.work.c_str());
    const bool all = t.ok && frames.ok && faults.ok && fs_.starts == fs_.tried && fs_.rerun_ok == fs_.tried;
    return all ? kExitOk : kExitDataError;
}

}  // namespace kiosk::tools
