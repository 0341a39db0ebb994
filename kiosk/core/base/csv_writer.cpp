// csv_writer.cpp — see csv_writer.h.
//
// Every CSV the kiosk writes is opened by an office in WPS or Excel, and much of it holds what somebody typed: a
// visitor's name and address on a request, the words the public searched for. A cell such as =HYPERLINK(…) or
// @SUM(…) would be run by the spreadsheet as a formula the moment staff open the file (CSV injection), so every cell
// goes through csv_cell, which does what OWASP's "CSV Injection" page recommends:
//
// - A cell whose first character is = + - @, a tab or a carriage return gets a single quote ' in front, so the
//   spreadsheet shows it as text. The full-width ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20) count too: a Chinese
//   input method types them as easily as the ASCII ones, Excel and WPS in East Asian settings may read them as the
//   ASCII operator, and OWASP lists them with the rest. Leading spaces (ASCII and the ideographic U+3000) are looked
//   past first, since a spreadsheet that trims cells on import would otherwise meet the formula after all.
// - A cell that is entirely a plain number (an optional + or -, digits, at most one decimal point: -3, +86,
//   +8613912345678, -0.5) is left as it is. A spreadsheet reads it as that number and runs nothing, and a quote
//   in front would only make staff see '-3. Anything more after a sign ("+86 139 1234 5678", "-3+1") is guarded:
//   readable as '+86 139 1234 5678, never computed.
// - Then RFC 4180: a cell holding a comma, a double quote, CR or LF is put in double quotes, and each double quote
//   in it is doubled. A cell starting or ending with a space, tab or U+3000 is quoted too, because readers (our
//   csv_reader.h among them) trim unquoted cells and the space would be lost.
//
// The guard changes what a cell holds by one leading character; the office reads the words unchanged after it.
#include "core/base/csv_writer.h"

#include "core/base/utf8.h"

namespace kiosk::core {

namespace {

bool is_formula_start(char32_t c) {
    switch (c) {
        case U'=': case U'+': case U'-': case U'@': case U'\t': case U'\r':
        case U'\uFF1D': case U'\uFF0B': case U'\uFF0D': case U'\uFF20':
            return true;
        default:
            return false;
    }
}

// Optional sign, digits, optionally '.' and more digits: a number a spreadsheet reads as a number.
bool is_plain_number(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t digits = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
    if (digits == 0) return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        std::size_t decimals = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++decimals;
        if (decimals == 0) return false;
    }
    return i == s.size();
}

bool is_trimmed_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\v' || c == U'\f' || c == U'\u3000'; }

bool needs_guard(std::string_view v) {
    std::size_t i = 0;
    while (i < v.size()) {
        const std::size_t at = i;
        const char32_t c = next_code_point(v, i);
        if (c == U' ' || c == U'\u3000') continue;
        return is_formula_start(c) && !is_plain_number(v.substr(at));
    }
    return false;
}

bool needs_quotes(std::string_view v) {
    if (v.find_first_of(",\"\r\n") != std::string_view::npos) return true;
    if (v.empty()) return false;
    std::size_t i = 0;
    if (is_trimmed_space(next_code_point(v, i))) return true;
    const std::size_t last = code_point_start(v, v.size() - 1);
    i = last;
    return is_trimmed_space(next_code_point(v, i));
}

}  // namespace

std::string csv_cell(std::string_view value) {
    std::string v = needs_guard(value) ? "'" + std::string(value) : std::string(value);
    if (!needs_quotes(v)) return v;
    std::string quoted = "\"";
    for (const char c : v) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string csv_row(const std::vector<std::string>& cells, std::string_view line_end) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out += ',';
        out += csv_cell(cells[i]);
    }
    out += line_end;
    return out;
}

}  // namespace kiosk::core
