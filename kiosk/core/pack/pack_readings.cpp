// pack_readings.cpp — pack's reader for readings.csv, the county's 读音 sheet (core/zh/reading.h).
//
// The sheet is optional. One row is one word — a village's name, a person's, a local term — and how it is read, one
// tone syllable per character (朝阳村 chao2 yang2 cun1), for the words the reading engine's dictionary and built-in
// list read wrong. Rows are checked as the engine will take them (valid_tone_syllables, valid_reading_word), so a
// row that packs is a row every kiosk reads. A word written twice is refused even with the same reading: one of the
// rows is a leftover, and which one staff meant is theirs to say. Words are compared as written; a simplified and a
// traditional spelling of one word both pack, and the engine, which reads either script alike, keeps the later.
#include <map>
#include <system_error>

#include "core/base/text_format.h"
#include "core/base/utf8.h"
#include "core/pack/pack_sources.h"
#include "core/zh/reading.h"

namespace kiosk::core {

namespace {

// "中文\nEnglish" as the engine's checks give it, reported at the row's field.
void report(RowReader& row, const std::string& field, const std::string& bilingual) {
    const std::size_t nl = bilingual.find('\n');
    row.error(field, bilingual.substr(0, nl), nl == std::string::npos ? std::string() : bilingual.substr(nl + 1));
}

}  // namespace

void read_readings(SourceContext& ctx, PackedContent& out) {
    const std::string file = "readings.csv";
    const std::string word_col = "词语", reading_col = "读音";
    std::error_code ec;
    if (!std::filesystem::exists(ctx.root / file, ec)) return;
    auto table = load_table(ctx, file, {word_col, reading_col, "说明"}, {word_col, reading_col});
    if (!table) return;
    std::map<std::string, int> seen;  // word → line of the row that has it
    for (std::size_t r = 0; r < table->row_count(); ++r) {
        RowReader row(ctx, *table, r, file);
        if (r == static_cast<std::size_t>(content_limit(LimitId::ReadingRows).max)) {
            check_count_limit(ctx.errors, file, row.line(), word_col, LimitId::ReadingRows,
                              static_cast<long long>(table->row_count()));
        }
        const std::string word = row.text(word_col, true);
        const std::string reading = row.text(reading_col, true);
        if (!row.ok()) continue;
        if (!row.within_limit(LimitId::ReadingWord, word)) continue;
        std::string error;
        if (!valid_reading_word(word, &error)) report(row, word_col, error);
        if (!valid_tone_syllables(reading, &error)) report(row, reading_col, error);
        if (!row.ok()) continue;
        std::string syllables;  // single-spaced, as stored
        std::size_t count = 0;
        for (std::size_t i = 0; i < reading.size();) {
            while (i < reading.size() && (reading[i] == ' ' || reading[i] == '\t')) ++i;
            const std::size_t start = i;
            while (i < reading.size() && reading[i] != ' ' && reading[i] != '\t') ++i;
            if (i == start) continue;
            syllables += (syllables.empty() ? "" : " ") + reading.substr(start, i - start);
            ++count;
        }
        const std::size_t chars = code_point_count(word);
        if (count != chars) {
            row.error(reading_col, format_text(str::kErrReadingCount.zh, word.c_str(), chars, count),
                      format_text(str::kErrReadingCount.en, word.c_str(), chars, count));
            continue;
        }
        const auto [it, fresh] = seen.emplace(word, row.line());
        if (!fresh) {
            row.error(word_col, format_text(str::kErrReadingDuplicate.zh, word.c_str(), it->second),
                      format_text(str::kErrReadingDuplicate.en, word.c_str(), it->second));
            continue;
        }
        out.readings.emplace_back(word, std::move(syllables));
    }
}

}  // namespace kiosk::core
