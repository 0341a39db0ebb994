// chinese_convert.cpp — see chinese_convert.h.
//
// OpenCC's C API (opencc.h), not its C++ classes: the C API catches OpenCC's exceptions and reports a null result,
// so a bad input cannot throw through the UI.
#include "core/zh/chinese_convert.h"

#include <opencc.h>

#include <algorithm>

#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "core/base/utf8.h"
#include "core/zh/text_encoding.h"

namespace kiosk::core {

namespace {

// opencc_open reports failure as (opencc_t)-1, not nullptr.
bool opened(opencc_t handle) {
    return handle != nullptr && handle != reinterpret_cast<opencc_t>(-1);
}

// One code point as UTF-8 (for iconv and OpenCC, which take text).
std::string utf8_of(char32_t c) {
    std::string out;
    append_utf8(out, c);
    return out;
}

}  // namespace

bool ChineseConverter::is_common_simplified(char32_t c) {
    if (c < 0x80) return true;
    if (c > 0xFFFF) return false;  // GB 2312 is all in the BMP
    return encodable_in_gb2312(utf8_of(c));
}

std::string ChineseConverter::convert_keeping_names(std::string_view text, Script to,
                                                    const std::vector<std::string>& names) const {
    void* handle = to == Script::Traditional ? s2t_ : t2s_;
    std::string out;
    out.reserve(text.size());
    std::size_t run_start = 0;  // the start of the text not yet converted
    auto flush = [&](std::size_t end) {
        if (end > run_start) out += run(handle, text.substr(run_start, end - run_start));
    };
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t keep = 0;  // bytes from i to pass through unchanged
        for (const std::string& name : names) {
            if (!name.empty() && name.size() > keep && text.compare(i, name.size(), name) == 0) keep = name.size();
        }
        const std::size_t at = i;
        const char32_t c = next_code_point(text, i);
        if (keep == 0 && !is_common_simplified(c)) {
            const std::string one(text.substr(at, i - at));
            if (run(handle, one) != one) keep = i - at;
        }
        if (keep == 0) continue;
        flush(at);
        out.append(text.substr(at, keep));
        i = at + keep;
        run_start = i;
    }
    flush(text.size());
    return out;
}

std::unique_ptr<ChineseConverter> ChineseConverter::open(std::string* error, const char* s2t_config,
                                                         const char* t2s_config) {
    opencc_t s2t = opencc_open(s2t_config);
    opencc_t t2s = opened(s2t) ? opencc_open(t2s_config) : nullptr;
    if (opened(s2t) && opened(t2s)) return std::unique_ptr<ChineseConverter>(new ChineseConverter(s2t, t2s));

    // Read before closing anything: opencc_error() is one process-wide string.
    const std::string detail = opencc_error();
    if (opened(s2t)) opencc_close(s2t);
    if (error) {
        const auto& msg = str::kErrChineseConvertOpen;
        *error = format_text(msg.zh, detail.c_str()) + "\n" + format_text(msg.en, detail.c_str());
    }
    return nullptr;
}

ChineseConverter::~ChineseConverter() {
    opencc_close(s2t_);
    opencc_close(t2s_);
}

std::string ChineseConverter::convert(std::string_view text, Script to) const {
    return run(to == Script::Traditional ? s2t_ : t2s_, text);
}

std::string ChineseConverter::run(void* handle, std::string_view text) const {
    std::string out;
    out.reserve(text.size());
    // OpenCC works on C strings and stops at the first NUL; converting between NULs keeps everything after one.
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\0', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view piece = text.substr(start, end - start);
        if (!piece.empty()) {
            char* converted = nullptr;
            {
                // OpenCC does not document its converters as safe to share between threads, and its error is one
                // static string; the search indexer may run beside the UI. A document converts in a few ms, so
                // one lock for both directions costs the reader nothing.
                std::lock_guard lock(mutex_);
                converted = opencc_convert_utf8(handle, piece.data(), piece.size());
            }
            if (!converted) return std::string(text);
            out += converted;
            opencc_convert_utf8_free(converted);
        }
        if (end < text.size()) out.push_back('\0');
        start = end + 1;
    }
    return out;
}

}  // namespace kiosk::core
