// application_pdf.cpp — see application_pdf.h.
#include "tools/application_pdf.h"

#include <cairo.h>
#include <unistd.h>

#include <cstdio>

#include "core/base/strings_zh.h"
#include "platform/pdf_text.h"

namespace kiosk::tools {

namespace {

constexpr double kPageW = 595.28, kPageH = 841.89;  // A4 in points
constexpr double kMargin = 56;

struct Writer {
    cairo_t* cr;
    double y = kMargin;

    // One block of text at the left margin, wrapped to the page, moving y below it; a new page when full.
    void text(const std::string& markup_free, double size, bool bold = false, double indent = 0) {
        const platform::PdfText block(cr, markup_free, kPageW - 2 * kMargin - indent, size, bold);
        if (y + block.height() > kPageH - kMargin) {
            cairo_show_page(cr);
            y = kMargin;
        }
        block.draw(kMargin + indent, y);
        y += block.height() + size * 0.35;
    }
    void field(const char* label, const std::string& value) {
        if (value.empty()) return;
        text(std::string(label) + "：" + value, 11.5);
    }
};

}  // namespace

bool write_application_pdf(const core::Application& a, const PdfHeader& h, const std::string& path,
                           std::string* error) {
    using core::FormField;
    const std::string tmp = path + ".tmp";
    platform::PdfDocument pdf(tmp, kPageW, kPageH);
    if (pdf.status() != CAIRO_STATUS_SUCCESS) {
        *error = tmp + ": " + cairo_status_to_string(pdf.status());
        return false;
    }
    cairo_t* cr = pdf.cr();
    Writer w{cr};
    w.text(str::kPdfTitle, 20, true);
    w.text(std::string(str::kPdfReceivedBy) + h.office, 11);
    w.text(std::string(str::kPdfReceiptNumber) + h.receipt_number + "    " + str::kPdfReceivedAt + h.received_at, 11);
    w.y += 6;
    w.text(std::string(str::kPdfApplicant) + core::applicant_kind_zh(a.kind), 13, true);
    auto field = [&](FormField f, const std::string& v) { w.field(core::form_field_zh(f), v); };
    if (a.kind == core::ApplicantKind::Citizen) {
        field(FormField::Name, a.name);
        field(FormField::Workplace, a.workplace);
        field(FormField::IdType, a.id_type);
        field(FormField::IdNumber, a.id_number);
    } else {
        field(FormField::OrgName, a.org_name);
        field(FormField::CreditCode, a.credit_code);
        field(FormField::OrgKind, core::organisation_kind_zh(a.org_kind));
        field(FormField::LegalRep, a.legal_rep);
        field(FormField::ContactName, a.contact_name);
    }
    field(FormField::Phone, a.phone);
    field(FormField::Address, a.address);
    field(FormField::Postcode, a.postcode);
    field(FormField::Email, a.email);
    w.y += 6;
    w.text(str::kPdfWanted, 13, true);
    field(FormField::InfoName, a.info_name);
    field(FormField::InfoDocNo, a.info_doc_no);
    field(FormField::InfoDescription, a.info_description);
    w.field(str::kPdfForm, core::provide_form_zh(a.form));
    field(FormField::Delivery, core::delivery_zh(a.delivery));
    w.field(str::kPdfFeeWaiver, a.fee_waiver ? str::kPdfYes : str::kPdfNo);
    field(FormField::FeeWaiverReason, a.fee_waiver_reason);
    w.field(str::kPdfFilledDate, a.filled_date);

    // The signature, in a box 240 × 90 pt, from its points (0–1000 on both axes).
    w.text(std::string(core::form_field_zh(FormField::Signature)) + "：", 11.5);
    const double bx = kMargin, by = w.y, bw = 240, bh = 90;
    if (by + bh > kPageH - kMargin) cairo_show_page(cr);
    cairo_set_line_width(cr, 0.6);
    cairo_rectangle(cr, bx, by, bw, bh);
    cairo_stroke(cr);
    cairo_set_line_width(cr, 1.6);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    bool pen = false;
    for (const auto& p : a.signature) {
        const double x = bx + p.x / 1000.0 * bw, y = by + p.y / 1000.0 * bh;
        if (!pen) cairo_move_to(cr, x, y);
        else cairo_line_to(cr, x, y);
        pen = !p.pen_up;
        if (p.pen_up) cairo_stroke(cr);
    }
    cairo_stroke(cr);
    std::string pdf_error;
    if (!pdf.finish(&pdf_error)) {
        *error = tmp + ": " + pdf_error;
        ::unlink(tmp.c_str());
        return false;
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        *error = path + ": cannot rename";
        ::unlink(tmp.c_str());
        return false;
    }
    return true;
}

}  // namespace kiosk::tools
