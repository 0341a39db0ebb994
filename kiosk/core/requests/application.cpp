// application.cpp — see application.h.
#include "core/requests/application.h"

#include <cstdio>
#include <cstdlib>

#include "core/base/strings_zh.h"
#include "core/base/utf8.h"

namespace kiosk::core {

namespace {

// Sane lengths, in characters: room for every real name and address, not for a pasted essay.
constexpr std::size_t kShort = 40, kMedium = 100, kLong = 200, kDescription = 1000;

FieldCheck text(std::string_view typed, bool required, std::size_t max) { return check_text(typed, required, max); }

const std::string& value_of(const Application& a, FormField f) {
    static const std::string empty;
    switch (f) {
        case FormField::Name: return a.name;
        case FormField::Workplace: return a.workplace;
        case FormField::IdType: return a.id_type;
        case FormField::IdNumber: return a.id_number;
        case FormField::OrgName: return a.org_name;
        case FormField::CreditCode: return a.credit_code;
        case FormField::LegalRep: return a.legal_rep;
        case FormField::ContactName: return a.contact_name;
        case FormField::Phone: return a.phone;
        case FormField::Address: return a.address;
        case FormField::Postcode: return a.postcode;
        case FormField::Email: return a.email;
        case FormField::InfoName: return a.info_name;
        case FormField::InfoDocNo: return a.info_doc_no;
        case FormField::InfoDescription: return a.info_description;
        case FormField::FeeWaiverReason: return a.fee_waiver_reason;
        default: return empty;
    }
}

// The typed text of a field, or nullptr for the fields that are choices rather than text.
std::string* slot_of(Application& a, FormField f) {
    if (f == FormField::OrgKind || f == FormField::Delivery || f == FormField::Signature) return nullptr;
    return const_cast<std::string*>(&value_of(a, f));
}

FieldKind kind_of(FormField f, const Application& a) {
    switch (f) {
        case FormField::IdNumber: return a.id_type == kIdTypes[0] ? FieldKind::ResidentId : FieldKind::Text;
        case FormField::CreditCode: return FieldKind::CreditCode;
        case FormField::Phone: return FieldKind::Phone;
        case FormField::Postcode: return FieldKind::Postcode;
        case FormField::Email: return FieldKind::Email;
        default: return FieldKind::Text;
    }
}

bool is_id_type(std::string_view t) {
    for (const char* k : kIdTypes) {
        if (t == k) return true;
    }
    return false;
}

// Messages that are about the combination of choices rather than one typed value.
const char* special_message(FormField f, const Application& a, FieldProblem p) {
    if (f == FormField::InfoName && p == FieldProblem::Required) return str::kInfoNeedsWords;
    if (f == FormField::Delivery) return str::kPaperByEmail;
    if (f == FormField::IdType) return str::kIdTypeUnknown;
    if (f == FormField::Signature) return str::kSignatureMissing;
    (void)a;
    return nullptr;
}

std::string escape(std::string_view v) {
    std::string out;
    for (const char c : v) {
        if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else out += c;
    }
    return out;
}

std::string unescape(std::string_view v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 1 < v.size()) {
            ++i;
            out += v[i] == 'n' ? '\n' : v[i];
        } else {
            out += v[i];
        }
    }
    return out;
}

}  // namespace

std::vector<FormField> fields_for(const Application& a) {
    std::vector<FormField> f;
    if (a.kind == ApplicantKind::Citizen) {
        f = {FormField::Name, FormField::Workplace, FormField::IdType, FormField::IdNumber};
    } else {
        f = {FormField::OrgName, FormField::CreditCode, FormField::OrgKind, FormField::LegalRep, FormField::ContactName};
    }
    for (FormField x : {FormField::Phone, FormField::Address, FormField::Postcode, FormField::Email, FormField::InfoName,
                        FormField::InfoDocNo, FormField::InfoDescription, FormField::Delivery}) {
        f.push_back(x);
    }
    if (a.fee_waiver) f.push_back(FormField::FeeWaiverReason);
    f.push_back(FormField::Signature);
    return f;
}

FieldCheck check_application_field(FormField field, const Application& a, std::string_view typed,
                                   std::string_view today) {
    switch (field) {
        case FormField::Name: return text(typed, true, kShort);
        case FormField::Workplace: return text(typed, false, kMedium);
        case FormField::IdType: {
            FieldCheck c = text(typed, true, kShort);
            if (c.ok() && !is_id_type(c.normalized)) c.problem = FieldProblem::BadFormat;
            return c;
        }
        case FormField::IdNumber: {
            if (a.id_type == kIdTypes[0]) return check_resident_id(typed, today);
            FieldCheck c = text(nfkc_fold(typed), true, kShort);
            return c;
        }
        case FormField::OrgName: return text(typed, true, kMedium);
        case FormField::CreditCode: return check_credit_code(typed);
        case FormField::LegalRep: return text(typed, true, kShort);
        case FormField::ContactName: return text(typed, true, kShort);
        case FormField::OrgKind: return {FieldProblem::None, organisation_kind_zh(a.org_kind)};
        case FormField::Phone: return check_phone(typed);
        case FormField::Address: return text(typed, true, kLong);
        case FormField::Postcode: {
            // Needed to post the answer; otherwise optional, but checked when given.
            FieldCheck c = check_postcode(typed);
            if (c.problem == FieldProblem::Required && a.delivery != Delivery::Post) c.problem = FieldProblem::None;
            return c;
        }
        case FormField::Email: return check_email(typed, a.delivery == Delivery::Email);
        case FormField::InfoName: return text(typed, a.info_description.empty(), kLong);
        case FormField::InfoDocNo: return text(nfkc_fold(typed), false, kShort);
        case FormField::InfoDescription: return text(typed, false, kDescription);
        case FormField::Delivery:
            return {a.form == ProvideForm::Paper && a.delivery == Delivery::Email ? FieldProblem::BadFormat
                                                                                   : FieldProblem::None,
                    delivery_zh(a.delivery)};
        case FormField::FeeWaiverReason: return text(typed, a.fee_waiver, kLong);
        case FormField::Signature: {
            int strokes_points = 0;
            for (const auto& p : a.signature) strokes_points += p.pen_up ? 0 : 1;
            return {strokes_points >= 2 ? FieldProblem::None : FieldProblem::Required, ""};
        }
    }
    return {FieldProblem::None, std::string(typed)};
}

std::vector<FieldError> check_application(Application& a, std::string_view today) {
    std::vector<FieldError> errors;
    std::vector<std::pair<FormField, std::string>> normalized;
    for (const FormField f : fields_for(a)) {
        const FieldCheck c = check_application_field(f, a, value_of(a, f), today);
        if (!c.ok()) {
            const char* special = special_message(f, a, c.problem);
            errors.push_back({f, c.problem, special ? special : problem_message_zh(c.problem, kind_of(f, a))});
        } else {
            normalized.emplace_back(f, c.normalized);
        }
    }
    if (!errors.empty()) return errors;  // nothing is changed: the applicant corrects what they typed
    for (const auto& [f, v] : normalized) {
        if (std::string* slot = slot_of(a, f)) *slot = v;
    }
    return errors;
}

// ---- Text form for sealing -------------------------------------------------------------------------------------------

std::string serialize_application(const Application& a) {
    std::string out;
    auto line = [&](const char* key, std::string_view v) { out += key; out += '='; out += escape(v); out += '\n'; };
    line("format", "kiosk-application-1");
    line("kind", a.kind == ApplicantKind::Citizen ? "citizen" : "organisation");
    line("name", a.name);
    line("workplace", a.workplace);
    line("id_type", a.id_type);
    line("id_number", a.id_number);
    line("org_name", a.org_name);
    line("credit_code", a.credit_code);
    line("legal_rep", a.legal_rep);
    line("contact_name", a.contact_name);
    line("org_kind", std::to_string(static_cast<int>(a.org_kind)));
    line("phone", a.phone);
    line("address", a.address);
    line("postcode", a.postcode);
    line("email", a.email);
    line("info_name", a.info_name);
    line("info_doc_no", a.info_doc_no);
    line("info_description", a.info_description);
    line("form", std::to_string(static_cast<int>(a.form)));
    line("delivery", std::to_string(static_cast<int>(a.delivery)));
    line("fee_waiver", a.fee_waiver ? "1" : "0");
    line("fee_waiver_reason", a.fee_waiver_reason);
    std::string sig;
    for (const auto& p : a.signature) {
        sig += std::to_string(p.x) + "," + std::to_string(p.y) + (p.pen_up ? ";" : " ");
    }
    line("signature", sig);
    line("filled_date", a.filled_date);
    return out;
}

bool parse_application(std::string_view text, Application* out) {
    Application a;
    bool format_seen = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        const std::string_view l = text.substr(pos, nl - pos);
        pos = nl + 1;
        const std::size_t eq = l.find('=');
        if (eq == std::string_view::npos) return false;
        const std::string key(l.substr(0, eq));
        const std::string v = unescape(l.substr(eq + 1));
        auto small_int = [&](int max) { const int n = std::atoi(v.c_str()); return n < 0 || n > max ? 0 : n; };
        if (key == "format") format_seen = v == "kiosk-application-1";
        else if (key == "kind") a.kind = v == "organisation" ? ApplicantKind::Organisation : ApplicantKind::Citizen;
        else if (key == "name") a.name = v;
        else if (key == "workplace") a.workplace = v;
        else if (key == "id_type") a.id_type = v;
        else if (key == "id_number") a.id_number = v;
        else if (key == "org_name") a.org_name = v;
        else if (key == "credit_code") a.credit_code = v;
        else if (key == "legal_rep") a.legal_rep = v;
        else if (key == "contact_name") a.contact_name = v;
        else if (key == "org_kind") a.org_kind = static_cast<OrganisationKind>(small_int(4));
        else if (key == "phone") a.phone = v;
        else if (key == "address") a.address = v;
        else if (key == "postcode") a.postcode = v;
        else if (key == "email") a.email = v;
        else if (key == "info_name") a.info_name = v;
        else if (key == "info_doc_no") a.info_doc_no = v;
        else if (key == "info_description") a.info_description = v;
        else if (key == "form") a.form = static_cast<ProvideForm>(small_int(1));
        else if (key == "delivery") a.delivery = static_cast<Delivery>(small_int(3));
        else if (key == "fee_waiver") a.fee_waiver = v == "1";
        else if (key == "fee_waiver_reason") a.fee_waiver_reason = v;
        else if (key == "filled_date") a.filled_date = v;
        else if (key == "signature") {
            std::size_t i = 0;
            while (i < v.size()) {
                SignaturePoint p;
                unsigned x = 0, y = 0;
                char end = 0;
                int used = 0;
                if (std::sscanf(v.c_str() + i, "%u,%u%c%n", &x, &y, &end, &used) < 3) return false;
                p.x = static_cast<std::uint16_t>(x > 1000 ? 1000 : x);
                p.y = static_cast<std::uint16_t>(y > 1000 ? 1000 : y);
                p.pen_up = end == ';';
                a.signature.push_back(p);
                i += static_cast<std::size_t>(used);
            }
        }
    }
    if (!format_seen) return false;
    *out = std::move(a);
    return true;
}

// ---- Words ---------------------------------------------------------------------------------------------------------

const char* applicant_kind_zh(ApplicantKind k) {
    return k == ApplicantKind::Citizen ? str::kApplicantCitizen : str::kApplicantOrganisation;
}
const char* organisation_kind_zh(OrganisationKind k) { return str::kOrgKinds[static_cast<int>(k)]; }
const char* provide_form_zh(ProvideForm f) { return f == ProvideForm::Paper ? str::kFormPaper : str::kFormElectronic; }
const char* delivery_zh(Delivery d) { return str::kDeliveries[static_cast<int>(d)]; }
const char* form_field_zh(FormField f) { return str::kFormFieldNames[static_cast<int>(f)]; }

}  // namespace kiosk::core
