// application.h — a request for government information (政府信息公开申请) as the form collects it.
//
// The fields follow Art. 29 of the 2019 Regulation and the usual paper form (shared/domain.md): who applies
// (a citizen, or a legal person or other organisation, with the fields each needs), what information is wanted, in
// what form and by which channel, whether a fee waiver is asked. Plain data, so the form screen can hold a draft and
// a test can build one by hand. check_application_field() is what the form calls as each field is left;
// check_application() checks and normalises the whole before the review page.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/requests/field_check.h"

namespace kiosk::core {

enum class ApplicantKind { Citizen, Organisation };  // 公民 / 法人或其他组织
// The annual report counts organisations by these kinds (shared/domain.md, "Annual report figures").
enum class OrganisationKind { Business, Research, PublicWelfare, LegalService, Other };
enum class ProvideForm { Paper, Electronic };                 // 纸质 / 电子
enum class Delivery { Pickup, Post, Email, OnSite };          // 自行领取 / 邮寄 / 电子邮件 / 当场查阅或抄录

// One point of a finger signature, in the signature pad's own units (0–1000 on both axes); a stroke ends where
// `pen_up` is set.
struct SignaturePoint {
    std::uint16_t x = 0, y = 0;
    bool pen_up = false;
};

struct Application {
    ApplicantKind kind = ApplicantKind::Citizen;
    // 公民
    std::string name;            // 姓名
    std::string workplace;       // 工作单位 (optional)
    std::string id_type = "居民身份证";  // 证件名称
    std::string id_number;       // 证件号码
    // 法人或其他组织
    std::string org_name;        // 名称
    std::string credit_code;     // 统一社会信用代码
    std::string legal_rep;       // 法定代表人
    std::string contact_name;    // 联系人姓名
    OrganisationKind org_kind = OrganisationKind::Other;
    // Both
    std::string phone;           // 联系电话 (联系人电话 for organisations)
    std::string address;         // 通信地址
    std::string postcode;        // 邮政编码
    std::string email;           // 电子邮箱 (optional unless delivery is by e-mail)
    // What is wanted
    std::string info_name;       // 所需信息名称
    std::string info_doc_no;     // 文号 (optional)
    std::string info_description;  // 内容描述
    ProvideForm form = ProvideForm::Paper;
    Delivery delivery = Delivery::Pickup;
    bool fee_waiver = false;     // 申请减免费用
    std::string fee_waiver_reason;
    std::vector<SignaturePoint> signature;
    std::string filled_date;     // YYYY-MM-DD, set by the kiosk's clock
};

// The form's fields, for messages next to them and for the order of the review page.
enum class FormField {
    Name, Workplace, IdType, IdNumber, OrgName, CreditCode, LegalRep, ContactName, OrgKind, Phone, Address, Postcode,
    Email, InfoName, InfoDocNo, InfoDescription, Delivery, FeeWaiverReason, Signature,
};

// Identity documents the form offers; only 居民身份证 numbers carry a check digit that can be verified here.
inline constexpr const char* kIdTypes[] = {"居民身份证", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "护照",
                                           "外国人永久居留身份证", "其他证件"};

struct FieldError {
    FormField field;
    FieldProblem problem;
    const char* message_zh;  // the words next to the field
};

// Checks one field as typed, in the context of the rest (e.g. the postcode is required only for delivery by post).
// The value is not changed; the normalised form is in the result.
FieldCheck check_application_field(FormField field, const Application& app, std::string_view typed,
                                   std::string_view today);
// Which fields this application shows (a citizen has no credit code, an organisation no ID number).
std::vector<FormField> fields_for(const Application& app);
// Checks every field the application shows; on success replaces each value by its normalised form. Returns the
// problems, in form order (empty = ready to submit).
std::vector<FieldError> check_application(Application& app, std::string_view today);

// The application as text, one "key=value" line per field (newlines and backslashes escaped), for sealing; and back.
std::string serialize_application(const Application& app);
bool parse_application(std::string_view text, Application* out);

const char* applicant_kind_zh(ApplicantKind k);
const char* organisation_kind_zh(OrganisationKind k);
const char* provide_form_zh(ProvideForm f);
const char* delivery_zh(Delivery d);
const char* form_field_zh(FormField f);

}  // namespace kiosk::core
