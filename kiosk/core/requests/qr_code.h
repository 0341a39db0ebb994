// qr_code.h — a QR code as a matrix of modules (libqrencode), for the receipt screen.
//
// The screen draws each dark module as a filled square; keeping the encoder behind this one function leaves the
// drawing code free of libqrencode and lets a unit test look at the matrix itself (finder patterns, size).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace kiosk::core {

struct QrMatrix {
    int size = 0;                        // modules per side (21 for version 1, +4 per version)
    std::vector<std::uint8_t> modules;   // size*size, row by row; 1 = dark
    bool dark(int x, int y) const { return modules[static_cast<std::size_t>(y) * size + x] != 0; }
};

// Error correction level M (15 % of the code may be smudged or creased and it still reads). nullopt for empty text
// or text too long for any QR version.
std::optional<QrMatrix> make_qr(std::string_view text);

}  // namespace kiosk::core
