// Must not compile: the engines sit below the screens that show them (walls.input_cannot_include_ui).
#include "ui/keyboards/pinyin_panel.h"
