// catalog_common.h — pieces shared by the catalog list, the document page and (later) search results.
#pragma once

#include "core/content_model.h"
#include "ui/ui_context.h"

namespace kiosk::ui {

const char* validity_label(core::Validity v);
ImU32 validity_color(const Theme& t, core::Validity v);

// One document in a list: title (two lines at most), then 文号 · date · issuer, and the validity badge.
// Returns true when tapped.
bool document_card(Ui& ui, const core::DocumentSummary& doc, float width);

}  // namespace kiosk::ui
