// strings_zh.h — every user-visible Chinese string of the product, in one table.
//
// Why one table: the words on a public kiosk are part of its design (plain words for elderly readers, the same word
// for the same thing on every screen), so they are reviewed together here rather than found scattered in widgets.
// Messages that staff or CI logs read carry an English twin. Sections follow the screens and subsystems.
//
// Index of this file:
// [SECTION] Navigation, shown on every screen
// [SECTION] Reading comfort: text size and 长辈模式, on every screen
// [SECTION] Home
// [SECTION] Search
// [SECTION] Catalog
// [SECTION] Service guides
// [SECTION] Fees
// [SECTION] Request form: its title, and the words shown when this kiosk cannot take applications (no office key)
// [SECTION] Disclosure guide and notices
// [SECTION] Idle and start-up
// [SECTION] Pack: source errors (staff fix spreadsheets by these; file:line:field is added by SourceError)
// [SECTION] Staff screens and the update badge (ui/staff/)
// [SECTION] The request form on screen (ui/request/)
// [SECTION] The 拼音 engine's messages for staff and logs (input/pinyin_engine.cpp); an English detail follows each
// [SECTION] Search (core/search/)
// [SECTION] Signing keys (core/updates/signing.cpp). Argument: the key file.
// [SECTION] The request form: messages next to a field (core/requests/field_check.cpp)
// [SECTION] The request form: field names and choices (core/requests/application.cpp)
// [SECTION] Applications: storing and exporting (core/requests/application_store.cpp)
// [SECTION] The office's copy of an application (tools/application_pdf.cpp)
// [SECTION] Content updates from a USB stick (core/updates/, core/snapshot/)
// [SECTION] Reading aloud: the reading engine and the 读音 sheet (core/zh/reading.cpp, core/pack/pack_readings.cpp)
// [SECTION] Chinese script conversion (core/zh/chinese_convert.cpp)
// [SECTION] Staff screen: collecting the request forms, and stopping the kiosk (ui/staff/staff_screen.cpp)
// [SECTION] The attract screen after the idle reset (ui/reading/attract_screen.cpp)
// [SECTION] Usage figures: the staff screen's 使用情况 page (ui/staff/staff_stats_screen.cpp) and kioskctl stats
// [SECTION] The configuration file (core/operation/kiosk_config.cpp, kioskctl config check)
// [SECTION] The start-up self-check (core/operation/self_check.cpp); the Chinese half is also shown on the staff page
// [SECTION] 朗读: recorded readings (core/content/recorded_audio.cpp, pack_recordings.cpp) and the voice
// [SECTION] Plain words: official terms a villager may not know, each with one line in everyday words
#pragma once

namespace kiosk::str {

// A message for staff: Chinese first, because that is who acts on it; English for logs and developers.
struct Bilingual {
    const char* zh;
    const char* en;
};

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Navigation, shown on every screen
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kBack = "返回";
inline constexpr const char* kHome = "首页";
inline constexpr const char* kPrevPage = "上一页";
inline constexpr const char* kNextPage = "下一页";
inline constexpr const char* kAll = "全部";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Reading comfort: text size and 长辈模式, on every screen
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kTextSize = "字号";
inline constexpr const char* kSizeStandard = "标准";
inline constexpr const char* kSizeLarge = "大";
inline constexpr const char* kSizeExtraLarge = "特大";
inline constexpr const char* kElderMode = "长辈模式";
inline constexpr const char* kExitElderMode = "退出长辈模式";
inline constexpr const char* kReadAloud = "朗读";     // the access bar: read this page aloud
inline constexpr const char* kStopReading = "停止";   // the same button while it reads
inline constexpr const char* kSpeakItemPrefix = "第";  // a numbered material or step, read aloud: 第1项，…
inline constexpr const char* kSpeakItemSuffix = "项，";
// The document page's script switch; each label is written in the script it switches to.
inline constexpr const char* kShowOriginal = "原文";
inline constexpr const char* kShowSimplified = "简体字";
inline constexpr const char* kShowTraditional = "繁體字";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Home
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kProductName = "政府信息公开查阅";
inline constexpr const char* kTileCatalog = "公开目录";
inline constexpr const char* kTileCatalogHint = "查阅政府公开的文件";
inline constexpr const char* kTileGuides = "办事指南";
inline constexpr const char* kTileGuidesHint = "办事要带什么、怎么办";
inline constexpr const char* kTileFees = "收费标准";
inline constexpr const char* kTileFeesHint = "收费和补助标准";
inline constexpr const char* kTileApply = "依申请公开";
inline constexpr const char* kTileApplyHint = "申请查看政府信息";
inline constexpr const char* kTileDisclosureGuide = "公开指南";
inline constexpr const char* kTileDisclosureGuideHint = "怎样查阅、怎样申请";
inline constexpr const char* kTileNotices = "通知公告";
inline constexpr const char* kTileNoticesHint = "本单位最新通知";
inline constexpr const char* kOfficeHours = "办公时间";
inline constexpr const char* kOfficePhone = "咨询电话";
inline constexpr const char* kOfficeAddress = "地址";
inline constexpr const char* kTouchToStart = "请用手指轻点屏幕上的大按钮";

// Weekday names for the home clock, Monday first (tm_wday order is Sunday first; see ui/reading/home_screen.cpp).
inline constexpr const char* kWeekdays[7] = {"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"};

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Search
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kSearch = "搜索";
inline constexpr const char* kSearchTitle = "搜索文件";
inline constexpr const char* kSearchBarHint = "搜索文件：可以手写、打拼音或输入文号";
inline constexpr const char* kSearchBarHintShort = "搜索文件：可以手写";  // when big text leaves no room for the rest
// In the search field while it is empty; the shorter one where big text leaves the field narrow.
inline constexpr const char* kSearchPlaceholder = "请在下面写字、打拼音或输入文号";
inline constexpr const char* kSearchPlaceholderShort = "请在下面输入";
inline constexpr const char* kSearchHelp =
    "您可以这样找文件：\n"
    "会写字：点“手写”，用手指在框里写，再点您写的字。\n"
    "会拼音：点“拼音”，按字母打拼音。\n"
    "找文号：点“123”，先输年份再输号码，例如 202125（2021年25号）。";
// The search answered a word the content holds instead of pinyin that found nothing; tapping puts the word in.
inline constexpr const char* kSearchDidYouMeanFmt = "您是不是要找「%s」？";
// No document holds every part of the query: the list shows those that hold most of them.
inline constexpr const char* kSearchPartial = "没有文件包含全部字词，下面的文件包含其中大部分。";
inline constexpr const char* kSearchWorking = "正在查找…";
inline constexpr const char* kSearchCountFmt = "找到 %d 件";
inline constexpr const char* kSearchFound = "找到以下文件（正在统计件数）";
inline constexpr const char* kSearchCountCappedFmt = "找到 %d 件以上，下面是最相关的";
inline constexpr const char* kSearchNothingFmt = "没有找到“%s”。可以去掉几个字、换个说法，或者按分类查看：";
inline constexpr const char* kSearchFilters = "筛选";
inline constexpr const char* kSearchFiltersDone = "看结果";
inline constexpr const char* kSearchClearFilters = "清除筛选";
inline constexpr const char* kSearchFilteredBy = "筛选：";
inline constexpr const char* kAllIssuers = "全部机构";
inline constexpr const char* kValidOnly = "只看有效文件";
inline constexpr const char* kLastYearsFmt = "近%d年";
inline constexpr const char* kKeySpace = "空格";
inline constexpr const char* kKeyBackspace = "删除";
inline constexpr const char* kKeyClear = "清空";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Catalog
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kCatalogTitle = "政府信息公开目录";
inline constexpr const char* kCategory = "主题分类";
inline constexpr const char* kYear = "年份";
inline constexpr const char* kAllCategories = "全部分类";
inline constexpr const char* kByCategory = "按分类";
inline constexpr const char* kByYear = "按年份";
inline constexpr const char* kAllYears = "全部年份";
inline constexpr const char* kYearSuffix = "年";
// A filter chip with how many documents it holds: "社会救助（13份）", "2019年（5份）".
inline constexpr const char* kCategoryChipFmt = "%s（%d份）";        // category, count
inline constexpr const char* kYearChipFmt = "%s年（%d份）";          // year, count
// The filter buttons at big sizes and in portrait, with what is chosen: "按分类：社会救助", "按年份：2019年".
inline constexpr const char* kFilterChosenFmt = "%s：%s";            // 按分类 or 按年份, the choice
inline constexpr const char* kPickCategory = "点一个分类，只看这一类文件：";
inline constexpr const char* kPickYear = "点一个年份，只看这一年的文件：";
inline constexpr const char* kBackToDocuments = "回到文件列表";
inline constexpr const char* kDocumentCountFmt = "共 %d 件";
inline constexpr const char* kPageFmt = "第 %d / %d 页";
inline constexpr const char* kNoDocuments = "这里还没有文件。请换一个分类或年份看看。";
inline constexpr const char* kValid = "有效";
inline constexpr const char* kExpired = "失效";
inline constexpr const char* kRepealed = "废止";
inline constexpr const char* kExpiredNotice = "注意：本文件已失效，仅供查阅，不再作为办事依据。";
inline constexpr const char* kRepealedNotice = "注意：本文件已废止，仅供查阅，不再作为办事依据。";

// Document metadata labels, in the order real disclosure pages show them.
inline constexpr const char* kIndexNo = "索引号";
inline constexpr const char* kDocTitle = "标题";
inline constexpr const char* kDocNo = "文号";
inline constexpr const char* kIssuer = "发布机构";
inline constexpr const char* kTopic = "主题分类";
inline constexpr const char* kGenre = "体裁分类";
inline constexpr const char* kWrittenDate = "成文日期";
inline constexpr const char* kPublishedDate = "发布日期";
inline constexpr const char* kValidity = "有效性";
inline constexpr const char* kKeywords = "主题词";
inline constexpr const char* kSummary = "内容概述";
inline constexpr const char* kFullText = "正文";
inline constexpr const char* kAttachments = "附件";
// An attachment without a 附件说明: its place in the list, never its file name (附件1, 附件2…).
inline constexpr const char* kAttachmentNumbered = "附件%d";
inline constexpr const char* kNone = "无";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Service guides
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kGuidesTitle = "办事指南";
inline constexpr const char* kGuideKind = "事项类型";
inline constexpr const char* kGuideAgency = "实施机构";
inline constexpr const char* kGuideBasis = "设定依据";
inline constexpr const char* kGuideConditions = "受理条件";
inline constexpr const char* kGuideMaterials = "申请材料";
inline constexpr const char* kGuideSteps = "办理流程";
inline constexpr const char* kGuideDeadline = "办理时限";
inline constexpr const char* kGuideLegalDaysFmt = "法定 %d 个工作日";
inline constexpr const char* kGuidePromisedDaysFmt = "承诺 %d 个工作日";
inline constexpr const char* kGuideImmediate = "承诺 即时办结";
inline constexpr const char* kGuideFee = "收费";
inline constexpr const char* kGuideFree = "不收费";
inline constexpr const char* kGuidePlace = "办理地点";
inline constexpr const char* kGuideHours = "办理时间";
inline constexpr const char* kGuidePhone = "咨询电话";
inline constexpr const char* kGuideComplaintPhone = "监督投诉电话";
inline constexpr const char* kGuideVisitsFmt = "最多跑 %d 次";
inline constexpr const char* kGuideNoVisit = "不用跑（网上或邮寄办理）";
inline constexpr const char* kGuideProgress = "进度查询";
inline constexpr const char* kGuideVisits = "到现场次数";
inline constexpr const char* kMaterialCopiesFmt = "%d 份";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Fees
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kFeesTitle = "收费和补助标准";
inline constexpr const char* kFeeItem = "项目";
inline constexpr const char* kFeeStandard = "标准";
inline constexpr const char* kFeeBasis = "依据";
inline constexpr const char* kFeeApprover = "批准机关";
inline constexpr const char* kFeeNote = "备注";
inline constexpr const char* kFeeEffective = "生效日期";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Request form: its title, and the words shown when this kiosk cannot take applications (no office key)
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kApplyTitle = "政府信息公开申请";
inline constexpr const char* kApplyComingBody =
    "现在可以到服务窗口领取纸质申请表填写，工作人员会帮助您。\n"
    "不会写字的，可以口头提出申请，由工作人员代为填写。";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Disclosure guide and notices
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kDisclosureGuideTitle = "政府信息公开指南";
inline constexpr const char* kNoticesTitle = "通知公告";
inline constexpr const char* kNoNotices = "目前没有通知。";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Idle and start-up
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kStartupFailedTitle = "查阅机暂时不能使用";
inline constexpr const char* kStartupFailedBody = "请联系工作人员。";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Pack: source errors (staff fix spreadsheets by these; file:line:field is added by SourceError)
//---------------------------------------------------------------------------------------------------------------------
// (pack's messages are added below by the core.)

// Reading a source file's bytes (text_encoding.cpp). Arguments: file, line, byte offset.
inline constexpr Bilingual kErrEncodingBadUtf8 = {
    "%s 第 %d 行（第 %zu 字节）有乱码，不是正确的 UTF-8 文字，文件可能损坏或混用了编码。请用 WPS 或记事本打开，检查这一行后另存为 UTF-8",
    "%s line %d (byte %zu): bytes that are not valid UTF-8; the file may be damaged or mix encodings. Check that line and save the file again as UTF-8"};
inline constexpr Bilingual kErrEncodingUnknown = {
    "%s 第 %d 行（第 %zu 字节）：认不出文件的编码，既不是 UTF-8 也不是 GB18030。请用 WPS 或 Excel 另存为 CSV（UTF-8 或默认编码都可以）",
    "%s line %d (byte %zu): encoding not recognised, neither UTF-8 nor GB18030. Save it again as CSV from WPS or Excel (UTF-8 or the default)"};
inline constexpr Bilingual kErrEncodingUtf16 = {
    "%s 是\"Unicode 文本\"（UTF-16）格式，读不了。请另存为\"CSV UTF-8\"或普通 CSV",
    "%s is saved as \"Unicode text\" (UTF-16), which cannot be read. Save it as \"CSV UTF-8\" or plain CSV"};

// CSV structure (csv_reader.cpp).
inline constexpr Bilingual kErrCsvUnclosedQuote = {
    "引号没有配对：这一行有一格以引号开头，却一直没有结束。请检查是否少打了一个英文引号 \"",
    "unclosed quote: a cell starting on this line opens a quote that never closes; look for a missing \""};
inline constexpr Bilingual kErrCsvTextAfterQuote = {
    "引号后面还有文字。一格里要用引号时，整格用引号括起来，里面的引号写两遍（\"\"）",
    "text after a closing quote; put the whole cell in quotes and write every quote inside it twice (\"\")"};
inline constexpr Bilingual kErrCsvNoHeader = {
    "文件是空的。第一行应是列名（表头）；没有数据也要保留表头这一行",
    "the file is empty; the first row must hold the column names, even when there are no rows"};
inline constexpr Bilingual kErrCsvEmptyColumn = {
    "表头第 %d 列没有列名。请填上列名，或删除这一列",
    "header column %d has no name; name it or delete the column"};
inline constexpr Bilingual kErrCsvUnknownColumn = {
    "不认识这个列名，可能打错了字。请对照 content/README.md 里的列名改正",
    "unknown column name, probably a typo; correct it to one listed in content/README.md"};
inline constexpr Bilingual kErrCsvDuplicateColumn = {
    "这个列名出现了两次。请删除多余的一列",
    "this column appears twice; delete the extra one"};
inline constexpr Bilingual kErrCsvMissingColumn = {
    "缺少这一列，它是必填的。请在表头加上这一列，并给每一行填上",
    "required column missing; add it to the header and fill it in on every row"};
inline constexpr Bilingual kErrCsvTooManyCells = {
    "这一行有 %d 格，比表头的 %d 列多。多半是某格内容里有逗号却没有用引号括起来",
    "this row has %d cells but the header has %d columns; a cell containing a comma probably lacks quotes"};

// Files and paths (pack_sources.cpp, pack_catalog.cpp).
inline constexpr Bilingual kErrSourceFileMissing = {
    "找不到这个文件。没有内容也要保留它（只写表头一行）",
    "file not found; keep it even when there is nothing to list (header row only)"};
inline constexpr Bilingual kErrFileUnreadable = {
    "文件打不开，可能没有读取权限。请检查文件权限",
    "cannot read the file; check its permissions"};
inline constexpr Bilingual kErrDisclosureGuideMissing = {
    "找不到政府信息公开指南文件 disclosure_guide.md。请把指南全文放在内容文件夹里",
    "disclosure_guide.md not found; put the disclosure guide's text in the content folder"};
inline constexpr Bilingual kErrDisclosureGuideEmpty = {
    "政府信息公开指南是空的。请写上指南全文",
    "the disclosure guide is empty; write its text"};
inline constexpr Bilingual kErrPathAbsolute = {
    "文件名不能是完整路径（不能以 C:\\ 或 / 开头）。只写文件夹里的文件名，如 2024-001.md",
    "give the file name only, not a full path (no C:\\ or leading /), e.g. 2024-001.md"};
inline constexpr Bilingual kErrPathParent = {
    "文件名里不能有\"..\"。文件必须放在内容文件夹里面",
    "the file name must not contain \"..\"; the file must be inside the content folder"};
inline constexpr Bilingual kErrPathOutside = {
    "这个文件实际在内容文件夹外面（可能是快捷方式或链接）。请把文件本身复制进来",
    "the file lies outside the content folder (a link?); copy the file itself in"};
inline constexpr Bilingual kErrPathMissing = {
    "找不到文件 %s。请检查文件名（包括 .md、.png 这样的扩展名）和表格里写的是否一样",
    "file %s not found; check that the name, including its extension, matches the spreadsheet"};
inline constexpr Bilingual kErrBodyType = {
    "正文只能是 .txt 或 .md 文本文件。Word 文件请另存为\"纯文本\"",
    "正文 must be a .txt or .md text file; save Word documents as plain text"};
inline constexpr Bilingual kErrBodyEmpty = {
    "正文文件是空的。请放入文件全文",
    "the 正文 file is empty; put the document's full text in it"};
inline constexpr Bilingual kErrMoreCaptionsThanAttachments = {
    "附件说明有 %zu 条，附件只有 %zu 个：每个附件一条说明，用“；”隔开，顺序与附件相同",
    "附件说明 has %zu captions for %zu attachments: one caption per attachment, separated by '；', in the same order"};
inline constexpr Bilingual kErrAttachmentType = {
    "附件 %s 不是 PNG 或 JPEG 图片，查阅机只能显示这两种。PDF、Word 请先转成图片",
    "attachment %s is not a PNG or JPEG image, the only kinds the kiosk shows; convert PDF or Word pages to images"};

// Cell values (pack_*.cpp).
inline constexpr Bilingual kErrRequired = {
    "这一项必须填写",
    "required, but empty"};
inline constexpr Bilingual kErrBadDate = {
    "日期写法不对，或者没有这一天（如 2月30日）。应写成 2024-05-01 这样",
    "bad date, or no such day (like 30 February); write it as 2024-05-01"};
inline constexpr Bilingual kErrBadInteger = {
    "这里只能填整数，如 20，不要带\"天\"\"份\"等字",
    "must be a whole number like 20, without words such as 天 or 份"};
inline constexpr Bilingual kErrIntegerTooSmall = {
    "这里的数不能小于 %lld",
    "must not be less than %lld"};
inline constexpr Bilingual kErrBadNumber = {
    "金额只写数字，如 580 或 12.5，不要带\"元\"或逗号；单位写在\"单位\"一栏",
    "amount must be a plain number like 580 or 12.5, without 元 or commas; the unit goes in 单位"};
inline constexpr Bilingual kErrBadValidity = {
    "有效性只能填 有效、失效 或 废止",
    "must be 有效 (valid), 失效 (expired) or 废止 (repealed)"};
inline constexpr Bilingual kErrBadDayKind = {
    "类型只能填 休（放假）或 班（调休上班）",
    "must be 休 (holiday) or 班 (adjusted working day)"};
inline constexpr Bilingual kErrBadYesNo = {
    "只能填 是 或 否",
    "must be 是 (yes) or 否 (no)"};
inline constexpr Bilingual kErrBadOriginalOrCopy = {
    "只能填 原件、复印件 或 原件和复印件",
    "must be 原件 (original), 复印件 (copy) or 原件和复印件 (both)"};
inline constexpr Bilingual kErrBadMedium = {
    "只能填 纸质、电子 或 纸质或电子",
    "must be 纸质 (paper), 电子 (electronic) or 纸质或电子 (either)"};
inline constexpr Bilingual kErrDuplicateIndexNo = {
    "索引号重复：第 %d 行已经用了这个索引号。每份文件的索引号都必须不同",
    "duplicate 索引号: line %d already uses it; every document needs its own"};
inline constexpr Bilingual kErrDuplicateGuideCode = {
    "事项编码重复：第 %d 行已经用了这个编码。每个事项的编码都必须不同",
    "duplicate 事项编码: line %d already uses it; every guide needs its own"};
inline constexpr Bilingual kErrDuplicateOrdinal = {
    "同一事项的序号重复：第 %d 行已经用了这个序号。请重新编号",
    "duplicate 序号 within this guide: line %d already uses it; renumber"};
inline constexpr Bilingual kErrDuplicateCalendarDate = {
    "这一天重复了：第 %d 行已经写过这个日期。请删除其中一行",
    "duplicate date: line %d already lists it; delete one of the rows"};
inline constexpr Bilingual kErrDuplicateOfficeKey = {
    "这一项重复了：第 %d 行已经写过。请删除其中一行",
    "duplicate setting: line %d already has it; delete one of the rows"};
inline constexpr Bilingual kErrUnknownGuide = {
    "guides.csv 里没有这个事项编码。请先在 guides.csv 里添加这个事项，或改正编码",
    "no guide with this 事项编码 in guides.csv; add the guide there first or correct the code"};
inline constexpr Bilingual kErrPromisedOverLegal = {
    "承诺办结时限不能比法定办结时限长。请检查这两个天数",
    "the promised time limit cannot be longer than the legal one; check both numbers"};
inline constexpr Bilingual kErrChargedWithoutFee = {
    "是否收费填了\"是\"，就要写明收多少钱、依据是什么",
    "是否收费 is 是, so say how much is charged and on what basis"};
inline constexpr Bilingual kErrWrittenAfterPublished = {
    "成文日期晚于发布日期，文件不能先发布后成文。请检查这两个日期",
    "成文日期 is after 发布日期; a document cannot be published before it is written. Check both dates"};
inline constexpr Bilingual kErrExpiresBeforePublished = {
    "截止日期早于发布日期。请检查这两个日期",
    "截止日期 is before 发布日期; check both dates"};
inline constexpr Bilingual kErrAmountNeedsUnit = {
    "填了金额就要填单位，如 元/人·月",
    "an amount needs a unit, e.g. 元/人·月"};
inline constexpr Bilingual kErrNeedAmountOrText = {
    "金额和标准说明至少填一项：有固定金额就填金额和单位，没有就用文字写在标准说明里",
    "fill in 金额 with 单位, or, when there is no fixed amount, describe the standard in 标准说明"};
inline constexpr Bilingual kErrAdjustedWorkdayNotWeekend = {
    "\"班\"（调休上班）只会在星期六或星期日，这一天本来就是工作日。请检查日期",
    "班 (adjusted working day) falls only on a Saturday or Sunday, but this date is a weekday; check the date"};
inline constexpr Bilingual kErrOfficeUnknownKey = {
    "不认识这个项目名，可能打错了字。可填的项目见 content/README.md",
    "unknown setting, probably a typo; see content/README.md for the list"};
inline constexpr Bilingual kErrOfficeMissingKey = {
    "office.csv 缺少这一项，它是必填的。请添加一行",
    "office.csv lacks this required setting; add a row for it"};
inline constexpr Bilingual kErrOfficeDays = {
    "这里填工作日天数，应是 1 到 60 之间的整数",
    "a number of working days: a whole number from 1 to 60"};
inline constexpr Bilingual kErrPostcode = {
    "邮政编码应是 6 位数字",
    "a postcode is 6 digits"};
// synonyms.csv (pack_synonyms.cpp). One row is one group of words that mean the same, separated by ；.
// Argument: the word's place in the cell, counting from 1.
inline constexpr Bilingual kErrSynonymEmptyWord = {
    "第 %zu 个词是空的：两个分号之间没有字，或分号写在了开头或末尾。请删去多余的分号",
    "word %zu is empty: nothing between two semicolons, or a semicolon at the start or end; remove the extra one"};
// Argument: the word as written.
inline constexpr Bilingual kErrSynonymNotSearchable = {
    "“%s”只有标点或空格，搜索时这些都会被忽略。同义词要有汉字、字母或数字",
    "\"%s\" is only punctuation or spaces, which search ignores; a synonym needs characters, letters or digits"};
inline constexpr Bilingual kErrSynonymTooFew = {
    "一行至少要有两个不同的词，用“；”隔开，如 低保；最低生活保障",
    "a row needs at least two different words separated by '；', e.g. 低保；最低生活保障"};
// Arguments: the word as written, the line that already has it.
inline constexpr Bilingual kErrSynonymDuplicate = {
    "“%s”在第 %d 行已经有了。一个词只能写在一行里：两行说的是同一件事，就合并成一行",
    "\"%s\" is already on line %d; a word belongs to one row only: if both rows mean the same, merge them"};

// Content limits (core/snapshot/content_limits.h): what each limit is about, in pack's messages and the kiosk's.
inline constexpr Bilingual kLimitIndexNo = {"索引号", "索引号 (index number)"};
inline constexpr Bilingual kLimitTitle = {"标题", "title"};
inline constexpr Bilingual kLimitDocNo = {"文号", "文号 (document number)"};
inline constexpr Bilingual kLimitIssuer = {"发布机构", "issuer"};
inline constexpr Bilingual kLimitCategory = {"主题分类", "category"};
inline constexpr Bilingual kLimitKeywords = {"主题词", "keywords"};
inline constexpr Bilingual kLimitSummary = {"内容概述", "summary"};
inline constexpr Bilingual kLimitBody = {"正文", "body text"};
inline constexpr Bilingual kLimitAttachmentName = {"附件文件名", "attachment file name"};
inline constexpr Bilingual kLimitAttachmentData = {"附件图片", "attachment image"};
inline constexpr Bilingual kLimitAttachmentCaption = {"附件说明", "attachment caption"};
inline constexpr Bilingual kLimitNames = {"人名", "names"};
inline constexpr Bilingual kLimitGuideCode = {"事项编码", "guide code"};
inline constexpr Bilingual kLimitGuideName = {"事项名称", "guide name"};
inline constexpr Bilingual kLimitFeeCategory = {"收费类别", "fee category"};
inline constexpr Bilingual kLimitFeeItem = {"收费项目", "fee item"};
inline constexpr Bilingual kLimitSynonymWord = {"同义词", "synonym"};
inline constexpr Bilingual kLimitSynonymGroups = {"同义词组", "synonym groups"};
inline constexpr Bilingual kLimitReadingWord = {"读音表的词语", "word of the readings sheet"};
inline constexpr Bilingual kLimitReadingRows = {"读音表的行数", "rows of the readings sheet"};
inline constexpr Bilingual kLimitPublisher = {"机关名称（发布单位）", "publisher (机关名称)"};
inline constexpr Bilingual kLimitMetaValue = {"内容版本号等打包信息", "content version or other packing information"};
// A value over its limit (pack_sources.cpp). Arguments: what (above), its characters and bytes, the limit in bytes
// and in Chinese characters (3 bytes each).
inline constexpr Bilingual kErrLimitTooLong = {
    "%s太长：%zu 字（%zu 字节），上限 %lld 字节（约 %lld 个汉字）。查阅机不接受更长的内容，请改短",
    "%s too long: %zu characters (%zu bytes), the limit is %lld bytes (about %lld Chinese characters); the kiosk "
    "refuses longer values, shorten it"};
// Arguments: what, file name, its bytes and megabytes, the limit in bytes and megabytes.
inline constexpr Bilingual kErrLimitTooLarge = {
    "%s %s 太大：%zu 字节（%.1f MB），上限 %lld 字节（%lld MB）。请压缩图片或降低分辨率",
    "%s %s too large: %zu bytes (%.1f MB), the limit is %lld bytes (%lld MB); compress the image or lower its "
    "resolution"};
// Arguments: what, file name, its bytes, the limit in bytes and in Chinese characters.
inline constexpr Bilingual kErrLimitNameTooLong = {
    "%s %s 太长：%zu 字节，上限 %lld 字节（约 %lld 个汉字）。请给文件改个短些的名字",
    "%s %s too long: %zu bytes, the limit is %lld bytes (about %lld Chinese characters); give the file a shorter name"};
// Arguments: what, file name.
inline constexpr Bilingual kErrLimitNameCharacters = {
    "%s %s 不能以“.”开头，不能含有“..”，也不能含有换行、制表符等控制字符。请给文件改名",
    "%s %s must not start with '.' or contain '..' or control characters such as line breaks and tabs; rename the "
    "file"};
// Too many rows for a count limit (LimitMeasure::Count). Arguments: what, how many, the limit.
inline constexpr Bilingual kErrLimitTooMany = {
    "%s太多：%lld 个，上限 %lld 个。查阅机不接受更多，请删去从这一行起的多余部分",
    "too many %s: %lld, the limit is %lld; the kiosk refuses more, remove the extra ones from this line on"};
// Argument: what.
inline constexpr Bilingual kErrLimitControlCharacters = {
    "%s里有换行、制表符等控制字符（可能是在单元格里按了 Alt+回车）。请写成一行",
    "%s contains control characters such as line breaks or tabs (Alt+Enter in a cell?); write it on one line"};

// Pack as a whole (pack.cpp). Argument: a folder or file path, or what the system said.
inline constexpr Bilingual kErrContentDirMissing = {
    "找不到内容文件夹 %s",
    "content folder %s not found"};
inline constexpr Bilingual kErrOutputMissing = {
    "没有指定输出文件。请用 -o 指定，如 -o demo.db",
    "no output file given; name one with -o, e.g. -o demo.db"};
inline constexpr Bilingual kErrWriteFailed = {
    "内容文件没有写成（%s）。原来的文件没有改动。请检查磁盘空间和文件夹权限",
    "could not write the snapshot (%s); the old file is unchanged. Check disk space and folder permissions"};
inline constexpr Bilingual kPackFailed = {
    "共 %d 处错误，什么都没有写出。请改正后重新打包",
    "%d errors; nothing was written. Fix them and pack again"};
inline constexpr Bilingual kPackTruncated = {
    "错误太多，只列出了前 200 处",
    "too many errors; only the first 200 are listed"};

// Opening a snapshot (content_store.cpp). Arguments: path, then the file's and this build's schema versions.
inline constexpr Bilingual kErrSnapshotMissing = {
    "找不到内容文件 %s",
    "content snapshot %s not found"};
inline constexpr Bilingual kErrSnapshotNotSnapshot = {
    "%s 不是查阅机的内容文件，或者已经损坏。请重新打包或重新复制",
    "%s is not a kiosk content snapshot, or it is damaged; pack or copy it again"};
inline constexpr Bilingual kErrSnapshotVersion = {
    "内容文件 %s 的格式是第 %d 版，这台查阅机只能读第 %d 版。请用配套版本的 kioskctl 重新打包",
    "snapshot %s has schema version %d, this build reads version %d; pack it again with the matching kioskctl"};
inline constexpr Bilingual kErrSnapshotRead = {
    "读取内容文件出错（%s）。请重新复制内容文件",
    "error reading the snapshot (%s); copy it again"};

// kioskctl, the staff's command-line tool (tools/kioskctl_commands.cpp).
inline constexpr const char* kKioskctlUsage =
    "用法 / usage:\n"
    "  kioskctl pack 内容文件夹 -o 输出.db [--content-version 版本 | --revision N] [--publisher 发布机关]\n"
    "      检查内容并打包成查阅机的内容文件；有任何错误就不写出文件。版本默认是内容里最新的日期（如 2026.11.20），\n"
    "      --revision N 在其后加 .N。\n"
    "      check the content folder and pack it into a snapshot; writes nothing if any row is wrong. The version is\n"
    "      the content's newest date (e.g. 2026.11.20) unless given; --revision N adds .N to it.\n"
    "  kioskctl pack 内容文件夹 --key 私钥文件 -o 2026-12.kiosk [--content-version 版本 | --revision N]\n"
    "      打包并签名成每月更新用的文件，拷到U盘给各查阅机；版本默认是打包的日期和时分。\n"
    "      pack and sign a monthly update bundle; its version is the date and minute of packing unless given.\n"
    "  kioskctl verify 更新文件.kiosk --pubkey 公钥文件\n"
    "      检查更新文件的签名和完整性。 / check a bundle's signature and every part's hash.\n"
    "  kioskctl import 更新文件.kiosk --data 数据文件夹 --pubkey 公钥文件 [--allow-older] [--factory 内容.db]\n"
    "      把更新导入查阅机（与工作人员界面相同）。 / import a bundle, exactly as the staff screen does.\n"
    "  kioskctl rollback --data 数据文件夹\n"
    "      回到上一版本的内容。 / go back to the previous content.\n"
    "  kioskctl status --data 数据文件夹\n"
    "      已装内容的版本和最近的更新记录。 / installed versions and the audit log.\n"
    "  kioskctl set-pin 密码文件\n"
    "      设置工作人员密码（从标准输入读入，只保存 Argon2id 散列）。 / set the staff PIN (read from stdin).\n"
    "  kioskctl pin-hash\n"
    "      读入密码，打印可贴到 kiosk.conf 的 staff_pin_hash 行。 / print the staff_pin_hash line for kiosk.conf.\n"
    "  kioskctl config check [配置文件]\n"
    "      检查 kiosk.conf（默认 /etc/disclosure-kiosk/kiosk.conf），列出问题和将使用的值。 / check kiosk.conf.\n"
    "  kioskctl self-check [--config 配置文件] [--data 数据文件夹] [--content 内容.db] [--fonts fallback.txt]\n"
    "      开机自检：字体、内容、数据文件夹、磁盘空间。 / the kiosk's start-up self-check.\n"
    "  kioskctl keygen --office 私钥文件 公钥文件\n"
    "      生成单位接收申请用的密钥（私钥留在办公室，公钥装到查阅机）。 / the office's key pair for applications.\n"
    "  kioskctl export-applications --data 数据文件夹 --to U盘文件夹 [--kiosk-id 编号]\n"
    "      把待处理的申请导出到U盘（加密，读回核对后才标记）。 / export pending applications, verified.\n"
    "  kioskctl open-applications --key 单位私钥 导出文件.kapps -o 输出文件夹\n"
    "      在办公室解开申请：一个 CSV 和每份申请一个 PDF。 / open an export: one CSV, one PDF each.\n"
    "  kioskctl application-stats --data 数据文件夹 [--csv]\n"
    "      按月、按申请人类型统计新收申请（年报用）。 / monthly counts by applicant kind.\n"
    "  kioskctl stats [--data 数据文件夹] [--csv] [--months 月数] [--from 年-月] [--searches [--limit 条数]]\n"
    "      查阅机的使用情况，按月（默认近 6 个月）；--searches 加上检索最多和没有找到的词。 / usage figures by month.\n"
    "  kioskctl info 内容文件.db\n"
    "      显示内容文件的版本和数量。 / show a snapshot's versions and counts.\n"
    "  kioskctl bench text [--quick] [--content 内容文件.db] [--fonts fallback.txt]\n"
    "      文字显示的性能测试（与 Dear ImGui 预烘焙字形对比）。 / benchmark of the text layer against ImGui's baked atlas.\n"
    "  kioskctl keygen 私钥文件 公钥文件\n"
    "      生成本县发布内容用的签名密钥（私钥妥善保管，公钥装到每台查阅机）。 / make the county's signing key pair.\n"
    "  kioskctl search 内容文件.db 检索词 [--limit 条数]\n"
    "      用查阅机的检索查找文件。 / search a snapshot exactly as the kiosk does.\n"
    "  kioskctl say 文字 --pinyin [--content 内容文件.db] [--dict 词典]\n"
    "      朗读时每个字怎么读：打印带声调数字的拼音，加上内容里读音表的词。 / the tone pinyin 朗读 would speak.\n"
    "  kioskctl say 文字 [-o 声音.wav] [--slow] [--content 内容文件.db]\n"
    "  kioskctl say --content 内容文件.db --guide 事项名称 [-o 声音.wav] [--slow]\n"
    "      用查阅机的声音朗读文字或整篇办事指南（有录音就用录音），写成 WAV 或直接播放。 / read aloud as the kiosk does.\n"
    "  kioskctl searches usage.db [--since 日期] [--nothing-found]\n"
    "      群众检索过什么、哪些没有找到。 / what visitors searched for, and what found nothing.\n"
    "  kioskctl bench search [--quick | --entries 条数 | --snapshot 大库.db]\n"
    "      检索性能测试（与 LIKE 全表扫描对比）。 / search benchmark against a LIKE scan.\n"
    "  kioskctl bench update [--quick | --size-mb 大小] [--faults 次数] [--work 文件夹]\n"
    "      更新包导入的性能和断电测试（与 cp 对比）。 / update import benchmark against cp, with fault injection.\n"
    "  kioskctl bench handwriting [--quick] [--repeat 次数] [--model 模型文件] [--strokes 笔画文件]\n"
    "      手写识别的速度（与未处理的笔画对比）。 / handwriting recognition speed, against unprocessed strokes.\n"
    "  kioskctl bench say [--quick] [--content 内容文件.db] [--repeat 次数]\n"
    "      朗读的出声延迟和合成速度（与 espeak-ng 命令对比）。 / speech latency and speed, against the espeak-ng program.\n"
    "  kioskctl ime-deploy --content 内容文件.db --data 数据文件夹\n"
    "      用内容里的词部署拼音输入法数据（装机或换内容时）。 / deploy the pinyin data with the content's terms.\n"
    "  kioskctl ime-type --data 数据文件夹 [--stock] 拼音字母\n"
    "      输入拼音，显示候选字词（数字 1–6 选字）。 / type pinyin and print the candidates (1-6 pick).\n"
    "  kioskctl bench ime [--content 内容文件.db] [--work 文件夹] [--quick]\n"
    "      拼音输入法的部署、启动和每次按键耗时（与原版朙月拼音对比）。 / pinyin input benchmark against stock luna.\n"
    "  kioskctl bench soak [--taps 次数] [--seed 种子] [--size 宽x高] [--render-every N] [--work 文件夹]\n"
    "      随机点按所有页面的耐久测试，检查内存不增长（默认 10 万次）。 / soak test: random touches, memory must settle.\n"
    "  kioskctl bench idle [--seconds 秒数] [--video offscreen|cage|both]\n"
    "      无人操作时的 CPU 占用（与每帧都重画对比）。 / idle CPU of the untouched kiosk, against redrawing every frame.\n"
    "  kioskctl gen-corpus --entries 条数 -o 输出文件夹 [--seed 种子] [--from 内容文件夹]\n"
    "      生成大量合成的公开目录，供检索性能测试。 / write a large synthetic content folder for benchmarks.\n"
    "  kioskctl --help\n"
    "退出码 / exit codes: 0 成功 ok, 1 内容有错 data error, 2 用法不对 usage error\n";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Staff screens and the update badge (ui/staff/)
//---------------------------------------------------------------------------------------------------------------------
// The badge in the bottom bar of the public screens (longest first: the first that fits is shown).
inline constexpr const char* kStaffBadgeStick = "工作人员：发现更新U盘";
inline constexpr const char* kStaffBadgeStickShort = "工作人员：U盘";
inline constexpr const char* kStaffBadgeShortest = "工作人员";
inline constexpr const char* kStaffBadgeProgressFmt = "正在导入 %d%%";      // percent
inline constexpr const char* kStaffBadgeWaiting = "更新待确认";
// The PIN pad.
inline constexpr const char* kStaffPinTitle = "工作人员密码";
inline constexpr const char* kStaffPinPrompt = "请输入工作人员密码，然后按“确定”";
inline constexpr const char* kStaffPinTypedFmt = "已输入 %d 位";
inline constexpr const char* kStaffPinOk = "确定";
inline constexpr const char* kStaffPinCancel = "取消";
inline constexpr const char* kStaffPinBackspace = "删除";
inline constexpr const char* kStaffPinWrongFmt = "密码不对。还可以再试 %d 次。";
inline constexpr const char* kStaffPinLockedFmt = "密码错了太多次，已锁定。请 %d 分钟后再试。";
inline constexpr const char* kStaffPinTooShort = "密码是 4 到 12 位数字，请重新输入。";
inline constexpr const char* kStaffPinNotSet =
    "这台查阅机还没有设置工作人员密码，不能进入。请管理员在电脑上运行 kioskctl set-pin 密码文件 设置密码。";
// The staff screen.
inline constexpr const char* kStaffTitle = "工作人员页面";
inline constexpr const char* kStaffExit = "退出";
inline constexpr const char* kStaffInstalled = "现在显示的内容";
inline constexpr const char* kStaffPrevious = "上一版本";
inline constexpr const char* kStaffNoPrevious = "没有保存上一版本，不能回退。";
inline constexpr const char* kStaffFactory = "出厂内容（还没有导入过更新）";
inline constexpr const char* kStaffInfoFmt = "%s\n版本 %s　制作于 %s";    // publisher, version, date
inline constexpr const char* kStaffRollbackPrevious = "回退到上一版本";
inline constexpr const char* kStaffOnStick = "U盘上的更新文件";
inline constexpr const char* kStaffNoStick = "没有发现插着的U盘，或U盘里没有 .kiosk 更新文件。";
inline constexpr const char* kStaffCountsFmt = "文件 %d 件　办事指南 %d 项　收费 %d 项";
inline constexpr const char* kStaffBundleNewer = "比现在的版本新，可以导入。";
inline constexpr const char* kStaffBundleOlder = "这个版本不比现在的新。只有要退回旧内容时才用它。";
inline constexpr const char* kStaffImport = "检查并导入";
inline constexpr const char* kStaffRollbackTo = "回退到此版本";
inline constexpr const char* kStaffStaging = "正在检查并导入";
inline constexpr const char* kStaffStagingNote = "导入时公众页面照常可用。请不要拔U盘。";
inline constexpr const char* kStaffPercentFmt = "已完成 %d%%";
inline constexpr const char* kStaffLeave = "先回公众页面";
inline constexpr const char* kStaffStop = "停止导入";
inline constexpr const char* kStaffDiffTitle = "检查通过。确认后这次更新会：";
inline constexpr const char* kStaffDiffOlderTitle = "检查通过。这是退回旧版本，确认后会：";
inline constexpr const char* kStaffDiffFromToFmt = "版本 %s → %s";
inline constexpr const char* kStaffDiffRowFmt = "%s：新增 %d，删除 %d，修改 %d";   // what, added, removed, changed
inline constexpr const char* kStaffDiffDocuments = "公开文件";
inline constexpr const char* kStaffDiffGuides = "办事指南";
inline constexpr const char* kStaffDiffFees = "收费标准";
inline constexpr const char* kStaffConfirm = "确认更新";
inline constexpr const char* kStaffConfirmOlder = "确认回退";
inline constexpr const char* kStaffCancel = "取消";
inline constexpr const char* kStaffNowShowingFmt = "现在的版本：%s";
inline constexpr const char* kStaffDone = "好";
inline constexpr const char* kStaffCancelled = "已取消，查阅机仍显示原来的内容。";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The request form on screen (ui/request/)
//---------------------------------------------------------------------------------------------------------------------
// Steps: few, each with a plain name; the heading says where the applicant is ("第1步（共5步）：申请人").
inline constexpr const char* kApplyStepNames[5] = {"申请人", "联系方式", "想要的信息", "签名", "核对"};
inline constexpr const char* kApplyStepFmt = "第%d步（共%d步）：%s";
inline constexpr const char* kApplyWho = "谁来申请？";
inline constexpr const char* kApplyTapToFill = "点这里填写";
inline constexpr const char* kApplyOptional = "（可以不填）";
inline constexpr const char* kApplyPrefilled = "已经替您填好了想要的信息，请先填写您自己的情况。";
inline constexpr const char* kApplyNext = "下一步";
inline constexpr const char* kApplyPrev = "上一步";
inline constexpr const char* kApplyToReview = "改好了，去核对";
inline constexpr const char* kApplyFixFirst = "有的地方要改一改，请看红色的提示。";
inline constexpr const char* kApplyFormQ = "想要什么样的材料？";
inline constexpr const char* kApplyDeliveryQ = "怎么拿到？";
inline constexpr const char* kApplyFeeQ = "要不要申请减免费用？（一般不收费）";
inline constexpr const char* kApplyFeeNo = "不申请";
inline constexpr const char* kApplyFeeYes = "申请减免";
inline constexpr const char* kApplySignHint = "请用手指在下面的框里写上您的名字。";
inline constexpr const char* kApplySignAgain = "重写";
inline constexpr const char* kApplySigned = "已签名";
inline constexpr const char* kApplyDateFmt = "申请日期：%s（自动填写）";
inline constexpr const char* kApplyReviewHint = "请看一遍。哪里不对，就点那一块的“修改”。";
inline constexpr const char* kApplyEdit = "修改";
inline constexpr const char* kApplySubmit = "提交申请";
inline constexpr const char* kApplyNoKey =
    "这台查阅机暂时还不能接收申请。请找工作人员帮您办理，或到服务窗口领取纸质申请表。";
inline constexpr const char* kApplyDiskFull =
    "这台查阅机的存储空间快满了，申请暂时不能保存，您填写的内容都还在。请告诉工作人员，或到服务窗口领取纸质申请表。";
inline constexpr const char* kApplySubmitFailed =
    "申请没能保存，您填写的内容都还在。请再点一次“提交申请”；还不行，请告诉工作人员。";
inline constexpr const char* kApplyForThis = "申请此信息";
// The keyboard that opens for a field: mode tabs, and the note shown until an engine is plugged in.
inline constexpr const char* kInputDone = "完成";
// Indexed by ui::InputMode (Pinyin, Handwriting, Latin, Digits, Parts); 部件 shows in name fields only, after 手写.
inline constexpr const char* kInputTabs[5] = {"拼音", "手写", "ABC", "123", "部件"};
inline constexpr const char* kInputPinyinSoon = "拼音输入即将提供。现在可以用“ABC”和“123”输入字母和数字，写汉字请找工作人员帮忙。";
inline constexpr const char* kInputHandwritingSoon = "手写输入即将提供。现在可以用“ABC”和“123”输入字母和数字，写汉字请找工作人员帮忙。";
inline constexpr const char* kInputPartsSoon = "部件输入暂时不能用。写汉字请用“手写”或“拼音”，也可以找工作人员帮忙。";
inline constexpr const char* kInputEmpty = "还没有输入";
// 拼音 (ui/pinyin_panel): the candidate bar's hint and page buttons. 手写 (ui/handwriting_panel): the box, its buttons.
inline constexpr const char* kPinyinHint = "按字母打拼音，再点上面的字";
inline constexpr const char* kPinyinPrevPage = "◀";
inline constexpr const char* kPinyinNextPage = "▶";
inline constexpr const char* kHandwritingBox = "写字框";  // the writing box's name (scripts draw in it)
inline constexpr const char* kHandwritingHint = "在框里用手指写一个字";
inline constexpr const char* kHandwritingPick = "请点您写的字";
inline constexpr const char* kHandwritingRewrite = "重写";
inline constexpr const char* kHandwritingUndo = "退一笔";
inline constexpr const char* kHandwritingRare = "生僻字请用拼音";
inline constexpr const char* kHandwritingNone = "没认出来，请重写";
// In name fields the 手写 note points to 部件, where rare name characters are built from their parts.
inline constexpr const char* kHandwritingRareParts = "生僻字请用“部件”或拼音";
// 部件 (ui/parts_panel): a rare character built from its parts — written one at a time, or as single strokes.
inline constexpr const char* kPartsHint = "先写字的一部分，再写下一部分，然后点您要的字";
inline constexpr const char* kPartsBoxHint = "在框里写字的一部分";
inline constexpr const char* kPartsPickWritten = "点您写的部分：";
inline constexpr const char* kPartsNoParts = "还没有部件";
inline constexpr const char* kPartsPlus = "+";
inline constexpr const char* kPartsNone = "没有这样的字，请点“删除”换一个部件";
inline constexpr const char* kPartsLoading = "正在准备部件数据……";
// The five stroke keys: what is drawn (一 丨 丿 丶 乙) and the name under it, which is also the key's name for scripts.
inline constexpr const char* kPartsStrokeGlyphs[5] = {"一", "丨", "丿", "丶", "乙"};
inline constexpr const char* kPartsStrokeNames[5] = {"横", "竖", "撇", "点", "折"};
// A written part offered to tap (scripts tap it so, the screen shows the character alone): "部件 龙".
inline constexpr const char* kPartsWrittenFmt = "部件 %s";
// The pinyin candidate pages: where the applicant is, and (name fields) one tap to the rare characters and back.
inline constexpr const char* kPinyinPageOf = "第 %d / %d 页";
inline constexpr const char* kPinyinPageNo = "第 %d 页";  // the list goes on further than was counted
inline constexpr const char* kPinyinRareKey = "生僻字";
inline constexpr const char* kPinyinCommonKey = "常用字";
// The receipt, shown only after the application is on disk.
inline constexpr const char* kReceiptTitle = "您的申请已经收到";
inline constexpr const char* kReceiptNumber = "回执编号";
inline constexpr const char* kReceiptTimeFmt = "收到时间：%s";
inline constexpr const char* kReceiptNext =
    "接下来：工作人员会登记您的申请，查找您要的信息，按您选的方式答复您。需要补充时，会打您留下的电话。";
inline constexpr const char* kReceiptDeadlineFmt = "答复期限：%s前";
inline constexpr const char* kReceiptDeadlineNoteFmt = "（%d个工作日内，节假日不算）";
inline constexpr const char* kReceiptExtendFmt = "如果需要延长，会先告诉您，最多再延长%d个工作日，到%s前。";
inline constexpr const char* kReceiptFallback =
    "工作人员请注意：期限跨入日历中还没有录入节假日的年份，暂按周一到周五计算，请核对。";
inline constexpr const char* kReceiptPhoto = "请用手机拍下这一页";
inline constexpr const char* kReceiptQrHint = "二维码里是回执编号";
inline constexpr const char* kReceiptDone = "办完了，回首页";
// The receipt on paper (platform/receipt_print.cpp) and what the screen says about it.
inline constexpr const char* kReceiptPaperTitle = "政府信息公开申请回执";
inline constexpr const char* kReceiptPaperOfficeFmt = "受理机关：%s";
inline constexpr const char* kReceiptPaperKeep = "请保管好这张回执。问进度时，请报回执编号。";
inline constexpr const char* kReceiptPrinting = "正在打印回执……";
inline constexpr const char* kReceiptPrinted = "回执已打印，请到打印机取走。";
inline constexpr const char* kReceiptPrintFailed = "打印机没有反应，回执没打出来。";
// Every date written for people, on screen, receipt or generated text (core/base/civil_date.h chinese_date).
inline constexpr const char* kDateZhFmt = "%d年%d月%d日";  // year, month, day
// Privacy: a warning after 60 s without a touch on the form; at 90 s everything typed is wiped.
inline constexpr const char* kStillThereTitle = "还在吗？";
inline constexpr const char* kStillThereFmt = "%d秒后，为了保护您的信息，填写的内容会全部清除。";
inline constexpr const char* kStillThereContinue = "继续填写";
// The same question while a page is being read (documents, guides, fees: every screen but home).
inline constexpr const char* kStillThereReadingFmt = "%d秒后将回到首页，您正在看的内容会关掉。";
inline constexpr const char* kStillThereKeepReading = "继续阅读";
// 返回 / 首页 on a request form with something typed.
inline constexpr const char* kLeaveFormTitle = "要放弃这份申请吗？";
inline constexpr const char* kLeaveFormBody = "如果放弃，您已经填写的内容会全部清除，不会保存。";
inline constexpr const char* kLeaveFormKeep = "继续填写";
inline constexpr const char* kLeaveFormAbandon = "放弃";
// On the form's start while this visit's receipt can still be shown.
inline constexpr const char* kApplySeeReceipt = "再看一次回执";
inline constexpr const char* kApplySeeReceiptNote = "您刚才的申请已经收到。";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The 拼音 engine's messages for staff and logs (input/pinyin_engine.cpp); an English detail follows each
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kImeBusy = "输入法正在使用，不能同时部署";
inline constexpr const char* kImeNoLuna = "找不到拼音词典 luna_pinyin.dict.yaml（rime-data-luna-pinyin）";
inline constexpr const char* kImeNoEssay = "找不到常用词表 essay.txt（rime-essay）";
inline constexpr const char* kImeCannotCreate = "无法创建输入法数据文件夹";
inline constexpr const char* kImeCannotWrite = "无法写入输入法数据";
inline constexpr const char* kImeDeployFailed = "输入法数据部署失败";
inline constexpr const char* kImeCannotReplace = "无法替换输入法数据";
inline constexpr const char* kImeAlreadyOpen = "输入法已经打开";
inline constexpr const char* kImeNotDeployed = "输入法数据尚未部署（kioskctl ime-deploy）";
inline constexpr const char* kImeNoSchema = "输入法数据里没有这个方案";
inline constexpr const char* kImeCannotOpen = "无法打开输入法";
// The 部件 engine (input/parts_engine.cpp): its stroke dictionary.
inline constexpr const char* kPartsNoDict = "找不到笔画数据 stroke.dict.yaml（rime-data-stroke）";
inline constexpr const char* kPartsBadDict = "笔画数据的格式不对";
inline constexpr const char* kApplyOrgPhone = "联系人电话";  // the phone field's label for organisations

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Search (core/search/)
//---------------------------------------------------------------------------------------------------------------------
// Argument: why the dictionary could not be read.
inline constexpr Bilingual kErrWordList = {
    "词库读不了（%s），拼音找不到词。请安装 rime-essay",
    "cannot read the word list (%s), needed for pinyin search; install rime-essay"};
inline constexpr Bilingual kErrPinyinDict = {
    "拼音字典读不了（%s），无法建立拼音检索。请安装 rime-data-luna-pinyin",
    "cannot read the pinyin dictionary (%s), needed for pinyin search; install rime-data-luna-pinyin"};

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Signing keys (core/updates/signing.cpp). Argument: the key file.
//---------------------------------------------------------------------------------------------------------------------
inline constexpr Bilingual kErrKeyWrite = {
    "无法写出密钥文件 %s（文件已存在或目录不可写）。已有的密钥不会被覆盖",
    "cannot write key file %s (it exists, or the folder is not writable); existing keys are never overwritten"};
inline constexpr Bilingual kErrKeyUnreadable = {"读不到密钥文件 %s", "cannot read key file %s"};
inline constexpr Bilingual kErrKeyMalformed = {
    "密钥文件 %s 格式不对，可能复制时被改动了。请找发布单位重新提供",
    "key file %s is malformed, perhaps changed in copying; ask the publisher for it again"};

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The request form: messages next to a field (core/requests/field_check.cpp)
//---------------------------------------------------------------------------------------------------------------------
// Plain words: what is wrong and what to do, never a rule's number. The typed text stays in the field.
inline constexpr const char* kFieldRequired = "这一项必须填写";
inline constexpr const char* kFieldTooLong = "字数太多了，请写得简短一些";
inline constexpr const char* kFieldBadText = "有看不见的特殊字符，请删掉重新输入";
inline constexpr const char* kIdBadLength = "身份证号码应为18位，请核对";
inline constexpr const char* kIdBadCharacters = "身份证号码只有数字，最后一位可能是 X";
inline constexpr const char* kIdBadDate = "身份证号码中的出生日期不对，请核对第7到14位";
inline constexpr const char* kIdBadCheck = "身份证号码有一位输错了，请对照证件再核对一遍";
inline constexpr const char* kCreditBadLength = "统一社会信用代码应为18位，请核对";
inline constexpr const char* kCreditBadCharacters = "统一社会信用代码里没有字母 I、O、S、V、Z，请核对";
inline constexpr const char* kCreditBadCheck = "统一社会信用代码有一位输错了，请对照营业执照再核对一遍";
inline constexpr const char* kPhoneBad = "请填写11位手机号码，或带区号的固定电话，如 0937-6583016";
inline constexpr const char* kMobileBad = "请填写11位手机号码，以1开头";
inline constexpr const char* kPostcodeBad = "邮政编码是6位数字";
inline constexpr const char* kEmailBad = "电子邮箱的样子应为 名字@网站，如 zhangsan@163.com";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The request form: field names and choices (core/requests/application.cpp)
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kApplicantCitizen = "公民";
inline constexpr const char* kApplicantOrganisation = "法人或其他组织";
inline constexpr const char* kOrgKinds[5] = {"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"};
inline constexpr const char* kFormPaper = "纸质";
inline constexpr const char* kFormElectronic = "电子";
inline constexpr const char* kDeliveries[4] = {"自行领取", "邮寄", "电子邮件", "当场查阅或抄录"};
// In FormField order (core/requests/application.h).
inline constexpr const char* kFormFieldNames[19] = {
    "姓名", "工作单位", "证件名称", "证件号码", "单位名称", "统一社会信用代码", "法定代表人", "联系人姓名",
    "单位类型", "联系电话", "通信地址", "邮政编码", "电子邮箱", "所需信息名称", "文号", "内容描述",
    "获取方式", "减免费用的理由", "签名"};
inline constexpr const char* kInfoNeedsWords = "请写出想要的信息名称，或者说明是什么内容";
inline constexpr const char* kPaperByEmail = "纸质材料不能用电子邮件发送，请改选“电子”或别的获取方式";
inline constexpr const char* kIdTypeUnknown = "请从列表中选择证件名称";
inline constexpr const char* kSignatureMissing = "请用手指在框里签名";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Applications: storing and exporting (core/requests/application_store.cpp)
//---------------------------------------------------------------------------------------------------------------------
// %s: the system's words.
inline constexpr Bilingual kErrApplicationStore = {
    "申请没能保存（%s）。您填写的内容还在屏幕上，请告诉工作人员。",
    "the application could not be stored (%s); what was typed is still on screen. Tell the staff"};
inline constexpr Bilingual kErrExportWrite = {
    "导出到U盘失败（%s）。申请仍在本机，没有标记为已导出。请检查U盘是否插好、空间是否足够后再试。",
    "export to the stick failed (%s); the applications stay on the kiosk, not marked exported. Check the stick, retry"};
inline constexpr Bilingual kErrExportVerify = {
    "导出的文件读回来核对不一致（%s）。申请仍在本机，没有标记为已导出。请换一个U盘再试。",
    "the exported file did not read back the same (%s); nothing marked exported. Try another stick"};
inline constexpr Bilingual kExportNothing = {"没有待导出的申请。", "there are no pending applications"};
inline constexpr Bilingual kErrExportFile = {"申请导出文件读不了或已损坏：%s", "the export file is unreadable or damaged: %s"};

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The office's copy of an application (tools/application_pdf.cpp)
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kPdfTitle = "政府信息公开申请表";
inline constexpr const char* kPdfReceivedBy = "受理机关：";
inline constexpr const char* kPdfReceiptNumber = "回执编号：";
inline constexpr const char* kPdfReceivedAt = "收到时间：";
inline constexpr const char* kPdfApplicant = "申请人：";
inline constexpr const char* kPdfWanted = "所需信息";
inline constexpr const char* kPdfForm = "提供形式";
inline constexpr const char* kPdfFeeWaiver = "申请减免费用";
inline constexpr const char* kPdfFilledDate = "填表日期";
inline constexpr const char* kPdfYes = "是";
inline constexpr const char* kPdfNo = "否";
// kioskctl open-applications' applications.csv and application-stats --csv: the header rows, opened in WPS or Excel.
inline constexpr const char* kApplicationsCsvHeader =
    "回执编号,收到时间,受理机关,申请人类型,姓名或名称,证件名称,证件号码或统一社会信用代码,法定代表人,联系人,联系电话,"
    "通信地址,邮政编码,电子邮箱,所需信息名称,文号,内容描述,提供形式,获取方式,申请减免费用,减免理由,填表日期";
inline constexpr const char* kApplicationStatsCsvHeader = "月份,申请人类型,新收申请数";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Content updates from a USB stick (core/updates/, core/snapshot/)
//---------------------------------------------------------------------------------------------------------------------
// One message per refusal reason (core/updates/update_result.h): what happened, then what to do. Staff read the Chinese on
// the staff screen and in the audit log; the English goes to logs. %s is a detail named in the comment, or none.
inline constexpr Bilingual kUpdateOk = {"更新成功，查阅机已经在显示新内容。", "update applied; the kiosk shows the new content"};
inline constexpr Bilingual kUpdateNotABundle = {
    "这不是查阅机的更新文件，或文件开头已损坏。请确认U盘里放的是发布单位提供的 .kiosk 文件。",
    "not a kiosk bundle, or its header is damaged; check the stick holds the publisher's .kiosk file"};
inline constexpr Bilingual kUpdateUnknownKey = {
    "这个更新文件不是用本机认可的密钥签名的，已拒绝。请向县里的发布单位要正式的更新文件。",
    "signed with a key this kiosk does not trust; refused. Ask the county's publisher for the official bundle"};
inline constexpr Bilingual kUpdateBadSignature = {
    "更新文件的签名对不上，文件可能被改动过，已拒绝。请重新从发布单位拷贝。",
    "the signature does not match: the file was changed after signing; refused. Copy it again from the publisher"};
// %s: the damaged part (snapshot.db, manifest, …)
inline constexpr Bilingual kUpdateDamaged = {
    "更新文件已损坏（%s 部分不完整或内容不对），已拒绝。请重新拷贝到U盘后再试。",
    "the bundle is damaged (part %s is incomplete or wrong); refused. Copy it to the stick again"};
// %s: the installed version
inline constexpr Bilingual kUpdateNotNewer = {
    "这个更新不比本机现有内容新（现有版本 %s），没有更新。如果确实要退回旧版本，请选“回退到此版本”。",
    "not newer than the installed content (version %s); nothing changed. To go back on purpose, choose to go back"};
inline constexpr Bilingual kUpdateUnsupportedSchema = {
    "更新文件的内容格式本机读不了，已拒绝。请升级查阅机程序，或向发布单位要适合本机的版本。",
    "this kiosk cannot read the bundle's content format; refused. Upgrade the kiosk or ask for a matching bundle"};
// %s: the kiosk version the bundle needs
inline constexpr Bilingual kUpdateKioskTooOld = {
    "这个更新需要新版查阅机程序（%s 或以上），已拒绝。请先升级查阅机程序。",
    "the bundle needs kiosk version %s or newer; refused. Upgrade the kiosk program first"};
inline constexpr Bilingual kUpdateUnsafeContent = {
    "更新文件里有不允许的内容（可能被人动过手脚），已拒绝，本机内容没有改变。请联系发布单位。",
    "the bundle's snapshot holds objects or values that are not allowed; refused, nothing changed. Tell the publisher"};
// %s: what is over its limit (kLimit… above). Only a bundle whose signature and hashes are good gets this far.
inline constexpr Bilingual kUpdateContentLimit = {
    "更新文件的内容超出限制（%s），已拒绝，本机内容没有改变。签名是对的，这不是被人动过手脚，而是打包时的疏漏："
    "请发布单位改正后用新版 kioskctl 重新打包，打包时会指出是哪个文件哪一行。",
    "a value in the bundle is over one of the kiosk's content limits (%s); refused, nothing changed. The signature is "
    "good: this is a packing mistake, not tampering. Ask the publisher to fix it and pack again with a current "
    "kioskctl, which names the file and line"};
// %s: megabytes needed
inline constexpr Bilingual kUpdateNoSpace = {
    "本机磁盘空间不够（还需要约 %s MB），没有更新。请联系技术人员清理磁盘。",
    "not enough disk space (about %s MB more needed); nothing changed. Ask a technician to free space"};
inline constexpr Bilingual kUpdateSourceRemoved = {
    "读取时U盘被拔出了，没有更新，本机内容保持原样。请插好U盘再试一次。",
    "the stick was removed while reading; nothing changed. Insert it again and retry"};
inline constexpr Bilingual kUpdateNothingToRollBack = {
    "没有可以回退的上一版本。", "there is no previous content to go back to"};
inline constexpr Bilingual kUpdateBusy = {
    "正在进行另一项更新，请等它完成。", "another update is running; wait for it to finish"};
// %s: the system's words
inline constexpr Bilingual kUpdateIoError = {
    "读写文件时出错（%s），没有更新，本机内容保持原样。请再试一次，仍不行请联系技术人员。",
    "a read or write failed (%s); nothing changed. Try again, then call a technician"};
inline constexpr Bilingual kRollbackOk = {
    "已回退到上一版本的内容。再回退一次可以回到刚才的版本。", "rolled back; rolling back again returns to the version before"};
inline constexpr Bilingual kVerifyOk = {"签名和每个部分的校验值都正确。", "signature and every part's hash are correct"};
inline constexpr Bilingual kPinPrompt = {"工作人员密码 (4–12 位数字)", "staff PIN"};
inline constexpr Bilingual kErrBundleWrite = {"无法写出更新文件：%s", "cannot write the bundle: %s"};
inline constexpr Bilingual kErrBundleSnapshot = {"打包用的内容文件读不了：%s", "cannot read the snapshot to bundle: %s"};
inline constexpr Bilingual kErrPinWrite = {"无法保存工作人员密码：%s", "cannot save the staff PIN: %s"};
inline constexpr Bilingual kErrPinFormat = {"工作人员密码须为 4 到 12 位数字。", "the staff PIN must be 4 to 12 digits"};
inline constexpr const char* kFallbackPrevious = "当前内容文件损坏或不完整，已自动改用上一版本的内容。";
inline constexpr const char* kFallbackFactory = "没有可用的已导入内容，正在显示出厂时自带的内容。";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Reading aloud: the reading engine and the 读音 sheet (core/zh/reading.cpp, core/pack/pack_readings.cpp)
//---------------------------------------------------------------------------------------------------------------------
// Arguments: the dictionary file, the system's reason.
inline constexpr Bilingual kErrReadingDictOpen = {
    "朗读用的拼音词典 %s 读不了（%s），朗读用不了。请重新安装 rime-data-terra-pinyin",
    "cannot read the pinyin dictionary %s (%s); reading aloud is unavailable. Reinstall rime-data-terra-pinyin"};
// Argument: the dictionary file.
inline constexpr Bilingual kErrReadingDictEmpty = {
    "%s 不是带声调的拼音词典（没有找到一行读音），朗读用不了。请重新安装 rime-data-terra-pinyin",
    "%s is not a tone-numbered pinyin dictionary (no reading found in it); reinstall rime-data-terra-pinyin"};
// A 读音 row (readings.csv, and kioskctl say). Argument: the syllable as written.
inline constexpr Bilingual kErrReadingSyllable = {
    "“%s”不是带声调数字的拼音：应是小写字母（ü 写作 v）后跟声调数字 1–5（5 是轻声），如 xiang1、lv4、de5",
    "\"%s\" is not a tone-numbered pinyin syllable: lower-case letters (ü as v) then a tone digit 1–5 (5 neutral), "
    "e.g. xiang1, lv4, de5"};
inline constexpr Bilingual kErrReadingEmpty = {
    "读音是空的。每个字写一个带声调数字的拼音，用空格隔开，如 xiang1 ying4",
    "the reading is empty; write one tone-numbered syllable per character, separated by spaces, e.g. xiang1 ying4"};
// Arguments: the word, its characters, the syllables given.
inline constexpr Bilingual kErrReadingCount = {
    "“%s”有 %zu 个字，读音却有 %zu 个音节。每个字写一个音节，用空格隔开",
    "\"%s\" has %zu characters but the reading has %zu syllables; write one syllable per character, separated by "
    "spaces"};
// Argument: the word.
inline constexpr Bilingual kErrReadingWordNotHan = {
    "“%s”里有汉字以外的字符。读音表只写汉字词语；数字、字母和标点朗读时自有读法",
    "\"%s\" holds something other than Chinese characters; the readings sheet takes Chinese words only (digits, "
    "letters and punctuation are read by their own rules)"};
// Arguments: the word as written, the line that already has it.
inline constexpr Bilingual kErrReadingDuplicate = {
    "“%s”在第 %d 行已经有了读音。一个词只写一行，请删去一行",
    "\"%s\" already has a reading on line %d; a word takes one row, remove one"};

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Chinese script conversion (core/zh/chinese_convert.cpp)
//---------------------------------------------------------------------------------------------------------------------
// Argument: OpenCC's own reason, which names the config file.
inline constexpr Bilingual kErrChineseConvertOpen = {
    "简繁转换的字库打不开（%s），简体/繁体切换和繁体检索用不了。请重新安装 libopencc1.1 和 libopencc-data",
    "cannot open the simplified/traditional conversion dictionaries (%s); the 简/繁 switch and traditional search "
    "are unavailable. Reinstall libopencc1.1 and libopencc-data"};

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Staff screen: collecting the request forms, and stopping the kiosk (ui/staff/staff_screen.cpp)
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kStaffApplications = "收取申请";
inline constexpr const char* kStaffPendingFmt = "本机有 %d 份申请还没有导出。";   // count
inline constexpr const char* kStaffNonePending = "没有待导出的申请。";
inline constexpr const char* kStaffApplicationsUnreadable = "申请记录读不了，请联系技术人员（申请没有丢失，不要重装系统）。";
inline constexpr const char* kStaffInsertStickToExport = "插入U盘后可以把申请导出到U盘，交给办公室。";
inline constexpr const char* kStaffExportToFmt = "导出到U盘「%s」";              // the stick's name
inline constexpr const char* kStaffExportNote =
    "导出的文件已加密，只有办公室的密钥能打开。导出后会读回核对，核对无误才标记为已导出；本机的记录不会删除。";
inline constexpr const char* kStaffExportedFmt = "已导出 %d 份申请到U盘「%s」，读回核对无误。\n文件：%s\n请把U盘交给办公室。";
inline constexpr const char* kStaffExportFolder = "政府信息公开申请";   // the folder on the stick
inline constexpr const char* kStaffQuit = "退出程序（维护）";
inline constexpr const char* kStaffQuitAsk =
    "退出后查阅机会停止显示，直到重新启动电脑或由技术人员重新打开。确定要退出吗？";
inline constexpr const char* kStaffQuitConfirm = "确定退出";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The attract screen after the idle reset (ui/reading/attract_screen.cpp)
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kAttractStart = "点击屏幕开始";
inline constexpr const char* kAttractWhatFor = "查政府文件、办事指南、收费和补助标准，不收费";
inline constexpr const char* kAttractNoticesTitle = "最新通知";
inline constexpr const char* kAttractPageFmt = "第 %d 页，共 %d 页";   // page, pages
inline constexpr const char* kAttractFullText = "看全文：点屏幕，再点“通知公告”";
inline constexpr const char* kAttractNoNotices = "目前没有新的通知。";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Usage figures: the staff screen's 使用情况 page (ui/staff/staff_stats_screen.cpp) and kioskctl stats
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kStaffUsageButton = "使用情况";
inline constexpr const char* kStaffUsageButtonHint = "近 6 个月的使用次数，群众检索最多和没有找到的词";
inline constexpr const char* kStaffUsageTitle = "使用情况（近 6 个月，按月）";
inline constexpr const char* kStaffUsagePrivacy = "只按天计数，不记录是谁、几点钟、先后看了什么。";
inline constexpr const char* kStaffUsagePeriodFmt = "%d年%d月至%d年%d月，每月一栏。";  // from year, month, to …
inline constexpr const char* kStaffUsageOff = "使用情况没有记录：数据文件夹不能写入，或统计文件打不开。";
inline constexpr const char* kStaffUsageScreens = "浏览页面";
inline constexpr const char* kStaffUsageDocuments = "打开文件";
inline constexpr const char* kStaffUsageSearches = "检索";
inline constexpr const char* kStaffUsageNothingFound = "检索无结果";
inline constexpr const char* kStaffUsageApplications = "提交申请";
inline constexpr const char* kStaffUsageUpdates = "内容更新";
inline constexpr const char* kStaffUsageRollbacks = "回退";
inline constexpr const char* kStaffUsageMonthFmt = "%d月";                 // month number
inline constexpr const char* kStaffUsageTotalFmt = "合计 %d";             // the 6 months' sum
inline constexpr const char* kStaffUsageTopSearches = "本月检索最多的词";
inline constexpr const char* kStaffUsageNotFound = "本月没有找到结果的检索";
inline constexpr const char* kStaffUsageNotFoundHint = "群众想找却没找到的内容，可以考虑补充公开或补充关键词。";
inline constexpr const char* kStaffUsageNoSearches = "本月还没有人检索。";
inline constexpr const char* kStaffUsageAllFound = "本月的检索都找到了结果。";
inline constexpr const char* kStaffUsageTimesFmt = "%d 次";
inline constexpr const char* kStaffUsageBack = "返回";
// kioskctl stats: the CSV's header rows (Chinese, as application-stats writes them) and the plain table's.
inline constexpr const char* kStatsCsvHeader = "月份,浏览页面,打开文件,检索,检索无结果,提交申请,内容更新,内容回退";
inline constexpr const char* kStatsCsvTopHeader = "检索最多的词,检索次数,其中无结果";
inline constexpr const char* kStatsCsvNotFoundHeader = "没有找到结果的词,无结果次数,检索次数";
inline constexpr const char* kStatsTableTitle = "查阅机使用情况（按月） / usage by month";
inline constexpr const char* kStatsTableTotal = "合计";
inline constexpr const char* kStatsTableTop = "检索最多的词（次数） / most searched";
inline constexpr const char* kStatsTableNotFound = "没有找到结果的词（无结果次数） / searched, nothing found";
inline constexpr const char* kStatsTableNone = "（没有）";
inline constexpr Bilingual kStatsNoUsageDb = {
    "找不到使用情况文件 %s。请用 --data 指定查阅机的数据文件夹（装机后一般是 /var/lib/disclosure-kiosk）",
    "no usage figures at %s; give the kiosk's data folder with --data (installed: /var/lib/disclosure-kiosk)"};
inline constexpr Bilingual kStatsCannotOpen = {"使用情况文件打不开：%s", "cannot open the usage figures: %s"};

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The configuration file (core/operation/kiosk_config.cpp, kioskctl config check)
//---------------------------------------------------------------------------------------------------------------------
// Each message says what is wrong and which value is used instead; staff read them in `kioskctl config check`, in
// the journal and on the staff page. The line prefix is added in front: "第 3 行：…" / "line 3: …".
inline constexpr Bilingual kCfgLinePrefix = {"第 %d 行：", "line %d: "};
inline constexpr Bilingual kCfgFileMissing = {"找不到配置文件 %s，全部使用默认值。",
                                              "config file %s not found; every value is the default"};
inline constexpr Bilingual kCfgFileUnreadable = {"配置文件 %s 读不了（%s），全部使用默认值。",
                                                 "cannot read config file %s (%s); every value is the default"};
inline constexpr Bilingual kCfgFileTooLarge = {"配置文件 %s 超过 %d MB，不像是配置文件，全部使用默认值。",
                                               "config file %s is larger than %d MB, not a config file; every value is the default"};
inline constexpr Bilingual kCfgEmpty = {"配置文件里没有任何设置，全部使用默认值。",
                                        "the config file sets nothing; every value is the default"};
inline constexpr Bilingual kCfgLineTooLong = {"这一行太长（超过 %d 字节），已忽略。", "longer than %d bytes; ignored"};
inline constexpr Bilingual kCfgNotUtf8 = {
    "这一行不是 UTF-8 文字（可能用 GBK 保存了，或文件已损坏），已忽略。请把文件存为 UTF-8。",
    "not UTF-8 text (saved as GBK, or damaged); ignored. Save the file as UTF-8"};
inline constexpr Bilingual kCfgControlChars = {"这一行含有不可见的控制字符（文件可能已损坏），已忽略。",
                                               "holds control characters (a damaged file?); ignored"};
inline constexpr Bilingual kCfgNotKeyValue = {"看不懂这一行：应写成“名称 = 值”。已忽略。",
                                              "not a \"key = value\" line; ignored"};
inline constexpr Bilingual kCfgFullwidthEquals = {"这一行用了全角的“＝”，已按“=”理解。建议改成半角“=”。",
                                                  "full-width ＝ taken as ="};
// %s: the key as written, %s: the nearest known key
inline constexpr Bilingual kCfgUnknownKeySuggest = {"没有“%s”这一项，是不是要写“%s”？本行已忽略。",
                                                    "unknown key \"%s\" (did you mean \"%s\"?); ignored"};
inline constexpr Bilingual kCfgUnknownKey = {"没有“%s”这一项，本行已忽略。可以写的项见 /etc/disclosure-kiosk/kiosk.conf 的说明。",
                                             "unknown key \"%s\"; ignored"};
// %s: key, %d: the line that set it first
inline constexpr Bilingual kCfgDuplicate = {"“%s”在第 %d 行已经设置过，只能写一次；本行已忽略。",
                                            "\"%s\" was already set on line %d and may appear once; this line is ignored"};
inline constexpr Bilingual kCfgEmptyValue = {"“%s”不能为空；使用默认值。", "\"%s\" may not be empty; the default is used"};
inline constexpr Bilingual kCfgValueHasHash = {
    "值里有“#”。注释必须单独写一行：这里的“#”和后面的字都算作值的一部分。",
    "the value holds a #: comments must be on their own line, so the # and what follows are part of the value"};
// %s: key, %s: the value, %d: the default
inline constexpr Bilingual kCfgBadNumber = {"“%s”应是整数秒数，“%s”不是；使用默认值 %d 秒。",
                                            "\"%s\" must be a whole number of seconds, not \"%s\"; the default %d is used"};
// %s: key, %d..%d: the range, %lld: the value, %d: the default
inline constexpr Bilingual kCfgOutOfRange = {"“%s”须在 %d 到 %d 秒之间，%lld 不行；使用默认值 %d 秒。",
                                             "\"%s\" must be %d to %d seconds, not %lld; the default %d is used"};
// %d: form_warning asked, %d: idle_reset asked, then the two values used
inline constexpr Bilingual kCfgWarningAfterReset = {
    "form_warning_seconds（%d）必须小于 idle_reset_seconds（%d），否则来不及提醒；改用 idle_reset_seconds = %d，"
    "form_warning_seconds = %d。",
    "form_warning_seconds (%d) must be less than idle_reset_seconds (%d); using idle_reset_seconds = %d, "
    "form_warning_seconds = %d"};
// %d: the countdown, %d: the suggested minimum
inline constexpr Bilingual kCfgShortCountdown = {
    "申请表“还在吗？”的倒计时只有 %d 秒（idle_reset_seconds 减 form_warning_seconds），申请人可能来不及回答；"
    "建议至少 %d 秒。",
    "the form's 还在吗 countdown is only %d s (idle_reset_seconds - form_warning_seconds); at least %d s is advised"};
inline constexpr Bilingual kCfgBadOrientation = {
    "orientation 只能写 auto、landscape 或 portrait（自动、横屏、竖屏），“%s”不行；使用 auto。",
    "orientation must be auto, landscape or portrait, not \"%s\"; auto is used"};
inline constexpr Bilingual kCfgBadRotate = {
    "rotate 只能写 left 或 right（向左、向右），“%s”不行；使用 left。",
    "rotate must be left or right, not \"%s\"; left is used"};
inline constexpr Bilingual kCfgBadSpeech = {
    "speech 只能写 on 或 off（开、关），“%s”不行；朗读保持打开。",
    "speech must be on or off, not \"%s\"; read-aloud stays on"};
inline constexpr Bilingual kCfgBadVolume = {
    "speech_volume 应是 0 到 100 的整数，“%s”不行；使用 %d。",
    "speech_volume must be a whole number from 0 to 100, not \"%s\"; %d is used"};
// %s: the value, %s: the default
inline constexpr Bilingual kCfgBadKioskId = {
    "kiosk_id 只能用数字和大写字母（不用 I O S V Z），最多 12 位；“%s”不行，使用默认值 %s。",
    "kiosk_id takes digits and capitals except I O S V Z, at most 12; \"%s\" is not, the default %s is used"};
inline constexpr Bilingual kCfgKioskIdUpper = {"kiosk_id 已改为大写：%s。", "kiosk_id upper-cased: %s"};
inline constexpr Bilingual kCfgBadOffice = {"office 超过 %d 个字或含有控制字符；不使用。",
                                            "office is longer than %d characters or holds control characters; not used"};
inline constexpr Bilingual kCfgBadPrinter = {
    "打印机“%s”不对：应是 CUPS 队列名（用 lpstat -p 查看；不能有空格、/、\\、#、引号，不能以 - 开头，最多 127 个字符）"
    "或打印机的 ipp:// 地址；不使用打印机。",
    "printer \"%s\" is neither a CUPS queue name (see lpstat -p; no spaces, / \\ # quotes, no leading -, at most 127) "
    "nor an ipp:// address; no printer is used"};
inline constexpr Bilingual kCfgPinNotHash = {
    "staff_pin_hash 看起来是密码本身。这里只能放密码的哈希值：请运行 kioskctl pin-hash 生成；这一行不使用。",
    "staff_pin_hash looks like the PIN itself; only its hash may go here (kioskctl pin-hash); not used"};
inline constexpr Bilingual kCfgBadPinHash = {
    "staff_pin_hash 应是 kioskctl pin-hash 打印的“$argon2id$…”整行，这个不是（可能复制时少了一截）；这一行不使用。",
    "staff_pin_hash must be the whole \"$argon2id$...\" string kioskctl pin-hash prints; not used"};
inline constexpr Bilingual kCfgOfficeKeyEmpty = {"office_key 为空：申请表不受理申请。",
                                                 "office_key is empty: the request form takes no applications"};
// %s: path, %s: the reason, %s: the default
inline constexpr Bilingual kCfgContentMissing = {"内容文件 %s 不存在；使用默认值 %s。",
                                                 "content snapshot %s does not exist; the default %s is used"};
inline constexpr Bilingual kCfgContentBad = {"内容文件 %s 打不开（%s）；使用默认值 %s。",
                                             "content snapshot %s does not open (%s); the default %s is used"};
inline constexpr Bilingual kCfgDefaultContentMissing = {
    "出厂内容文件 %s 不存在。没有导入过更新时，查阅机只能显示故障提示。请重新安装软件包。",
    "the factory snapshot %s does not exist; without imported content the kiosk can only show a notice. Reinstall"};
inline constexpr Bilingual kCfgDefaultContentBad = {
    "出厂内容文件 %s 打不开（%s）。没有导入过更新时，查阅机只能显示故障提示。请重新安装软件包。",
    "the factory snapshot %s does not open (%s); without imported content the kiosk can only show a notice"};
inline constexpr Bilingual kCfgFontsBad = {"字体配置 %s 读不了（%s）；使用默认值 %s。",
                                           "fonts file %s cannot be read (%s); the default %s is used"};
inline constexpr Bilingual kCfgDefaultFontsBad = {
    "字体配置 %s 读不了（%s）；查阅机将改用 Debian 的 Noto CJK 字体（fonts-noto-cjk）。",
    "fonts file %s cannot be read (%s); the kiosk will use Debian's Noto CJK fonts (fonts-noto-cjk)"};
inline constexpr Bilingual kCfgOfficeKeyMissing = {
    "单位公钥 %s 还没有安装，申请表暂停受理（用 kioskctl keygen --office 生成，把公钥拷到这里）。",
    "office key %s is not installed: the request form takes no applications (kioskctl keygen --office)"};
inline constexpr Bilingual kCfgOfficeKeyBad = {"单位公钥 %s 读不了：%s。不使用它，申请表暂停受理。",
                                               "office key %s cannot be read: %s; not used, the form takes no applications"};
inline constexpr Bilingual kCfgTrustedMissing = {"信任公钥 %s 不存在：在它装好之前，U 盘里的更新都会被拒绝。",
                                                 "trusted key %s does not exist: update bundles are refused until it is installed"};
inline constexpr Bilingual kCfgTrustedBad = {"信任公钥 %s 读不了：%s。这一项不使用。",
                                             "trusted key %s cannot be read: %s; not used"};
inline constexpr Bilingual kCfgTrustedEmptyDir = {"文件夹 %s 里没有 .pub 公钥文件。",
                                                  "folder %s holds no .pub key file"};
inline constexpr Bilingual kCfgNoTrustedKeys = {"没有一把可用的信任公钥：U 盘里的更新都会被拒绝。",
                                                "no usable trusted key: every update bundle will be refused"};
// kioskctl config check / self-check: the words in front of each finding, and the summary.
inline constexpr Bilingual kSeverityError = {"错误", "error"};
inline constexpr Bilingual kSeverityWarning = {"提醒", "warning"};
inline constexpr Bilingual kSeverityOk = {"正常", "ok"};
inline constexpr Bilingual kCfgCheckFile = {"配置文件：%s", "config file: %s"};
inline constexpr Bilingual kCfgCheckNoProblems = {"没有发现问题。", "no problems found"};
inline constexpr Bilingual kCfgCheckSummary = {"%d 个错误，%d 个提醒。有错误的项使用默认值。",
                                               "%d errors, %d warnings; keys with an error keep their default"};
inline constexpr Bilingual kCfgCheckValues = {"将使用的值：", "values in effect:"};
inline constexpr Bilingual kCfgCheckDefaultMark = {"（默认）", "(default)"};
// kioskctl pin-hash: printed to stderr after the line for the config file.
inline constexpr Bilingual kPinHashHint = {
    "把上面这一行复制到 /etc/disclosure-kiosk/kiosk.conf，替换原来的 staff_pin_hash 行，然后重启查阅机。",
    "paste the line above into /etc/disclosure-kiosk/kiosk.conf in place of the staff_pin_hash line, then restart"};

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The start-up self-check (core/operation/self_check.cpp); the Chinese half is also shown on the staff page
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kStaffSelfCheckTitle = "开机自检发现的问题";
inline constexpr Bilingual kSelfFontsFileMissing = {
    "字体配置 %s 读不了（%s），改用 Debian 的 Noto CJK 字体（fonts-noto-cjk）。",
    "fonts file %s cannot be read (%s); using Debian's Noto CJK fonts (fonts-noto-cjk)"};
// %s: family, %s: the files tried
inline constexpr Bilingual kSelfFontLineMissing = {"字体“%s”找不到（%s）：少数字可能显示不出来。",
                                                   "font \"%s\" not found (%s): some characters may not show"};
inline constexpr Bilingual kSelfFontNotAFont = {"%s 不是字体文件（可能已损坏）。", "%s is not a font file (damaged?)"};
inline constexpr Bilingual kSelfFontsFallback = {
    "字体配置里的中文字体都找不到，改用 Debian 的 Noto CJK 字体 %s。",
    "none of the configured Chinese fonts is usable; using Debian's Noto CJK font %s"};
inline constexpr Bilingual kSelfFontsNone = {
    "找不到任何中文字体，查阅机无法显示中文。请安装 fonts-noto-cjk（apt-get install fonts-noto-cjk）后重启。",
    "no Chinese font at all: the kiosk cannot show Chinese. Install fonts-noto-cjk and restart"};
inline constexpr Bilingual kSelfFontsOk = {"字体：%d 个字体文件可用。", "fonts: %d font files usable"};
// %s: path, %s: content version
inline constexpr Bilingual kSelfSnapshotCurrent = {"内容：显示已导入的内容（版本 %s）。",
                                                   "content: the imported snapshot (version %s)"};
inline constexpr Bilingual kSelfSnapshotPrevious = {
    "内容：当前内容文件损坏或不完整，已改用上一版本（版本 %s）。请重新导入最新的更新。",
    "content: current.db is damaged or incomplete; showing the previous snapshot (version %s). Import the update again"};
inline constexpr Bilingual kSelfSnapshotFactory = {"内容：还没有导入过更新，显示出厂内容（版本 %s）。",
                                                   "content: nothing imported yet; showing the factory snapshot (version %s)"};
inline constexpr Bilingual kSelfSnapshotFactoryFallback = {
    "内容：已导入的内容文件都打不开，已改用出厂内容（版本 %s）。请重新导入最新的更新。",
    "content: no imported snapshot opens; showing the factory snapshot (version %s). Import the update again"};
inline constexpr Bilingual kSelfSnapshotNone = {
    "内容：没有一个内容文件能打开（%s），查阅机只显示故障提示。请导入更新或重新安装软件包。",
    "content: no snapshot opens (%s); the kiosk shows only a notice. Import an update or reinstall"};
inline constexpr Bilingual kSelfDataNotWritable = {
    "数据文件夹 %s 不能写入（%s）：申请、使用统计和导入更新都用不了。请检查磁盘和权限。",
    "data folder %s is not writable (%s): applications, usage figures and updates do not work. Check disk and rights"};
inline constexpr Bilingual kSelfDataOk = {"数据文件夹 %s 可以写入。", "data folder %s is writable"};
// %lld: MB free, %lld: the threshold in MB
inline constexpr Bilingual kSelfDiskLow = {"磁盘剩余空间只有 %lld MB（少于 %lld MB），请尽快导出申请、清理磁盘。",
                                           "only %lld MB free on disk (under %lld MB): export applications, free space soon"};
inline constexpr Bilingual kSelfDiskFull = {
    "磁盘剩余空间只有 %lld MB（少于 %lld MB）：申请表暂停受理，以免提交时保存失败。请立即清理磁盘。",
    "only %lld MB free on disk (under %lld MB): the request form takes no applications. Free space now"};
inline constexpr Bilingual kSelfDiskOk = {"磁盘剩余空间 %lld MB。", "%lld MB free on disk"};
inline constexpr Bilingual kSelfDiskUnknown = {"查不到磁盘剩余空间（%s）。", "cannot read the free disk space (%s)"};
// Shown with ImGui's built-in font when no Chinese font can be found at all, so it cannot be in Chinese.
inline constexpr const char* kNoFontsNotice =
    "Chinese fonts not found / zhongwen ziti zhao bu dao\n\n"
    "Install fonts-noto-cjk (apt-get install fonts-noto-cjk), then restart the kiosk.\n"
    "Details: kioskctl self-check, or journalctl -t disclosure-kiosk";

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] 朗读: recorded readings (core/content/recorded_audio.cpp, pack_recordings.cpp) and the voice
//---------------------------------------------------------------------------------------------------------------------
// A recording that cannot be played: pack reports these at recordings.csv's line and 文件, staff read them.
inline constexpr Bilingual kErrAudioEmpty = {
    "录音文件是空的（0 字节）。请重新导出录音",
    "the recording is empty (0 bytes); export it again"};
inline constexpr Bilingual kErrAudioNotOgg = {
    "不是 Ogg Vorbis（.ogg）或 Ogg Opus（.opus）录音。MP3、WAV 等请先转换，如 oggenc 录音.wav 或 opusenc 录音.wav 录音.opus",
    "not Ogg Vorbis (.ogg) or Ogg Opus (.opus); convert MP3 or WAV first (oggenc x.wav, or opusenc x.wav x.opus)"};
inline constexpr Bilingual kErrAudioTruncated = {
    "录音文件不完整，后半截缺了（可能没有复制完）。请重新复制或导出",
    "the recording is cut short (its end is missing, perhaps an interrupted copy); copy or export it again"};
// Argument: the decoder's detail (English).
inline constexpr Bilingual kErrAudioDamaged = {
    "录音文件已损坏，无法解码（%s）。请重新导出",
    "the recording is damaged and cannot be decoded (%s); export it again"};
inline constexpr Bilingual kErrAudioSilentEmpty = {
    "录音里没有声音（长度为零）。请检查导出的文件",
    "the recording holds no sound (zero length); check the exported file"};
// Arguments: the recording's length and the limit, in seconds.
inline constexpr Bilingual kErrAudioTooLong = {
    "录音太长：%lld 秒，上限 %lld 秒。请分成几段，或只录最要紧的部分",
    "the recording is too long: %lld s, the limit is %lld s; split it or record the essentials"};
// recordings.csv (pack_recordings.cpp). 类型 is one of the three below.
inline constexpr const char* kRecordingKindGuide = "办事指南";
inline constexpr const char* kRecordingKindNotice = "通知公告";
inline constexpr const char* kRecordingKindPage = "页面";
inline constexpr Bilingual kErrRecordingKind = {
    "类型应是“办事指南”“通知公告”或“页面”",
    "类型 must be 办事指南 (guide), 通知公告 (notice) or 页面 (page)"};
// Argument: the name as written.
inline constexpr Bilingual kErrRecordingUnknownGuide = {
    "没有叫“%s”的办事指南。名称要和 guides.csv 的事项名称一字不差",
    "no guide is named \"%s\"; the name must match guides.csv's 事项名称 exactly"};
inline constexpr Bilingual kErrRecordingUnknownNotice = {
    "没有标题是“%s”的通知公告。名称要和 announcements.csv 的标题一字不差",
    "no notice has the title \"%s\"; the name must match announcements.csv's 标题 exactly"};
inline constexpr Bilingual kErrRecordingUnknownPage = {
    "没有叫“%s”的页面。可以录音的页面：政府信息公开指南",
    "no page is named \"%s\"; the pages that can have a recording: 政府信息公开指南"};
// Arguments: the line that already has a recording for the same thing.
inline constexpr Bilingual kErrRecordingDuplicate = {
    "第 %d 行已经给它配了录音。一项内容只能有一个录音",
    "line %d already gives it a recording; one recording per item"};
inline constexpr Bilingual kErrRecordingExtension = {
    "录音文件要以 .ogg 或 .opus 结尾",
    "a recording's file name must end in .ogg or .opus"};
// Arguments: the file, its bytes and megabytes, the limit in bytes and megabytes.
inline constexpr Bilingual kErrRecordingTooLarge = {
    "录音 %s 太大：%zu 字节（%.1f MB），上限 %lld 字节（%lld MB）。请用较低的码率重新导出（如 opusenc --bitrate 24）",
    "recording %s too large: %zu bytes (%.1f MB), the limit is %lld bytes (%lld MB); export it at a lower bitrate "
    "(e.g. opusenc --bitrate 24)"};
// The voice (platform/speech_synth.cpp). Argument: espeak-ng's own message.
inline constexpr Bilingual kErrSpeechUnavailable = {
    "语音合成无法启动（espeak-ng：%s）。请安装 espeak-ng-data",
    "speech synthesis cannot start (espeak-ng: %s); install espeak-ng-data"};
// Argument: the reading dictionary's path.
inline constexpr Bilingual kErrReadingUnavailable = {
    "读音词典还没有准备好（%s），暂时只能播放录音",
    "the reading dictionary is not ready (%s); only recordings can be played"};
// The voice (platform/speech_player.cpp), for the log: the kiosk goes on without sound.
inline constexpr Bilingual kNoteNoAudioDevice = {
    "没有可用的声卡，朗读不出声",
    "no audio device: reading aloud is silent"};

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Plain words: official terms a villager may not know, each with one line in everyday words
// (ui/kit/plain_words.h draws the 这是什么？ beside the term and the card with the explanation)
//---------------------------------------------------------------------------------------------------------------------
inline constexpr const char* kWhatIsThis = "这是什么？";
inline constexpr const char* kGotIt = "知道了";
// Written to be read aloud to a grandmother: short everyday words, an example she knows, no other official term.
// At most kPlainWordMaxChars characters each (tests/unit/test_plain_words.cpp), so the card stays one glance.
struct PlainWord {
    const char* term;
    const char* plain;
};
inline constexpr int kPlainWordMaxChars = 32;
inline constexpr PlainWord kPlainWords[] = {
    {"依申请公开", "这里找不到的政府信息，可以填一张表，向政府要。"},
    {"法人或其他组织", "公司、合作社、村委会、学校这样的单位，不是个人。"},
    {"统一社会信用代码", "单位的“身份证号”，18位，印在营业执照上。"},
    {"行政给付", "政府按规定发钱发物，比如低保、补贴、救助。"},
    {"行政确认", "政府给您登记或出证明，比如结婚登记。"},
    {"行政许可", "有些事要先经政府批准，批准了才能办。"},
    {"索引号", "文件在公开目录里的编号，就像图书的编号。"},
    {"文号", "发文件的单位给文件编的号，比如“安民发〔2021〕25号”。"},
    {"发布机构", "是哪个政府部门发的这份文件。"},
    {"体裁分类", "文件是哪一种，比如通知、公告、决定、报告。"},
    {"主题词", "几个说明文件讲什么的词，方便查找。"},
};
// The explanation of `term`, or nullptr when the table has none (a guide's 事项类型 such as 其他 needs none).
constexpr const char* plain_word(const char* term) {
    for (const PlainWord& w : kPlainWords) {
        const char *a = w.term, *b = term;
        while (*a && *a == *b) { ++a; ++b; }
        if (*a == 0 && *b == 0) return w.plain;
    }
    return nullptr;
}

}  // namespace kiosk::str
