// timeouts.h — how long the kiosk waits before it looks after privacy and the next visitor.
//
// One plain struct because the office sets these in /etc/disclosure-kiosk/kiosk.conf (core/operation/kiosk_config.h) and the
// public screens, the request form and staff mode each read their own field; the defaults are the ones the product
// was designed and tested with.
#pragma once

namespace kiosk::ui {

struct Timeouts {
    // Without a touch this long the kiosk wipes what the visitor did (filters, reading settings, the form's draft)
    // and shows the attract screen; the next touch starts a fresh visit at home.
    double idle_reset_ms = 90'000;
    // On the request form a countdown asks "还在吗？" this long after the last touch, before the reset above.
    double form_warning_ms = 60'000;
    // Staff mode closes itself after this long untouched, so nobody finds it open.
    double staff_idle_ms = 90'000;
};

}  // namespace kiosk::ui
