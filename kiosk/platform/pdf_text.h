// pdf_text.h — a PDF drawn with cairo, its Chinese text laid out by pango: the printed receipt and the office's
// application PDF (kioskctl).
#pragma once

#include <cairo.h>

#include <string>

typedef struct _PangoLayout PangoLayout;

namespace kiosk::platform {

// A PDF being drawn in black ink, page sizes in points.
class PdfDocument {
public:
    PdfDocument(const std::string& path, double width, double height);  // written to a file
    PdfDocument(std::string* out, double width, double height);         // appended to *out
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    cairo_t* cr() const { return cr_; }
    // Not CAIRO_STATUS_SUCCESS: the surface could not be made (a file that cannot be created) or broke since.
    cairo_status_t status() const;
    // Ends the last page and writes out the rest. False with *error (cairo's words).
    bool finish(std::string* error);

private:
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cr_ = nullptr;
    bool finished_ = false;
};

// A block of text in the PDF's Chinese face, `size` points, wrapped to `width` points.
class PdfText {
public:
    PdfText(cairo_t* cr, const std::string& text, double width, double size, bool bold = false);
    ~PdfText();
    PdfText(const PdfText&) = delete;
    PdfText& operator=(const PdfText&) = delete;

    double height() const { return height_; }
    void draw(double x, double y) const;  // (x, y): its top left

private:
    cairo_t* cr_;
    PangoLayout* layout_;
    double height_ = 0;
};

// Draws `text` wrapped to `width` with its top left at (x, y); returns its height.
double draw_pdf_text(cairo_t* cr, const std::string& text, double x, double y, double width, double size,
                     bool bold = false);

}  // namespace kiosk::platform
