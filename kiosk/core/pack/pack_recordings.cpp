// pack_recordings.cpp — pack's reader for recordings.csv, the county's 录音 sheet (core/content/recorded_audio.h).
//
// The sheet is optional. A row gives a recorded reading for one guide (办事指南, named by its 事项名称), one notice
// (通知公告, by its 标题) or the 政府信息公开指南 page (页面); the kiosk plays it instead of its synthesised voice. Each
// file is decoded whole here, once, so a file that would not play — cut short by an interrupted copy, an MP3 renamed
// to .ogg, too long — is refused at the county's desk with its line, not found silent at a kiosk. Names must match
// exactly: a recording attached to a guide that was renamed would otherwise be kept and never played.
#include <algorithm>
#include <map>
#include <system_error>
#include <tuple>

#include "core/base/text_format.h"
#include "core/content/recorded_audio.h"
#include "core/pack/pack_sources.h"

namespace kiosk::core {

namespace {

// The pages a recording may be for: the name staff write → the snapshot's page key (pages.key).
constexpr std::pair<std::string_view, std::string_view> kRecordablePages[] = {
    {"政府信息公开指南", "disclosure_guide"},
};

bool ends_with_ascii_nocase(std::string_view s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i) {
        char c = s[s.size() - suffix.size() + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != suffix[i]) return false;
    }
    return true;
}

// "中文\nEnglish" → the row's error.
void report_split(RowReader& row, const std::string& field, const std::string& message) {
    const std::size_t nl = message.find('\n');
    row.error(field, message.substr(0, nl), nl == std::string::npos ? std::string() : message.substr(nl + 1));
}

}  // namespace

void read_recordings(SourceContext& ctx, PackedContent& out) {
    const std::string file = "recordings.csv";
    std::error_code ec;
    if (!std::filesystem::exists(ctx.root / file, ec)) return;
    auto table = load_table(ctx, file, {"类型", "名称", "文件"}, {"类型", "名称", "文件"});
    if (!table) return;
    std::map<std::pair<std::string, std::string>, int> seen;  // (kind, ref) → line
    for (std::size_t r = 0; r < table->row_count(); ++r) {
        RowReader row(ctx, *table, r, file);
        const std::string kind_zh = row.choice("类型", true,
                                               {str::kRecordingKindGuide, str::kRecordingKindNotice,
                                                str::kRecordingKindPage},
                                               str::kErrRecordingKind);
        const std::string name = row.text("名称", true);
        const std::string cell = row.text("文件", true);
        if (!row.ok()) continue;

        PackedRecording rec;
        rec.ref = name;
        const str::Bilingual* unknown = nullptr;
        if (kind_zh == str::kRecordingKindGuide) {
            rec.kind = "guide";
            bool found = false;
            for (const auto& g : out.guides) found = found || g.name == name;
            if (!found) unknown = &str::kErrRecordingUnknownGuide;
        } else if (kind_zh == str::kRecordingKindNotice) {
            rec.kind = "notice";
            bool found = false;
            for (const auto& a : out.announcements) found = found || a.title == name;
            if (!found) unknown = &str::kErrRecordingUnknownNotice;
        } else {
            rec.kind = "page";
            rec.ref.clear();
            for (const auto& [page_name, key] : kRecordablePages) {
                if (name == page_name) rec.ref = key;
            }
            if (rec.ref.empty()) unknown = &str::kErrRecordingUnknownPage;
        }
        if (unknown) {
            row.error("名称", format_text(unknown->zh, name.c_str()), format_text(unknown->en, name.c_str()));
            continue;
        }
        if (const auto it = seen.find({rec.kind, rec.ref}); it != seen.end()) {
            row.error("名称", format_text(str::kErrRecordingDuplicate.zh, it->second),
                      format_text(str::kErrRecordingDuplicate.en, it->second));
            continue;
        }
        seen.emplace(std::make_pair(rec.kind, rec.ref), row.line());

        if (!ends_with_ascii_nocase(cell, ".ogg") && !ends_with_ascii_nocase(cell, ".opus")) {
            row.error("文件", str::kErrRecordingExtension);
            continue;
        }
        const auto path = resolve_content_path(ctx, cell, "recordings", file, row.line(), "文件");
        if (!path) {
            row.mark_failed();
            continue;
        }
        auto bytes = read_file_bytes(path->path);
        if (!bytes) {
            row.error("文件", str::kErrFileUnreadable);
            continue;
        }
        // The size first: a file over the limit is not worth decoding, and its reason is the one staff can act on.
        if (static_cast<long long>(bytes->size()) > kMaxRecordingBytes) {
            const std::size_t size = bytes->size();
            const long long max = kMaxRecordingBytes;
            row.error("文件",
                      format_text(str::kErrRecordingTooLarge.zh, path->rel.c_str(), size, double(size) / (1 << 20), max,
                                  max >> 20),
                      format_text(str::kErrRecordingTooLarge.en, path->rel.c_str(), size, double(size) / (1 << 20), max,
                                  max >> 20));
            continue;
        }
        DecodedAudio decoded;
        std::string error;
        if (!decode_recorded_audio(std::vector<unsigned char>(bytes->begin(), bytes->end()), &decoded, &error,
                                   kMaxRecordingSeconds)) {
            report_split(row, "文件", error);
            continue;
        }
        rec.format = audio_format_name(decoded.format);
        rec.duration_ms = std::max<long long>(1, decoded.duration_ms());
        rec.data = std::move(*bytes);
        out.recordings.push_back(std::move(rec));
    }
}

}  // namespace kiosk::core
