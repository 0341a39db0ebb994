// attachment_images.cpp — see attachment_images.h. SDL_image decodes PNG and JPEG.
#include "platform/attachment_images.h"

#include <SDL_image.h>

namespace kiosk::platform {

AttachmentImages::~AttachmentImages() {
    for (auto& [id, e] : cache_)
        if (e.texture) SDL_DestroyTexture(e.texture);
}

ImTextureID AttachmentImages::texture(long long attachment_id, int* width, int* height) {
    auto it = cache_.find(attachment_id);
    if (it == cache_.end()) {
        Entry e;
        std::vector<unsigned char> bytes = loader_(attachment_id);
        if (!bytes.empty()) {
            SDL_RWops* rw = SDL_RWFromConstMem(bytes.data(), static_cast<int>(bytes.size()));
            if (SDL_Surface* s = IMG_Load_RW(rw, 1)) {
                e.texture = SDL_CreateTextureFromSurface(renderer_, s);
                e.width = s->w;
                e.height = s->h;
                SDL_FreeSurface(s);
            }
        }
        it = cache_.emplace(attachment_id, e).first;
    }
    *width = it->second.width;
    *height = it->second.height;
    return it->second.texture;
}

}  // namespace kiosk::platform
