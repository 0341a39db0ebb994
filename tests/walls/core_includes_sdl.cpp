// Must not compile: core is the product without pixels, and SDL is not its (walls.core_cannot_include_sdl).
#include <SDL.h>
