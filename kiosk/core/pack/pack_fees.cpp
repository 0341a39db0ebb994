// pack_fees.cpp — pack's reader for fees.csv, the fee and subsidy standards.
//
// A standard is either an amount with a unit (580 元/人·月) or, when no single amount exists (a subsidy computed from
// a formula, a range), a sentence in 标准说明. A bare number without a unit would be misread by anyone, so an amount
// requires a unit, and a row with neither amount nor explanation says nothing and is refused.
#include "core/pack/pack_sources.h"

namespace kiosk::core {

void read_fees(SourceContext& ctx, PackedContent& out) {
    const std::string file = "fees.csv";
    auto table = load_table(ctx, file,
                            {"类别", "项目", "金额", "单位", "标准说明", "依据", "批准机关", "备注", "生效日期"},
                            {"类别", "项目", "依据", "生效日期"});
    if (!table) return;
    for (std::size_t r = 0; r < table->row_count(); ++r) {
        RowReader row(ctx, *table, r, file);
        FeeStandard f;
        f.category = row.text("类别", true);
        f.item = row.text("项目", true);
        row.within_limit(LimitId::FeeCategory, f.category);
        row.within_limit(LimitId::FeeItem, f.item);
        const bool has_amount_text = !row.text("金额", false).empty();
        f.amount = row.number("金额", false);
        f.unit = row.text("单位", false);
        f.standard_text = row.text("标准说明", false);
        if (has_amount_text && f.amount && f.unit.empty()) row.error("单位", str::kErrAmountNeedsUnit);
        if (!has_amount_text && f.standard_text.empty()) row.error("标准说明", str::kErrNeedAmountOrText);
        f.basis = row.text("依据", true);
        f.approver = row.text("批准机关", false);
        f.note = row.text("备注", false);
        const auto effective = row.date("生效日期", true);
        if (!row.ok()) continue;
        f.effective_date = *effective;
        out.fees.push_back(std::move(f));
    }
}

}  // namespace kiosk::core
