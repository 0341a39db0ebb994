// field_check.cpp — see field_check.h.
#include "core/requests/field_check.h"

#include "core/base/civil_date.h"
#include "core/base/strings_zh.h"
#include "core/base/utf8.h"

namespace kiosk::core {

namespace {

// GB 32100's alphabet: digits and capitals without I, O, S, V, Z; a character's value is its index.
constexpr std::string_view kCreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

FieldCheck problem(FieldProblem p, std::string normalized) { return {p, std::move(normalized)}; }

// Folds full-width forms, then drops every kind of space and the separators people type inside numbers.
std::string compact(std::string_view typed, bool keep_dash) {
    std::string out;
    for (const char c : nfkc_fold(typed)) {
        if (c == ' ' || c == '\t' || (!keep_dash && c == '-')) continue;
        out += c;
    }
    return out;
}

bool all_digits(std::string_view s) {
    for (const char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return !s.empty();
}

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\n' || s[b] == '\r' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '\r' || s[e - 1] == '\t')) --e;
    return std::string(s.substr(b, e - b));
}

}  // namespace


char resident_id_check_char(std::string_view first17) {
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    if (first17.size() != 17 || !all_digits(first17)) return 0;
    int sum = 0;
    for (int i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
    return "10X98765432"[sum % 11];
}

char credit_code_check_char(std::string_view first17) {
    if (first17.size() != 17) return 0;
    int sum = 0, weight = 1;  // 3^i mod 31
    for (int i = 0; i < 17; ++i) {
        const std::size_t v = kCreditAlphabet.find(first17[i]);
        if (v == std::string_view::npos) return 0;
        sum += static_cast<int>(v) * weight;
        weight = weight * 3 % 31;
    }
    const int check = (31 - sum % 31) % 31;
    return kCreditAlphabet[static_cast<std::size_t>(check)];
}

FieldCheck check_resident_id(std::string_view typed, std::string_view today) {
    std::string id = compact(typed, false);
    if (id.empty()) return problem(FieldProblem::Required, id);
    if (!id.empty() && id.back() == 'x') id.back() = 'X';
    if (id.size() != 18) {
        for (const char c : id) {
            if (!(c >= '0' && c <= '9') && c != 'X') return problem(FieldProblem::BadCharacters, id);
        }
        return problem(FieldProblem::BadLength, id);
    }
    if (!all_digits(std::string_view(id).substr(0, 17)) || !(all_digits(id.substr(17)) || id[17] == 'X')) {
        return problem(FieldProblem::BadCharacters, id);
    }
    const int year = std::stoi(id.substr(6, 4)), month = std::stoi(id.substr(10, 2)), day = std::stoi(id.substr(12, 2));
    const auto today_days = days_from_iso(today);
    if (year < 1880 || !is_valid_civil(year, month, day) ||
        (today_days && days_from_civil(year, month, day) > *today_days)) {
        return problem(FieldProblem::BadDate, id);
    }
    if (resident_id_check_char(std::string_view(id).substr(0, 17)) != id[17]) {
        return problem(FieldProblem::BadCheckDigit, id);
    }
    return problem(FieldProblem::None, id);
}

FieldCheck check_credit_code(std::string_view typed) {
    std::string code = compact(typed, false);
    for (char& c : code) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    if (code.empty()) return problem(FieldProblem::Required, code);
    for (const char c : code) {
        if (kCreditAlphabet.find(c) == std::string_view::npos) return problem(FieldProblem::BadCharacters, code);
    }
    if (code.size() != 18) return problem(FieldProblem::BadLength, code);
    if (credit_code_check_char(std::string_view(code).substr(0, 17)) != code[17]) {
        return problem(FieldProblem::BadCheckDigit, code);
    }
    return problem(FieldProblem::None, code);
}

FieldCheck check_mobile(std::string_view typed) {
    std::string n = compact(typed, false);
    if (n.rfind("+86", 0) == 0) n = n.substr(3);
    if (n.empty()) return problem(FieldProblem::Required, n);
    if (!all_digits(n)) return problem(FieldProblem::BadCharacters, n);
    if (n.size() != 11 || n[0] != '1' || n[1] < '3') return problem(FieldProblem::BadFormat, n);
    return problem(FieldProblem::None, n);
}

FieldCheck check_phone(std::string_view typed) {
    // A landline is stored as "0937-6583016" however it was typed (spaces, brackets, a dash or none).
    std::string raw = compact(typed, true);
    std::string digits;
    for (const char c : raw) {
        if (c >= '0' && c <= '9') digits += c;
        else if (c != '-' && c != '(' && c != ')' && c != '+') return problem(FieldProblem::BadCharacters, raw);
    }
    if (digits.empty()) return problem(FieldProblem::Required, raw);
    if (digits[0] == '1' || raw.rfind("+86", 0) == 0) {
        FieldCheck m = check_mobile(raw);
        return m.problem == FieldProblem::BadCharacters ? problem(FieldProblem::BadFormat, raw) : m;
    }
    if (digits[0] != '0') return problem(FieldProblem::BadFormat, raw);
    // Area codes: 3 digits for the 01x/02x cities (010, 021 … 029), else 4 (0937).
    const std::size_t area = digits[1] == '1' || digits[1] == '2' ? 3 : 4;
    if (digits.size() < area + 7 || digits.size() > area + 8) return problem(FieldProblem::BadFormat, raw);
    if (digits[area] == '0' || digits[area] == '1') return problem(FieldProblem::BadFormat, raw);
    return problem(FieldProblem::None, digits.substr(0, area) + "-" + digits.substr(area));
}

FieldCheck check_postcode(std::string_view typed) {
    const std::string p = compact(typed, false);
    if (p.empty()) return problem(FieldProblem::Required, p);
    if (!all_digits(p)) return problem(FieldProblem::BadCharacters, p);
    if (p.size() != 6) return problem(FieldProblem::BadLength, p);
    return problem(FieldProblem::None, p);
}

FieldCheck check_email(std::string_view typed, bool required) {
    const std::string e = compact(typed, true);
    if (e.empty()) return problem(required ? FieldProblem::Required : FieldProblem::None, e);
    if (e.size() > 254) return problem(FieldProblem::TooLong, e);
    const std::size_t at = e.find('@');
    if (at == std::string::npos || at == 0 || e.find('@', at + 1) != std::string::npos) {
        return problem(FieldProblem::BadFormat, e);
    }
    const std::string domain = e.substr(at + 1);
    const std::size_t dot = domain.rfind('.');
    if (dot == std::string::npos || dot == 0 || dot + 2 > domain.size() || domain.find("..") != std::string::npos) {
        return problem(FieldProblem::BadFormat, e);
    }
    for (const char c : e) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u >= 0x7F) return problem(FieldProblem::BadFormat, e);
    }
    return problem(FieldProblem::None, e);
}

FieldCheck check_text(std::string_view typed, bool required, std::size_t max_chars) {
    const std::string t = trim(typed);
    if (t.empty()) return problem(required ? FieldProblem::Required : FieldProblem::None, t);
    for (const char c : t) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\n') || u == 0x7F) return problem(FieldProblem::BadCharacters, t);
    }
    if (code_point_count(t) > max_chars) return problem(FieldProblem::TooLong, t);
    return problem(FieldProblem::None, t);
}

const char* problem_message_zh(FieldProblem p, FieldKind kind) {
    if (p == FieldProblem::None) return "";
    if (p == FieldProblem::Required) return str::kFieldRequired;
    if (p == FieldProblem::TooLong) return str::kFieldTooLong;
    switch (kind) {
        case FieldKind::ResidentId:
            return p == FieldProblem::BadLength ? str::kIdBadLength
                   : p == FieldProblem::BadDate ? str::kIdBadDate
                   : p == FieldProblem::BadCheckDigit ? str::kIdBadCheck
                                                      : str::kIdBadCharacters;
        case FieldKind::CreditCode:
            return p == FieldProblem::BadLength ? str::kCreditBadLength
                   : p == FieldProblem::BadCheckDigit ? str::kCreditBadCheck
                                                      : str::kCreditBadCharacters;
        case FieldKind::Phone: return str::kPhoneBad;
        case FieldKind::Mobile: return str::kMobileBad;
        case FieldKind::Postcode: return str::kPostcodeBad;
        case FieldKind::Email: return str::kEmailBad;
        case FieldKind::Text: return str::kFieldBadText;
    }
    return str::kFieldBadText;
}

}  // namespace kiosk::core
