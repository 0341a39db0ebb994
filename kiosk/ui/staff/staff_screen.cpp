// staff_screen.cpp — the staff screens: installed content, bundles on the stick, progress, diff, result; the badge.
//
// Staff mode has a slate header instead of the public red, so nobody mistakes it for a public screen. Every page has
// 退出 in the header; a running import goes on in the background and the badge shows its progress.
//
// Index of this file:
// [SECTION] Cards of the main page: self-check, content, applications, quitting
// [SECTION] A stick's bundles and an update in progress
// [SECTION] The staff page and the badge
#include "ui/staff/staff_screen.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/base/strings_zh.h"
#include "ui/staff/staff_stats_screen.h"
#include "ui/kit/widgets.h"

namespace kiosk::ui {

using text::FontRole;
using K = StaffAction::Kind;

namespace {

constexpr ImU32 kStaffHeader = IM_COL32(0x26, 0x3A, 0x4F, 255);  // slate: white on it is above 11:1

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] Cards of the main page: self-check, content, applications, quitting
//---------------------------------------------------------------------------------------------------------------------

std::string fmt(const char* f, auto... args) {
    char buf[512];
    std::snprintf(buf, sizeof buf, f, args...);
    return buf;
}

std::string day_of(const std::string& iso) { return iso.size() >= 10 ? iso.substr(0, 10) : iso; }

std::string info_line(const core::SnapshotInfo& i) {
    return fmt(str::kStaffInfoFmt, i.publisher.c_str(), i.content_version.c_str(), day_of(i.built_at).c_str());
}

// A card around what `body` draws at the cursor (text and buttons), `width` wide.
template <typename F>
void card(Ui& ui, float width, ImU32 border, F body) {
    const Theme& t = ui.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad = t.unit * 1.2f;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + pad, pos.y + pad));
    ImGui::BeginGroup();
    body(width - pad * 2);
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad;
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(pos, ImVec2(pos.x + width, bottom), t.surface, t.radius);
    dl->AddRect(pos, ImVec2(pos.x + width, bottom), border, t.radius, 0, 2.5f);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(pos.x, bottom + t.unit));
    ImGui::Dummy(ImVec2(width, 0));
}

void spacer(Ui& ui, float h) { ImGui::Dummy(ImVec2(1, h)); }

// What the start-up self-check found wrong: first on the main page, so staff see it before anything else.
void draw_self_check(Ui& ui, const StaffModel& m, float width) {
    if (m.self_check.empty()) return;
    const Theme& t = ui.theme;
    text(ui, FontRole::Heading, str::kStaffSelfCheckTitle, t.accent, width);
    card(ui, width, t.accent, [&](float w) {
        for (const std::string& line : m.self_check) text(ui, FontRole::Body, line, t.text, w);
    });
}

StaffAction draw_installed(Ui& ui, const StaffModel& m, float width) {
    StaffAction action;
    const Theme& t = ui.theme;
    draw_self_check(ui, m, width);
    text(ui, FontRole::Heading, str::kStaffInstalled, t.text, width);
    card(ui, width, t.border, [&](float w) {
        if (m.current) {
            text(ui, FontRole::Body, info_line(*m.current), t.text, w);
        } else {
            text(ui, FontRole::Body, str::kStaffFactory, t.text_muted, w);
            if (!m.installed_version.empty())
                text(ui, FontRole::Body, fmt(str::kStaffNowShowingFmt, m.installed_version.c_str()), t.text, w);
        }
        spacer(ui, t.unit * 0.5f);
        if (m.previous) {
            text(ui, FontRole::Body, std::string(str::kStaffPrevious) + "：" + info_line(*m.previous), t.text_muted, w);
            spacer(ui, t.unit * 0.5f);
            if (button(ui, str::kStaffRollbackPrevious, 0, ButtonKind::Secondary)) action = StaffAction::of(K::Rollback);
        } else {
            text(ui, FontRole::Body, str::kStaffNoPrevious, t.text_muted, w);
        }
    });
    return action;
}

void button_row(Ui& ui, float width, const char* a, ButtonKind ka, const char* b, ButtonKind kb, bool* ta, bool* tb);

// The request forms waiting on this kiosk, and one export button per stick.
StaffAction draw_applications(Ui& ui, const StaffModel& m, float width) {
    StaffAction action;
    const Theme& t = ui.theme;
    text(ui, FontRole::Heading, str::kStaffApplications, t.text, width);
    const bool pending = m.applications_readable && m.applications_pending > 0;
    card(ui, width, pending ? t.valid : t.border, [&](float w) {
        if (!m.applications_readable) {
            text(ui, FontRole::Body, str::kStaffApplicationsUnreadable, t.accent, w);
            return;
        }
        text(ui, FontRole::Body, pending ? fmt(str::kStaffPendingFmt, m.applications_pending) : str::kStaffNonePending,
             pending ? t.text : t.text_muted, w);
        if (!pending) return;
        spacer(ui, t.unit * 0.3f);
        if (m.sticks.empty()) {
            text(ui, FontRole::Body, str::kStaffInsertStickToExport, t.text_muted, w);
            return;
        }
        for (size_t i = 0; i < m.sticks.size(); ++i) {
            ImGui::PushID(static_cast<int>(i) + 1000);
            if (button(ui, fmt(str::kStaffExportToFmt, m.sticks[i].name.c_str()).c_str(), std::min(w, t.touch * 7.0f),
                       ButtonKind::Primary))
                action = StaffAction::of(K::ExportApplications, static_cast<int>(i));
            ImGui::PopID();
            spacer(ui, t.unit * 0.3f);
        }
        text(ui, FontRole::Body, str::kStaffExportNote, t.text_muted, w);
    });
    return action;
}

// Quitting is only here, behind the PIN: the public screens have no way out.
StaffAction draw_quit_button(Ui& ui, float width) {
    const Theme& t = ui.theme;
    spacer(ui, t.unit);
    if (button(ui, str::kStaffQuit, std::min(width, t.touch * 5.0f), ButtonKind::Secondary))
        return StaffAction::of(K::AskQuit);
    return StaffAction{};
}

StaffAction draw_confirm_quit(Ui& ui, float width) {
    StaffAction action;
    const Theme& t = ui.theme;
    card(ui, width, t.accent, [&](float w) { text(ui, FontRole::Heading, str::kStaffQuitAsk, t.text, w); });
    spacer(ui, t.unit);
    bool quit = false, cancel = false;
    button_row(ui, width, str::kStaffQuitConfirm, ButtonKind::Secondary, str::kStaffCancel, ButtonKind::Primary, &quit,
               &cancel);
    if (quit) action = StaffAction::of(K::Quit);
    if (cancel) action = StaffAction::of(K::Dismiss);
    return action;
}

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] A stick's bundles and an update in progress
//---------------------------------------------------------------------------------------------------------------------

StaffAction draw_bundles(Ui& ui, const StaffModel& m, float width) {
    StaffAction action;
    const Theme& t = ui.theme;
    text(ui, FontRole::Heading, str::kStaffOnStick, t.text, width);
    if (m.bundles.empty()) text(ui, FontRole::Body, str::kStaffNoStick, t.text_muted, width);
    for (size_t i = 0; i < m.bundles.size(); ++i) {
        const StaffBundle& b = m.bundles[i];
        const bool ok = b.info.ok();
        ImGui::PushID(static_cast<int>(i));
        card(ui, width, ok ? (b.older_or_equal ? t.border : t.valid) : t.accent, [&](float w) {
            text(ui, FontRole::Heading, b.file_name, t.text, w);
            if (b.info.have_manifest) {
                const core::Manifest& mf = b.info.manifest;
                text(ui, FontRole::Body,
                     fmt(str::kStaffInfoFmt, mf.publisher.c_str(), mf.content_version.c_str(),
                         day_of(mf.created_at).c_str()),
                     t.text, w);
                text(ui, FontRole::Body, fmt(str::kStaffCountsFmt, mf.documents, mf.guides, mf.fees), t.text_muted, w);
            }
            spacer(ui, t.unit * 0.3f);
            if (!ok) {
                text(ui, FontRole::Body, b.info.message_zh(), t.accent, w);
            } else if (b.older_or_equal) {
                text(ui, FontRole::Body, str::kStaffBundleOlder, t.text_muted, w);
                spacer(ui, t.unit * 0.3f);
                if (button(ui, str::kStaffRollbackTo, 0, ButtonKind::Secondary))
                    action = StaffAction::of(K::ImportOlder, static_cast<int>(i));
            } else {
                text(ui, FontRole::Body, str::kStaffBundleNewer, t.valid, w);
                spacer(ui, t.unit * 0.3f);
                if (button(ui, str::kStaffImport, std::min(w, t.touch * 4.5f), ButtonKind::Primary))
                    action = StaffAction::of(K::Import, static_cast<int>(i));
            }
        });
        ImGui::PopID();
    }
    return action;
}

void progress_bar(Ui& ui, float width, float height, int percent) {
    const Theme& t = ui.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 max(pos.x + width, pos.y + height);
    dl->AddRectFilled(pos, max, t.surface, t.radius);
    const float f = std::clamp(percent, 0, 100) / 100.0f;
    if (f > 0) dl->AddRectFilled(pos, ImVec2(pos.x + width * f, max.y), t.primary, t.radius);
    dl->AddRect(pos, max, t.primary, t.radius, 0, 3.0f);
    ImGui::Dummy(ImVec2(width, height));
}

// Buttons side by side when they fit, else stacked; each at least `min_w` wide.
void button_row(Ui& ui, float width, const char* a, ButtonKind ka, const char* b, ButtonKind kb, bool* ta, bool* tb) {
    const Theme& t = ui.theme;
    const float bw = (width - t.unit * 2) / 2;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    *ta = button(ui, a, bw, ka, Icon::None, t.touch * 1.15f);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + bw + t.unit * 2, pos.y));
    *tb = button(ui, b, bw, kb, Icon::None, t.touch * 1.15f);
}

StaffAction draw_staging(Ui& ui, const StaffModel& m, float width) {
    StaffAction action;
    const Theme& t = ui.theme;
    text(ui, FontRole::Heading, str::kStaffStaging, t.text, width);
    text(ui, FontRole::Body, m.staging_file, t.text_muted, width);
    spacer(ui, t.unit);
    progress_bar(ui, width, t.touch, m.percent);
    spacer(ui, t.unit * 0.5f);
    text(ui, FontRole::Display, fmt(str::kStaffPercentFmt, m.percent), t.text, width);
    text(ui, FontRole::Body, str::kStaffStagingNote, t.text, width);
    spacer(ui, t.unit * 2);
    bool leave = false, stop = false;
    button_row(ui, width, str::kStaffLeave, ButtonKind::Secondary, str::kStaffStop, ButtonKind::Secondary, &leave, &stop);
    if (leave) action = StaffAction::of(K::Leave);
    if (stop) action = StaffAction::of(K::StopStaging);
    return action;
}

StaffAction draw_diff(Ui& ui, const StaffModel& m, float width) {
    StaffAction action;
    const Theme& t = ui.theme;
    text(ui, FontRole::Heading, m.staged_older ? str::kStaffDiffOlderTitle : str::kStaffDiffTitle, t.text, width);
    text(ui, FontRole::Body,
         fmt(str::kStaffDiffFromToFmt, m.installed_version.c_str(), m.staged_version.c_str()), t.text_muted, width);
    spacer(ui, t.unit * 0.5f);
    const core::ContentDiff& d = m.diff;
    card(ui, width, t.border, [&](float w) {
        text(ui, FontRole::Heading,
             fmt(str::kStaffDiffRowFmt, str::kStaffDiffDocuments, d.documents_added, d.documents_removed,
                 d.documents_changed), t.text, w);
        text(ui, FontRole::Heading,
             fmt(str::kStaffDiffRowFmt, str::kStaffDiffGuides, d.guides_added, d.guides_removed, d.guides_changed),
             t.text, w);
        text(ui, FontRole::Heading,
             fmt(str::kStaffDiffRowFmt, str::kStaffDiffFees, d.fees_added, d.fees_removed, d.fees_changed), t.text, w);
    });
    spacer(ui, t.unit);
    bool confirm = false, cancel = false;
    button_row(ui, width, m.staged_older ? str::kStaffConfirmOlder : str::kStaffConfirm, ButtonKind::Primary,
               str::kStaffCancel, ButtonKind::Secondary, &confirm, &cancel);
    if (confirm) action = StaffAction::of(K::Confirm);
    if (cancel) action = StaffAction::of(K::CancelDiff);
    return action;
}

StaffAction draw_result(Ui& ui, const StaffModel& m, float width) {
    StaffAction action;
    const Theme& t = ui.theme;
    card(ui, width, m.message_ok ? t.valid : t.accent, [&](float w) {
        text(ui, FontRole::Heading, m.message, m.message_ok ? t.valid : t.accent, w);
        if (!m.installed_version.empty()) {
            spacer(ui, t.unit * 0.5f);
            text(ui, FontRole::Body, fmt(str::kStaffNowShowingFmt, m.installed_version.c_str()), t.text, w);
        }
    });
    spacer(ui, t.unit);
    if (button(ui, str::kStaffDone, std::min(width, t.touch * 4.0f), ButtonKind::Primary, Icon::None, t.touch * 1.15f))
        action = StaffAction::of(K::Dismiss);
    return action;
}

}  // namespace

//---------------------------------------------------------------------------------------------------------------------
// [SECTION] The staff page and the badge
//---------------------------------------------------------------------------------------------------------------------

float home_banner_bottom(const Ui& ui) {
    // The same measure as draw_home's banner (home_screen.cpp).
    const Theme& t = ui.theme;
    const float pad = t.unit * 2;
    const float heading = ui.fonts->size(FontRole::Heading);
    return t.portrait ? heading * 1.6f + ui.fonts->size(FontRole::Body) * 1.5f + pad * 2 : heading * 1.6f + pad * 2;
}

StaffAction draw_staff(Ui& ui, const StaffModel& m) {
    StaffAction action;
    const Theme& t = ui.theme;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(t.screen);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(t.page_bg));
    ImGui::Begin("staff", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PushFont(ui.fonts->get(FontRole::Body));
    ImDrawList* dl = ImGui::GetWindowDrawList();

    // Header: the title, and 退出 on the right.
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(t.screen.x, t.header_h), kStaffHeader);
    const float pad = t.unit * 1.5f;
    const float exit_w = t.touch * 2.0f;
    ImGui::SetCursorScreenPos(ImVec2(t.screen.x - pad - exit_w, (t.header_h - t.touch) * 0.5f));
    if (button(ui, str::kStaffExit, exit_w, ButtonKind::OnHeader)) action = StaffAction::of(K::Exit);
    const float hs = ui.fonts->size(FontRole::Heading);
    const float tw = text::text_width(*ui.fonts, FontRole::Heading, str::kStaffTitle);
    const float tx = std::max(pad, std::min((t.screen.x - tw) * 0.5f, t.screen.x - pad * 2 - exit_w - tw));
    text_at(ui, FontRole::Heading, str::kStaffTitle, t.on_header, ImVec2(tx, (t.header_h - hs * 1.5f) * 0.5f), tw + 2);

    const float margin = t.unit * 2;
    const Area area{ImVec2(margin, t.header_h + margin), ImVec2(t.screen.x - margin, t.screen.y - margin)};
    // Landscape: a readable column in the middle rather than lines across the whole screen.
    const float col_w = t.portrait ? area.width() : std::min(area.width(), t.touch * 15.0f);
    const float col_x = area.min.x + (area.width() - col_w) * 0.5f;
    StaffAction page_action;
    if (m.page == StaffPage::Pin) {
        page_action = draw_pin_pad(ui, m, area);
    } else if (m.page == StaffPage::Usage) {
        page_action = draw_staff_stats(ui, m, area);
    } else if (m.page == StaffPage::Main && !t.portrait) {
        // Landscape: what is installed on the left, the stick's bundles on the right, each scrolling on its own.
        const float gap = t.unit * 2;
        const float left_w = (area.width() - gap) * 0.42f;
        const float right_w = area.width() - gap - left_w;
        ImGui::SetCursorScreenPos(area.min);
        begin_scroll(ui, "staff_installed", ImVec2(left_w, area.height()));
        const float lw = left_w - t.scrollbar - t.unit * 2;
        page_action = draw_installed(ui, m, lw);
        spacer(ui, t.unit);
        for (const StaffAction& a : {draw_usage_entry(ui, lw), draw_quit_button(ui, lw)})
            if (a.kind != K::None) page_action = a;
        ImGui::Dummy(ImVec2(0, t.unit * 4));
        end_scroll(ui);
        // The right column is what is on the stick: bundles to import, and the applications to export onto it.
        ImGui::SetCursorScreenPos(ImVec2(area.min.x + left_w + gap, area.min.y));
        begin_scroll(ui, "staff_bundles", ImVec2(right_w, area.height()));
        const float rw = right_w - t.scrollbar - t.unit * 2;
        const StaffAction b = draw_bundles(ui, m, rw);
        if (b.kind != K::None) page_action = b;
        spacer(ui, t.unit);
        const StaffAction ap = draw_applications(ui, m, rw);
        if (ap.kind != K::None) page_action = ap;
        ImGui::Dummy(ImVec2(0, t.unit * 4));
        end_scroll(ui);
    } else {
        ImGui::SetCursorScreenPos(ImVec2(col_x, area.min.y));
        begin_scroll(ui, "staff_page", ImVec2(col_w, area.height()));
        const float w = col_w - t.scrollbar - t.unit * 2;
        switch (m.page) {
            case StaffPage::Main: {
                page_action = draw_installed(ui, m, w);
                spacer(ui, t.unit);
                const StaffAction b = draw_bundles(ui, m, w);
                if (b.kind != K::None) page_action = b;
                spacer(ui, t.unit);
                for (const StaffAction& a : {draw_applications(ui, m, w), draw_usage_entry(ui, w), draw_quit_button(ui, w)})
                    if (a.kind != K::None) page_action = a;
                break;
            }
            case StaffPage::ConfirmQuit: page_action = draw_confirm_quit(ui, w); break;
            case StaffPage::Staging: page_action = draw_staging(ui, m, w); break;
            case StaffPage::Diff: page_action = draw_diff(ui, m, w); break;
            case StaffPage::Result: page_action = draw_result(ui, m, w); break;
            default: break;
        }
        ImGui::Dummy(ImVec2(0, t.unit * 4));
        end_scroll(ui);
    }
    if (page_action.kind != K::None) action = page_action;
    ImGui::PopFont();
    ImGui::End();
    ImGui::PopStyleColor();
    if (action.kind != K::None) ui.animating = true;  // progress frames are the platform's job (a timed wake)
    return action;
}

namespace {

float badge_text_pad(const Ui& ui) { return ui.theme.unit * 1.3f; }

// A running import or one waiting to be confirmed says so; a stick says it in as many words as fit.
std::string fixed_badge_label(const StaffModel& m) {
    if (m.staging) return fmt(str::kStaffBadgeProgressFmt, m.percent);
    if (m.waiting_confirm) return str::kStaffBadgeWaiting;
    return {};
}

}  // namespace

float staff_badge_min_width(const Ui& ui, const StaffModel& m) {
    if (!m.badge) return 0;
    // The widest the progress gets (100%), so the chip's place does not move as the percent grows.
    const std::string label = m.staging ? fmt(str::kStaffBadgeProgressFmt, 100) :
                              m.waiting_confirm ? std::string(str::kStaffBadgeWaiting) : std::string(str::kStaffBadgeShortest);
    return ui.fonts->width(FontRole::Body, label) + badge_text_pad(ui) * 2;
}

StaffAction draw_staff_badge(Ui& ui, const StaffModel& m, Area place) {
    StaffAction action;
    if (!m.badge || place.width() <= 0) return action;
    const Theme& t = ui.theme;
    const float text_pad = badge_text_pad(ui);
    std::string label = fixed_badge_label(m);
    if (label.empty()) {
        label = str::kStaffBadgeShortest;
        for (const char* c : {str::kStaffBadgeStick, str::kStaffBadgeStickShort, str::kStaffBadgeShortest})
            if (ui.fonts->width(FontRole::Body, c) + text_pad * 2 <= place.width()) { label = c; break; }
    }
    const float h = std::min(t.touch, place.height());
    const float w = std::min(place.width(), ui.fonts->width(FontRole::Body, label) + text_pad * 2);
    const ImVec2 pos(place.min.x + (place.width() - w) * 0.5f, place.min.y + (place.height() - h) * 0.5f);
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(ImVec2(w, h));
    ImGui::Begin("staff_badge", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PushFont(ui.fonts->get(FontRole::Body));
    ImGui::SetCursorScreenPos(pos);
    bool pressed = false;
    if (card_area(ui, "staff_badge_tap", ImVec2(w, h), &pressed, label)) action = StaffAction::of(K::OpenPin);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + w, pos.y + h);
    dl->AddRectFilled(pos, max, pressed ? t.surface_pressed : t.notice_bg, h * 0.5f);
    if (m.staging) {
        const float f = std::clamp(m.percent, 0, 100) / 100.0f;
        dl->AddRectFilled(ImVec2(pos.x + 4, max.y - 10), ImVec2(pos.x + 4 + (w - 8) * f, max.y - 4), t.primary, 3.0f);
    }
    dl->AddRect(pos, max, t.notice_text, h * 0.5f, 0, 3.0f);
    const float fs = ui.fonts->size(FontRole::Body);
    ui.fonts->draw(dl, FontRole::Body, ImVec2(pos.x + text_pad, pos.y + (h - fs) * 0.5f - fs * 0.06f), t.notice_text,
                   label.c_str());
    ImGui::PopFont();
    ImGui::End();
    return action;
}

}  // namespace kiosk::ui
