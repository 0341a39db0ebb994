// content_terms.h — the content's own words, for the 拼音 keyboard's dictionary (kiosk/input/pinyin_engine).
//
// Computed from a snapshot when its input data is deployed (at install, or when a snapshot is switched in), not stored
// in it: the snapshot schema stays as it is (a schema change would break the update checks), and computing them is
// small beside the deployment itself (≈5 s): measured here ≈0.1 ms a document, bodies read for place names —
// 0.6 s for a 5,000-document snapshot, so ≈12 s for 100,000.
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

// Place names: 2–3 Han characters ending in 省/市/县/区/镇/乡/村/路, taken after a boundary (the start, punctuation,
// a digit, the end of another place name, or a word such as 在/各/的 that stands before names). `strict` (running
// text) also asks for a boundary after the name (punctuation, the end, 的/和/与/及/等), so 开展村务 gives nothing;
// an address is read without it (安澜县石桥镇人民路 gives all three). Exposed for tests.
std::vector<std::string> place_names(const std::string& text, bool strict);

}  // namespace kiosk::core
