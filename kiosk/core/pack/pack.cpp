// pack.cpp — pack_content(): read and validate everything (pack_sources.h), then, only if nothing is wrong, write the
// snapshot (snapshot_writer.h). See pack.h.
#include "core/pack/pack.h"

#include "core/zh/chinese_convert.h"
#include "core/zh/pinyin.h"
#include "core/search/search_fold.h"

#include <ctime>
#include <filesystem>

#include "core/pack/pack_sources.h"
#include "core/snapshot/snapshot_writer.h"
#include "core/base/text_format.h"

namespace kiosk::core {

namespace fs = std::filesystem;

std::string SourceError::to_string() const {
    return file + ":" + std::to_string(line) + ":" + field + ": " + message_zh + " / " + message_en;
}

namespace {

void fail(PackResult& r, const std::string& file, const str::Bilingual& msg, const std::string& arg) {
    r.errors.push_back({file, 0, "", format_text(msg.zh, arg.c_str()), format_text(msg.en, arg.c_str())});
}

// The content's own date: the newest 发布日期 of a document or notice, or 生效日期 of a fee, as "YYYY.MM.DD" (with
// ".N" for a revision). The same sources always give the same version, whatever day they are packed on, and staff
// read it as "content up to that day". Dates are YYYY-MM-DD by now (pack has normalised them), so the largest
// string is the newest date.
std::string content_version_of(const PackedContent& content, int revision) {
    std::string newest;
    auto consider = [&](const std::string& d) { if (d.size() == 10 && d > newest) newest = d; };
    for (const auto& d : content.documents) consider(d.doc.published_date);
    for (const auto& f : content.fees) consider(f.effective_date);
    for (const auto& a : content.announcements) consider(a.published_date);
    std::string version = newest.empty() ? "1" : newest.substr(0, 4) + "." + newest.substr(5, 2) + "." + newest.substr(8, 2);
    if (revision > 0) version += "." + std::to_string(revision);
    return version;
}

}  // namespace

PackResult pack_content(const PackOptions& options) {
    PackResult result;
    std::error_code ec;
    if (options.content_dir.empty() || !fs::is_directory(options.content_dir, ec)) {
        fail(result, options.content_dir, str::kErrContentDirMissing, options.content_dir);
        return result;
    }
    if (options.output_path.empty()) {
        fail(result, "", str::kErrOutputMissing, "");
        return result;
    }

    ErrorSink errors;
    // What the command line puts into the snapshot is held to the kiosk's limits like any source value.
    if (!options.content_version.empty()) {
        check_content_limit(errors, "", 0, "--content-version", LimitId::MetaValue, options.content_version);
    }
    if (!options.publisher.empty()) {
        check_content_limit(errors, "", 0, "--publisher", LimitId::Publisher, options.publisher);
    }
    SourceContext ctx{fs::path(options.content_dir), fs::canonical(options.content_dir, ec), errors};
    PackedContent content = read_content(ctx);
    if (errors.count() > 0) {
        result.errors_truncated = errors.truncated();
        result.errors = errors.take();
        return result;  // nothing written: the output stays exactly as it was
    }

    SnapshotMeta meta;
    meta.content_version = options.content_version.empty() ? content_version_of(content, options.revision)
                                                           : options.content_version;
    meta.built_at = format_time(build_time_now(), "%Y-%m-%dT%H:%M:%SZ", true);
    meta.publisher = options.publisher.empty() ? content.office_fields.name : options.publisher;

    // The search index folds traditional to simplified with OpenCC and indexes pinyin from Rime's luna-pinyin
    // dictionary; both are needed to pack (the kiosk needs neither: what it needs is stored in the snapshot).
    std::string error;
    auto converter = ChineseConverter::open(&error);
    if (!converter) {
        result.errors.push_back({"", 0, "", error, ""});
        return result;
    }
    auto pinyin = PinyinTable::load(options.pinyin_dict.empty() ? kLunaPinyinDict : options.pinyin_dict, converter.get(),
                                    &error);
    if (!pinyin) {
        fail(result, options.pinyin_dict.empty() ? kLunaPinyinDict : options.pinyin_dict, str::kErrPinyinDict, error);
        return result;
    }
    SearchInputs search{SearchFolder::from_converter(*converter), pinyin.get(), nullptr};
    search.lexicon = SearchLexicon::load(options.essay.empty() ? kRimeEssay : options.essay, *pinyin, search.folder,
                                         &error);
    if (!search.lexicon) {
        const std::string essay = options.essay.empty() ? kRimeEssay : options.essay;
        fail(result, essay, str::kErrWordList, essay);
        return result;
    }
    const WriteOutcome written = write_snapshot(content, meta, search, options.output_path);
    if (!written.ok) {
        result.errors.push_back({options.output_path, 0, "",
                                 format_text(str::kErrWriteFailed.zh, written.detail.c_str()),
                                 format_text(str::kErrWriteFailed.en, written.detail.c_str())});
        return result;
    }
    result.ok = true;
    result.documents = static_cast<int>(content.documents.size());
    result.guides = static_cast<int>(content.guides.size());
    result.fees = static_cast<int>(content.fees.size());
    result.announcements = static_cast<int>(content.announcements.size());
    result.calendar_days = static_cast<int>(content.calendar.size());
    result.attachments = written.attachments;
    result.synonym_groups = written.synonym_groups;
    result.synonym_rows = static_cast<int>(content.synonyms.size());
    result.recordings = static_cast<int>(content.recordings.size());
    result.readings = static_cast<int>(content.readings.size());
    result.search_text_bytes = written.search.text_bytes;
    return result;
}

}  // namespace kiosk::core
