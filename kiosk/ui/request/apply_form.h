// apply_form.h — the request form's state on screen and its pure rules: which step shows which fields, which
// keyboard a field opens, what leaving a field does.
//
// The form is five short steps (申请人, 联系方式, 想要的信息, 签名, 核对) so an elderly applicant sees a few big fields at a
// time. A field is filled in an editor with an on-screen keyboard; leaving it checks it (core/requests/application.h) and a
// problem is shown next to it in words. What was typed is always kept, rejected or not: the applicant corrects
// it instead of typing it again. No SDL, no ImGui here, so all of it is unit-tested (tests/unit/test_apply_form.cpp).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/requests/application.h"
#include "core/requests/application_store.h"

namespace kiosk::ui {

// The receipt on paper, as the platform's printer reports it (platform/receipt_print.h). None: no printer configured.
enum class ReceiptPaper { None, Printing, Printed, Failed };

enum class ApplyStep { Applicant = 0, Contact, Info, Signature, Review, Receipt };
inline constexpr int kApplyStepCount = 5;  // the receipt is not a step

// The keyboard a field opens with (the tabs let the applicant switch). 部件 (Parts) is offered in name fields only.
enum class InputMode { Pinyin = 0, Handwriting, Latin, Digits, Parts };
// What the 123 pad offers besides digits: X for a resident ID's last character, '-' for a landline.
enum class DigitExtra { None, IdX, Dash };

// What the form's screen asks for (Action::Kind::Apply; Action::number is the op, Action::id its argument).
enum class ApplyOp {
    Start,          // open a fresh form (the home tile)
    FromDocument,   // open a fresh form for the document on screen (申请此信息): its title and 文号 filled in
    ChooseKind,     // id: ApplicantKind
    EditField,      // id: FormField — open its keyboard
    Type,           // text: what a key or an input method committed
    Backspace, Clear,
    SetMode,        // id: InputMode
    DoneEditing,    // leave the field: check it, keep what was typed
    ChooseIdType,   // id: index in core::kIdTypes
    ChooseOrgKind,  // id: OrganisationKind
    ChooseForm,     // id: ProvideForm
    ChooseDelivery, // id: Delivery
    ChooseFeeWaiver,// id: 0 / 1
    SignPoint,      // id: x * 10000 + y, both 0–1000
    SignPenUp, SignClear,
    Next, Previous,
    EditStep,       // id: ApplyStep — 修改 on the review page
    Submit,         // id: Unix seconds now
    Finish,         // the receipt's 办完了: home
    KeepFilling,    // the 要放弃这份申请吗？ question answered 继续填写: stay where the applicant was
    Abandon,        // answered 放弃: leave the way 返回 / 首页 was asked, the draft wiped
    ShowReceipt,    // 再看一次回执 on the form's start: this visit's receipt again
};

// Where 返回 or 首页 would have taken an applicant who has typed something: asked first, since one stray tap on a
// big top-bar button would otherwise throw away minutes of careful typing.
enum class LeaveAsk { None, Back, Home };

struct ApplyView {
    core::Application draft;
    ApplyStep step = ApplyStep::Applicant;
    std::map<core::FormField, std::string> errors;  // the message next to each field that has a problem
    std::optional<core::FormField> editing;          // the field whose keyboard is open
    std::string buffer;                              // what is typed in it so far
    InputMode mode = InputMode::Digits;
    std::optional<InputMode> text_mode;  // the tab last picked in a Chinese text field (set_mode)
    std::optional<InputMode> text_mode_not_parts;  // the same, 部件 left out: where a 部件 user goes outside names
    bool from_review = false;   // 修改 from the review page: the step's button goes back there
    bool prefilled = false;     // opened from a document's 申请此信息
    bool step_blocked = false;  // 下一步 found problems: say so above the button
    bool can_accept = false;    // the office key is there: applications can be sealed and stored
    std::string notice;         // a failed submit, in words; what was typed stays
    std::optional<core::Receipt> receipt;  // set only after submit returned: the record is on disk
    ReceiptPaper paper = ReceiptPaper::None;  // the receipt's printing, set by the platform
    // The receipt of this visit's last application. A visitor who tapped 返回 or 首页 before copying the number can
    // still see it (再看一次回执); it holds nothing typed, so wipe() keeps it, and only the end of the visit (the idle
    // reset, staff mode closing: end_visit) forgets it.
    std::optional<core::Receipt> visit_receipt;
    LeaveAsk leave_ask = LeaveAsk::None;  // 要放弃这份申请吗？ is on screen
    bool has_personal_data() const;        // something typed or signed that the privacy timeout must wipe
};

// The fields a step shows, in order, for this applicant (choices such as 证件名称 included).
std::vector<core::FormField> step_fields(ApplyStep step, const core::Application& app);
// The step a field is filled in.
ApplyStep step_of(core::FormField field);
// Text fields and the choices among them: choices are tapped, not typed.
bool is_choice(core::FormField field);
// Whether the field may stay empty for this applicant (shown as “可以不填”).
bool is_optional(core::FormField field, const core::Application& app);
InputMode default_mode(core::FormField field, const core::Application& app);
// A person's name (姓名, 联系人姓名, 法定代表人): where rare characters are most wanted.
bool is_person_name(core::FormField field);
// The keyboard tabs a field shows, in order: 拼音 手写 [部件, in name fields] ABC 123.
std::vector<InputMode> input_tabs(core::FormField field);
// The tab the applicant picked while typing in a field. For a Chinese text field (one that opens on 拼音) it is
// remembered for this visitor: their next text field opens on it too, so a handwriting user is not sent back to
// pinyin at every field. 部件 is remembered so too, for the name fields; in other text fields its user gets the tab
// they picked before it, or 手写 (they came to 部件 from writing, not from pinyin). wipe() (the idle reset, leaving
// the form) forgets it. A tab the field does not show (部件 outside names) is not taken.
void set_mode(ApplyView& view, InputMode mode);
DigitExtra digit_extra(core::FormField field, const core::Application& app);

// The typed text of a field (empty for choices and the signature); and a slot to write it.
const std::string& field_text(const core::Application& app, core::FormField field);
std::string* field_slot(core::Application& app, core::FormField field);

// The message core gives this field as the application now stands; nullptr when it is fine.
const char* field_message(const core::Application& app, core::FormField field, std::string_view today);

// Opens the keyboard for a field, with what it holds.
void begin_edit(ApplyView& view, core::FormField field);
// Leaves the field being edited: keeps what was typed (normalised when it passes), sets or clears its message.
// Returns true when it passed.
bool end_edit(ApplyView& view, std::string_view today);
// Typing into the buffer: text appended, one character removed (a whole UTF-8 sequence), cleared.
void type_text(ApplyView& view, std::string_view text);
void backspace(ApplyView& view);

// Checks every field of the current step; sets the messages. True when the step may be left forward.
bool check_step(ApplyView& view, std::string_view today);
// The step after / before the current one.
ApplyStep next_step(ApplyStep s);
ApplyStep previous_step(ApplyStep s);

// Overwrites and drops everything typed or signed (the privacy timeout, 首页, and after a receipt): a fresh form.
// The receipt of the visit is kept (ApplyView::visit_receipt).
void wipe(ApplyView& view);
// wipe() and the visit's receipt too: the next visitor must not find the last one's receipt.
void end_visit(ApplyView& view);

}  // namespace kiosk::ui
