// access_bar.h — the reading-comfort bar at the bottom of every screen: text size (标准 / 大 / 特大), 朗读 and
// 长辈模式, each one tap away wherever the reader is; and the place in it kept for the staff chip
// (ui/staff/staff_screen.h).
#pragma once

#include "ui/app_model.h"
#include "ui/screens.h"
#include "ui/kit/ui_context.h"

namespace kiosk::ui {

// The bar's height without a staff chip row (the attract screen keeps a strip this high for the chip).
float access_bar_height(const Ui& ui);

// Where the bar and its parts go. The staff chip, when one is shown, sits in the bar's free middle (after 特大,
// before 长辈模式) when its words fit there; otherwise — big text, a narrow screen — the bar grows by a row of its
// own above the buttons. Either way the chip has a place no control of a screen shares: the screens are laid out
// above the whole bar, so a chip that appears never lies on 下一页 or 下一步.
// 朗读 sits after the sizes when the row has room for it (and for the chip); otherwise it leads a row of its own
// above, which the chip shares.
struct AccessBarLayout {
    Area bar;       // all of it, at the bottom of the window
    Area controls;  // the row of 字号 标准 大 特大 … 长辈模式
    Area chip;      // the staff chip's place (zero-sized when there is no chip)
    Area speak;     // the 朗读 button (zero-sized when the kiosk does not read aloud)
    bool speak_icon = true;  // with its loudspeaker (or stop square); without where that makes it fit the row
    bool size_label = true;  // 字号 before the sizes; left out in 长辈模式 where 朗读 needs its room
};
// `chip_width`: the narrowest the chip can be (its shortest words with their padding); 0 = no chip.
// `speak`: the 朗读 button is shown.
AccessBarLayout access_bar_layout(const Ui& ui, bool elder_mode, float chip_width, bool speak = false);

// `speaking`: the button reads 停止 (a tap stops the voice) instead of 朗读.
Action draw_access_bar(Ui& ui, const AppModel& model, const AccessBarLayout& layout, bool speaking = false);

}  // namespace kiosk::ui
