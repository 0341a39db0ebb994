// test_parts_engine.cpp — kiosk/input/parts_engine: rare name characters built from their parts over Debian's
// rime-data-stroke (the real dictionary for what a villager does, small written ones for the file's edge cases).
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "input/parts_engine.h"
#include "test_support.h"

using kiosk::input::Part;
using kiosk::input::PartsCandidate;
using kiosk::input::PartsEngine;
using kiosk::input::PartsMatch;

namespace {

PartsEngine& engine() {
    static PartsEngine e;
    static const bool ok = e.load();
    if (!ok) FAIL("the stroke dictionary does not load (rime-data-stroke installed?): " << e.error());
    return e;
}

Part ch(const char* c) { return Part::character(c); }

// Where `c` is among the candidates, -1 when it is not.
int rank_of(const std::vector<PartsCandidate>& list, const std::string& c) {
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (list[i].character == c) return static_cast<int>(i);
    }
    return -1;
}

std::string shown(const std::vector<PartsCandidate>& list, std::size_t n = 12) {
    std::string s;
    for (std::size_t i = 0; i < list.size() && i < n; ++i) s += list[i].character + " ";
    return s;
}

bool starts_with_any(PartsEngine& e, const std::string& character, const std::string& prefix) {
    for (const std::string& s : e.sequences(ch(character.c_str()))) {
        if (s.rfind(prefix, 0) == 0) return true;
    }
    return false;
}

// Every list the engine gives: exact before prefix before inside, no character twice, at most `max`.
void check_well_formed(const std::vector<PartsCandidate>& list, std::size_t max = PartsEngine::kMaxCandidates) {
    CHECK(list.size() <= max);
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        CHECK(seen.insert(list[i].character).second);
        if (i > 0) CHECK(static_cast<int>(list[i - 1].match) <= static_cast<int>(list[i].match));
    }
}

}  // namespace

TEST_CASE("部件: 龙 then 天 gives 䶮 among the first four", "[parts]") {
    const auto list = engine().candidates({ch("龙"), ch("天")});
    INFO(shown(list));
    const int r = rank_of(list, "䶮");
    CHECK(r >= 0);
    CHECK(r < 4);
    CHECK(list.at(static_cast<std::size_t>(std::max(r, 0))).match == PartsMatch::Exact);
    check_well_formed(list);
}

TEST_CASE("部件: 土 then 口 gives 𠮷, first once the content names someone with it", "[parts]") {
    PartsEngine& e = engine();
    e.set_names({});
    const auto plain = e.candidates({ch("土"), ch("口")});
    INFO(shown(plain));
    CHECK(rank_of(plain, "𠮷") >= 0);
    CHECK(rank_of(plain, "𠮷") < 8);  // among the exact matches (吉 𠮷 扣 …), on the first page
    CHECK(rank_of(plain, "吉") >= 0);
    check_well_formed(plain);

    e.set_names({"王𪚥", "𠮷田"});
    const auto named = e.candidates({ch("土"), ch("口")});
    INFO(shown(named));
    CHECK(rank_of(named, "𠮷") == 0);
    e.set_names({});
}

TEST_CASE("部件: 龙 four times gives 𪚥, through the traditional form 龍", "[parts]") {
    PartsEngine& e = engine();
    // 龙's own sequences do not make 𪚥 (its four parts are written 龍); OpenCC's 龙 → 龍 gives them.
    const auto dragon = e.sequences(ch("龙"));
    const auto loong = e.sequences(ch("龍"));
    REQUIRE_FALSE(loong.empty());
    for (const std::string& s : loong) CHECK(std::find(dragon.begin(), dragon.end(), s) != dragon.end());

    const auto list = e.candidates({ch("龙"), ch("龙"), ch("龙"), ch("龙")});
    INFO(shown(list));
    CHECK(rank_of(list, "𪚥") == 0);
    CHECK(list.at(0).match == PartsMatch::Exact);
    check_well_formed(list);
}

TEST_CASE("部件: 王 alone gives 王 first", "[parts]") {
    const auto list = engine().candidates({ch("王")});
    INFO(shown(list));
    REQUIRE_FALSE(list.empty());
    CHECK(list[0].character == "王");
    // The others start with 王's strokes: 玉, 现, 球 …
    CHECK(list.size() > 10);
    for (std::size_t i = 1; i < list.size() && i < 40; ++i) CHECK(starts_with_any(engine(), list[i].character, "hhsh"));
    check_well_formed(list);
}

TEST_CASE("部件: strokes alone (横 竖 横) find characters by the start of their sequence", "[parts]") {
    PartsEngine& e = engine();
    const auto list = e.candidates({Part::of_stroke('h'), Part::of_stroke('s'), Part::of_stroke('h')}, 60);
    INFO(shown(list, 30));
    REQUIRE(list.size() == 60);  // bounded
    for (const PartsCandidate& c : list) {
        INFO(c.character);
        CHECK(starts_with_any(e, c.character, "hsh"));
        CHECK(c.match != PartsMatch::Inside);  // no surround search from strokes alone: everything would match
    }
    CHECK(rank_of(list, "土") >= 0);
    CHECK(list.front().match == PartsMatch::Exact);
    CHECK(list.back().match == PartsMatch::Prefix);
    check_well_formed(list, 60);
    // A stroke as the last part narrows: 土 then 丶 is not 土 any more.
    const auto more = e.candidates({ch("土"), Part::of_stroke('n')});
    CHECK(rank_of(more, "土") < 0);
    for (std::size_t i = 0; i < more.size() && i < 20; ++i) CHECK(starts_with_any(e, more[i].character, "hshn"));
}

TEST_CASE("部件: a part the dictionary does not have, or an unknown stroke, gives nothing", "[parts]") {
    PartsEngine& e = engine();
    CHECK(e.candidates({Part::character("A")}).empty());
    CHECK(e.candidates({Part::of_stroke('x')}).empty());
    CHECK(e.candidates({}).empty());
    CHECK(e.candidates({ch("天"), Part::character("")}).empty());
}

TEST_CASE("部件: a missing dictionary says so and answers nothing, without crashing", "[parts]") {
    PartsEngine e("/nonexistent/stroke.dict.yaml");
    CHECK_FALSE(e.load());
    CHECK_FALSE(e.loaded());
    CHECK(e.error().find("rime-data-stroke") != std::string::npos);
    CHECK(e.error().find("/nonexistent/stroke.dict.yaml") != std::string::npos);
    CHECK(e.candidates({ch("龙"), ch("天")}).empty());
    CHECK(e.sequences(ch("龙")).empty());
    CHECK(e.sequences(Part::of_stroke('h')) == std::vector<std::string>{"h"});  // a stroke needs no dictionary
    CHECK_FALSE(e.load());  // asked again: the same answer, not a second read
}

TEST_CASE("部件: malformed lines are skipped and the rest is used", "[parts]") {
    test_support::TempDir dir;
    test_support::write_bytes(dir / "stroke.dict.yaml",
                              "# Rime dictionary\n---\nname: stroke\n...\n\n"
                              "# a comment\n"
                              "王\thhsh\n"
                              "no tab on this line\n"
                              "玉\thhshx\n"            // a letter that is no stroke
                              "两个\thh\n"             // two characters
                              "\xE5\x9C\tsh\n"         // cut UTF-8
                              "a\thh\n"                // not a Chinese character
                              "天\t\n"                 // no strokes
                              "天\thhpn\t100\n"        // a weight column is allowed
                              "土\thsh\r\n"            // a Windows line end
                              "䶮\tnhhshhhpn\n");      // made up for this test: a stroke, then 王, then 天
    PartsEngine e((dir / "stroke.dict.yaml").string(), (dir / "no-frequencies.txt").string());
    REQUIRE(e.load());
    CHECK(e.stats().skipped_lines == 6);
    CHECK(e.stats().entries == 4);
    CHECK(e.candidates({ch("王")}).at(0).character == "王");
    CHECK(e.candidates({ch("土")}).at(0).character == "土");
    CHECK(e.candidates({ch("玉")}).empty());
    // Parts further in than the start: 王 then 天 after a first stroke is an inside match.
    const auto inside = e.candidates({ch("王"), ch("天")});
    REQUIRE(inside.size() == 1);
    CHECK(inside[0].character == "䶮");
    CHECK(inside[0].match == PartsMatch::Inside);
    // In the wrong order it is not found.
    CHECK(e.candidates({ch("天"), ch("王")}).empty());
}

TEST_CASE("部件: a file that is not a Rime dictionary is refused", "[parts]") {
    test_support::TempDir dir;
    test_support::write_bytes(dir / "stroke.dict.yaml", "王\thhsh\n天\thhpn\n");
    PartsEngine e((dir / "stroke.dict.yaml").string());
    CHECK_FALSE(e.load());
    CHECK(e.error().find("Rime") != std::string::npos);
    CHECK(e.candidates({ch("王")}).empty());
}

TEST_CASE("部件: stroke keys tapped in a row are one run, found whole further in", "[parts]") {
    test_support::TempDir dir;
    // Made up for this test: both hold 王 (hhsh) after a first stroke; only 䶮 has 横 撇 点 one after another.
    test_support::write_bytes(dir / "stroke.dict.yaml",
                              "---\nname: stroke\n...\n"
                              "王\thhsh\n"
                              "䶮\tnhhshhhpn\n"
                              "吉\tnhhshhshpsn\n");
    PartsEngine e((dir / "stroke.dict.yaml").string(), (dir / "no-frequencies.txt").string());
    REQUIRE(e.load());
    const auto list = e.candidates({ch("王"), Part::of_stroke('h'), Part::of_stroke('p'), Part::of_stroke('n')});
    INFO(shown(list));
    REQUIRE(list.size() == 1);
    CHECK(list[0].character == "䶮");
    CHECK(list[0].match == PartsMatch::Inside);
    // Strokes alone look only at the start: no surround search without a character among the parts.
    CHECK(e.candidates({Part::of_stroke('h'), Part::of_stroke('p'), Part::of_stroke('n')}).empty());
}
