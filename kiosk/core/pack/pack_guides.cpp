// pack_guides.cpp — pack's readers for the service guides: guides.csv, guide_materials.csv, guide_steps.csv.
//
// Materials and steps live in their own files (one row each, so staff can add a material without touching the
// guide) and point at their guide by 事项编码; a code with no guide is an error, because a material that silently
// disappears from the screen is worse than a pack that refuses.
#include <algorithm>
#include <map>

#include "core/pack/pack_sources.h"
#include "core/base/text_format.h"
#include "core/base/value_parse.h"

namespace kiosk::core {

namespace {

// Checks the 事项编码 and 序号 shared by materials and steps. Returns the guide's index in `out.guides` or -1.
struct ChildKey {
    long index = -1;
    int ordinal = 0;
};

ChildKey read_child_key(RowReader& row, const std::map<std::string, long>& guide_index,
                        std::map<std::pair<std::string, int>, int>& ordinal_lines) {
    ChildKey key;
    const std::string code = row.text("事项编码", true);
    const auto ordinal = row.integer("序号", true, 1, 0);
    if (!code.empty()) {
        const auto it = guide_index.find(code);
        if (it == guide_index.end()) {
            row.error("事项编码", str::kErrUnknownGuide);
        } else {
            key.index = it->second;
        }
    }
    if (!code.empty() && ordinal) {
        key.ordinal = static_cast<int>(*ordinal);
        const auto [it, inserted] = ordinal_lines.emplace(std::make_pair(code, key.ordinal), row.line());
        if (!inserted) {
            row.error("序号", format_text(str::kErrDuplicateOrdinal.zh, it->second),
                      format_text(str::kErrDuplicateOrdinal.en, it->second));
        }
    }
    return key;
}

}  // namespace

void read_guides(SourceContext& ctx, PackedContent& out) {
    // index into out.guides, or -1 for a guide whose own row had errors (its children are then checked but dropped)
    std::map<std::string, long> guide_index;

    if (auto table = load_table(
            ctx, "guides.csv",
            {"事项编码", "事项名称", "事项类型", "实施机构", "设定依据", "受理条件", "法定办结时限", "承诺办结时限",
             "是否收费", "收费标准及依据", "办理地点", "办理时间", "咨询电话", "监督投诉电话", "到现场次数",
             "进度查询"},
            {"事项编码", "事项名称", "事项类型", "实施机构", "设定依据", "受理条件", "法定办结时限", "承诺办结时限",
             "是否收费", "办理地点", "办理时间", "咨询电话", "监督投诉电话"})) {
        std::map<std::string, int> code_lines;
        for (std::size_t r = 0; r < table->row_count(); ++r) {
            RowReader row(ctx, *table, r, "guides.csv");
            Guide g;
            g.code = row.text("事项编码", true);
            bool duplicate = false;
            if (!g.code.empty()) {
                const auto [it, inserted] = code_lines.emplace(g.code, row.line());
                if (!inserted) {
                    duplicate = true;
                    row.error("事项编码", format_text(str::kErrDuplicateGuideCode.zh, it->second),
                              format_text(str::kErrDuplicateGuideCode.en, it->second));
                }
            }
            g.name = row.text("事项名称", true);
            row.within_limit(LimitId::GuideCode, g.code);
            row.within_limit(LimitId::GuideName, g.name);
            g.kind = row.text("事项类型", true);
            g.agency = row.text("实施机构", true);
            g.basis = row.text("设定依据", true);
            g.conditions = row.text("受理条件", true);
            const auto legal = row.integer("法定办结时限", true, 0, 0);
            const auto promised = row.integer("承诺办结时限", true, 0, 0);
            if (legal && promised && *promised > *legal) row.error("承诺办结时限", str::kErrPromisedOverLegal);
            const std::string charged = row.text("是否收费", true);
            if (!charged.empty()) {
                if (const auto c = parse_yes_no(charged)) {
                    g.charged = *c;
                } else {
                    row.error("是否收费", str::kErrBadYesNo);
                }
            }
            g.fee = row.text("收费标准及依据", false);
            if (g.charged && g.fee.empty()) row.error("收费标准及依据", str::kErrChargedWithoutFee);
            g.place = row.text("办理地点", true);
            g.hours = row.text("办理时间", true);
            g.phone = row.text("咨询电话", true);
            g.complaint_phone = row.text("监督投诉电话", true);
            const auto visits = row.integer("到现场次数", false, 0, -1);  // empty = not stated: the kiosk shows nothing rather than guess
            g.progress = row.text("进度查询", false);

            if (!row.ok()) {
                if (!g.code.empty() && !duplicate) guide_index.emplace(g.code, -1);
                continue;
            }
            g.legal_days = static_cast<int>(*legal);
            g.promised_days = static_cast<int>(*promised);
            g.visits = static_cast<int>(*visits);
            guide_index.emplace(g.code, static_cast<long>(out.guides.size()));
            out.guides.push_back(std::move(g));
        }
    }

    if (auto table = load_table(ctx, "guide_materials.csv",
                                {"事项编码", "序号", "材料名称", "份数", "原件或复印件", "载体", "备注"},
                                {"事项编码", "序号", "材料名称", "原件或复印件", "载体"})) {
        std::map<std::pair<std::string, int>, int> ordinal_lines;
        for (std::size_t r = 0; r < table->row_count(); ++r) {
            RowReader row(ctx, *table, r, "guide_materials.csv");
            const ChildKey key = read_child_key(row, guide_index, ordinal_lines);
            GuideMaterial m;
            m.ordinal = key.ordinal;
            m.name = row.text("材料名称", true);
            const auto copies = row.integer("份数", false, 1, 1);
            m.original_or_copy =
                row.choice("原件或复印件", true, {"原件", "复印件", "原件和复印件"}, str::kErrBadOriginalOrCopy);
            m.medium = row.choice("载体", true, {"纸质", "电子", "纸质或电子"}, str::kErrBadMedium);
            m.note = row.text("备注", false);
            if (!row.ok() || key.index < 0) continue;
            m.copies = static_cast<int>(*copies);
            out.guides[static_cast<std::size_t>(key.index)].materials.push_back(std::move(m));
        }
    }

    if (auto table = load_table(ctx, "guide_steps.csv", {"事项编码", "序号", "环节", "说明"},
                                {"事项编码", "序号", "环节", "说明"})) {
        std::map<std::pair<std::string, int>, int> ordinal_lines;
        for (std::size_t r = 0; r < table->row_count(); ++r) {
            RowReader row(ctx, *table, r, "guide_steps.csv");
            const ChildKey key = read_child_key(row, guide_index, ordinal_lines);
            GuideStep s;
            s.ordinal = key.ordinal;
            s.name = row.text("环节", true);
            s.description = row.text("说明", true);
            if (!row.ok() || key.index < 0) continue;
            out.guides[static_cast<std::size_t>(key.index)].steps.push_back(std::move(s));
        }
    }

    // Screens list materials and steps by 序号, whatever order the rows came in.
    for (auto& g : out.guides) {
        std::stable_sort(g.materials.begin(), g.materials.end(),
                         [](const GuideMaterial& a, const GuideMaterial& b) { return a.ordinal < b.ordinal; });
        std::stable_sort(g.steps.begin(), g.steps.end(),
                         [](const GuideStep& a, const GuideStep& b) { return a.ordinal < b.ordinal; });
    }
}

}  // namespace kiosk::core
