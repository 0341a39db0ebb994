// application_store.cpp — see application_store.h.
//
// Sections: receipt numbers; opening; submit; counts; export (write, read back, mark); reading an export file.
#include "core/requests/application_store.h"

#include <fcntl.h>
#include <sodium.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>

#include "core/base/durable_file.h"
#include "core/base/sqlite_util.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"

namespace kiosk::core {

namespace {

// GB 32100's 31 characters (no I, O, S, V, Z: they read as 1, 0, 5, U, 2). 31 is prime, so a weighted sum modulo
// 31 catches every single wrong character and every swap of two neighbours.
constexpr std::string_view kReceiptAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
// Version 2 adds the receiving office to each record; files of version 1 are still read.
constexpr const char kExportMagic[] = "KIOSKAPPS2\n";
constexpr const char kExportMagicV1[] = "KIOSKAPPS1\n";
constexpr std::size_t kExportMagicSize = sizeof kExportMagic - 1;
static_assert(sizeof kExportMagicV1 == sizeof kExportMagic);

std::string bilingual(const str::Bilingual& m, const std::string& arg) {
    return format_text(m.zh, arg.c_str()) + "\n" + format_text(m.en, arg.c_str());
}

// The receipt alphabet only, upper case, at most 12: what a receipt number can carry.
std::string clean_kiosk_id(const std::string& id) {
    std::string out;
    for (char c : id) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (kReceiptAlphabet.find(c) != std::string_view::npos && out.size() < 12) out += c;
    }
    return out.empty() ? "KIOSK" : out;
}

void put_u16(std::string& out, std::size_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}
void put_u32(std::string& out, std::size_t v) {
    for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

std::string blake2b_hex(std::string_view data) {
    unsigned char h[32];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(data.data()), data.size(), nullptr, 0);
    return to_hex(h, sizeof h);
}

}  // namespace

// ---- Receipt numbers ---------------------------------------------------------------------------------------------

// As GB 32100 does it: weights 3^i mod 31 (all different for up to 30 characters), check = -sum mod 31.
char receipt_check_char(std::string_view body) {
    int sum = 0, weight = 1;
    for (const char c : body) {
        const std::size_t v = kReceiptAlphabet.find(c);
        if (v == std::string_view::npos) continue;  // the dashes
        sum += static_cast<int>(v) * weight;
        weight = weight * 3 % 31;
    }
    return kReceiptAlphabet[static_cast<std::size_t>((31 - sum % 31) % 31)];
}

bool receipt_number_valid(std::string_view number) {
    if (number.size() < 2) return false;
    return receipt_check_char(number.substr(0, number.size() - 1)) == number.back();
}

// ---- Opening ---------------------------------------------------------------------------------------------------------

std::unique_ptr<ApplicationStore> ApplicationStore::open(const std::string& path, std::string* error) {
    // Durable (WAL, synchronous = FULL): COMMIT returns after the WAL is fsynced, so a shown receipt is on disk.
    sqlite3* db = open_durable_database(path, SQLITE_OPEN_FULLMUTEX,
                                        "CREATE TABLE IF NOT EXISTS applications ("
                                        "  id INTEGER PRIMARY KEY,"
                                        "  receipt_no TEXT NOT NULL UNIQUE,"
                                        "  day TEXT NOT NULL,"
                                        "  seq INTEGER NOT NULL,"
                                        "  received_at TEXT NOT NULL,"
                                        "  kind TEXT NOT NULL,"
                                        "  sealed BLOB NOT NULL,"
                                        "  exported_at TEXT,"
                                        "  export_file TEXT,"
                                        "  office TEXT NOT NULL DEFAULT '',"
                                        "  UNIQUE (day, seq)) STRICT;",
                                        error);
    if (!db) return nullptr;
    // A store made before the receiving office was kept: the column is added, empty for what is already there.
    try {
        Statement has(db, "SELECT count(*) FROM pragma_table_info('applications') WHERE name = 'office'");
        if (has.step() && has.int32(0) == 0)
            exec_sql(db, "ALTER TABLE applications ADD COLUMN office TEXT NOT NULL DEFAULT ''");
    } catch (const SqliteError& e) {
        if (error) *error = bilingual(str::kErrApplicationStore, e.what());
        sqlite3_close(db);
        return nullptr;
    }
    return std::unique_ptr<ApplicationStore>(new ApplicationStore(db));
}

ApplicationStore::~ApplicationStore() { sqlite3_close(db_); }

std::string report_kind(const Application& app) {
    return app.kind == ApplicantKind::Citizen ? "自然人" : organisation_kind_zh(app.org_kind);
}

// ---- Submit ----------------------------------------------------------------------------------------------------------

std::optional<Receipt> ApplicationStore::submit(const Application& app, const OfficePublicKey& office,
                                                const ReceiptRules& rules, long long now, std::string* error) {
    Receipt r;
    r.received_date = local_iso_date(now);
    r.received_at = format_time(now, "%Y-%m-%d %H:%M");
    r.office = rules.office_name;
    const std::string day_digits = format_time(now, "%Y%m%d");
    const std::vector<std::uint8_t> sealed = seal_for_office(serialize_application(app), office);
    if (sealed.empty()) {
        *error = bilingual(str::kErrApplicationStore, "sealing failed");
        return std::nullopt;
    }
    try {
        exec_sql(db_, "BEGIN IMMEDIATE");
        try {
            int seq = 1;
            {
                Statement st(db_, "SELECT coalesce(max(seq), 0) + 1 FROM applications WHERE day = ?1");
                st.bind(1, r.received_date);
                if (st.step()) seq = st.int32(0);
            }
            char seq_text[16];
            std::snprintf(seq_text, sizeof seq_text, "%03d", seq);
            const std::string body = clean_kiosk_id(rules.kiosk_id) + "-" + day_digits + "-" + seq_text;
            r.number = body + receipt_check_char(body);
            Statement ins(db_, "INSERT INTO applications (receipt_no, day, seq, received_at, kind, sealed, office) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
            ins.bind(1, r.number).bind(2, r.received_date).bind(3, seq).bind(4, r.received_at).bind(5, report_kind(app));
            ins.bind_blob(6, sealed.data(), sealed.size()).bind(7, rules.office_name).run();
            exec_sql(db_, "COMMIT");
        } catch (...) {
            sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    } catch (const SqliteError& e) {
        *error = bilingual(str::kErrApplicationStore, e.what());
        return std::nullopt;
    }
    const WorkdayCalendar fallback;
    const WorkdayCalendar& cal = rules.calendar ? *rules.calendar : fallback;
    r.reply_days = rules.reply_days;
    r.extension_days = rules.extension_days;
    r.reply_by = cal.add_working_days(r.received_date, rules.reply_days);
    r.extended_by = cal.add_working_days(r.received_date, rules.reply_days + rules.extension_days);
    return r;
}

// ---- Counts ----------------------------------------------------------------------------------------------------------

int ApplicationStore::pending_count() const {
    Statement st(db_, "SELECT count(*) FROM applications WHERE exported_at IS NULL");
    return st.step() ? st.int32(0) : 0;
}

int ApplicationStore::total_count() const {
    Statement st(db_, "SELECT count(*) FROM applications");
    return st.step() ? st.int32(0) : 0;
}

std::vector<MonthlyCount> ApplicationStore::monthly_counts() const {
    std::vector<MonthlyCount> out;
    Statement st(db_, "SELECT substr(day, 1, 7) AS month, kind, count(*) FROM applications GROUP BY month, kind "
                      "ORDER BY month, kind");
    while (st.step()) out.push_back({st.text(0), st.text(1), st.int32(2)});
    return out;
}

// ---- Export ----------------------------------------------------------------------------------------------------------

ExportResult ApplicationStore::export_pending(const std::string& dir, const std::string& kiosk_id, long long now) {
    ExportResult result;
    auto fail = [&](const str::Bilingual& m, const std::string& why) {
        result.ok = false;
        result.error_zh = format_text(m.zh, why.c_str());
        result.error_en = format_text(m.en, why.c_str());
        return result;
    };
    std::vector<std::int64_t> ids;
    std::vector<ExportedApplication> records;
    {
        Statement st(db_, "SELECT id, receipt_no, received_at, kind, sealed, office FROM applications "
                          "WHERE exported_at IS NULL ORDER BY id");
        while (st.step()) {
            ids.push_back(st.int64(0));
            records.push_back({st.text(1), st.text(2), st.text(3), st.text(5), st.blob(4)});
        }
    }
    if (records.empty()) {
        result.ok = true;
        return result;
    }
    std::string bytes(kExportMagic, kExportMagicSize);
    put_u32(bytes, records.size());
    for (const auto& r : records) {
        put_u16(bytes, r.receipt_number.size());
        bytes += r.receipt_number;
        put_u16(bytes, r.received_at.size());
        bytes += r.received_at;
        put_u16(bytes, r.kind.size());
        bytes += r.kind;
        put_u16(bytes, r.office.size());
        bytes += r.office;
        put_u32(bytes, r.sealed.size());
        bytes.append(reinterpret_cast<const char*>(r.sealed.data()), r.sealed.size());
    }
    // The folder on the stick may not be there yet (the staff screen exports into one of its own).
    if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) return fail(str::kErrExportWrite, dir + ": " + std::strerror(errno));
    const std::string name = "applications-" + clean_kiosk_id(kiosk_id) + "-" + format_time(now, "%Y%m%d-%H%M%S");
    result.file = dir + "/" + name + ".kapps";
    result.checksum_file = result.file + ".b2sum";
    const std::string digest = blake2b_hex(bytes);
    // `b2sum -l 256 -c FILE.b2sum` checks it at the office.
    const std::string checksum = digest + "  " + name + ".kapps\n";

    for (const auto& [path, data] : {std::pair{result.file, bytes}, std::pair{result.checksum_file, checksum}}) {
        std::string tmp;
        const int fd = make_temp_beside(path, &tmp);
        if (fd < 0) return fail(str::kErrExportWrite, path + ": " + std::strerror(errno));
        const bool ok = write_all(fd, data.data(), data.size()) && ::fsync(fd) == 0;
        const int e = errno;
        ::close(fd);
        if (!ok || ::rename(tmp.c_str(), path.c_str()) != 0) {
            ::unlink(tmp.c_str());
            return fail(str::kErrExportWrite, path + ": " + std::strerror(ok ? errno : e));
        }
        fsync_parent_dir(path);
    }

    // Read it back from the stick itself: drop the cached pages first, or the kernel would hand back its own copy.
    {
        const int fd = ::open(result.file.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            ::close(fd);
        }
    }
    std::vector<ExportedApplication> back;
    std::string why;
    if (!read_export_file(result.file, &back, &why)) return fail(str::kErrExportVerify, why);
    if (back.size() != records.size()) return fail(str::kErrExportVerify, "record count");
    for (std::size_t i = 0; i < back.size(); ++i) {
        if (back[i].receipt_number != records[i].receipt_number || back[i].office != records[i].office ||
            back[i].sealed != records[i].sealed) {
            return fail(str::kErrExportVerify, "record " + records[i].receipt_number);
        }
    }

    try {
        exec_sql(db_, "BEGIN IMMEDIATE");
        Statement mark(db_, "UPDATE applications SET exported_at = ?1, export_file = ?2 WHERE id = ?3");
        const std::string at = format_time(now, "%Y-%m-%d %H:%M:%S");
        for (const auto id : ids) mark.bind(1, at).bind(2, name + ".kapps").bind(3, id).run();
        exec_sql(db_, "COMMIT");
    } catch (const SqliteError& e) {
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        // The file on the stick is complete; marking failed, so the next export repeats these: duplicates, not losses.
        return fail(str::kErrExportWrite, e.what());
    }
    result.ok = true;
    result.count = static_cast<int>(records.size());
    return result;
}

// ---- Reading an export file ------------------------------------------------------------------------------------------

bool read_export_file(const std::string& path, std::vector<ExportedApplication>* out, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) { *error = path + ": " + std::strerror(errno); return false; }
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string bytes = ss.str();
    std::size_t pos = 0;
    auto need = [&](std::size_t n) { return pos + n <= bytes.size(); };
    auto u = [&](int width) {
        std::size_t v = 0;
        for (int i = 0; i < width; ++i) v |= static_cast<std::size_t>(static_cast<unsigned char>(bytes[pos + i])) << (8 * i);
        pos += static_cast<std::size_t>(width);
        return v;
    };
    auto take = [&](int width, std::string* s) {
        if (!need(static_cast<std::size_t>(width))) return false;
        const std::size_t n = u(width);
        if (!need(n)) return false;
        s->assign(bytes, pos, n);
        pos += n;
        return true;
    };
    const bool v1 = bytes.compare(0, kExportMagicSize, kExportMagicV1) == 0;
    if (!v1 && bytes.compare(0, kExportMagicSize, kExportMagic) != 0) { *error = path + ": not an export file"; return false; }
    pos = kExportMagicSize;
    if (!need(4)) { *error = path + ": truncated"; return false; }
    const std::size_t count = u(4);
    std::vector<ExportedApplication> records;
    for (std::size_t i = 0; i < count; ++i) {
        ExportedApplication r;
        std::string sealed;
        if (!take(2, &r.receipt_number) || !take(2, &r.received_at) || !take(2, &r.kind) ||
            (!v1 && !take(2, &r.office)) || !take(4, &sealed)) {
            *error = path + ": truncated in record " + std::to_string(i + 1);
            return false;
        }
        r.sealed.assign(sealed.begin(), sealed.end());
        records.push_back(std::move(r));
    }
    if (pos != bytes.size()) { *error = path + ": extra bytes after the last record"; return false; }
    // The checksum beside it, when it is there (it is written with the file).
    std::ifstream sum(path + ".b2sum");
    std::string want;
    if (sum >> want && want != blake2b_hex(bytes)) { *error = path + ": checksum differs"; return false; }
    *out = std::move(records);
    return true;
}

}  // namespace kiosk::core
