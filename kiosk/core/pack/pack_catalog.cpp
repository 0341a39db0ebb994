// pack_catalog.cpp — pack's reader for catalog.csv: the disclosed documents, their 正文 files and attachments.
#include <algorithm>
#include <cctype>
#include <map>

#include "core/pack/pack_sources.h"
#include "core/base/text_format.h"
#include "core/base/value_parse.h"

namespace kiosk::core {

namespace {

// The kiosk can only draw PNG and JPEG, and a file's name says nothing reliable about its content (a ".png" saved
// from a browser may be WebP), so the type comes from the first bytes.
std::string sniff_image_mime(const std::string& data) {
    if (data.size() >= 8 && data.compare(0, 8, "\x89PNG\r\n\x1A\n") == 0) return "image/png";
    if (data.size() >= 3 && data.compare(0, 3, "\xFF\xD8\xFF") == 0) return "image/jpeg";
    return "";
}

bool has_text_extension(const std::string& rel) {
    const std::size_t dot = rel.rfind('.');
    if (dot == std::string::npos) return false;
    std::string ext = rel.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == "md" || ext == "txt";
}

std::string file_name_of(const std::string& rel) {
    const std::size_t slash = rel.rfind('/');
    return slash == std::string::npos ? rel : rel.substr(slash + 1);
}

}  // namespace

const std::vector<std::string>& catalog_columns() {
    static const std::vector<std::string> columns = {"索引号", "标题", "文号", "发布机构", "主题分类",
                                                     "体裁分类", "成文日期", "发布日期", "有效性", "主题词",
                                                     "内容概述", "正文", "附件", "附件说明", "人名"};
    return columns;
}

const std::vector<std::string>& catalog_required_columns() {
    static const std::vector<std::string> columns = {"索引号", "标题", "发布机构", "主题分类",
                                                     "成文日期", "发布日期", "有效性", "正文"};
    return columns;
}

void read_catalog(SourceContext& ctx, PackedContent& out) {
    const std::string file = "catalog.csv";
    auto table = load_table(ctx, file, catalog_columns(), catalog_required_columns());
    if (!table) return;
    std::map<std::string, int> index_lines;  // 索引号 → first line
    for (std::size_t r = 0; r < table->row_count(); ++r) {
        RowReader row(ctx, *table, r, file);
        PackedDocument pd;
        Document& d = pd.doc;
        d.index_no = row.text("索引号", true);
        if (!d.index_no.empty()) {
            const auto [it, inserted] = index_lines.emplace(d.index_no, row.line());
            if (!inserted) {
                row.error("索引号", format_text(str::kErrDuplicateIndexNo.zh, it->second),
                          format_text(str::kErrDuplicateIndexNo.en, it->second));
            }
        }
        d.title = row.text("标题", true);
        d.doc_no = normalize_doc_no(row.text("文号", false));
        d.issuer = join_list(split_list(row.text("发布机构", true)));
        d.category = row.text("主题分类", true);
        d.genre = row.text("体裁分类", false);
        const auto written = row.date("成文日期", true);
        const auto published = row.date("发布日期", true);
        if (written && published && *written > *published) row.error("成文日期", str::kErrWrittenAfterPublished);
        const std::string validity = row.text("有效性", true);
        if (!validity.empty()) {
            if (const auto v = parse_validity(validity)) {
                d.validity = *v;
            } else {
                row.error("有效性", str::kErrBadValidity);
            }
        }
        d.keywords = join_list(split_list(row.text("主题词", false)));
        d.summary = row.text("内容概述", false);
        d.names = split_list(row.text("人名", false));
        // As the snapshot will store them (lists joined with '；', 文号 brackets normalised), against the kiosk's limits.
        row.within_limit(LimitId::DocumentIndexNo, d.index_no);
        row.within_limit(LimitId::DocumentTitle, d.title);
        row.within_limit(LimitId::DocumentDocNo, d.doc_no);
        row.within_limit(LimitId::DocumentIssuer, d.issuer);
        row.within_limit(LimitId::DocumentCategory, d.category);
        row.within_limit(LimitId::DocumentKeywords, d.keywords);
        row.within_limit(LimitId::DocumentSummary, d.summary);
        row.within_limit(LimitId::DocumentNames, join_list(d.names));

        const std::string body_cell = row.text("正文", true);
        if (!body_cell.empty()) {
            if (auto body_path = resolve_content_path(ctx, body_cell, "documents", file, row.line(), "正文")) {
                if (!has_text_extension(body_path->rel)) {
                    row.error("正文", str::kErrBodyType);
                } else if (auto body = read_text_source(ctx, body_path->rel, str::kErrSourceFileMissing)) {
                    if (body->find_first_not_of(" \t\n") == std::string::npos) {
                        row.error("正文", str::kErrBodyEmpty);
                    } else if (row.within_limit(LimitId::DocumentBody, *body)) {
                        d.body = std::move(*body);
                    }
                } else {
                    row.mark_failed();  // already reported against the body file
                }
            } else {
                row.mark_failed();  // reported by resolve_content_path
            }
        }
        // 附件说明: one caption per attachment, in the same order, '；' between them; a reader sees these, never the
        // file names. Fewer captions than files leave the rest to the page's 附件N; more have nothing to describe.
        const auto attachment_files = split_list(row.text("附件", false));
        const auto captions = split_list(row.text("附件说明", false));
        if (captions.size() > attachment_files.size()) {
            row.error("附件说明", format_text(str::kErrMoreCaptionsThanAttachments.zh, captions.size(), attachment_files.size()),
                      format_text(str::kErrMoreCaptionsThanAttachments.en, captions.size(), attachment_files.size()));
        }
        for (const auto& item : attachment_files) {
            const std::size_t index = &item - attachment_files.data();
            const std::string caption = index < captions.size() ? captions[index] : std::string();
            auto att_path = resolve_content_path(ctx, item, "attachments", file, row.line(), "附件");
            if (!att_path) {
                row.mark_failed();  // reported by resolve_content_path
                continue;
            }
            auto data = read_file_bytes(att_path->path);
            if (!data) {
                row.error("附件", str::kErrFileUnreadable);
                continue;
            }
            const std::string mime = sniff_image_mime(*data);
            if (mime.empty()) {
                row.error("附件", format_text(str::kErrAttachmentType.zh, att_path->rel.c_str()),
                          format_text(str::kErrAttachmentType.en, att_path->rel.c_str()));
                continue;
            }
            const std::string name = file_name_of(att_path->rel);
            const bool name_ok = row.within_limit(LimitId::AttachmentName, name, name);
            const bool caption_ok = row.within_limit(LimitId::AttachmentCaption, caption);
            if (!row.within_limit(LimitId::AttachmentData, *data, name) || !name_ok || !caption_ok) continue;
            pd.attachments.push_back({name, mime, std::move(*data), caption});
        }
        if (!row.ok()) continue;
        d.written_date = *written;
        d.published_date = *published;
        out.documents.push_back(std::move(pd));
    }
}

}  // namespace kiosk::core
