// fuzz_stubs.cpp — keeps the fuzz build to the bundle reader: bundle_io.cpp's write_bundle reads a snapshot through
// open_snapshot_defensively (snapshot_check.cpp, which pulls in the search tokenizer and the rest of core). The fuzz
// target never writes a bundle, so that one function is a stub here that opens nothing.
#include "core/snapshot/snapshot_check.h"

namespace kiosk::core {

sqlite3* open_snapshot_defensively(const std::string&, std::string* error) {
    if (error) *error = "not in the fuzz build";
    return nullptr;
}

}  // namespace kiosk::core
