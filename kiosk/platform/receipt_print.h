// receipt_print.h — the request form's receipt on paper: a one-page PDF (cairo + pango) sent to a printer (libcups).
//
// Why here and not in ui/: printing talks to a daemon or a printer over the network and may take seconds or hang, so
// it runs on its own thread owned by the platform; the receipt screen only shows the state it is given.
//
// The printer is either a CUPS queue name (printed through the local cupsd) or an IPP address such as
// ipp://192.168.1.20/ipp/print (IPP Everywhere printers, and ipp-usb for USB ones), spoken to directly: a kiosk
// needs no cupsd for that. The printed receipt holds what the screen shows — number, times, deadlines, the QR code —
// and nothing the applicant typed: the paper may be left at the printer, and print spools keep copies.
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <thread>

#include "core/requests/application_store.h"

namespace kiosk::platform {

struct ReceiptSheet {
    std::string office;     // who received the application (the content's office name)
    core::Receipt receipt;
};

// The receipt as PDF bytes (A5 portrait, large type). Empty with *error when cairo fails.
std::string render_receipt_pdf(const ReceiptSheet& sheet, std::string* error);

// Sends a PDF to `printer` (queue name or ipp:// / ipps:// URI; for a URI it waits at most `timeout_ms` to connect,
// a queue goes through the local scheduler's socket). True once
// the printer accepted the whole document; false with *error (the system's words, for the log).
bool send_pdf_to_printer(const std::string& printer, const std::string& pdf, const std::string& title, int timeout_ms,
                         std::string* error);

enum class PrintState { None, Printing, Printed, Failed };

// One receipt at a time, on a background thread.
class ReceiptPrinter {
public:
    explicit ReceiptPrinter(std::string printer) : printer_(std::move(printer)) {}
    ~ReceiptPrinter();
    ReceiptPrinter(const ReceiptPrinter&) = delete;
    ReceiptPrinter& operator=(const ReceiptPrinter&) = delete;

    bool enabled() const { return !printer_.empty(); }
    // Starts printing (ignored while one is printing). The state is Printing until the thread ends.
    void print(const ReceiptSheet& sheet);
    PrintState state() const { return state_.load(); }

private:
    std::string printer_;
    std::thread thread_;
    std::atomic<PrintState> state_{PrintState::None};
};

}  // namespace kiosk::platform
