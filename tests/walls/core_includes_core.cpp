// Must compile: the control for the walls' tests (a room sees its own headers), so they cannot pass on a broken setup.
#include "core/base/utf8.h"
int walls_control() { return static_cast<int>(kiosk::core::next_code_point("a", *new std::size_t(0))); }
