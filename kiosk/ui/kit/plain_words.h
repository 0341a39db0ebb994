// plain_words.h — 这是什么？ beside an official term, and the card that explains it in everyday words.
//
// Many visitors are elderly villagers who read little; words such as 依申请公开 or 法人或其他组织 stop them. Each such
// term gets a small 这是什么？ where it first appears on a screen; the explanations are one table in
// core/base/strings_zh.h (str::kPlainWords), so the words are reviewed together with every other word on the kiosk.
//
// The explanation opens as a large card over the page, closed by a big 知道了, rather than expanding inline under the
// term: an inline line pushes the rest of the page down under the reader's finger (and in a scrolled list can open
// out of sight), while the card is large, always in the middle of the screen, leaves the page exactly as it was and
// has one obvious way back. The card takes the screen's input until closed, so a trembling second tap cannot open
// something else behind it.
#pragma once

#include <string>
#include <string_view>

#include "ui/kit/ui_context.h"

namespace kiosk::ui {

// The separator between terms when one 这是什么？ explains several (the document's metadata box).
inline constexpr char kPlainWordSeparator = '|';

// The 这是什么？ button at the cursor (or at `pos` when given), touch-sized: at least 60 px high, 80 px in 长辈模式.
// Returns true when tapped; the screen then emits Action::explain with the term(s). `id` keeps several apart.
bool what_is_this(Ui& ui, const char* id);
ImVec2 what_is_this_size(const Ui& ui);
float what_is_this_height(const Theme& t);

// The card for `terms` (one glossary term, or several joined by kPlainWordSeparator), over the whole screen: each
// term and its one-line explanation in large text, then 知道了. Fits every text size and orientation: when the
// explanations are taller than the screen allows, they scroll and 知道了 stays in view. Returns true on 知道了.
bool explanation_card(Ui& ui, std::string_view terms);

}  // namespace kiosk::ui
