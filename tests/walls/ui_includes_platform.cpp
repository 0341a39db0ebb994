// Must not compile: ui is drawn by platform, never the other way (walls.ui_cannot_include_platform).
#include "platform/run_options.h"
