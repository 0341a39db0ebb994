// widgets.h — the kiosk's touch widgets on top of Dear ImGui.
//
// Every widget is finger-sized (Theme::touch), says its label in words, records what it shows in the probe, and
// treats a drag as a drag, not a tap. Text is wrapped by the Chinese line breaker in kiosk/text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ui/kit/ui_context.h"

namespace kiosk::ui {

enum class ButtonKind { Primary, Secondary, OnHeader };
// ChevronDown / ChevronUp come after the label (a button that opens or closes a panel below it); the others before.
enum class Icon { None, Catalog, Guide, Fee, Apply, Info, Notice, Back, Home, ChevronDown, ChevronUp, Stop };

// The width button() gives a label (and icon) when asked to fit it.
float button_fit_width(const Ui& ui, const char* label, Icon icon = Icon::None);
// A button at the cursor; `width` 0 = fit the label. Returns true when tapped (released on it without a drag).
// `height` 0 = the theme's touch size.
bool button(Ui& ui, const char* label, float width, ButtonKind kind, Icon icon = Icon::None, float height = 0);
// Text cut at max_lines ends with …: a finding of the layout check (a title must be whole), unless it is a Preview of
// words shown whole one tap away (a search hit's snippet, a summary in a list).
enum class TextCut { Finding, Preview };
// Wrapped text with some byte ranges marked (search matches): the marked characters get a highlight behind them.
struct Mark {
    std::uint32_t begin, end;
};
float text_at_marked(Ui& ui, text::FontRole role, std::string_view s, ImU32 color, ImVec2 pos, float width,
                     int max_lines, const std::vector<Mark>& marks, ImU32 mark_color, TextCut cut = TextCut::Finding);

// A big home-screen tile with a pictogram, a label and a one-line hint, filling `size`: the pictogram above the
// words (Stacked) or to their left (Beside, for short wide tiles when the text is large).
enum class TileLayout { Stacked, Beside };
bool tile(Ui& ui, const char* id, const char* label, const char* hint, Icon icon, ImU32 color, ImVec2 size,
          TileLayout layout = TileLayout::Stacked);
// The smallest tile that holds that label and hint whole in that layout.
ImVec2 tile_needs(const Ui& ui, const char* label, const char* hint, TileLayout layout);
// Whether a box of `corner` size fits in the top-right corner of a tile of `size` without touching its pictogram or words.
bool tile_corner_free(const Ui& ui, const char* label, const char* hint, ImVec2 size, TileLayout layout, ImVec2 corner);
// A filter chip; selected chips are filled.
bool chip(Ui& ui, const std::string& label, bool selected);
ImVec2 chip_size(const Ui& ui, const std::string& label);
// Lays chips out left to right, wrapping at `width`; returns the index tapped or -1.
int chip_flow(Ui& ui, const std::vector<std::string>& labels, int selected, float width);
float chip_flow_height(const Ui& ui, const std::vector<std::string>& labels, float width);
// A card that is tapped as a whole; draws nothing itself. Returns true when tapped; `pressed` tells if held.
// `kind` names what it is in the probe (e.g. "document"), for scripts that count them.
bool card_area(Ui& ui, const char* id, ImVec2 size, bool* pressed, const std::string& probe_label,
               const char* kind = "");

// Wrapped text at the cursor, advancing it. `width` 0 = the rest of the line.
void text(Ui& ui, text::FontRole role, std::string_view s, ImU32 color, float width = 0);
// Draws wrapped text in a fixed place without moving the cursor; returns the height used.
float text_at(Ui& ui, text::FontRole role, std::string_view s, ImU32 color, ImVec2 pos, float width, int max_lines = 0,
              TextCut cut = TextCut::Finding);
// The height that text() would take.
float text_height(const Ui& ui, text::FontRole role, std::string_view s, float width, int max_lines = 0);
// What a field being typed into shows: the text whole while it takes at most `max_lines` lines of `width`, else its
// first characters give way to "…", so the newest characters stay in view.
std::string end_in_view(const Ui& ui, text::FontRole role, std::string s, float width, int max_lines);

// A small label with a border and words, e.g. the validity badge. Drawn at pos; returns its size.
ImVec2 badge(Ui& ui, ImVec2 pos, std::string_view label, ImU32 color);
ImVec2 badge_size(const Ui& ui, std::string_view label);

void draw_icon(ImDrawList* dl, Icon icon, ImVec2 center, float size, ImU32 color);

// A vertically scrolling region the size of `size` at the cursor: finger drag scrolls with inertia, the wheel too.
void begin_scroll(Ui& ui, const char* id, ImVec2 size);
void end_scroll(Ui& ui);
// A full-screen question or card over everything, the page dimmed under it (and, for the layout check, covered);
// the body font pushed. Ends with end_overlay().
void begin_overlay(Ui& ui, const char* id);
void end_overlay();

}  // namespace kiosk::ui
