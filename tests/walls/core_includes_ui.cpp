// Must not compile: core sees no room above it (tests/CMakeLists.txt walls.core_cannot_include_ui).
#include "ui/kit/widgets.h"
