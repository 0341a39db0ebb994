// content_store.h — read-only queries over one content snapshot.
//
// The kiosk opens the snapshot read-only (SQLITE_OPEN_READONLY, query_only) and never writes to it: updates replace
// the whole file (core/updates/content_install.h). Every query returns plain data from content_model.h. Opening fails with a
// ContentError whose message is Chinese first, English second, because staff read it on the kiosk's notice screen.
#pragma once

#include <memory>
#include <stdexcept>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/content/content_model.h"

struct sqlite3;

namespace kiosk::core {

class ContentError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class ContentStore {
public:
    // Throws ContentError if the file is missing, not a snapshot, or of a schema version this build cannot read.
    static std::unique_ptr<ContentStore> open(const std::string& path);
    ~ContentStore();
    ContentStore(const ContentStore&) = delete;
    ContentStore& operator=(const ContentStore&) = delete;

    SnapshotInfo info() const;
    const std::string& path() const { return path_; }  // for components that open their own connection (search)
    Office office() const;

    // Catalog. Lists are ordered newest first (发布日期 desc, then 索引号).
    std::vector<NamedCount> categories() const;         // 主题分类 with document counts, by count desc
    std::vector<NamedCount> years() const;              // publication years with counts, newest first
    std::vector<NamedCount> issuers() const;            // each issuing body (joint issuers split), most documents first
    int count_documents(const CatalogFilter& filter) const;
    std::vector<DocumentSummary> list_documents(const CatalogFilter& filter, int offset, int limit) const;
    std::optional<Document> document(std::int64_t id) const;
    // Every person the documents name (人名), once each, in the order first met; empty for a schema-3 snapshot.
    // The 部件 keyboard puts their characters first: a village's families share their rare characters.
    std::vector<std::string> person_names() const;
    std::vector<unsigned char> attachment_data(std::int64_t attachment_id) const;

    // Service guides, in 事项编码 order.
    std::vector<GuideSummary> guides() const;
    std::optional<Guide> guide(std::int64_t id) const;

    // Fee and subsidy standards, grouped: ordered by category (first appearance in the source), then source order.
    std::vector<FeeStandard> fees() const;

    // Notices whose 截止日期 is empty or not before `today` (YYYY-MM-DD), newest first.
    std::vector<Announcement> announcements(const std::string& today) const;

    std::string disclosure_guide() const;  // Markdown

    // A recorded reading (录音) the content supplies: the file as the county gave it (Ogg Vorbis or Opus; decode with
    // core/content/recorded_audio.h). kind 'guide' (ref 事项名称), 'notice' (标题) or 'page' ('disclosure_guide').
    // nullopt when there is none, and for a snapshot older than schema 6, which has no recordings table.
    std::optional<std::vector<unsigned char>> recording(std::string_view kind, std::string_view ref) const;

    std::vector<CalendarDay> calendar() const;
    std::vector<int> calendar_years() const;  // years the calendar covers

    // Every code point the snapshot's text uses, as UTF-8, computed at pack time so the kiosk can prepare glyphs
    // without scanning the content at start-up.
    std::string charset() const;

    // The 读音 sheet (readings.csv): each word as written and its tone syllables ("xiang1 ying4"), in word order, for
    // the reading engine's add_word(). Empty for a snapshot packed before schema 6.
    std::vector<std::pair<std::string, std::string>> readings() const;

private:
    explicit ContentStore(sqlite3* db);
    sqlite3* db_;
    std::string path_;
};

}  // namespace kiosk::core
