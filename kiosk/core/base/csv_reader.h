// csv_reader.h — RFC 4180 CSV over decoded UTF-8 text, as WPS and Excel write it.
//
// Two layers: parse_csv() turns text into records (each remembering the physical line it starts on, because a quoted
// cell may span lines and staff look errors up by the line number their editor shows), and CsvTable maps the header
// row to column names, so sources may put columns in any order and a misspelt column is an error instead of data
// silently dropped.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

struct CsvRecord {
    int line = 0;  // 1-based physical line where the record starts
    std::vector<std::string> fields;
};

struct CsvIssue {
    int line = 0;
    std::string field;  // column name when the issue is about one column, else empty
    std::string zh, en;
};

struct CsvParseResult {
    std::vector<CsvRecord> records;  // header included, as records[0]
    std::vector<CsvIssue> issues;    // malformed quoting; parsing goes on after each
};

// Quoted fields may hold commas, "" for a quote, and line breaks. Unquoted fields are trimmed of surrounding spaces,
// tabs and ideographic spaces (U+3000, which Chinese input methods type easily and no key should end with); quoted
// fields are kept exactly. Records whose every field is empty are skipped: blank lines, and the ",,,," rows that
// spreadsheets write for formatted but empty rows. Accepts "\n" and "\r\n".
CsvParseResult parse_csv(std::string_view text);

// One source table: header → column index, then rows looked up by column name.
class CsvTable {
public:
    // Parses `text` and checks the header against `known_columns`: an unknown or repeated column name, or a missing
    // required one, is an issue on line 1 naming that column. Rows with more cells than the header are issues too
    // (usually an unquoted comma); rows with fewer are padded with empty cells (some tools drop trailing empties).
    static CsvTable parse(std::string_view text, const std::vector<std::string>& known_columns,
                          const std::vector<std::string>& required_columns);

    const std::vector<CsvIssue>& issues() const { return issues_; }
    std::size_t row_count() const { return rows_.size(); }
    int line(std::size_t row) const { return rows_[row].line; }
    bool has_column(const std::string& name) const { return index_.count(name) != 0; }
    // The cell of `row` in column `name`; empty if the header lacks the column.
    const std::string& get(std::size_t row, const std::string& name) const;
    bool empty_header() const { return header_.empty(); }

private:
    std::vector<std::string> header_;
    std::map<std::string, std::size_t> index_;
    std::vector<CsvRecord> rows_;
    std::vector<CsvIssue> issues_;
};

// Trims ASCII whitespace and U+3000 from both ends.
std::string_view trim_spaces(std::string_view s);

}  // namespace kiosk::core
