// pack_misc.cpp — pack's readers for the small sources: office.csv, announcements.csv, calendar.csv and
// disclosure_guide.md. See pack_sources.h for how errors are reported.
#include <algorithm>
#include <map>
#include <set>

#include "core/base/utf8.h"
#include "core/base/civil_date.h"
#include "core/pack/pack_sources.h"
#include "core/base/text_format.h"
#include "core/base/value_parse.h"

namespace kiosk::core {

namespace {

// office.csv keys, as content/README.md lists them.
constexpr std::string_view kOfficeRequired[] = {"机关名称", "地址", "办公时间", "咨询电话"};
constexpr std::string_view kOfficeOptional[] = {"简称",         "邮政编码",       "监督电话",       "电子邮箱",
                                                "网站",         "答复期限工作日", "延长期限工作日", "补正告知工作日"};
constexpr std::string_view kOfficeDayKeys[] = {"答复期限工作日", "延长期限工作日", "补正告知工作日"};

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view s) {
    return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

}  // namespace

void read_office(SourceContext& ctx, PackedContent& out) {
    const std::string file = "office.csv";
    auto table = load_table(ctx, file, {"项目", "内容"}, {"项目", "内容"});
    if (!table) return;
    std::map<std::string, int> seen;  // key → line
    for (std::size_t r = 0; r < table->row_count(); ++r) {
        RowReader row(ctx, *table, r, file);
        const std::string key = row.text("项目", true);
        const std::string value = row.text("内容", true);
        if (key.empty()) continue;
        if (!contains(kOfficeRequired, key) && !contains(kOfficeOptional, key)) {
            row.error("项目", str::kErrOfficeUnknownKey);
            continue;
        }
        if (const auto it = seen.find(key); it != seen.end()) {
            row.error("项目", format_text(str::kErrDuplicateOfficeKey.zh, it->second),
                      format_text(str::kErrDuplicateOfficeKey.en, it->second));
            continue;
        }
        seen.emplace(key, row.line());
        int days = 0;
        if (!value.empty() && contains(kOfficeDayKeys, key)) {
            const auto v = parse_integer(value);
            if (!v || *v < 1 || *v > 60) {
                row.error("内容", str::kErrOfficeDays);
                continue;
            }
            days = static_cast<int>(*v);
        }
        if (key == "邮政编码" && !value.empty()) {
            const std::string folded = nfkc_fold(value);
            const bool six_digits = folded.size() == 6 && std::all_of(folded.begin(), folded.end(), [](char c) {
                                        return c >= '0' && c <= '9';
                                    });
            if (!six_digits) {
                row.error("内容", str::kErrPostcode);
                continue;
            }
        }
        if (value.empty()) continue;  // reported as required above
        // 机关名称 is the publisher the snapshot and the signed bundle name (unless kioskctl pack --publisher says).
        if (key == "机关名称" && !row.within_limit(LimitId::Publisher, value)) continue;
        set_office_field(out.office_fields, key, value, days);
        out.office.emplace_back(key, value);
    }
    // A missing required key is about the whole file; the field names the key so staff know which row to add.
    if (table->has_column("项目")) {
        for (const auto key : kOfficeRequired) {
            if (seen.count(std::string(key)) == 0) ctx.errors.add(file, 0, std::string(key), str::kErrOfficeMissingKey);
        }
    }
}

void read_announcements(SourceContext& ctx, PackedContent& out) {
    const std::string file = "announcements.csv";
    auto table = load_table(ctx, file, {"标题", "发布日期", "截止日期", "内容"}, {"标题", "发布日期", "内容"});
    if (!table) return;
    for (std::size_t r = 0; r < table->row_count(); ++r) {
        RowReader row(ctx, *table, r, file);
        Announcement a;
        a.title = row.text("标题", true);
        const auto published = row.date("发布日期", true);
        const auto expires = row.date("截止日期", false);
        a.body = row.text("内容", true);
        if (published && expires && !expires->empty() && *expires < *published) {
            row.error("截止日期", str::kErrExpiresBeforePublished);
        }
        if (!row.ok()) continue;
        a.published_date = *published;
        a.expires_date = *expires;
        out.announcements.push_back(std::move(a));
    }
}

void read_calendar(SourceContext& ctx, PackedContent& out) {
    const std::string file = "calendar.csv";
    auto table = load_table(ctx, file, {"日期", "类型", "名称"}, {"日期", "类型", "名称"});
    if (!table) return;
    std::map<std::string, int> seen;  // date → line
    std::set<int> years;
    for (std::size_t r = 0; r < table->row_count(); ++r) {
        RowReader row(ctx, *table, r, file);
        CalendarDay day;
        const auto date = row.date("日期", true);
        const std::string kind_text = row.text("类型", true);
        day.name = row.text("名称", true);
        std::optional<DayKind> kind;
        if (!kind_text.empty()) {
            kind = parse_day_kind(kind_text);
            if (!kind) row.error("类型", str::kErrBadDayKind);
        }
        if (date) {
            if (const auto it = seen.find(*date); it != seen.end()) {
                row.error("日期", format_text(str::kErrDuplicateCalendarDate.zh, it->second),
                          format_text(str::kErrDuplicateCalendarDate.en, it->second));
            } else {
                seen.emplace(*date, row.line());
                // 班 moves work onto a weekend day; on a weekday it would change nothing, so it is a typo.
                const int wd = weekday_from_days(*days_from_iso(*date));
                if (kind == DayKind::AdjustedWorkday && wd != 0 && wd != 6) {
                    row.error("日期", str::kErrAdjustedWorkdayNotWeekend);
                }
            }
        }
        if (!row.ok()) continue;
        day.date = *date;
        day.kind = *kind;
        years.insert(std::stoi(day.date.substr(0, 4)));
        out.calendar.push_back(std::move(day));
    }
    std::sort(out.calendar.begin(), out.calendar.end(),
              [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    out.calendar_years.assign(years.begin(), years.end());
}

void read_disclosure_guide(SourceContext& ctx, PackedContent& out) {
    const std::string file = "disclosure_guide.md";
    auto text = read_text_source(ctx, file, str::kErrDisclosureGuideMissing);
    if (!text) return;
    if (text->find_first_not_of(" \t\n") == std::string::npos) {
        ctx.errors.add(file, 0, "", str::kErrDisclosureGuideEmpty);
        return;
    }
    out.disclosure_guide = std::move(*text);
    // The page title is the first "# " heading when there is one; screens show it above the text.
    out.disclosure_guide_title = str::kDisclosureGuideTitle;
    std::size_t pos = 0;
    while (pos < out.disclosure_guide.size()) {
        const std::size_t end = std::min(out.disclosure_guide.find('\n', pos), out.disclosure_guide.size());
        const std::string_view line = trim_spaces(std::string_view(out.disclosure_guide).substr(pos, end - pos));
        if (line.substr(0, 2) == "# ") {
            out.disclosure_guide_title = std::string(trim_spaces(line.substr(2)));
            break;
        }
        pos = end + 1;
    }
}

}  // namespace kiosk::core
