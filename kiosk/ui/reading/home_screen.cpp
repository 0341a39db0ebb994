// home_screen.cpp — the first screen: who this office is, what time it is, six big tiles.
#include <ctime>
#include <cstdio>

#include "core/base/civil_date.h"
#include "core/base/strings_zh.h"
#include "ui/screens.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;

namespace {

struct TileSpec {
    const char* label;
    const char* hint;
    Icon icon;
    Screen target;
};

constexpr TileSpec kTiles[] = {
    {str::kTileCatalog, str::kTileCatalogHint, Icon::Catalog, Screen::Catalog},
    {str::kTileGuides, str::kTileGuidesHint, Icon::Guide, Screen::Guides},
    {str::kTileFees, str::kTileFeesHint, Icon::Fee, Screen::Fees},
    {str::kTileApply, str::kTileApplyHint, Icon::Apply, Screen::Apply},
    {str::kTileDisclosureGuide, str::kTileDisclosureGuideHint, Icon::Info, Screen::DisclosureGuide},
    {str::kTileNotices, str::kTileNoticesHint, Icon::Notice, Screen::Notices},
};

}  // namespace

Action draw_home(Ui& ui, const AppModel& model, Area area) {
    Action action;
    const Theme& t = ui.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad = t.unit * 2;

    // Banner: the office's name on the left, today's date and the time on the right (portrait: stacked).
    const float heading = ui.fonts->size(FontRole::Heading);
    const float banner_h = t.portrait ? heading * 1.6f + ui.fonts->size(FontRole::Body) * 1.5f + pad * 2
                                      : heading * 1.6f + pad * 2;
    dl->AddRectFilled(area.min, ImVec2(area.max.x, area.min.y + banner_h), t.header_bg);
    const char* name = model.office.name.c_str();
    ui.fonts->draw(dl, FontRole::Heading, ImVec2(area.min.x + pad, area.min.y + pad),
                t.on_header, name);
    ui.probe->record(name, ImVec2(area.min.x + pad, area.min.y + pad),
                     ImVec2(area.min.x + pad + text::text_width(*ui.fonts, FontRole::Heading, name),
                            area.min.y + pad + heading), area.min, area.max, false);

    std::time_t now = static_cast<std::time_t>(ui.wall_seconds);
    std::tm tm{};
    localtime_r(&now, &tm);
    char date[96];
    std::snprintf(date, sizeof date, "%s  %s  %02d:%02d",
                  core::chinese_date({tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday}).c_str(),
                  str::kWeekdays[tm.tm_wday], tm.tm_hour, tm.tm_min);
    const float body = ui.fonts->size(FontRole::Body);
    const float dw = text::text_width(*ui.fonts, FontRole::Body, date);
    const ImVec2 date_pos = t.portrait ? ImVec2(area.min.x + pad, area.min.y + pad + heading * 1.5f)
                                       : ImVec2(area.max.x - pad - dw, area.min.y + (banner_h - body) * 0.5f);
    ui.fonts->draw(dl, FontRole::Body, date_pos, t.on_header, date);
    ui.probe->record(date, date_pos, ImVec2(date_pos.x + dw, date_pos.y + body), area.min, area.max, false);

    // Footer: hours, phone and address, so a visitor knows when someone can help in person.
    std::string footer = std::string(str::kOfficeHours) + "：" + model.office.hours + "\n" + str::kOfficePhone + "：" +
                         model.office.phone + "    " + str::kOfficeAddress + "：" + model.office.address;
    const float footer_w = area.width() - pad * 2;
    const float footer_h = text_height(ui, FontRole::Body, footer, footer_w) + pad * 1.5f;
    const ImVec2 footer_min(area.min.x, area.max.y - footer_h);
    dl->AddRectFilled(footer_min, area.max, t.surface);
    dl->AddLine(footer_min, ImVec2(area.max.x, footer_min.y), t.border, 2.0f);
    text_at(ui, FontRole::Body, footer, t.text, ImVec2(area.min.x + pad, footer_min.y + pad * 0.75f), footer_w);

    // Tiles: 3×2 in landscape, 2×3 in portrait, filling what is left.
    const int cols = t.portrait ? 2 : 3;
    const int rows = 6 / cols;
    const float gap = t.unit * 2;
    // The search bar: the quickest way to one document, for those who know what they want.
    const float bar_h = t.touch * 1.05f;
    ImGui::SetCursorScreenPos(ImVec2(area.min.x + pad, area.min.y + banner_h + gap));
    if (search_bar(ui, "home_search", ImVec2(area.width() - pad * 2, bar_h))) action = Action::go(Screen::Search);
    const float grid_top = area.min.y + banner_h + gap + bar_h + gap;
    const float grid_h = footer_min.y - gap - grid_top;
    const float tile_w = (area.width() - pad * 2 - gap * (cols - 1)) / cols;
    const float tile_h = (grid_h - gap * (rows - 1)) / rows;
    for (int i = 0; i < 6; ++i) {
        const int r = i / cols, c = i % cols;
        ImGui::SetCursorScreenPos(ImVec2(area.min.x + pad + c * (tile_w + gap), grid_top + r * (tile_h + gap)));
        const TileSpec& spec = kTiles[i];
        if (tile(ui, spec.label, spec.label, spec.hint, spec.icon, t.tile_colors[i], ImVec2(tile_w, tile_h)))
            action = Action::go(spec.target);
    }
    return action;
}

}  // namespace kiosk::ui
