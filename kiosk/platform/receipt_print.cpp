// receipt_print.cpp — see receipt_print.h.
#include "platform/receipt_print.h"

#include <cairo.h>
#include <cups/cups.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "core/base/civil_date.h"
#include "core/requests/qr_code.h"
#include "core/base/strings_zh.h"
#include "platform/pdf_text.h"

namespace kiosk::platform {
namespace {

constexpr double kPageW = 419.53, kPageH = 595.28;  // A5 in points: big enough for large type, half the paper of A4
constexpr double kMargin = 36;

std::string fmt(const char* f, auto... args) {
    char buf[1024];
    std::snprintf(buf, sizeof buf, f, args...);
    return buf;
}

}  // namespace

std::string render_receipt_pdf(const ReceiptSheet& sheet, std::string* error) {
    std::string out;
    PdfDocument pdf(&out, kPageW, kPageH);
    cairo_t* cr = pdf.cr();
    const core::Receipt& r = sheet.receipt;
    const double w = kPageW - 2 * kMargin;
    double y = kMargin;
    y += draw_pdf_text(cr, str::kReceiptPaperTitle, kMargin, y, w, 18, true) + 8;
    if (!sheet.office.empty())
        y += draw_pdf_text(cr, fmt(str::kReceiptPaperOfficeFmt, sheet.office.c_str()), kMargin, y, w, 11, false) + 6;
    // The number and the QR code side by side: the number is what the applicant reads out on the phone.
    const double qr_side = 96;
    const double text_w = w - qr_side - 12;
    const double top = y;
    y += draw_pdf_text(cr, str::kReceiptNumber, kMargin, y, text_w, 11, false);
    y += draw_pdf_text(cr, r.number, kMargin, y, text_w, 20, true) + 6;
    y += draw_pdf_text(cr, fmt(str::kReceiptTimeFmt, r.received_at.c_str()), kMargin, y, text_w, 11, false) + 4;
    if (auto qr = core::make_qr(r.number)) {
        const double cell = qr_side / (qr->size + 2);  // a quiet zone of one module each side
        for (int qy = 0; qy < qr->size; ++qy)
            for (int qx = 0; qx < qr->size; ++qx)
                if (qr->dark(qx, qy))
                    cairo_rectangle(cr, kMargin + w - qr_side + (qx + 1) * cell, top + (qy + 1) * cell, cell, cell);
        cairo_fill(cr);
        draw_pdf_text(cr, str::kReceiptQrHint, kMargin + w - qr_side, top + qr_side + 2, qr_side, 7.5, false);
    }
    y = std::max(y, top + qr_side + 16) + 6;
    y += draw_pdf_text(cr, fmt(str::kReceiptDeadlineFmt, core::chinese_date(r.reply_by.date).c_str()), kMargin, y, w,
                       14, true);
    y += draw_pdf_text(cr, fmt(str::kReceiptDeadlineNoteFmt, r.reply_days), kMargin, y, w, 11, false) + 4;
    y += draw_pdf_text(cr, fmt(str::kReceiptExtendFmt, r.extension_days, core::chinese_date(r.extended_by.date).c_str()),
                       kMargin, y, w, 11, false) + 8;
    y += draw_pdf_text(cr, str::kReceiptNext, kMargin, y, w, 11, false) + 8;
    draw_pdf_text(cr, str::kReceiptPaperKeep, kMargin, y, w, 11, true);
    if (!pdf.finish(error)) return {};
    return out;
}

bool send_pdf_to_printer(const std::string& printer, const std::string& pdf, const std::string& title, int timeout_ms,
                         std::string* error) {
    auto fail = [&](const std::string& what) {
        if (error) *error = what + ": " + cupsLastErrorString();
        return false;
    };
    const bool direct = printer.rfind("ipp://", 0) == 0 || printer.rfind("ipps://", 0) == 0;
    if (!direct) {
        // A queue of the local cupsd (or CUPS_SERVER's): the scheduler spools it and drives the printer.
        const int job = cupsCreateJob(CUPS_HTTP_DEFAULT, printer.c_str(), title.c_str(), 0, nullptr);
        if (job <= 0) return fail("create job on " + printer);
        if (cupsStartDocument(CUPS_HTTP_DEFAULT, printer.c_str(), job, "receipt.pdf", CUPS_FORMAT_PDF, 1) !=
                HTTP_STATUS_CONTINUE ||
            cupsWriteRequestData(CUPS_HTTP_DEFAULT, pdf.data(), pdf.size()) != HTTP_STATUS_CONTINUE ||
            cupsFinishDocument(CUPS_HTTP_DEFAULT, printer.c_str()) > IPP_STATUS_OK_EVENTS_COMPLETE) {
            fail("send document to " + printer);
            cupsCancelJob2(CUPS_HTTP_DEFAULT, printer.c_str(), job, 0);
            return false;
        }
        return true;
    }
    // An IPP printer by its address: no cupsd needed, and a connection that gives up after timeout_ms.
    cups_dest_t* dest = cupsGetDestWithURI("receipt", printer.c_str());
    if (!dest) return fail("no such printer " + printer);
    char resource[256];
    http_t* http = cupsConnectDest(dest, CUPS_DEST_FLAGS_DEVICE, timeout_ms, nullptr,
                                   resource, sizeof resource, nullptr, nullptr);
    if (!http) { cupsFreeDests(1, dest); return fail("cannot connect to " + printer); }
    bool ok = false;
    std::string what;
    cups_dinfo_t* info = cupsCopyDestInfo(http, dest);
    int job = 0;
    if (!info) what = "printer attributes";
    else if (cupsCreateDestJob(http, dest, info, &job, title.c_str(), 0, nullptr) > IPP_STATUS_OK_EVENTS_COMPLETE)
        what = "create job";
    else if (cupsStartDestDocument(http, dest, info, job, "receipt.pdf", CUPS_FORMAT_PDF, 0, nullptr, 1) !=
             HTTP_STATUS_CONTINUE)
        what = "start document";
    else if (cupsWriteRequestData(http, pdf.data(), pdf.size()) != HTTP_STATUS_CONTINUE)
        what = "send document";
    else if (cupsFinishDestDocument(http, dest, info) > IPP_STATUS_OK_EVENTS_COMPLETE)
        what = "finish document";
    else
        ok = true;
    if (!ok) fail(what + " on " + printer);
    if (info) cupsFreeDestInfo(info);
    httpClose(http);
    cupsFreeDests(1, dest);
    return ok;
}

ReceiptPrinter::~ReceiptPrinter() {
    if (thread_.joinable()) thread_.join();
}

void ReceiptPrinter::print(const ReceiptSheet& sheet) {
    if (!enabled() || state_.load() == PrintState::Printing) return;
    if (thread_.joinable()) thread_.join();
    state_.store(PrintState::Printing);
    thread_ = std::thread([this, sheet] {
        std::string error;
        const std::string pdf = render_receipt_pdf(sheet, &error);
        const bool ok = !pdf.empty() && send_pdf_to_printer(printer_, pdf, str::kReceiptPaperTitle, 5000, &error);
        // The receipt number is not personal; it lets staff match a complaint about a missing paper to the log.
        if (ok) std::fprintf(stderr, "kiosk: receipt %s printed on %s\n", sheet.receipt.number.c_str(), printer_.c_str());
        else std::fprintf(stderr, "kiosk: receipt %s not printed: %s\n", sheet.receipt.number.c_str(), error.c_str());
        state_.store(ok ? PrintState::Printed : PrintState::Failed);
    });
}

}  // namespace kiosk::platform
