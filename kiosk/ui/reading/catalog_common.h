// catalog_common.h — pieces shared by the catalog list, the document page and (later) search results.
#pragma once

#include "core/content/content_model.h"
#include "ui/kit/ui_context.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

const char* validity_label(core::Validity v);
ImU32 validity_color(const Theme& t, core::Validity v);

// Search matches to show on a card: marked parts of the title, and a snippet of the body with its own marks.
struct CardMarks {
    std::vector<Mark> title;
    std::string snippet;
    std::vector<Mark> snippet_marks;
};
inline constexpr ImU32 kMarkColor = IM_COL32(0xFF, 0xE0, 0x66, 255);  // highlighter yellow; text on it stays dark

// What a card says under its title: 文号 · date · issuer (Full), or only 文号 · date (Short: at big sizes, where every
// line counts; the issuer is on the document's page, one tap away).
enum class CardMeta { Full, Short };

// One document in a list: the title whole, however many lines it takes, then the meta line and the validity badge —
// at the end of the title's last line when they fit there, else on a line of their own — and the snippet if any.
// Recorded in the probe as a "document". Returns true when tapped.
bool document_card(Ui& ui, const core::DocumentSummary& doc, float width, const CardMarks& marks = {},
                   CardMeta meta = CardMeta::Full);

using core::fee_standard_label;

}  // namespace kiosk::ui
