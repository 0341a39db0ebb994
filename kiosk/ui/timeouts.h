// timeouts.h — how long the kiosk waits before it looks after privacy and the next visitor.
//
// One plain struct because the office sets these in /etc/disclosure-kiosk/kiosk.conf (core/operation/kiosk_config.h) and the
// public screens, the request form and staff mode each read their own field; the defaults are the ones the product
// was designed and tested with.
#pragma once

#include <algorithm>
#include <cstddef>

namespace kiosk::ui {

struct Timeouts {
    // Without a touch this long the kiosk wipes what the visitor did (filters, reading settings, the form's draft)
    // and shows the attract screen; the next touch starts a fresh visit at home.
    double idle_reset_ms = 90'000;
    // A countdown asks "还在吗？" this long after the last touch, before the reset above: on the request form (its
    // draft would be wiped) and on every other screen but home (the page being read would close). The countdown
    // lasts idle_reset_ms − form_warning_ms, on a long page too.
    double form_warning_ms = 60'000;
    // The reset while a long page is open (a document or the 公开指南 of at least kLongPageChars characters): an
    // elderly reader takes well over 90 s over one screenful of a work report without touching anything.
    double long_page_idle_ms = 180'000;
    // Staff mode closes itself after this long untouched, so nobody finds it open.
    double staff_idle_ms = 90'000;
};

// A page is long from this many characters (code points) of text. A screenful at the standard size holds about
// 600–700 characters and an elderly reader reads about 250 a minute, so one screen of such a page can take more
// than the 90 s idle reset; the demo's work reports and annual reports (≈3,600–3,900) are long, its notices
// (≈500–1,400) are not.
inline constexpr std::size_t kLongPageChars = 2000;

// When the 还在吗 countdown starts and when the visit ends, counted from the last touch.
struct IdleDeadlines {
    double warn_ms = 0;
    double reset_ms = 0;
};
inline IdleDeadlines idle_deadlines(const Timeouts& t, bool long_page) {
    const double reset = long_page ? std::max(t.long_page_idle_ms, t.idle_reset_ms) : t.idle_reset_ms;
    return {reset - (t.idle_reset_ms - t.form_warning_ms), reset};
}

}  // namespace kiosk::ui
