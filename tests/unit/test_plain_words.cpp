// The plain-words table (str::kPlainWords): every term has a short everyday explanation, every term is one the kiosk
// really shows (in its own strings or, for a guide's 事项类型, in the content staff prepare), no explanation leans on
// another official term, and the 这是什么？ beside a term is touch-sized in every theme.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "core/base/strings_zh.h"
#include "core/base/utf8.h"
#include "test_support.h"
#include "ui/kit/plain_words.h"
#include "ui/kit/theme.h"

namespace str = kiosk::str;

namespace {

// strings_zh.h without the plain-words section itself, so a term counts only where a screen uses it.
std::string ui_strings_outside_table() {
    const std::string all = test_support::read_bytes(std::string(KIOSK_SOURCE_DIR) + "/kiosk/core/base/strings_zh.h");
    const std::string heading = "// [SECTION] Plain words";
    const auto first = all.find(heading);
    const auto section = all.find(heading, first + heading.size());  // the first is the index at the top
    REQUIRE(section != std::string::npos);
    return all.substr(0, section);
}

}  // namespace

TEST_CASE("every plain word has a short explanation", "[ui][plain_words]") {
    std::set<std::string> seen;
    for (const str::PlainWord& w : str::kPlainWords) {
        INFO(w.term);
        CHECK(seen.insert(w.term).second);
        REQUIRE(w.plain != nullptr);
        const std::string plain = w.plain;
        CHECK(!plain.empty());
        CHECK(kiosk::core::code_point_count(plain) <= static_cast<std::size_t>(str::kPlainWordMaxChars));
        CHECK(plain.find('\n') == std::string::npos);  // one line in the table; the card wraps it
        CHECK(plain.find(w.term) == std::string::npos);  // explained in other words, not by itself
        for (const str::PlainWord& other : str::kPlainWords) {
            INFO("uses " << other.term);
            CHECK(plain.find(other.term) == std::string::npos);  // no official word explained by another
        }
        CHECK(std::string(str::plain_word(w.term)) == plain);
    }
    CHECK(str::plain_word("其他") == nullptr);
    CHECK(str::plain_word("依申请") == nullptr);  // a prefix of a term is not the term
}

TEST_CASE("the terms the kiosk must explain are in the table", "[ui][plain_words]") {
    for (const char* term : {str::kTileApply, str::kApplicantOrganisation, str::kGenre, str::kKeywords, str::kIndexNo,
                             str::kDocNo, str::kIssuer, "行政给付", "统一社会信用代码"}) {
        INFO(term);
        CHECK(str::plain_word(term) != nullptr);
    }
}

TEST_CASE("every plain word is shown somewhere on the kiosk", "[ui][plain_words]") {
    const std::string strings = ui_strings_outside_table();
    // A guide's 事项类型 (行政给付…) comes from the content, not from strings_zh.h.
    const std::string guides = test_support::read_bytes(std::string(KIOSK_SOURCE_DIR) + "/content/guides.csv");
    for (const str::PlainWord& w : str::kPlainWords) {
        INFO(w.term);
        const std::string quoted = std::string("\"") + w.term + "\"";
        const bool in_strings = strings.find(quoted) != std::string::npos;
        const bool guide_kind = guides.find(std::string(",") + w.term + ",") != std::string::npos;
        CHECK((in_strings || guide_kind));
    }
}

TEST_CASE("the what-is-this pill is touch-sized in every theme and orientation", "[ui][plain_words]") {
    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
        CHECK(kiosk::ui::what_is_this_height(kiosk::ui::Theme::for_window(w, h, false)) >= 60.0f);
        CHECK(kiosk::ui::what_is_this_height(kiosk::ui::Theme::for_window(w, h, true)) >= 80.0f);
    }
}
