// apply_form.cpp — see apply_form.h.
#include "ui/request/apply_form.h"

#include <algorithm>

#include "core/base/utf8.h"
#include "core/base/strings_zh.h"

namespace kiosk::ui {

using core::Application;
using core::FormField;

namespace {

constexpr std::size_t kMaxBufferBytes = 4000;  // far above any field's limit: the check says "too long" in words

bool resident_id(const Application& app) { return app.id_type == core::kIdTypes[0]; }

// Overwrites a string's characters before dropping them, so a wiped draft does not linger in freed memory.
void scrub(std::string& s) {
    std::fill(s.begin(), s.end(), '\0');
    s.clear();
    s.shrink_to_fit();
}

}  // namespace

bool ApplyView::has_personal_data() const {
    const Application& a = draft;
    for (const std::string* s : {&a.name, &a.workplace, &a.id_number, &a.org_name, &a.credit_code, &a.legal_rep,
                                 &a.contact_name, &a.phone, &a.address, &a.postcode, &a.email, &a.info_description,
                                 &a.fee_waiver_reason, &buffer}) {
        if (!s->empty()) return true;
    }
    return !a.signature.empty();
}

std::vector<FormField> step_fields(ApplyStep step, const Application& app) {
    switch (step) {
        case ApplyStep::Applicant:
            if (app.kind == core::ApplicantKind::Citizen)
                return {FormField::Name, FormField::IdNumber, FormField::IdType, FormField::Workplace};
            return {FormField::OrgName, FormField::CreditCode, FormField::OrgKind, FormField::LegalRep,
                    FormField::ContactName};
        case ApplyStep::Contact:
            return {FormField::Phone, FormField::Address, FormField::Postcode, FormField::Email};
        case ApplyStep::Info: {
            std::vector<FormField> f = {FormField::InfoName, FormField::InfoDocNo, FormField::InfoDescription,
                                        FormField::Delivery};
            if (app.fee_waiver) f.push_back(FormField::FeeWaiverReason);
            return f;
        }
        case ApplyStep::Signature: return {FormField::Signature};
        case ApplyStep::Review:
        case ApplyStep::Receipt: return {};
    }
    return {};
}

ApplyStep step_of(FormField field) {
    switch (field) {
        case FormField::Name: case FormField::Workplace: case FormField::IdType: case FormField::IdNumber:
        case FormField::OrgName: case FormField::CreditCode: case FormField::LegalRep: case FormField::ContactName:
        case FormField::OrgKind:
            return ApplyStep::Applicant;
        case FormField::Phone: case FormField::Address: case FormField::Postcode: case FormField::Email:
            return ApplyStep::Contact;
        case FormField::InfoName: case FormField::InfoDocNo: case FormField::InfoDescription:
        case FormField::Delivery: case FormField::FeeWaiverReason:
            return ApplyStep::Info;
        case FormField::Signature: return ApplyStep::Signature;
    }
    return ApplyStep::Applicant;
}

bool is_choice(FormField field) {
    return field == FormField::IdType || field == FormField::OrgKind || field == FormField::Delivery ||
           field == FormField::Signature;
}

bool is_optional(FormField field, const Application& app) {
    switch (field) {
        case FormField::Workplace: case FormField::InfoDocNo: case FormField::InfoDescription: return true;
        case FormField::Postcode: return app.delivery != core::Delivery::Post;
        case FormField::Email: return app.delivery != core::Delivery::Email;
        default: return false;
    }
}

InputMode default_mode(FormField field, const Application& app) {
    switch (field) {
        case FormField::IdNumber: return resident_id(app) ? InputMode::Digits : InputMode::Latin;
        case FormField::Phone: case FormField::Postcode: return InputMode::Digits;
        case FormField::CreditCode: case FormField::Email: return InputMode::Latin;
        default: return InputMode::Pinyin;
    }
}

DigitExtra digit_extra(FormField field, const Application& app) {
    if (field == FormField::IdNumber && resident_id(app)) return DigitExtra::IdX;
    if (field == FormField::Phone) return DigitExtra::Dash;
    return DigitExtra::None;
}

std::string* field_slot(Application& a, FormField f) {
    switch (f) {
        case FormField::Name: return &a.name;
        case FormField::Workplace: return &a.workplace;
        case FormField::IdType: return &a.id_type;
        case FormField::IdNumber: return &a.id_number;
        case FormField::OrgName: return &a.org_name;
        case FormField::CreditCode: return &a.credit_code;
        case FormField::LegalRep: return &a.legal_rep;
        case FormField::ContactName: return &a.contact_name;
        case FormField::Phone: return &a.phone;
        case FormField::Address: return &a.address;
        case FormField::Postcode: return &a.postcode;
        case FormField::Email: return &a.email;
        case FormField::InfoName: return &a.info_name;
        case FormField::InfoDocNo: return &a.info_doc_no;
        case FormField::InfoDescription: return &a.info_description;
        case FormField::FeeWaiverReason: return &a.fee_waiver_reason;
        case FormField::OrgKind: case FormField::Delivery: case FormField::Signature: return nullptr;
    }
    return nullptr;
}

const std::string& field_text(const Application& app, FormField field) {
    static const std::string empty;
    const std::string* s = field_slot(const_cast<Application&>(app), field);
    return s ? *s : empty;
}

const char* field_message(const Application& app, FormField field, std::string_view today) {
    // core words the messages (the same ones the whole check gives), so ask it about a copy of the whole.
    Application copy = app;
    for (const core::FieldError& e : core::check_application(copy, today)) {
        if (e.field == field) return e.message_zh;
    }
    return nullptr;
}

void begin_edit(ApplyView& view, FormField field) {
    view.editing = field;
    view.buffer = field_text(view.draft, field);
    view.mode = default_mode(field, view.draft);
    if (view.mode == InputMode::Pinyin && view.text_mode) view.mode = *view.text_mode;
    if (view.mode == InputMode::Parts && !is_person_name(field))
        view.mode = view.text_mode_not_parts.value_or(InputMode::Handwriting);
}

void set_mode(ApplyView& view, InputMode mode) {
    if (mode == InputMode::Parts && !(view.editing && is_person_name(*view.editing))) return;
    view.mode = mode;
    if (view.editing && default_mode(*view.editing, view.draft) == InputMode::Pinyin) {
        view.text_mode = mode;
        if (mode != InputMode::Parts) view.text_mode_not_parts = mode;
    }
}

bool is_person_name(FormField field) {
    return field == FormField::Name || field == FormField::ContactName || field == FormField::LegalRep;
}

std::vector<InputMode> input_tabs(FormField field) {
    if (is_person_name(field))
        return {InputMode::Pinyin, InputMode::Handwriting, InputMode::Parts, InputMode::Latin, InputMode::Digits};
    return {InputMode::Pinyin, InputMode::Handwriting, InputMode::Latin, InputMode::Digits};
}

bool end_edit(ApplyView& view, std::string_view today) {
    if (!view.editing) return true;
    const FormField f = *view.editing;
    view.editing.reset();
    std::string* slot = field_slot(view.draft, f);
    if (!slot) return true;
    *slot = view.buffer;  // kept as typed, whatever the check says
    scrub(view.buffer);
    const char* message = field_message(view.draft, f, today);
    if (message) {
        view.errors[f] = message;
    } else {
        view.errors.erase(f);
        const core::FieldCheck c = core::check_application_field(f, view.draft, *slot, today);
        if (c.ok()) *slot = c.normalized;  // shown back the way it will be stored (full-width digits folded, X)
    }
    // A change can settle another field's problem (a description makes the name optional): look again.
    for (auto it = view.errors.begin(); it != view.errors.end();) {
        if (it->first != f && !field_message(view.draft, it->first, today)) it = view.errors.erase(it);
        else ++it;
    }
    return message == nullptr;
}

void type_text(ApplyView& view, std::string_view text) {
    if (view.buffer.size() + text.size() > kMaxBufferBytes) return;
    view.buffer.append(text);
}

void backspace(ApplyView& view) {
    core::pop_code_point(view.buffer);
}

bool check_step(ApplyView& view, std::string_view today) {
    bool ok = true;
    for (const FormField f : step_fields(view.step, view.draft)) {
        if (const char* m = field_message(view.draft, f, today)) {
            view.errors[f] = m;
            ok = false;
        } else {
            view.errors.erase(f);
        }
    }
    view.step_blocked = !ok;
    return ok;
}

ApplyStep next_step(ApplyStep s) {
    return s >= ApplyStep::Review ? s : static_cast<ApplyStep>(static_cast<int>(s) + 1);
}

ApplyStep previous_step(ApplyStep s) {
    return s == ApplyStep::Applicant || s == ApplyStep::Receipt ? s : static_cast<ApplyStep>(static_cast<int>(s) - 1);
}

void wipe(ApplyView& view) {
    Application& a = view.draft;
    for (std::string* s : {&a.name, &a.workplace, &a.id_type, &a.id_number, &a.org_name, &a.credit_code, &a.legal_rep,
                           &a.contact_name, &a.phone, &a.address, &a.postcode, &a.email, &a.info_name, &a.info_doc_no,
                           &a.info_description, &a.fee_waiver_reason, &a.filled_date, &view.buffer}) {
        scrub(*s);
    }
    std::fill(a.signature.begin(), a.signature.end(), core::SignaturePoint{});
    a.signature.clear();
    a.signature.shrink_to_fit();
    const bool can_accept = view.can_accept;
    std::optional<core::Receipt> visit_receipt = std::move(view.visit_receipt);
    view = ApplyView{};
    view.can_accept = can_accept;
    view.visit_receipt = std::move(visit_receipt);
}

void end_visit(ApplyView& view) {
    wipe(view);
    view.visit_receipt.reset();
}

}  // namespace kiosk::ui
