// content_model.h — the kiosk's content as plain data.
//
// These structs are what core queries hand to the screens: plain values, no database handles, so a screen can keep
// them across frames and a test can build them by hand. Field names follow the Chinese catalog fields named in
// shared/domain.md; the comment after each gives the Chinese name as it appears on real disclosure pages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

// 有效性. Expired and repealed documents stay in the catalog and are labelled, never hidden.
enum class Validity { Valid, Expired, Repealed };

struct AttachmentInfo {
    std::int64_t id = 0;
    std::string name;   // file name as staff gave it, e.g. "收费标准表.png": for staff, never shown to readers
    std::string caption;  // 附件说明 from catalog.csv; empty when none was given (the page says 附件1, 附件2…)
    std::string mime;   // "image/png", "image/jpeg"
    std::int64_t size = 0;
};

// One row of a catalog list: just what the list shows.
struct DocumentSummary {
    std::int64_t id = 0;
    std::string title;           // 标题
    std::string doc_no;          // 文号, may be empty
    std::string issuer;          // 发布机构 ("；" between joint issuers)
    std::string category;        // 主题分类
    std::string published_date;  // 发布日期, YYYY-MM-DD
    Validity validity = Validity::Valid;
};

struct Document : DocumentSummary {
    std::string index_no;      // 索引号
    std::string genre;         // 体裁分类
    std::string written_date;  // 成文日期
    std::string keywords;      // 主题词 ("；"-separated)
    std::string summary;       // 内容概述
    std::string body;          // 正文 (Markdown subset, see content/README.md)
    std::vector<std::string> names;  // 人名: people the document names, kept as written when shown in 繁體字
    std::vector<AttachmentInfo> attachments;
};

struct GuideMaterial {
    int ordinal = 0;
    std::string name;              // 材料名称
    int copies = 1;                // 份数
    std::string original_or_copy;  // 原件 / 复印件 / 原件和复印件
    std::string medium;            // 纸质 / 电子 / 纸质或电子
    std::string note;              // 备注
};

struct GuideStep {
    int ordinal = 0;
    std::string name;         // 环节
    std::string description;  // 说明
};

struct GuideSummary {
    std::int64_t id = 0;
    std::string code;  // 事项编码
    std::string name;  // 事项名称
    std::string kind;  // 事项类型
    std::string agency;  // 实施机构
};

struct Guide : GuideSummary {
    std::string basis;       // 设定依据
    std::string conditions;  // 受理条件
    int legal_days = 0;      // 法定办结时限, working days
    int promised_days = 0;   // 承诺办结时限, working days; 0 = 即办
    bool charged = false;    // 是否收费
    std::string fee;         // 收费标准及依据
    std::string place;       // 办理地点
    std::string hours;       // 办理时间
    std::string phone;       // 咨询电话
    std::string complaint_phone;  // 监督投诉电话
    int visits = -1;         // 到现场次数; -1 = not stated in the source
    std::string progress;    // 进度查询
    std::vector<GuideMaterial> materials;
    std::vector<GuideStep> steps;
};

struct FeeStandard {
    std::int64_t id = 0;
    std::string category;               // 类别
    std::string item;                   // 项目
    std::optional<double> amount;       // 金额; absent when the standard is text only
    std::string unit;                   // 单位, e.g. 元/人·月
    std::string standard_text;          // 标准说明
    std::string basis;                  // 依据
    std::string approver;               // 批准机关
    std::string note;                   // 备注
    std::string effective_date;         // 生效日期
};

// A fee's standard as the kiosk shows it (fee list, search results, kioskctl search): "500 元/人·月", "12.5 元/页",
// or the text standard ("免费") when there is no amount.
std::string fee_standard_label(const FeeStandard& f);

struct Announcement {
    std::int64_t id = 0;
    std::string title;
    std::string published_date;
    std::string expires_date;  // empty = no end
    std::string body;
};

// The office where the kiosk stands (office.csv), with the deadline numbers that a county may set itself.
struct Office {
    std::string name;             // 机关名称
    std::string short_name;       // 简称
    std::string address;          // 地址
    std::string postcode;         // 邮政编码
    std::string hours;            // 办公时间
    std::string phone;            // 咨询电话
    std::string complaint_phone;  // 监督电话
    std::string email;            // 电子邮箱
    std::string website;          // 网站
    int reply_days = 20;          // 答复期限工作日
    int extension_days = 20;      // 延长期限工作日
    int correction_notice_days = 7;  // 补正告知工作日
};

// One office.csv key into an Office — pack reads it from the file, ContentStore from the snapshot's office table, and
// both must agree. `days` is the value as a number, used for the three day counts (pack has validated them).
inline void set_office_field(Office& o, std::string_view key, const std::string& value, int days) {
    if (key == "机关名称") o.name = value;
    else if (key == "简称") o.short_name = value;
    else if (key == "地址") o.address = value;
    else if (key == "邮政编码") o.postcode = value;
    else if (key == "办公时间") o.hours = value;
    else if (key == "咨询电话") o.phone = value;
    else if (key == "监督电话") o.complaint_phone = value;
    else if (key == "电子邮箱") o.email = value;
    else if (key == "网站") o.website = value;
    else if (key == "答复期限工作日") o.reply_days = days;
    else if (key == "延长期限工作日") o.extension_days = days;
    else if (key == "补正告知工作日") o.correction_notice_days = days;
}

enum class DayKind { Holiday, AdjustedWorkday };  // 休 / 班

struct CalendarDay {
    std::string date;  // YYYY-MM-DD
    DayKind kind = DayKind::Holiday;
    std::string name;  // 名称, e.g. 国庆节
};

// What the snapshot says about itself (the meta table).
struct SnapshotInfo {
    int schema_version = 0;
    std::string content_version;  // e.g. "2026.11"; monthly bundles make it only increase
    std::string built_at;         // ISO 8601 UTC
    std::string publisher;
};

struct NamedCount {
    std::string name;
    int count = 0;
};

// A catalog browse: empty category = all, year 0 = all years.
struct CatalogFilter {
    std::string category;
    int year = 0;
};

}  // namespace kiosk::core
