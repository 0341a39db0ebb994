// pdf_text.cpp — see pdf_text.h.
//
// Pango lays the text out with fontconfig's fonts: Noto Sans CJK first, and for the rare characters of names the
// faces fontconfig falls back to (HanaMin, which fonts-hanazono registers), so 刘䶮 or 𠮷田 prints as written.
//
// Text goes into the PDF as outlines, not as embedded fonts: cairo 1.16's CFF subsetter drops some Noto CJK glyphs
// (如 among them, so 刘如 printed as 刘) from the embedded font, and paper must show every character. Neither PDF
// needs selectable text: the receipt is for printing, and the CSV beside the office's PDFs carries the text to copy.
#include "platform/pdf_text.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

namespace kiosk::platform {
namespace {

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

PdfDocument::PdfDocument(const std::string& path, double width, double height)
    : surface_(cairo_pdf_surface_create(path.c_str(), width, height)), cr_(cairo_create(surface_)) {
    cairo_set_source_rgb(cr_, 0, 0, 0);
}

PdfDocument::PdfDocument(std::string* out, double width, double height)
    : surface_(cairo_pdf_surface_create_for_stream(append_bytes, out, width, height)), cr_(cairo_create(surface_)) {
    cairo_set_source_rgb(cr_, 0, 0, 0);
}

PdfDocument::~PdfDocument() {
    cairo_destroy(cr_);
    cairo_surface_destroy(surface_);
}

cairo_status_t PdfDocument::status() const { return cairo_surface_status(surface_); }

bool PdfDocument::finish(std::string* error) {
    if (!finished_) {
        finished_ = true;
        cairo_show_page(cr_);
        cairo_surface_finish(surface_);
    }
    const cairo_status_t s = status();
    if (s == CAIRO_STATUS_SUCCESS) return true;
    if (error) *error = cairo_status_to_string(s);
    return false;
}

PdfText::PdfText(cairo_t* cr, const std::string& text, double width, double size, bool bold)
    : cr_(cr), layout_(pango_cairo_create_layout(cr)) {
    PangoFontDescription* font = pango_font_description_from_string("Noto Sans CJK SC");
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    if (bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(layout_, font);
    pango_font_description_free(font);
    pango_layout_set_width(layout_, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout_, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(layout_, text.c_str(), -1);
    int w = 0, h = 0;
    pango_layout_get_size(layout_, &w, &h);
    height_ = static_cast<double>(h) / PANGO_SCALE;
}

PdfText::~PdfText() { g_object_unref(layout_); }

void PdfText::draw(double x, double y) const {
    cairo_move_to(cr_, x, y);
    pango_cairo_layout_path(cr_, layout_);
    cairo_fill(cr_);
}

double draw_pdf_text(cairo_t* cr, const std::string& text, double x, double y, double width, double size, bool bold) {
    const PdfText block(cr, text, width, size, bold);
    block.draw(x, y);
    return block.height();
}

}  // namespace kiosk::platform
