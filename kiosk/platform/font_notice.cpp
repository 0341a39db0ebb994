// font_notice.cpp — see font_notice.h.
#include "platform/font_notice.h"

#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>

#include <SDL_image.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "core/base/strings_zh.h"

namespace kiosk::platform {

int show_no_fonts_notice(SDL_Renderer* renderer, bool headless, const std::string& screenshot) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->AddFontDefault();
    ImGui_ImplSDLRenderer_DestroyFontsTexture();
    if (!ImGui_ImplSDLRenderer_CreateFontsTexture()) return 2;
    for (bool quit = false; !quit;) {
        SDL_Event e;
        if (!headless && SDL_WaitEventTimeout(&e, 60000) && e.type == SDL_QUIT) quit = true;
        while (SDL_PollEvent(&e))
            if (e.type == SDL_QUIT) quit = true;
        int w = 0, h = 0;
        SDL_GetRendererOutputSize(renderer, &w, &h);
        io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
        io.DeltaTime = 1.0f / 60;
        // ProggyClean is 13 px: scaled so the notice reads from a step away on any kiosk screen.
        io.FontGlobalScale = std::max(1.0f, std::min(w, h) / 360.0f);
        ImGui_ImplSDLRenderer_NewFrame();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(IM_COL32(0xF4, 0xF1, 0xEA, 255)));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(IM_COL32(0x20, 0x20, 0x20, 255)));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
        ImGui::Begin("no_fonts", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        ImGui::SetCursorPos(ImVec2(w * 0.08f, h * 0.3f));
        ImGui::PushTextWrapPos(w * 0.92f);  // a portrait screen is too narrow for the longest line
        ImGui::TextUnformatted(str::kNoFontsNotice);
        ImGui::PopTextWrapPos();
        ImGui::End();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(2);
        ImGui::Render();
        SDL_SetRenderDrawColor(renderer, 0xF4, 0xF1, 0xEA, 255);
        SDL_RenderClear(renderer);
        ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
        if (headless && !screenshot.empty()) {
            std::error_code ec;
            std::filesystem::create_directories(std::filesystem::path(screenshot).parent_path(), ec);
            SDL_Surface* s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
            if (s && SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch) == 0 &&
                IMG_SavePNG(s, screenshot.c_str()) == 0)
                std::fprintf(stderr, "screenshot %s\n", screenshot.c_str());
            SDL_FreeSurface(s);
        }
        SDL_RenderPresent(renderer);
        if (headless) break;
    }
    return 2;
}

}  // namespace kiosk::platform
