// csv_writer.h — the one way the kiosk writes CSV: RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

// One cell: a formula start defused with a leading ', then quoted if it needs to be (see csv_writer.cpp).
std::string csv_cell(std::string_view value);
// The cells as one record, comma-separated, each through csv_cell, ended by `line_end`.
std::string csv_row(const std::vector<std::string>& cells, std::string_view line_end = "\r\n");

}  // namespace kiosk::core
