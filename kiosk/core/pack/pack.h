// pack.h — the one road from content sources (content/) to a snapshot.
//
// pack reads every source, validates every row, and only when all of it is good writes the snapshot: to a temporary
// file beside the output, fsynced, then renamed over it, so a failed or interrupted pack leaves whatever was there.
// Errors name the file, the line and the field, in Chinese and in English, because the people who fix a
// spreadsheet are staff and the people who read CI logs may not read Chinese.
//
// Every value is held, as the snapshot will store it, to the limits the kiosk checks an update against
// (core/snapshot/content_limits.h): what pack writes, every kiosk accepts.
#pragma once

#include <string>
#include <vector>

namespace kiosk::core {

struct SourceError {
    std::string file;   // relative to the content folder, e.g. "catalog.csv"
    int line = 0;       // 1-based physical line where the record starts; 0 = the whole file
    std::string field;  // column name as in the header, e.g. "发布日期"; empty when not about one field
    std::string message_zh;
    std::string message_en;

    // "catalog.csv:12:发布日期: 日期格式不对… / bad date …"
    std::string to_string() const;
};

struct PackOptions {
    std::string content_dir;
    std::string output_path;
    std::string content_version;  // empty = the content's newest date, "YYYY.MM.DD" (pack.cpp content_version_of)
    std::string publisher;        // empty = the office's 机关名称
    std::string pinyin_dict;      // empty = Rime's luna-pinyin dictionary from rime-data-luna-pinyin
    std::string essay;            // empty = Rime's word list from rime-essay (search_vocab.h)
    int revision = 0;             // with an empty content_version and > 0: "YYYY.MM.DD.N", a re-pack of that content
};

struct PackResult {
    bool ok = false;
    std::vector<SourceError> errors;  // all errors found, not just the first (capped at 200)
    bool errors_truncated = false;    // more than 200 errors were found; only the first 200 are listed
    int documents = 0, guides = 0, fees = 0, announcements = 0, calendar_days = 0, attachments = 0;
    int synonym_groups = 0;  // in the snapshot: the built-in groups merged with synonyms.csv's
    int synonym_rows = 0;    // rows of synonyms.csv (0 without one)
    int recordings = 0;      // rows of recordings.csv (录音), each checked to decode
    int readings = 0;        // rows of readings.csv, the 读音 sheet (0 without one)
    long long search_text_bytes = 0;  // text the search index covers
};

PackResult pack_content(const PackOptions& options);

}  // namespace kiosk::core
