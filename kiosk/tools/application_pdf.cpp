// application_pdf.cpp — see application_pdf.h.
#include "tools/application_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>
#include <unistd.h>

#include <cstdio>

#include "core/base/strings_zh.h"

namespace kiosk::tools {

namespace {

constexpr double kPageW = 595.28, kPageH = 841.89;  // A4 in points
constexpr double kMargin = 56;

struct Writer {
    cairo_t* cr;
    double y = kMargin;

    // One block of text at the left margin, wrapped to the page, moving y below it; a new page when full.
    void text(const std::string& markup_free, double size, bool bold = false, double indent = 0) {
        PangoLayout* layout = pango_cairo_create_layout(cr);
        PangoFontDescription* font = pango_font_description_from_string("Noto Sans CJK SC");
        pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
        if (bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
        pango_layout_set_font_description(layout, font);
        pango_layout_set_width(layout, static_cast<int>((kPageW - 2 * kMargin - indent) * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_text(layout, markup_free.c_str(), -1);
        int w = 0, h = 0;
        pango_layout_get_size(layout, &w, &h);
        const double height = static_cast<double>(h) / PANGO_SCALE;
        if (y + height > kPageH - kMargin) {
            cairo_show_page(cr);
            y = kMargin;
        }
        // As outlines, not embedded text: cairo 1.16's CFF subsetter drops some Noto CJK glyphs (如 among them, so
        // 刘如 printed as 刘) from embedded fonts. The CSV beside the PDFs carries the text to copy.
        cairo_move_to(cr, kMargin + indent, y);
        pango_cairo_layout_path(cr, layout);
        cairo_fill(cr);
        y += height + size * 0.35;
        pango_font_description_free(font);
        g_object_unref(layout);
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
    cairo_surface_t* surface = cairo_pdf_surface_create(tmp.c_str(), kPageW, kPageH);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        *error = tmp + ": " + cairo_status_to_string(cairo_surface_status(surface));
        cairo_surface_destroy(surface);
        return false;
    }
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 0, 0, 0);
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
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        *error = tmp + ": " + cairo_status_to_string(status);
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
