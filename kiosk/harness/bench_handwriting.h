// bench_handwriting.h — `kioskctl bench handwriting`: how fast the 手写 keyboard's recogniser is (kiosk/input/handwriting).
//
// Measures, in one run: opening the model (the first open, then the median of several); and recognition as the
// keyboard does it, once per finger lift (the strokes so far, 10 candidates), over the recorded characters in
// tests/fixtures/handwriting/characters.txt made finger-like (input::fingerlike: hundreds of points per character),
// repeated. The baseline, in the same run, is Zinnia given the same strokes unprocessed (every point, box scaled to the
// canvas): figures are printed with their ratio to it, and the top-5 hit rate of both.
#pragma once

#include <string>
#include <vector>

namespace kiosk::tools {

// kioskctl bench handwriting [--quick] [--repeat N] [--model FILE] [--strokes FILE]. Exits 0 when every figure was
// measured, 1 if the model or the strokes cannot be read, 2 on a bad command line.
int cmd_bench_handwriting(const std::vector<std::string>& args);

}  // namespace kiosk::tools
