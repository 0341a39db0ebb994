// sha256.cpp — see sha256.h.
#include "core/base/sha256.h"

#include <openssl/evp.h>

namespace kiosk::core {

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) { EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(ctx_), EVP_sha256(), nullptr); }

Sha256::~Sha256() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx_)); }

void Sha256::update(const void* data, std::size_t size) {
    EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(ctx_), data, size);
}

Sha256Digest Sha256::finish() {
    Sha256Digest out{};
    unsigned int n = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(ctx_), out.data(), &n);
    return out;
}

Sha256Digest sha256(std::string_view data) {
    Sha256 h;
    h.update(data.data(), data.size());
    return h.finish();
}

}  // namespace kiosk::core
