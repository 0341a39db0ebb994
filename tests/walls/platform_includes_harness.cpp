// Must not compile: the product's rooms never see the harness that drives them (walls.platform_cannot_include_harness).
#include "harness/drivers.h"
