// text_encoding.h — turn the bytes of a staff-made source file into UTF-8 text.
//
// Staff save CSV from WPS or Excel, which in China write GB18030 unless told otherwise; Notepad writes UTF-8 with a
// byte-order mark; editors write plain UTF-8. Nobody should have to know which, so every source goes through here:
//   UTF-8 with BOM → BOM stripped; valid UTF-8 → as is; otherwise GB18030 (through glibc's iconv, no extra library);
//   if that fails too → an error with the byte offset and line, so staff can find the broken spot.
// Line ends are normalised to "\n" (CRLF from Windows, lone CR from very old Mac tools).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk::core {

enum class SourceEncoding { Utf8, Utf8Bom, Gb18030 };

struct DecodedText {
    bool ok = false;
    std::string text;  // UTF-8, "\n" line ends; empty when !ok
    SourceEncoding encoding = SourceEncoding::Utf8;

    // When !ok: where decoding failed. The line is 1-based and counted in the raw bytes ("\n"), so it matches what
    // an editor shows; the message names the file and the offset.
    std::size_t error_offset = 0;
    int error_line = 0;
    std::string error_zh, error_en;
};

// `file_name` only goes into the error message.
DecodedText decode_source_text(std::string_view bytes, std::string_view file_name);

// CRLF and lone CR → LF.
std::string normalize_newlines(std::string_view s);

// Converts GB18030 bytes to UTF-8 with iconv. On failure returns false and sets *bad_offset.
bool gb18030_to_utf8(std::string_view bytes, std::string& out, std::size_t* bad_offset);

// Whether every character of the UTF-8 text is in GB 2312 (the 6763 common characters, plus its punctuation and
// Latin): the line the kiosk draws between common and rare (生僻) characters — the handwriting model knows exactly
// GB 2312's characters, and the pinyin keyboard puts the others apart in name fields. Empty or invalid text: false.
bool encodable_in_gb2312(std::string_view utf8);

}  // namespace kiosk::core
