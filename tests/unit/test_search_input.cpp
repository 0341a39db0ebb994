// test_search_input.cpp — what the search bar's keyboard does to the search (ui/controller.cpp, ui/app_model.h
// SearchView): the tab it opens on and keeps, the pinyin letters searched while they are composed, a picked word
// ending them, 您是不是要找 putting its word in, and the next visitor starting afresh. On a snapshot of
// tests/fixtures/pack_minimal; the search runs on the worker thread, so results are waited for.
#include <catch2/catch.hpp>

#include <chrono>
#include <memory>
#include <thread>

#include "controller_fixture.h"
#include "ui/keyboards/keyboard_panel.h"

using namespace kiosk;
using kiosk::ui::Action;
using kiosk::ui::InputMode;

namespace {

// Stands for an engine's panel: composes what it is told to, counts resets.
struct FakePanel : ui::KeyboardPanel {
    std::string letters;
    int* resets;
    explicit FakePanel(int* r) : resets(r) {}
    ui::PanelInput draw(ui::Ui&, ui::Area) override { return {}; }
    void reset() override { letters.clear(); ++*resets; }
    std::string composing() const override { return letters; }
};

// Registers fake 拼音 and 手写 panels for one test, and unregisters them after it.
struct Panels {
    int resets = 0;
    FakePanel* pinyin = nullptr;
    Panels(bool with_pinyin, bool with_handwriting) {
        if (with_pinyin) {
            auto p = std::make_unique<FakePanel>(&resets);
            pinyin = p.get();
            ui::set_keyboard_panel(InputMode::Pinyin, std::move(p));
        }
        if (with_handwriting) ui::set_keyboard_panel(InputMode::Handwriting, std::make_unique<FakePanel>(&resets));
    }
    ~Panels() {
        ui::set_keyboard_panel(InputMode::Pinyin, nullptr);
        ui::set_keyboard_panel(InputMode::Handwriting, nullptr);
    }
};

struct Kiosk : test_support::ControllerKiosk {
    Kiosk() : ControllerKiosk(true) {}
    // Until the search worker has answered what is searched now.
    void settle() {
        for (int i = 0; i < 500 && (controller->poll(model) || model.search.pending); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        REQUIRE_FALSE(model.search.pending);
    }
    int searched(const std::string& query) const {
        for (const auto& q : usage->top_queries("2026-11-24", 100, false, "2026-11-24"))
            if (q.query == query) return q.searches;
        return 0;
    }
};

}  // namespace

TEST_CASE("search bar: opens on 拼音, on 手写 when there is no 拼音 engine, and keeps the tab the visitor picks", "[search_input]") {
    {
        Panels panels(true, true);
        Kiosk k;
        k.act(Action::go(ui::Screen::Search));
        CHECK(k.model.search.mode == InputMode::Pinyin);
        k.act(Action::search_set_mode(InputMode::Handwriting));
        CHECK(k.model.search.mode == InputMode::Handwriting);
        // Reading a result and coming back keeps the tab; so does opening the search again from a list.
        k.act(Action::search_type("低保"));
        k.act(Action::back());
        k.act(Action::go(ui::Screen::Catalog));
        k.act(Action::go(ui::Screen::Search));
        CHECK(k.model.search.mode == InputMode::Handwriting);
        // The next visitor starts on the default again.
        k.controller->reset_for_next_visitor(k.model);
        k.act(Action::go(ui::Screen::Search));
        CHECK(k.model.search.mode == InputMode::Pinyin);
        CHECK(k.model.search.query.empty());
    }
    {
        Panels panels(false, true);  // the 拼音 data not deployed yet: a villager gets the box, not a note
        Kiosk k;
        k.act(Action::go(ui::Screen::Search));
        CHECK(k.model.search.mode == InputMode::Handwriting);
    }
    {
        Panels panels(false, false);  // nothing to fall back to: the tab stays and shows its note
        Kiosk k;
        k.act(Action::go(ui::Screen::Search));
        CHECK(k.model.search.mode == InputMode::Pinyin);
    }
}

TEST_CASE("search bar: letters being composed are searched after the query, and a picked word ends them", "[search_input]") {
    Panels panels(true, true);
    Kiosk k;
    k.act(Action::go(ui::Screen::Search));
    // The panel shows syllables apart ("di bao"); the search gets the letters as one word, as they were typed.
    k.act(Action::search_compose("di bao"));
    CHECK(k.model.search.query.empty());
    CHECK(k.model.search.searched() == "dibao");
    CHECK(k.model.search.pending);
    k.settle();
    CHECK(k.model.search.shown_query == "dibao");
    CHECK_FALSE(k.model.search.result.hits.empty());  // 低保 found by its letters, before any pick
    // A picked word goes into the query and the letters are gone.
    k.act(Action::search_type("低保"));
    CHECK(k.model.search.query == "低保");
    CHECK(k.model.search.composing.empty());
    k.settle();
    CHECK(k.model.search.shown_query == "低保");
    CHECK_FALSE(k.model.search.result.hits.empty());
    // Letters after characters: both searched.
    k.act(Action::search_compose("biao zhun"));
    CHECK(k.model.search.searched() == "低保biaozhun");
    // Another tab drops the letters (the panels are reset) and searches what is left.
    panels.pinyin->letters = "biao zhun";
    k.act(Action::search_set_mode(InputMode::Latin));
    CHECK(k.model.search.composing.empty());
    CHECK(panels.pinyin->letters.empty());
    CHECK(k.model.search.searched() == "低保");
}

TEST_CASE("search bar: 您是不是要找 puts its word in the query in place of what was typed", "[search_input]") {
    Panels panels(true, true);
    Kiosk k;
    k.act(Action::go(ui::Screen::Search));
    k.act(Action::search_compose("di bo"));
    panels.pinyin->letters = "di bo";
    k.act(Action::search_replace("低保"));
    CHECK(k.model.search.query == "低保");
    CHECK(k.model.search.composing.empty());
    CHECK(panels.pinyin->letters.empty());  // the panel's letters go too, or they would come back after the word
    k.settle();
    CHECK(k.model.search.shown_query == "低保");
}

TEST_CASE("search bar: staff see the words searched as typed, letters included, once", "[search_input][usage]") {
    Panels panels(true, true);
    Kiosk k;
    k.act(Action::go(ui::Screen::Search));
    k.act(Action::search_compose("d"));
    k.act(Action::search_compose("di bao"));
    k.settle();
    // The 拼音 panel's 清空 wipes the letters at once: that search is done, and counted.
    k.act(Action::search_compose(""));
    CHECK(k.searched("dibao") == 1);
    CHECK(k.searched("d") == 0);  // a letter on the way to a word is not a search
    k.act(Action::search_type("低保"));
    k.settle();
    k.act(Action::back());
    CHECK(k.searched("低保") == 1);
}
