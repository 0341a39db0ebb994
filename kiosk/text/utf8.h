// utf8.h — the text layer's names for the UTF-8 helpers that live in core/base/utf8.h.
#pragma once

#include "core/base/utf8.h"

namespace kiosk::text {
using core::append_utf8;
using core::next_code_point;
}  // namespace kiosk::text
