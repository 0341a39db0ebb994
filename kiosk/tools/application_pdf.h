// application_pdf.h — one application as a printable A4 PDF (cairo + pango), for the office's file.
//
// Pango lays the Chinese text out with fontconfig's fonts (Noto CJK, and HanaMin for the rare characters of names,
// which fonts-hanazono registers), so 刘䶮 or 𠮷田 prints as written. The finger signature is drawn from its points.
#pragma once

#include <string>

#include "core/requests/application.h"

namespace kiosk::tools {

struct PdfHeader {
    std::string office;          // who received it
    std::string receipt_number;
    std::string received_at;
};

// False with *error on failure; the file is written to a temp name and renamed.
bool write_application_pdf(const core::Application& app, const PdfHeader& header, const std::string& path,
                           std::string* error);

}  // namespace kiosk::tools
