// csv_reader.cpp — see csv_reader.h.
#include "core/base/csv_reader.h"

#include <set>

#include "core/base/strings_zh.h"
#include "core/base/text_format.h"

namespace kiosk::core {

namespace {

constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";  // U+3000

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

const std::string kEmpty;

}  // namespace

std::string_view trim_spaces(std::string_view s) {
    for (;;) {
        if (!s.empty() && is_ascii_space(s.front())) {
            s.remove_prefix(1);
        } else if (s.substr(0, 3) == kIdeographicSpace) {
            s.remove_prefix(3);
        } else {
            break;
        }
    }
    for (;;) {
        if (!s.empty() && is_ascii_space(s.back())) {
            s.remove_suffix(1);
        } else if (s.size() >= 3 && s.substr(s.size() - 3) == kIdeographicSpace) {
            s.remove_suffix(3);
        } else {
            break;
        }
    }
    return s;
}

CsvParseResult parse_csv(std::string_view text) {
    CsvParseResult result;
    const std::size_t n = text.size();
    std::size_t i = 0;
    int line = 1;

    while (i < n) {
        CsvRecord rec;
        rec.line = line;
        bool record_done = false;
        while (!record_done) {
            std::string field;
            // Skip leading spaces so that `a, "b"` is still a quoted field.
            std::size_t j = i;
            while (j < n && is_ascii_space(text[j])) ++j;
            if (j < n && text[j] == '"') {
                i = j + 1;
                const int quote_line = line;
                bool closed = false;
                while (i < n) {
                    const char c = text[i];
                    if (c == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            field.push_back('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        ++i;
                        break;
                    }
                    if (c == '\r' && i + 1 < n && text[i + 1] == '\n') {
                        ++i;  // keep "\n" only
                        continue;
                    }
                    if (c == '\n') ++line;
                    field.push_back(c);
                    ++i;
                }
                if (!closed) {
                    result.issues.push_back({quote_line, "", str::kErrCsvUnclosedQuote.zh,
                                             str::kErrCsvUnclosedQuote.en});
                }
                // After the closing quote only spaces may come before the separator.
                bool stray = false;
                while (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                    if (!is_ascii_space(text[i])) stray = true;
                    ++i;
                }
                if (stray) {
                    result.issues.push_back({rec.line, "", str::kErrCsvTextAfterQuote.zh,
                                             str::kErrCsvTextAfterQuote.en});
                }
            } else {
                const std::size_t start = i;
                while (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') ++i;
                field = std::string(trim_spaces(text.substr(start, i - start)));
            }
            rec.fields.push_back(std::move(field));

            if (i >= n) {
                record_done = true;
            } else if (text[i] == ',') {
                ++i;  // at the very end ("a,b,"), the loop reads one more, empty field
            } else {
                if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
                ++i;
                ++line;
                record_done = true;
            }
        }
        bool all_empty = true;
        for (const auto& f : rec.fields) {
            if (!f.empty()) {
                all_empty = false;
                break;
            }
        }
        if (!all_empty) result.records.push_back(std::move(rec));
    }
    return result;
}

CsvTable CsvTable::parse(std::string_view text, const std::vector<std::string>& known_columns,
                         const std::vector<std::string>& required_columns) {
    CsvTable t;
    CsvParseResult parsed = parse_csv(text);
    t.issues_ = std::move(parsed.issues);
    if (parsed.records.empty()) {
        t.issues_.push_back({1, "", str::kErrCsvNoHeader.zh, str::kErrCsvNoHeader.en});
        return t;
    }
    const int header_line = parsed.records[0].line;
    t.header_ = std::move(parsed.records[0].fields);
    const std::set<std::string> known(known_columns.begin(), known_columns.end());
    for (std::size_t c = 0; c < t.header_.size(); ++c) {
        const std::string& name = t.header_[c];
        if (name.empty()) {
            t.issues_.push_back({header_line, "", format_text(str::kErrCsvEmptyColumn.zh, static_cast<int>(c + 1)),
                                 format_text(str::kErrCsvEmptyColumn.en, static_cast<int>(c + 1))});
        } else if (known.count(name) == 0) {
            t.issues_.push_back({header_line, name, str::kErrCsvUnknownColumn.zh, str::kErrCsvUnknownColumn.en});
        } else if (!t.index_.emplace(name, c).second) {
            t.issues_.push_back({header_line, name, str::kErrCsvDuplicateColumn.zh, str::kErrCsvDuplicateColumn.en});
        }
    }
    for (const auto& req : required_columns) {
        if (t.index_.count(req) == 0) {
            t.issues_.push_back({header_line, req, str::kErrCsvMissingColumn.zh, str::kErrCsvMissingColumn.en});
        }
    }
    for (std::size_t r = 1; r < parsed.records.size(); ++r) {
        CsvRecord& rec = parsed.records[r];
        if (rec.fields.size() > t.header_.size()) {
            // Extra cells that are all empty are harmless (a spreadsheet's trailing commas); others mean misaligned data.
            bool extra_nonempty = false;
            for (std::size_t k = t.header_.size(); k < rec.fields.size(); ++k) {
                if (!rec.fields[k].empty()) extra_nonempty = true;
            }
            if (extra_nonempty) {
                t.issues_.push_back({rec.line, "",
                                     format_text(str::kErrCsvTooManyCells.zh, static_cast<int>(rec.fields.size()),
                                                 static_cast<int>(t.header_.size())),
                                     format_text(str::kErrCsvTooManyCells.en, static_cast<int>(rec.fields.size()),
                                                 static_cast<int>(t.header_.size()))});
                continue;
            }
            rec.fields.resize(t.header_.size());
        }
        rec.fields.resize(t.header_.size());
        t.rows_.push_back(std::move(rec));
    }
    return t;
}

const std::string& CsvTable::get(std::size_t row, const std::string& name) const {
    const auto it = index_.find(name);
    if (it == index_.end()) return kEmpty;
    return rows_[row].fields[it->second];
}

}  // namespace kiosk::core
