// pack_sources.h — pack's first half: read and validate every source into plain data, collecting every error.
//
// Reading is kept apart from writing (snapshot_writer.h) so that "any error → write nothing" is structural: the
// writer only ever sees a PackedContent that came through here with an empty error list. Each source has its own
// reader (pack_catalog.cpp, pack_guides.cpp, pack_fees.cpp, pack_misc.cpp, pack_synonyms.cpp, pack_readings.cpp,
// pack_recordings.cpp); the helpers below make every reader report the same way: file relative to the content
// folder, physical line, column name, Chinese and English.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/content/content_model.h"
#include "core/base/csv_reader.h"
#include "core/pack/pack.h"
#include "core/snapshot/content_limits.h"
#include "core/base/strings_zh.h"

namespace kiosk::core {

struct PackedAttachment {
    std::string name;  // file name as staff gave it
    std::string mime;  // from the file's magic bytes
    std::string data;
    std::string caption;  // 附件说明, may be empty
};

struct PackedDocument {
    Document doc;  // id and attachments left empty; the writer assigns ids
    std::vector<PackedAttachment> attachments;
};

// One row of recordings.csv, checked to decode (recorded_audio.h).
struct PackedRecording {
    std::string kind;  // 'guide' | 'notice' | 'page', as the snapshot stores it
    std::string ref;   // 事项名称, 标题 or the page key
    std::string format;  // "vorbis" | "opus"
    long long duration_ms = 0;
    std::string data;
};

struct PackedContent {
    std::vector<std::pair<std::string, std::string>> office;  // 项目 → 内容, in source order
    Office office_fields;
    std::vector<PackedDocument> documents;
    std::vector<Guide> guides;  // with materials and steps, each sorted by 序号
    std::vector<FeeStandard> fees;  // in source order
    std::vector<Announcement> announcements;
    std::string disclosure_guide_title;
    std::string disclosure_guide;
    std::vector<CalendarDay> calendar;
    std::vector<int> calendar_years;
    std::vector<std::vector<std::string>> synonyms;  // synonyms.csv: one group a row, words as written (trimmed)
    std::vector<PackedRecording> recordings;  // recordings.csv, in source order
    std::vector<std::pair<std::string, std::string>> readings;  // readings.csv: word, tone syllables single-spaced
};

// Collects errors up to a cap: past 200 a list stops helping anyone, and a broken encoding can produce thousands.
class ErrorSink {
public:
    static constexpr std::size_t kCap = 200;

    void add(std::string file, int line, std::string field, std::string zh, std::string en);
    void add(const std::string& file, int line, const std::string& field, const str::Bilingual& msg) {
        add(file, line, field, msg.zh, msg.en);
    }
    std::size_t count() const { return errors_.size(); }
    bool truncated() const { return truncated_; }
    std::vector<SourceError> take() { return std::move(errors_); }

private:
    std::vector<SourceError> errors_;
    bool truncated_ = false;
};

// Shared state of one pack run.
struct SourceContext {
    std::filesystem::path root;            // the content folder as given
    std::filesystem::path canonical_root;  // with links resolved, for the "inside the folder" check
    ErrorSink& errors;
};

// Reads and decodes a text source (any encoding text_encoding accepts). `rel` is relative to the content folder.
// Reports a missing file (with `missing_msg`), an unreadable one, or a decoding error; returns nullopt then.
std::optional<std::string> read_text_source(SourceContext& ctx, const std::string& rel,
                                            const str::Bilingual& missing_msg);

// catalog.csv's columns (content/README.md), and the ones a row must fill: pack reads them, and so does the corpus
// generator, which samples the demo catalog.
const std::vector<std::string>& catalog_columns();
const std::vector<std::string>& catalog_required_columns();

// Reads a CSV source and checks its header. All parse and header issues go to ctx.errors; the table is returned
// even with issues so that row checks can still find more errors. nullopt when the file could not be read at all.
std::optional<CsvTable> load_table(SourceContext& ctx, const std::string& rel,
                                   const std::vector<std::string>& known_columns,
                                   const std::vector<std::string>& required_columns);

// Resolves a file named in a cell (正文, 附件) to a path inside `subdir` of the content folder. Accepts
// "name.md" and "documents/name.md", "\" as "/". Rejects absolute paths, "..", files that resolve outside the content
// folder (links), and missing files. Errors are reported at (file, line, field). Returns the path relative to the
// content folder (for messages) and the real path.
struct ResolvedPath {
    std::string rel;
    std::filesystem::path path;
};
std::optional<ResolvedPath> resolve_content_path(SourceContext& ctx, std::string_view cell, const std::string& subdir,
                                                 const std::string& file, int line, const std::string& field);

// Reads a binary file whole; nullopt on error (not reported).
std::optional<std::string> read_file_bytes(const std::filesystem::path& path);

// Checks `value`, exactly as the snapshot will store it, against the kiosk's limit `id` (content_limits.h) and
// reports a breach at (file, line, field) with the value's size and the limit. `name` is the file the value is or came
// from, for limits on files (附件). True when the value keeps the limit.
bool check_content_limit(ErrorSink& errors, const std::string& file, int line, const std::string& field, LimitId id,
                         std::string_view value, std::string_view name = {});

// Reports `count` rows (or groups) of a source at (file, line, field) when they break the Count limit `id`; `line` is
// the first row past the limit. True when the count keeps the limit.
bool check_count_limit(ErrorSink& errors, const std::string& file, int line, const std::string& field, LimitId id,
                       long long count);

// Typed access to one row of a table, reporting each problem at the row's line and the column's name. A column
// missing from the header was reported once already by load_table, so its cells read as empty without a new error.
class RowReader {
public:
    RowReader(SourceContext& ctx, const CsvTable& table, std::size_t row, std::string file)
        : ctx_(ctx), table_(table), row_(row), file_(std::move(file)) {}

    int line() const { return table_.line(row_); }
    const std::string& file() const { return file_; }
    bool ok() const { return errors_ == 0; }  // no error reported for this row so far

    void error(const std::string& field, const str::Bilingual& msg);
    void error(const std::string& field, const std::string& zh, const std::string& en);
    // For a problem reported elsewhere (e.g. inside a 正文 file): the row is unusable but needs no second message.
    void mark_failed() { ++errors_; }
    // check_content_limit() at this row and the limit's own source field. False (and the row failed) on a breach.
    bool within_limit(LimitId id, std::string_view value, std::string_view name = {});

    // The trimmed cell; empty + required → error.
    std::string text(const std::string& col, bool required);
    // A date normalised to YYYY-MM-DD; "" when empty and not required; nullopt on error.
    std::optional<std::string> date(const std::string& col, bool required);
    // A whole number ≥ min_value; `fallback` when empty and not required; nullopt on error.
    std::optional<long long> integer(const std::string& col, bool required, long long min_value, long long fallback);
    // A number ≥ 0; nullopt when empty (and not an error unless required) or on error (check ok()).
    std::optional<double> number(const std::string& col, bool required);
    // One of `allowed`; "" when empty and not required. Reports `msg` otherwise.
    std::string choice(const std::string& col, bool required, const std::vector<std::string_view>& allowed,
                       const str::Bilingual& msg);

private:
    bool column_present(const std::string& col) const { return table_.has_column(col); }

    SourceContext& ctx_;
    const CsvTable& table_;
    std::size_t row_;
    std::string file_;
    int errors_ = 0;
};

// The per-source readers. Each appends to `out` only rows without errors, and reports errors to ctx.errors.
void read_office(SourceContext& ctx, PackedContent& out);
void read_catalog(SourceContext& ctx, PackedContent& out);
void read_guides(SourceContext& ctx, PackedContent& out);  // guides.csv, guide_materials.csv, guide_steps.csv
void read_fees(SourceContext& ctx, PackedContent& out);
void read_announcements(SourceContext& ctx, PackedContent& out);
void read_calendar(SourceContext& ctx, PackedContent& out);
void read_disclosure_guide(SourceContext& ctx, PackedContent& out);
void read_synonyms(SourceContext& ctx, PackedContent& out);  // optional: no synonyms.csv, no groups
// Optional: no recordings.csv, no recordings. After the guides, notices and disclosure guide it names.
void read_recordings(SourceContext& ctx, PackedContent& out);
void read_readings(SourceContext& ctx, PackedContent& out);  // optional: no readings.csv, no 读音 rows

// Runs every reader in a fixed order (so error lists are stable run to run).
PackedContent read_content(SourceContext& ctx);

}  // namespace kiosk::core
