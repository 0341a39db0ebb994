// bench_say.h — `kioskctl bench say`: how soon 朗读 is heard and how fast the voice is made.
//
// Every section of every guide in the content (its title, each condition, material and step, the place, hours and
// phones: guide_speech_parts) is read by the reading engine and synthesised (platform/speech_synth.h). Per section:
// the time from the request to the first chunk of samples (target ≤ 300 ms) and the whole synthesis against the
// length of the sound made (target ≤ 0.1: ten times faster than it is heard), p50 and p95. The baseline, in the same
// run and for the same sections, is what a developer would reach for first: the espeak-ng program given the same
// pinyin and streaming its WAV to a pipe (`espeak-ng -v cmn-latn-pinyin --stdout`), timed to its first samples and
// to its end. Figures are printed with their ratio to it. Then the kiosk's whole road, SpeechPlayer from speak() to the
// first samples the audio device takes (no baseline: the program cannot say when its sound starts).
#pragma once

#include <string>
#include <vector>

#include "core/content/content_model.h"
#include "ui/kit/read_aloud.h"

namespace kiosk::tools {

// A guide read aloud, part by part, keys as a screen would give them ("title", "material:3"): what `kioskctl say
// --guide` says and what the bench times.
std::vector<ui::SpeechPart> guide_speech_parts(const core::Guide& guide);

// kioskctl bench say [--quick] [--content DB] [--repeat N]. Exits 0 when every figure was measured, 1 if the content
// or the reading dictionary cannot be read, 2 on a bad command line.
int cmd_bench_say(const std::vector<std::string>& args);

}  // namespace kiosk::tools
