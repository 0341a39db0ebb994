// bench_text.h — `kioskctl bench text`: the glyphs-on-demand text layer against Dear ImGui's own baked atlas.
//
// Machines that run this are shared and noisy, so every figure is printed with its ratio to a baseline measured in
// the same run, never judged against an absolute time alone. Start-up and memory are measured in fresh child
// processes (kioskctl re-executing itself with the hidden `bench-text-child` command), so neither side inherits the
// other's heap, page cache warm-up aside.
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

inline constexpr const char* kBenchTextChildCommand = "bench-text-child";

// kioskctl bench text [--quick] [--content SNAPSHOT.db] [--fonts fallback.txt]. Exits 0 whether or not the targets
// are met (it prints MET / NOT MET per figure); 1 if a measurement could not be taken at all; 2 on a bad command line.
int cmd_bench_text(const std::vector<std::string>& args);

// The hidden child: one measurement in a fresh process, printed as "key value" lines on stdout.
int cmd_bench_text_child(const std::vector<std::string>& args);

}  // namespace kiosk::tools
