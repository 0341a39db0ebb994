// test_receipt_print.cpp — the receipt on paper: a one-page PDF, and a printer that is not there is an error that
// comes back in bounded time (the kiosk then says to photograph the screen). Printing that works is tested end to
// end against a private cupsd (tests/print_receipt.sh).
#include <catch2/catch.hpp>

#include <chrono>

#include "platform/receipt_print.h"

using kiosk::platform::ReceiptSheet;

namespace {

ReceiptSheet sheet() {
    ReceiptSheet s;
    s.office = "安澜县石桥镇人民政府";
    s.receipt.number = "CY01-20261124-0013";
    s.receipt.received_at = "2026-11-24 09:30";
    s.receipt.reply_by.date = "2026-12-22";
    s.receipt.extended_by.date = "2027-01-20";
    s.receipt.reply_days = 20;
    s.receipt.extension_days = 20;
    return s;
}

}  // namespace

TEST_CASE("the receipt renders as a one-page PDF", "[print]") {
    std::string error;
    const std::string pdf = kiosk::platform::render_receipt_pdf(sheet(), &error);
    REQUIRE(error.empty());
    CHECK(pdf.rfind("%PDF-", 0) == 0);
    CHECK(pdf.find("/Count 1") != std::string::npos);  // one page
    // Text is drawn as outlines (see receipt_print.cpp): a longer number draws more.
    ReceiptSheet longer = sheet();
    longer.office = "安澜县石桥镇人民政府安澜县石桥镇人民政府安澜县石桥镇人民政府";
    CHECK(kiosk::platform::render_receipt_pdf(longer, &error).size() > pdf.size());
}

TEST_CASE("a printer that is not there fails with a reason, in bounded time", "[print]") {
    std::string error;
    const auto start = std::chrono::steady_clock::now();
    // Port 9 (discard) on this machine: nothing listens, so the connection is refused at once.
    CHECK_FALSE(kiosk::platform::send_pdf_to_printer("ipp://127.0.0.1:9/ipp/print", "%PDF-1.5", "t", 3000, &error));
    CHECK_FALSE(error.empty());
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
    error.clear();
    CHECK_FALSE(kiosk::platform::send_pdf_to_printer("no-such-queue-here", "%PDF-1.5", "t", 3000, &error));
    CHECK_FALSE(error.empty());
}
