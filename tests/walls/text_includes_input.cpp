// Must not compile: text and input are side by side, neither above the other (walls.text_cannot_include_input).
#include "input/pinyin_engine.h"
