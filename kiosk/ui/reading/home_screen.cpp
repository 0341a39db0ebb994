// home_screen.cpp — the first screen: who this office is, what time it is, six big tiles.
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <iterator>

#include "core/base/civil_date.h"
#include "core/base/strings_zh.h"
#include "ui/screens.h"
#include "ui/kit/plain_words.h"
#include "ui/kit/read_aloud.h"
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
                                      : heading * 1.35f + pad * 1.2f;  // landscape: height is the tiles' to spend
    dl->AddRectFilled(area.min, ImVec2(area.max.x, area.min.y + banner_h), t.header_bg);
    const char* name = model.office.name.c_str();
    const float name_y = t.portrait ? area.min.y + pad : area.min.y + (banner_h - heading) * 0.5f;
    ui.fonts->draw(dl, FontRole::Heading, ImVec2(area.min.x + pad, name_y), t.on_header, name);
    ui.probe->record(name, ImVec2(area.min.x + pad, name_y),
                     ImVec2(area.min.x + pad + text::text_width(*ui.fonts, FontRole::Heading, name), name_y + heading),
                     area.min, area.max, false);
    // Home has no top bar: the office's name is its title, then each tile's name and what it is for.
    speech_part(ui, "office", model.office.name, area.min, ImVec2(area.max.x, area.min.y + banner_h), true);

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

    // Tiles: the first arrangement in which every tile holds its pictogram, its name and its subtitle whole, tried
    // from the roomiest look (3×2 in landscape, 2×3 in portrait) down to one column with the pictogram beside the
    // words. If even one column does not fit, the tiles keep their full height and scroll.
    struct Arrangement {
        int cols;
        TileLayout layout;
    };
    static constexpr Arrangement kLandscape[] = {{3, TileLayout::Stacked}, {3, TileLayout::Beside},
                                                 {2, TileLayout::Beside}, {2, TileLayout::Stacked},
                                                 {1, TileLayout::Beside}};
    static constexpr Arrangement kPortrait[] = {{2, TileLayout::Stacked}, {2, TileLayout::Beside},
                                                {1, TileLayout::Beside}};
    const Arrangement* choices = t.portrait ? kPortrait : kLandscape;
    const int n_choices = t.portrait ? 3 : 5;
    const float tile_gap = t.unit * 1.5f;  // between tiles: enough to tell them apart, the rest is theirs
    const float grid_w = area.width() - pad * 2;
    struct Grid {
        Arrangement pick{1, TileLayout::Beside};
        float tile_w = 0, tile_h = 0;
        bool scrolls = true;
    };
    // What the widest and tallest tile needs, in each of the two looks (measured once; tried many times below).
    ImVec2 needs[2] = {{0, t.touch}, {0, t.touch}};
    for (const TileLayout layout : {TileLayout::Stacked, TileLayout::Beside}) {
        ImVec2& need = needs[layout == TileLayout::Beside];
        for (const TileSpec& spec : kTiles) {
            const ImVec2 n = tile_needs(ui, spec.label, spec.hint, layout);
            need = ImVec2(std::max(need.x, n.x), std::max(need.y, n.y));
        }
    }
    auto arrange = [&](float grid_h) {
        Grid g{choices[n_choices - 1]};
        for (int k = 0; k < n_choices; ++k) {
            const Arrangement& a = choices[k];
            const int rows = (6 + a.cols - 1) / a.cols;
            const float w = (grid_w - tile_gap * (a.cols - 1)) / a.cols;
            const float h = (grid_h - tile_gap * (rows - 1)) / rows;
            const ImVec2 need = needs[a.layout == TileLayout::Beside];
            g.pick = a, g.tile_w = w, g.tile_h = std::max(h, need.y);
            if (w >= need.x && h >= need.y) {
                g.scrolls = false;
                break;
            }
        }
        return g;
    };

    // The search bar: the quickest way to one document, for those who know what they want. In landscape at 特大 or
    // in 长辈模式 it gives up some height (never under the 80 px an elder's finger needs) before a tile scrolls away.
    const float gap = t.unit * 2;
    const float bar_h = t.portrait ? t.touch * 1.05f : t.touch;
    const float slim_gap = t.unit, slim_bar_h = std::max(t.touch * 0.8f, 80.0f);

    // Footer: hours and phone, so a visitor knows when someone can help in person, and the address. At most two lines
    // (three in portrait), the richest that still leaves every tile on screen: each on its own line, run together,
    // without the address (the visitor is standing at it, and 公开指南 has it), the phone alone; with nothing left to
    // give, the tiles scroll.
    const std::string hours = std::string(str::kOfficeHours) + "：" + model.office.hours;
    const std::string phone = std::string(str::kOfficePhone) + "：" + model.office.phone;
    const std::string address = std::string(str::kOfficeAddress) + "：" + model.office.address;
    const float footer_w = area.width() - pad * 2;
    const float body_lh = text::line_height(*ui.fonts, FontRole::Body);
    const float max_footer_h = body_lh * (t.portrait ? 3.5f : 2.5f);  // lines: portrait has the height to spare
    const std::string footers[] = {hours + "\n" + phone + "    " + address, hours + "    " + phone + "    " + address,
                                   hours + "\n" + phone, hours + "    " + phone, phone};
    constexpr int kFooters = static_cast<int>(std::size(footers));
    float footer_hs[kFooters];
    for (int i = 0; i < kFooters; ++i) footer_hs[i] = text_height(ui, FontRole::Body, footers[i], footer_w);
    int chosen = -1;
    float top_gap = gap, search_h = bar_h;
    Grid grid{choices[n_choices - 1]};
    for (int slim = 0; slim < 2 && chosen < 0; ++slim) {
        top_gap = slim ? slim_gap : gap;
        search_h = slim ? slim_bar_h : bar_h;
        for (int i = 0; i < kFooters && chosen < 0; ++i) {
            if (footer_hs[i] > max_footer_h) continue;
            grid = arrange(area.height() - banner_h - top_gap * 3 - search_h - footer_hs[i] - pad * 1.5f);
            if (!grid.scrolls) chosen = i;
        }
    }
    if (chosen < 0) {  // the tiles scroll whatever is given up: give up nothing
        top_gap = gap, search_h = bar_h;
        chosen = kFooters - 1;
        for (int i = 0; i < kFooters; ++i) {
            if (footer_hs[i] <= max_footer_h) { chosen = i; break; }
        }
        grid = arrange(area.height() - banner_h - top_gap * 3 - search_h - footer_hs[chosen] - pad * 1.5f);
    }
    const std::string& footer = footers[chosen];
    const float footer_h = footer_hs[chosen] + pad * 1.5f;
    const ImVec2 footer_min(area.min.x, area.max.y - footer_h);
    dl->AddRectFilled(footer_min, area.max, t.surface);
    dl->AddLine(footer_min, ImVec2(area.max.x, footer_min.y), t.border, 2.0f);
    text_at(ui, FontRole::Body, footer, t.text, ImVec2(area.min.x + pad, footer_min.y + pad * 0.75f), footer_w);

    ImGui::SetCursorScreenPos(ImVec2(area.min.x + pad, area.min.y + banner_h + top_gap));
    if (search_bar(ui, "home_search", ImVec2(area.width() - pad * 2, search_h))) action = Action::go(Screen::Search);
    const float grid_top = area.min.y + banner_h + top_gap + search_h + top_gap;
    const float grid_h = footer_min.y - top_gap - grid_top;
    const Arrangement pick = grid.pick;
    const float tile_w = grid.tile_w, tile_h = grid.tile_h;
    const bool scrolls = grid.scrolls;
    const int rows = (6 + pick.cols - 1) / pick.cols;
    ImGui::SetCursorScreenPos(ImVec2(area.min.x + pad, grid_top));
    if (scrolls) begin_scroll(ui, "home_tiles", ImVec2(grid_w, grid_h));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* tiles_dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < 6; ++i) {
        const int r = i / pick.cols, c = i % pick.cols;
        ImGui::SetCursorScreenPos(ImVec2(origin.x + c * (tile_w + tile_gap), origin.y + r * (tile_h + tile_gap)));
        const TileSpec& spec = kTiles[i];
        // A tile name few villagers know (依申请公开) gets its 这是什么？ in the tile's top-right corner. It is
        // submitted before the tile, so a tap on it opens the explanation and not the tile, and drawn on a channel
        // above the tile so it shows.
        // Where the corner would touch the pictogram or the name (big text on a narrow tile), the subtitle is the
        // explanation, and the form's first page has its 这是什么？.
        const bool explained = str::plain_word(spec.label) != nullptr &&
                               tile_corner_free(ui, spec.label, spec.hint, ImVec2(tile_w, tile_h), pick.layout,
                                                what_is_this_size(ui));
        if (explained) {
            const ImVec2 tile_pos = ImGui::GetCursorScreenPos();
            const ImVec2 ws = what_is_this_size(ui);
            tiles_dl->ChannelsSplit(2);
            tiles_dl->ChannelsSetCurrent(1);
            ImGui::SetCursorScreenPos(ImVec2(tile_pos.x + tile_w - ws.x - t.unit, tile_pos.y + t.unit));
            if (what_is_this(ui, spec.label)) action = Action::explain(spec.label);
            tiles_dl->ChannelsSetCurrent(0);
            ImGui::SetCursorScreenPos(tile_pos);
        }
        const ImVec2 tile_at = ImGui::GetCursorScreenPos();
        if (tile(ui, spec.label, spec.label, spec.hint, spec.icon, t.tile_colors[i], ImVec2(tile_w, tile_h),
                 pick.layout))
            action = Action::go(spec.target);
        speech_part(ui, std::string("tile:") + std::to_string(i), std::string(spec.label) + "，" + spec.hint, tile_at,
                    ImVec2(tile_at.x + tile_w, tile_at.y + tile_h));
        if (explained) tiles_dl->ChannelsMerge();
    }
    if (scrolls) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + rows * (tile_h + tile_gap) - tile_gap));
        ImGui::Dummy(ImVec2(grid_w, 0));
        end_scroll(ui);
    }
    speech_part(ui, "footer", hours + "。" + phone, footer_min, area.max);
    return action;
}

}  // namespace kiosk::ui
