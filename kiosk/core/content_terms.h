// content_terms.h — the content's own words, for the 拼音 keyboard's dictionary (kiosk/input/pinyin_engine).
//
// Computed from a snapshot when its input data is deployed (at install, or when a snapshot is switched in), not stored
// in it: the snapshot schema stays as it is (a schema change would break the update checks), and the terms are cheap
// to compute (a few ms for the demo, well under a second for 100,000 documents' metadata).
#pragma once

#include <string>
#include <vector>

namespace kiosk::core {

class ContentStore;

// In this order, deduplicated: the office name, its short name and the place names in its address (安澜县, 石桥镇,
// 人民路); issuers (joint issuers split); categories; 主题词 (keywords, '；'-separated); service guide names and
// agencies; fee items and categories; place names (…村, …镇, …乡, …县) found in titles, summaries and bodies; and
// document titles, split into phrases at spaces, punctuation, digits and the function words 关于/的/和/及/与.
// Only runs of Han characters are kept (the engine drops anything else).
std::vector<std::string> content_terms(const ContentStore& store);

// Place names in free text: 2–3 Han characters ending in 省/市/县/区/镇/乡/村, taken after a boundary (the start,
// punctuation, a digit, or the end of another place name). Exposed for tests.
std::vector<std::string> place_names(const std::string& text);

}  // namespace kiosk::core
