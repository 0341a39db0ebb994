// value_parse.h — reading the values staff type into spreadsheet cells.
//
// People type dates as 2024-05-01, 2024/5/1 or 2024年5月1日, often with full-width digits from a Chinese input method;
// all of them mean one date, so all are accepted and normalised to YYYY-MM-DD, and checked against the real calendar
// (2023-02-29 is a typo, not a date). Numbers and enumerations are just as strict: a value that is not understood is
// an error, never a silent default.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/content_model.h"

namespace kiosk::core {


// "YYYY-MM-DD", "YYYY/M/D" and "YYYY年M月D日" (month and day with one or two digits, full-width digits accepted,
// surrounding spaces ignored) → "YYYY-MM-DD"; nullopt if the spelling is not one of these or the date does not exist.
// Years outside 1900..2199 are rejected as typos.
std::optional<std::string> parse_date(std::string_view s);

// A whole number, optionally signed, full-width digits accepted; nullopt on anything else or on overflow.
std::optional<long long> parse_integer(std::string_view s);

// A decimal number ("580", "1200.5", "0.8"; full-width digits accepted); no units, no thousands separators, no
// exponent, finite. nullopt on anything else.
std::optional<double> parse_number(std::string_view s);

std::optional<Validity> parse_validity(std::string_view s);  // 有效 / 失效 / 废止
std::optional<DayKind> parse_day_kind(std::string_view s);   // 休 / 班
std::optional<bool> parse_yes_no(std::string_view s);        // 是 / 否

// Whether `s` is exactly one of `allowed` (after trimming).
bool is_one_of(std::string_view s, const std::vector<std::string_view>& allowed);

// Splits a list cell on "；" or ";", trims each item and drops empty ones — or, with `keep_empty`, keeps them, for a
// list whose every item matters (an empty synonym is a mistake to report, not a stray separator to forgive).
std::vector<std::string> split_list(std::string_view s, bool keep_empty = false);
// Joins with "；", the separator the content model promises to screens.
std::string join_list(const std::vector<std::string>& items);

// 文号: the year sits in 〔〕 (U+3014/U+3015), but people type [], (), （）, 【】 or ［］. A four-digit year in any of
// those brackets is rewritten to 〔YYYY〕 so the same document number always looks the same; nothing else changes.
std::string normalize_doc_no(std::string_view s);

}  // namespace kiosk::core
