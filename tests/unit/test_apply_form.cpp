// test_apply_form.cpp — the request form's pure rules on screen (ui/request/apply_form.h) and the receipt's QR matrix
// (core/requests/qr_code.h).
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/requests/qr_code.h"
#include "ui/request/apply_form.h"

using namespace kiosk;
using core::FormField;
using ui::ApplyStep;
using ui::ApplyView;

namespace {

constexpr const char* kToday = "2026-11-24";

// A 7×7 finder pattern at (x, y): dark ring, light ring, dark 3×3 centre.
bool finder_at(const core::QrMatrix& m, int x0, int y0) {
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (m.dark(x0 + x, y0 + y) != (ring || centre)) return false;
        }
    }
    return true;
}

}  // namespace

TEST_CASE("QR matrix of a receipt number has the three finder patterns and a version's size", "[apply][qr]") {
    auto qr = core::make_qr("KK1-20261124-001M");
    REQUIRE(qr);
    CHECK((qr->size - 21) % 4 == 0);
    CHECK(qr->size >= 21);
    CHECK(qr->modules.size() == static_cast<size_t>(qr->size * qr->size));
    CHECK(finder_at(*qr, 0, 0));
    CHECK(finder_at(*qr, qr->size - 7, 0));
    CHECK(finder_at(*qr, 0, qr->size - 7));
    CHECK_FALSE(finder_at(*qr, qr->size - 7, qr->size - 7));  // the fourth corner has none
    // Deterministic, and a different number gives a different code.
    CHECK(core::make_qr("KK1-20261124-001M")->modules == qr->modules);
    CHECK(core::make_qr("KK1-20261124-002K")->modules != qr->modules);
}

TEST_CASE("QR: nothing to encode, or far too much, gives no code", "[apply][qr]") {
    CHECK_FALSE(core::make_qr(""));
    CHECK_FALSE(core::make_qr(std::string(8000, 'A')));
}

TEST_CASE("form steps show each applicant's own fields", "[apply][form]") {
    core::Application a;
    auto f = ui::step_fields(ApplyStep::Applicant, a);
    CHECK(std::find(f.begin(), f.end(), FormField::IdNumber) != f.end());
    CHECK(std::find(f.begin(), f.end(), FormField::CreditCode) == f.end());
    a.kind = core::ApplicantKind::Organisation;
    f = ui::step_fields(ApplyStep::Applicant, a);
    CHECK(std::find(f.begin(), f.end(), FormField::CreditCode) != f.end());
    CHECK(std::find(f.begin(), f.end(), FormField::IdNumber) == f.end());
    // The fee reason is asked only when a waiver is.
    auto info = ui::step_fields(ApplyStep::Info, a);
    CHECK(std::find(info.begin(), info.end(), FormField::FeeWaiverReason) == info.end());
    a.fee_waiver = true;
    info = ui::step_fields(ApplyStep::Info, a);
    CHECK(std::find(info.begin(), info.end(), FormField::FeeWaiverReason) != info.end());
    // Every field core checks is on exactly the step step_of names.
    for (FormField x : core::fields_for(a)) {
        auto on = ui::step_fields(ui::step_of(x), a);
        CHECK(std::find(on.begin(), on.end(), x) != on.end());
    }
    CHECK(ui::next_step(ApplyStep::Signature) == ApplyStep::Review);
    CHECK(ui::previous_step(ApplyStep::Applicant) == ApplyStep::Applicant);
}

TEST_CASE("number fields open the number pad, ID numbers with X", "[apply][form]") {
    core::Application a;
    CHECK(ui::default_mode(FormField::IdNumber, a) == ui::InputMode::Digits);
    CHECK(ui::digit_extra(FormField::IdNumber, a) == ui::DigitExtra::IdX);
    CHECK(ui::default_mode(FormField::Phone, a) == ui::InputMode::Digits);
    CHECK(ui::digit_extra(FormField::Phone, a) == ui::DigitExtra::Dash);
    CHECK(ui::default_mode(FormField::Postcode, a) == ui::InputMode::Digits);
    CHECK(ui::default_mode(FormField::Name, a) == ui::InputMode::Pinyin);
    a.id_type = core::kIdTypes[3];  // a passport number has letters
    CHECK(ui::default_mode(FormField::IdNumber, a) == ui::InputMode::Latin);
}

TEST_CASE("leaving a field keeps what was typed — a problem gets its words, a fix clears them", "[apply][form]") {
    ApplyView v;
    ui::begin_edit(v, FormField::IdNumber);
    ui::type_text(v, "110105194912310021");  // last digit wrong (…002X is right)
    CHECK_FALSE(ui::end_edit(v, kToday));
    CHECK(v.draft.id_number == "110105194912310021");  // kept, not cleared
    REQUIRE(v.errors.count(FormField::IdNumber));
    CHECK(v.errors[FormField::IdNumber].find("身份证") != std::string::npos);
    // Correcting the last character: the editor opens with the text, so only one key is needed.
    ui::begin_edit(v, FormField::IdNumber);
    CHECK(v.buffer == "110105194912310021");
    ui::backspace(v);
    ui::type_text(v, "x");
    CHECK(ui::end_edit(v, kToday));
    CHECK(v.draft.id_number == "11010519491231002X");  // normalised once it passes
    CHECK_FALSE(v.errors.count(FormField::IdNumber));
    // Backspace removes a whole character, even one outside the BMP.
    ui::begin_edit(v, FormField::Name);
    ui::type_text(v, "王𪚥");
    ui::backspace(v);
    CHECK(v.buffer == "王");
}

TEST_CASE("a step cannot be left with a problem on it", "[apply][form]") {
    ApplyView v;
    CHECK_FALSE(ui::check_step(v, kToday));  // empty name and ID
    CHECK(v.step_blocked);
    CHECK(v.errors.count(FormField::Name));
    v.draft.name = "刘䶮";
    v.draft.id_number = "11010519491231002X";
    CHECK(ui::check_step(v, kToday));
    CHECK(v.errors.empty());
    v.step = ApplyStep::Signature;
    CHECK_FALSE(ui::check_step(v, kToday));
    v.draft.signature = {{10, 10, false}, {500, 600, false}, {500, 600, true}};
    CHECK(ui::check_step(v, kToday));
}

TEST_CASE("wipe leaves nothing personal, and keeps whether the kiosk can accept", "[apply][form]") {
    ApplyView v;
    v.can_accept = true;
    v.draft.name = "𠮷田";
    v.draft.phone = "13912345678";
    v.draft.signature = {{1, 2, false}, {3, 4, false}};
    v.buffer = "typed";
    v.editing = FormField::Phone;
    v.errors[FormField::Phone] = "x";
    CHECK(v.has_personal_data());
    ui::wipe(v);
    CHECK_FALSE(v.has_personal_data());
    CHECK(v.draft.name.empty());
    CHECK(v.draft.signature.empty());
    CHECK_FALSE(v.editing);
    CHECK(v.errors.empty());
    CHECK(v.step == ApplyStep::Applicant);
    CHECK(v.can_accept);
}

TEST_CASE("a text field opens on the tab this visitor last picked in one, and number fields keep their pad", "[apply][form]") {
    ApplyView v;
    ui::begin_edit(v, FormField::Name);
    CHECK(v.mode == ui::InputMode::Pinyin);  // the default, nothing picked yet
    ui::set_mode(v, ui::InputMode::Handwriting);
    CHECK(v.mode == ui::InputMode::Handwriting);
    ui::end_edit(v, "2026-12-07");

    ui::begin_edit(v, FormField::Workplace);
    CHECK(v.mode == ui::InputMode::Handwriting);  // remembered
    ui::end_edit(v, "2026-12-07");

    // A number field opens on its pad, and a tab picked there is not taken for the text fields.
    ui::begin_edit(v, FormField::Phone);
    CHECK(v.mode == ui::InputMode::Digits);
    ui::set_mode(v, ui::InputMode::Latin);
    ui::end_edit(v, "2026-12-07");
    ui::begin_edit(v, FormField::Address);
    CHECK(v.mode == ui::InputMode::Handwriting);
    // The last one picked counts: ABC in a text field.
    ui::set_mode(v, ui::InputMode::Latin);
    ui::end_edit(v, "2026-12-07");
    ui::begin_edit(v, FormField::InfoName);
    CHECK(v.mode == ui::InputMode::Latin);
    ui::end_edit(v, "2026-12-07");
    // A Latin field (e-mail) keeps opening on ABC whatever was picked elsewhere.
    ui::begin_edit(v, FormField::Email);
    CHECK(v.mode == ui::InputMode::Latin);
    ui::end_edit(v, "2026-12-07");

    // The visit ends (the idle reset, leaving the form): back to the default.
    ui::wipe(v);
    ui::begin_edit(v, FormField::Name);
    CHECK(v.mode == ui::InputMode::Pinyin);
}

TEST_CASE("部件 is a tab of name fields only and remembered for them, outside them its user writes by hand", "[apply][form]") {
    using ui::InputMode;
    auto has_parts = [](FormField f) {
        const auto tabs = ui::input_tabs(f);
        return std::find(tabs.begin(), tabs.end(), InputMode::Parts) != tabs.end();
    };
    CHECK(has_parts(FormField::Name));
    CHECK(has_parts(FormField::ContactName));
    CHECK(has_parts(FormField::LegalRep));
    CHECK_FALSE(has_parts(FormField::Address));
    CHECK_FALSE(has_parts(FormField::Workplace));
    // Next to 手写, the other tabs in their usual order.
    CHECK(ui::input_tabs(FormField::Name) == std::vector<InputMode>{InputMode::Pinyin, InputMode::Handwriting,
                                                                     InputMode::Parts, InputMode::Latin, InputMode::Digits});
    CHECK(ui::input_tabs(FormField::Address) ==
          std::vector<InputMode>{InputMode::Pinyin, InputMode::Handwriting, InputMode::Latin, InputMode::Digits});

    ApplyView v;
    ui::begin_edit(v, FormField::Name);
    ui::set_mode(v, InputMode::Parts);
    CHECK(v.mode == InputMode::Parts);
    ui::end_edit(v, "2026-12-07");
    // A text field without 部件: the visitor never picked another tab, so 手写 (they write by finger).
    ui::begin_edit(v, FormField::Workplace);
    CHECK(v.mode == InputMode::Handwriting);
    ui::set_mode(v, InputMode::Parts);  // not offered here: nothing changes
    CHECK(v.mode == InputMode::Handwriting);
    ui::end_edit(v, "2026-12-07");
    // The next name field opens on 部件 again.
    ui::begin_edit(v, FormField::ContactName);
    CHECK(v.mode == InputMode::Parts);
    ui::end_edit(v, "2026-12-07");

    // Pinyin picked first, then 部件: outside names it is pinyin again.
    ApplyView w;
    ui::begin_edit(w, FormField::Address);
    ui::set_mode(w, InputMode::Pinyin);
    ui::end_edit(w, "2026-12-07");
    ui::begin_edit(w, FormField::Name);
    ui::set_mode(w, InputMode::Parts);
    ui::end_edit(w, "2026-12-07");
    ui::begin_edit(w, FormField::Address);
    CHECK(w.mode == InputMode::Pinyin);
    ui::end_edit(w, "2026-12-07");
    // The last tab picked counts: 手写 in a name field replaces 部件 for the next one.
    ui::begin_edit(w, FormField::Name);
    CHECK(w.mode == InputMode::Parts);
    ui::set_mode(w, InputMode::Handwriting);
    ui::end_edit(w, "2026-12-07");
    ui::begin_edit(w, FormField::ContactName);
    CHECK(w.mode == InputMode::Handwriting);

    // The visit ends: back to 拼音.
    ui::wipe(w);
    ui::begin_edit(w, FormField::Name);
    CHECK(w.mode == InputMode::Pinyin);
}

TEST_CASE("person names are the fields where rare characters are put apart", "[apply][form]") {
    CHECK(ui::is_person_name(FormField::Name));
    CHECK(ui::is_person_name(FormField::ContactName));
    CHECK(ui::is_person_name(FormField::LegalRep));
    CHECK_FALSE(ui::is_person_name(FormField::Address));
    CHECK_FALSE(ui::is_person_name(FormField::InfoName));
}
