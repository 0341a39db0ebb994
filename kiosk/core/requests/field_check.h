// field_check.h — checks for the request form's fields, as the applicant types.
//
// Each check takes what was typed and returns it normalised (full-width digits and letters to ASCII, a lower-case x
// in an ID number to X, spaces dropped where they cannot belong) with the problem, if any. The form keeps what was
// typed when a check fails — the applicant corrects it rather than starting again — so these never throw text
// away. The rules are those of shared/domain.md: 居民身份证 (GB 11643 check digit), 统一社会信用代码 (GB 32100
// check character), mainland mobile and landline numbers, 6-digit postcodes.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::core {

enum class FieldProblem {
    None,
    Required,        // empty but required
    TooLong,         // more characters than the field takes
    BadLength,       // an ID, code, number or postcode of the wrong length
    BadCharacters,   // characters the field cannot hold (a letter in a phone number, I/O/S/V/Z in a credit code)
    BadDate,         // the birth date inside an ID number is not a real, past date
    BadCheckDigit,   // the last character does not match the others: a digit was mistyped
    BadFormat,       // not a mobile/landline number, not an e-mail address
};

struct FieldCheck {
    FieldProblem problem = FieldProblem::None;
    std::string normalized;  // the value to store when problem is None (and what to show back to the applicant)
    bool ok() const { return problem == FieldProblem::None; }
};

// `today` (YYYY-MM-DD) bounds the birth date inside the number.
FieldCheck check_resident_id(std::string_view typed, std::string_view today);
FieldCheck check_credit_code(std::string_view typed);     // 统一社会信用代码
FieldCheck check_phone(std::string_view typed);           // mobile 1xxxxxxxxxx, or landline 0xx(x)-xxxxxxx(x)
FieldCheck check_mobile(std::string_view typed);
FieldCheck check_postcode(std::string_view typed);
FieldCheck check_email(std::string_view typed, bool required);
// Free text: trimmed; required or not; at most `max_chars` code points; no control characters except newlines.
FieldCheck check_text(std::string_view typed, bool required, std::size_t max_chars);

// The GB 11643 check character of the first 17 digits ('0'–'9' or 'X'); 0 if they are not 17 digits.
char resident_id_check_char(std::string_view first17);
// The GB 32100 check character of the first 17 characters; 0 if any is outside the code's alphabet.
char credit_code_check_char(std::string_view first17);

// What kind of value a field holds, for choosing the words of its message.
enum class FieldKind { ResidentId, CreditCode, Phone, Mobile, Postcode, Email, Text };

// The plain Chinese sentence shown next to a field with this problem ("" for None).
const char* problem_message_zh(FieldProblem problem, FieldKind kind);

}  // namespace kiosk::core
