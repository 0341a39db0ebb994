// attachment_images.h — attachment bytes to SDL textures, loaded when first shown and kept while the document is.
#pragma once

#include <SDL.h>

#include <functional>
#include <unordered_map>
#include <vector>

#include "ui/kit/ui_context.h"

namespace kiosk::platform {

class AttachmentImages : public ui::ImageSource {
public:
    using Loader = std::function<std::vector<unsigned char>(long long)>;
    AttachmentImages(SDL_Renderer* renderer, Loader loader) : renderer_(renderer), loader_(std::move(loader)) {}
    ~AttachmentImages() override;
    ImTextureID texture(long long attachment_id, int* width, int* height) override;

private:
    struct Entry {
        SDL_Texture* texture = nullptr;
        int width = 0, height = 0;
    };
    SDL_Renderer* renderer_;
    Loader loader_;
    std::unordered_map<long long, Entry> cache_;  // a failed load is cached too, as a null texture
};

}  // namespace kiosk::platform
