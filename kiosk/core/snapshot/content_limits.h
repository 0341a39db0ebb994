// content_limits.h — every limit the kiosk holds a snapshot's content to, in one table.
//
// The same table is read on both sides: pack checks each source value against it before writing anything, and
// reports a value over a limit at its file:line:field; the update check (snapshot_check.cpp) refuses a snapshot that
// breaks it. So a value pack lets through is a value every kiosk accepts, and an honest spreadsheet mistake is found
// at the county's desk instead of being refused at a kiosk a month later.
//
// Lengths are bytes, because that is what the kiosk measures: UTF-8 bytes of text (length(CAST(x AS BLOB))), bytes
// of a BLOB (length(x)). Kiosks already in the field count bytes, so a pack that counted characters would make
// bundles they refuse. Staff count characters, so pack tells them both: "1500 字（4500 字节），上限 4096 字节（约
// 1365 个汉字）" (a Chinese character is 3 bytes).
//
// Most limits are on one value's length; a few are on how many there are (LimitMeasure::Count: rows of a sheet that
// the kiosk holds in memory, such as the synonym groups), which pack reports at the first row past the limit.
//
// Not here: rules no source can break because pack makes the value itself — enumeration tokens (validity), image
// types read from the bytes, path separators in a file's own name, references between rows, column types.
// snapshot_check.cpp keeps those as signs of a forged or broken snapshot (UnsafeContent).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/base/strings_zh.h"
#include "core/updates/bundle_format.h"

namespace kiosk::core {

// Indexes kContentLimits.
enum class LimitId {
    DocumentIndexNo,
    DocumentTitle,
    DocumentDocNo,
    DocumentIssuer,
    DocumentCategory,
    DocumentKeywords,
    DocumentSummary,
    DocumentBody,
    DocumentNames,
    AttachmentName,
    AttachmentData,
    AttachmentCaption,
    GuideCode,
    GuideName,
    FeeCategory,
    FeeItem,
    SynonymWord,
    SynonymGroups,
    ReadingWord,
    ReadingRows,
    Publisher,
    MetaValue,
};

enum class LimitMeasure {
    TextBytes,  // UTF-8 bytes of a TEXT value
    BlobBytes,  // bytes of a BLOB (read from the record header, so the check never loads an image)
    Count,      // how many distinct values `column` takes over the rows: a number of rows or of groups, not a length
};

// Which characters a value may hold, besides being short enough.
enum class LimitChars {
    Any,
    OneLine,   // no control character (U+0000–001F, U+007F–009F): the value is a line of the signed bundle manifest
    FileName,  // no control character U+0001–001F, no leading '.', no ".."
};

struct ContentLimit {
    LimitId id;
    const char* table;         // the snapshot's table …
    const char* column;        // … and column
    const char* rows;          // SQL condition on the rows it applies to; "" = every row
    LimitMeasure measure;
    long long max;             // bytes (TextBytes, BlobBytes) or values (Count)
    LimitChars chars;
    const char* source_file;   // where staff write the value, relative to the content folder; "" = a pack option
    const char* source_field;  // the column (office.csv: the 项目; a pack option: its name) pack reports it at
    str::Bilingual what;       // what it is, in pack's and the kiosk's messages
};

inline constexpr long long kMaxShortTextBytes = 4096;  // one-line fields: titles, names, numbers, codes

inline constexpr ContentLimit kContentLimits[] = {
    // id, table, column, rows, measure,
    //  max, chars, source_file, source_field, what
    {LimitId::DocumentIndexNo, "documents", "index_no", "", LimitMeasure::TextBytes,
     kMaxShortTextBytes, LimitChars::Any, "catalog.csv", "索引号", str::kLimitIndexNo},
    {LimitId::DocumentTitle, "documents", "title", "", LimitMeasure::TextBytes,
     kMaxShortTextBytes, LimitChars::Any, "catalog.csv", "标题", str::kLimitTitle},
    {LimitId::DocumentDocNo, "documents", "doc_no", "", LimitMeasure::TextBytes,
     kMaxShortTextBytes, LimitChars::Any, "catalog.csv", "文号", str::kLimitDocNo},
    {LimitId::DocumentIssuer, "documents", "issuer", "", LimitMeasure::TextBytes,
     kMaxShortTextBytes, LimitChars::Any, "catalog.csv", "发布机构", str::kLimitIssuer},
    {LimitId::DocumentCategory, "documents", "category", "", LimitMeasure::TextBytes,
     kMaxShortTextBytes, LimitChars::Any, "catalog.csv", "主题分类", str::kLimitCategory},
    {LimitId::DocumentKeywords, "documents", "keywords", "", LimitMeasure::TextBytes,
     kMaxShortTextBytes, LimitChars::Any, "catalog.csv", "主题词", str::kLimitKeywords},
    {LimitId::DocumentSummary, "documents", "summary", "", LimitMeasure::TextBytes,
     64 << 10, LimitChars::Any, "catalog.csv", "内容概述", str::kLimitSummary},
    {LimitId::DocumentBody, "documents", "body", "", LimitMeasure::TextBytes,
     16 << 20, LimitChars::Any, "catalog.csv", "正文", str::kLimitBody},
    {LimitId::DocumentNames, "documents", "names", "", LimitMeasure::TextBytes,
     kMaxShortTextBytes, LimitChars::Any, "catalog.csv", "人名", str::kLimitNames},
    // 255 bytes: what every file system counts as a name. A stick formatted on Windows (exFAT, NTFS) counts 255
    // UTF-16 units, so a long Chinese name there can be 765 bytes here.
    {LimitId::AttachmentName, "attachments", "name", "", LimitMeasure::TextBytes,
     255, LimitChars::FileName, "catalog.csv", "附件", str::kLimitAttachmentName},
    {LimitId::AttachmentData, "attachments", "data", "", LimitMeasure::BlobBytes,
     64 << 20, LimitChars::Any, "catalog.csv", "附件", str::kLimitAttachmentData},
    {LimitId::AttachmentCaption, "attachments", "caption", "", LimitMeasure::TextBytes,
     kMaxShortTextBytes, LimitChars::Any, "catalog.csv", "附件说明", str::kLimitAttachmentCaption},
    {LimitId::GuideCode, "guides", "code", "", LimitMeasure::TextBytes,
     kMaxShortTextBytes, LimitChars::Any, "guides.csv", "事项编码", str::kLimitGuideCode},
    {LimitId::GuideName, "guides", "name", "", LimitMeasure::TextBytes,
     kMaxShortTextBytes, LimitChars::Any, "guides.csv", "事项名称", str::kLimitGuideName},
    {LimitId::FeeCategory, "fees", "category", "", LimitMeasure::TextBytes,
     kMaxShortTextBytes, LimitChars::Any, "fees.csv", "类别", str::kLimitFeeCategory},
    {LimitId::FeeItem, "fees", "item", "", LimitMeasure::TextBytes,
     kMaxShortTextBytes, LimitChars::Any, "fees.csv", "项目", str::kLimitFeeItem},
    // A synonym is a word someone types into search, not a sentence: the longest official names of benefits are some
    // twenty characters. One line, because a line break in a cell is a separator typed wrong (Alt+Enter for ；).
    {LimitId::SynonymWord, "search_synonyms", "word", "", LimitMeasure::TextBytes,
     120, LimitChars::OneLine, "synonyms.csv", "同义词", str::kLimitSynonymWord},
    // Search holds every group in memory and looks each query up in them; a county needs tens to a few hundred. The
    // count is of the groups holding a word of the county's sheet (each row makes at most one; the built-in ones are
    // the program's own). Pack reports the first row past it.
    {LimitId::SynonymGroups, "search_synonyms", "grp", "origin = 'sheet'", LimitMeasure::Count,
     2000, LimitChars::Any, "synonyms.csv", "同义词", str::kLimitSynonymGroups},
    // A 读音 word is a word or a name (a village, a person), not a phrase: 40 characters. The reading engine holds
    // every row in memory and tries each at every character it reads, so a county's few hundred are the use; 5000 is
    // far past it and still nothing to hold.
    {LimitId::ReadingWord, "readings", "word", "", LimitMeasure::TextBytes,
     120, LimitChars::OneLine, "readings.csv", "词语", str::kLimitReadingWord},
    {LimitId::ReadingRows, "readings", "word", "", LimitMeasure::Count,
     5000, LimitChars::Any, "readings.csv", "词语", str::kLimitReadingRows},
    // The publisher is 机关名称 (or kioskctl pack --publisher). It goes into the signed manifest too, whose reader
    // refuses a longer value or a control character (bundle_format.h): the same limit, so the same constant.
    {LimitId::Publisher, "meta", "value", "key = 'publisher'", LimitMeasure::TextBytes,
     static_cast<long long>(kMaxFieldBytes), LimitChars::OneLine, "office.csv", "机关名称", str::kLimitPublisher},
    // The rest of meta is pack's own (versions, build time, the character set); of it only the content version can
    // come from outside, as kioskctl pack --content-version. The character set, every distinct character of the
    // content, passes 1 MiB only with some 270,000 different characters, which no real text has; pack does not
    // count it before writing.
    {LimitId::MetaValue, "meta", "value", "", LimitMeasure::TextBytes,
     1 << 20, LimitChars::Any, "", "--content-version", str::kLimitMetaValue},
};

inline constexpr std::size_t kContentLimitCount = sizeof kContentLimits / sizeof kContentLimits[0];

inline constexpr const ContentLimit& content_limit(LimitId id) { return kContentLimits[static_cast<std::size_t>(id)]; }

// Recorded readings (录音, the recordings table). Not rows of kContentLimits: a recording's measure is its playing
// time as much as its bytes, and pack learns both by decoding it (recorded_audio.h), so pack checks them itself and
// the update check holds a snapshot to them among its value checks (snapshot_check.cpp). Twenty minutes reads a long
// guide slowly; 16 MiB holds twenty minutes of Vorbis at its lowest quality (~64 kbit/s) with room, and far more of
// Opus at the 24 kbit/s speech needs.
inline constexpr long long kMaxRecordingBytes = 16 << 20;
inline constexpr int kMaxRecordingSeconds = 20 * 60;

// The largest single value the update check reads at all (SQLITE_LIMIT_LENGTH on its connection). Not a content
// limit but a bound on memory: a forged value above it reads as damage, and every limit of the table is below it.
inline constexpr int kMaxReadValueBytes = 128 << 20;

namespace detail {
constexpr bool limits_in_id_order() {
    for (std::size_t i = 0; i < kContentLimitCount; ++i) {
        if (static_cast<std::size_t>(kContentLimits[i].id) != i) return false;
        if (kContentLimits[i].max >= kMaxReadValueBytes) return false;
    }
    return static_cast<std::size_t>(LimitId::MetaValue) + 1 == kContentLimitCount;
}
}  // namespace detail
static_assert(detail::limits_in_id_order(),
              "kContentLimits has one entry per LimitId, in LimitId order, each below kMaxReadValueBytes");

enum class LimitBreach { None, TooLong, BadCharacter };

// What `value`, exactly as the snapshot stores it, breaks of `limit` (length first). A Count limit is on no single
// value: None (see count_breaks_limit).
LimitBreach check_limit(const ContentLimit& limit, std::string_view value);

// Whether `count` values break the Count limit `limit`.
inline constexpr bool count_breaks_limit(const ContentLimit& limit, long long count) { return count > limit.max; }

// A query returning one row — an English description of the first row that breaks `limit` — or none. The same
// measure as check_limit(), in SQL, kept beside it so the two cannot drift apart.
std::string limit_violation_sql(const ContentLimit& limit);

}  // namespace kiosk::core
