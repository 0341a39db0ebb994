// qr_code.cpp — see qr_code.h.
#include "core/requests/qr_code.h"

#include <qrencode.h>

#include <string>

namespace kiosk::core {

std::optional<QrMatrix> make_qr(std::string_view text) {
    if (text.empty()) return std::nullopt;
    const std::string s(text);  // libqrencode wants a NUL-terminated string
    // 8-bit mode with the length given: exact bytes, whatever the text holds (receipt numbers are plain ASCII).
    QRcode* code = QRcode_encodeData(static_cast<int>(s.size()), reinterpret_cast<const unsigned char*>(s.data()), 0,
                                     QR_ECLEVEL_M);
    if (!code) return std::nullopt;
    QrMatrix m;
    m.size = code->width;
    m.modules.resize(static_cast<std::size_t>(m.size) * m.size);
    for (std::size_t i = 0; i < m.modules.size(); ++i) m.modules[i] = code->data[i] & 1;  // bit 0: dark
    QRcode_free(code);
    return m;
}

}  // namespace kiosk::core
