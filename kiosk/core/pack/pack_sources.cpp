// pack_sources.cpp — the shared helpers of pack's readers; see pack_sources.h.
#include "core/pack/pack_sources.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/zh/text_encoding.h"
#include "core/base/text_format.h"
#include "core/base/utf8.h"
#include "core/base/value_parse.h"

namespace kiosk::core {

namespace fs = std::filesystem;

void ErrorSink::add(std::string file, int line, std::string field, std::string zh, std::string en) {
    if (errors_.size() >= kCap) {
        truncated_ = true;
        return;
    }
    errors_.push_back({std::move(file), line, std::move(field), std::move(zh), std::move(en)});
}

std::optional<std::string> read_file_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return std::move(ss).str();
}

std::optional<std::string> read_text_source(SourceContext& ctx, const std::string& rel,
                                            const str::Bilingual& missing_msg) {
    const fs::path path = ctx.root / rel;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        ctx.errors.add(rel, 0, "", missing_msg);
        return std::nullopt;
    }
    auto bytes = read_file_bytes(path);
    if (!bytes) {
        ctx.errors.add(rel, 0, "", str::kErrFileUnreadable);
        return std::nullopt;
    }
    DecodedText decoded = decode_source_text(*bytes, rel);
    if (!decoded.ok) {
        ctx.errors.add(rel, decoded.error_line, "", decoded.error_zh, decoded.error_en);
        return std::nullopt;
    }
    return std::move(decoded.text);
}

std::optional<CsvTable> load_table(SourceContext& ctx, const std::string& rel,
                                   const std::vector<std::string>& known_columns,
                                   const std::vector<std::string>& required_columns) {
    auto text = read_text_source(ctx, rel, str::kErrSourceFileMissing);
    if (!text) return std::nullopt;
    CsvTable table = CsvTable::parse(*text, known_columns, required_columns);
    for (const auto& issue : table.issues()) ctx.errors.add(rel, issue.line, issue.field, issue.zh, issue.en);
    return table;
}

namespace {

bool path_is_within(const fs::path& inner, const fs::path& outer) {
    auto i = inner.begin();
    for (auto o = outer.begin(); o != outer.end(); ++o, ++i) {
        if (o->empty()) continue;  // a trailing separator
        if (i == inner.end() || *i != *o) return false;
    }
    return true;
}

}  // namespace

std::optional<ResolvedPath> resolve_content_path(SourceContext& ctx, std::string_view cell, const std::string& subdir,
                                                 const std::string& file, int line, const std::string& field) {
    std::string p(trim_spaces(cell));
    std::replace(p.begin(), p.end(), '\\', '/');
    const bool drive_letter = p.size() >= 2 && p[1] == ':' &&
                              ((p[0] >= 'A' && p[0] <= 'Z') || (p[0] >= 'a' && p[0] <= 'z'));
    if (p.empty() || p[0] == '/' || drive_letter) {
        ctx.errors.add(file, line, field, str::kErrPathAbsolute);
        return std::nullopt;
    }
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= p.size()) {
        const std::size_t slash = std::min(p.find('/', start), p.size());
        const std::string part = p.substr(start, slash - start);
        if (part == "..") {
            ctx.errors.add(file, line, field, str::kErrPathParent);
            return std::nullopt;
        }
        if (!part.empty() && part != ".") parts.push_back(part);
        start = slash + 1;
    }
    // "documents/x.md" and "x.md" both mean the file in documents/.
    if (!parts.empty() && parts.front() == subdir) parts.erase(parts.begin());
    std::string rel = subdir;
    for (const auto& part : parts) rel += "/" + part;

    const fs::path path = ctx.root / fs::path(rel);
    std::error_code ec;
    if (parts.empty() || !fs::is_regular_file(path, ec)) {
        ctx.errors.add(file, line, field, format_text(str::kErrPathMissing.zh, rel.c_str()),
                       format_text(str::kErrPathMissing.en, rel.c_str()));
        return std::nullopt;
    }
    const fs::path real = fs::canonical(path, ec);
    if (ec || !path_is_within(real, ctx.canonical_root)) {
        ctx.errors.add(file, line, field, str::kErrPathOutside);
        return std::nullopt;
    }
    return ResolvedPath{rel, real};
}

bool check_content_limit(ErrorSink& errors, const std::string& file, int line, const std::string& field, LimitId id,
                         std::string_view value, std::string_view name) {
    const ContentLimit& limit = content_limit(id);
    const LimitBreach breach = check_limit(limit, value);
    if (breach == LimitBreach::None) return true;
    const std::string file_name(name);
    const std::size_t bytes = value.size();
    const long long max = limit.max;
    const long long max_chinese = max / 3;  // a Chinese character is 3 bytes of UTF-8
    auto add = [&](const str::Bilingual& msg, auto... args) {
        errors.add(file, line, field, format_text(msg.zh, limit.what.zh, args...),
                   format_text(msg.en, limit.what.en, args...));
    };
    if (breach == LimitBreach::BadCharacter) {
        if (limit.chars == LimitChars::FileName) add(str::kErrLimitNameCharacters, file_name.c_str());
        else add(str::kErrLimitControlCharacters);
    } else if (limit.measure == LimitMeasure::BlobBytes) {
        add(str::kErrLimitTooLarge, file_name.c_str(), bytes, static_cast<double>(bytes) / (1 << 20), max, max >> 20);
    } else if (limit.chars == LimitChars::FileName) {
        add(str::kErrLimitNameTooLong, file_name.c_str(), bytes, max, max_chinese);
    } else {
        add(str::kErrLimitTooLong, code_point_count(value), bytes, max, max_chinese);
    }
    return false;
}

bool check_count_limit(ErrorSink& errors, const std::string& file, int line, const std::string& field, LimitId id,
                       long long count) {
    const ContentLimit& limit = content_limit(id);
    if (!count_breaks_limit(limit, count)) return true;
    errors.add(file, line, field, format_text(str::kErrLimitTooMany.zh, limit.what.zh, count, limit.max),
               format_text(str::kErrLimitTooMany.en, limit.what.en, count, limit.max));
    return false;
}

bool RowReader::within_limit(LimitId id, std::string_view value, std::string_view name) {
    if (check_content_limit(ctx_.errors, file_, line(), content_limit(id).source_field, id, value, name)) return true;
    ++errors_;
    return false;
}

void RowReader::error(const std::string& field, const str::Bilingual& msg) {
    error(field, msg.zh, msg.en);
}

void RowReader::error(const std::string& field, const std::string& zh, const std::string& en) {
    ++errors_;
    ctx_.errors.add(file_, line(), field, zh, en);
}

std::string RowReader::text(const std::string& col, bool required) {
    std::string value(trim_spaces(table_.get(row_, col)));
    if (value.empty() && required) {
        if (column_present(col)) {
            error(col, str::kErrRequired);
        } else {
            ++errors_;  // reported once for the header; the row still cannot be used
        }
    }
    return value;
}

std::optional<std::string> RowReader::date(const std::string& col, bool required) {
    const std::string raw = text(col, required);
    if (raw.empty()) return required ? std::nullopt : std::optional<std::string>("");
    auto d = parse_date(raw);
    if (!d) error(col, str::kErrBadDate);
    return d;
}

std::optional<long long> RowReader::integer(const std::string& col, bool required, long long min_value,
                                            long long fallback) {
    const std::string raw = text(col, required);
    if (raw.empty()) return required ? std::nullopt : std::optional<long long>(fallback);
    const auto v = parse_integer(raw);
    if (!v) {
        error(col, str::kErrBadInteger);
        return std::nullopt;
    }
    if (*v < min_value) {
        error(col, format_text(str::kErrIntegerTooSmall.zh, min_value),
              format_text(str::kErrIntegerTooSmall.en, min_value));
        return std::nullopt;
    }
    // Day counts and copies above a million are typos; keep them out of int overflow territory.
    if (*v > 1'000'000) {
        error(col, str::kErrBadInteger);
        return std::nullopt;
    }
    return v;
}

std::optional<double> RowReader::number(const std::string& col, bool required) {
    const std::string raw = text(col, required);
    if (raw.empty()) return std::nullopt;
    const auto v = parse_number(raw);
    if (!v || *v < 0) {
        error(col, str::kErrBadNumber);
        return std::nullopt;
    }
    return v;
}

std::string RowReader::choice(const std::string& col, bool required, const std::vector<std::string_view>& allowed,
                              const str::Bilingual& msg) {
    const std::string raw = text(col, required);
    if (raw.empty()) return raw;
    if (!is_one_of(raw, allowed)) {
        error(col, msg);
        return "";
    }
    return raw;
}

PackedContent read_content(SourceContext& ctx) {
    PackedContent out;
    read_office(ctx, out);
    read_catalog(ctx, out);
    read_guides(ctx, out);
    read_fees(ctx, out);
    read_announcements(ctx, out);
    read_calendar(ctx, out);
    read_disclosure_guide(ctx, out);
    read_synonyms(ctx, out);
    read_recordings(ctx, out);
    read_readings(ctx, out);
    return out;
}

}  // namespace kiosk::core
