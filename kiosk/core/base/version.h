// version.h — this kiosk program's version, compared with a bundle's min_kiosk_version.
#pragma once

namespace kiosk::core {
inline constexpr const char* kKioskVersion = "0.1.0";
}
