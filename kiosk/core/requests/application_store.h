// application_store.h — submitted applications, stored durably and sealed to the office.
//
// A receipt on screen must mean the record survives a power cut, so submit() returns only after its one transaction
// is on disk: the database is in WAL mode with synchronous=FULL, so COMMIT returns after the WAL is fsynced. The
// application itself is sealed (libsodium sealed box) to the office's public key before it is written: the kiosk
// can count and export what it holds but can never show an application again, so a visitor cannot read the last
// one's details and a stolen kiosk leaks nothing. Next to the sealed box only what staff and the annual report need
// is kept in the clear: the receipt number, the time, the applicant kind.
//
// Export for staff: all pending applications go into one file on the stick plus a checksum file; the file is read
// back from the stick and compared before any record is marked exported, and nothing is ever deleted here.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/requests/application.h"
#include "core/updates/signing.h"
#include "core/requests/workday_calendar.h"

struct sqlite3;

namespace kiosk::core {

// How the receipt's number and deadlines are made; the numbers come from content (office.csv), not from code.
struct ReceiptRules {
    std::string kiosk_id = "CY01";  // digits and capitals but I O S V Z (others are dropped): this kiosk in receipts
    std::string office_name;        // 受理机关: kept with the application, printed on the office's copy
    int reply_days = 20;              // 答复期限工作日
    int extension_days = 20;          // 延长期限工作日
    const WorkdayCalendar* calendar = nullptr;
};

struct Receipt {
    std::string number;        // KIOSKID-YYYYMMDD-NNNC: kiosk, day, sequence of the day, check character
    std::string received_at;   // local "YYYY-MM-DD HH:MM"
    std::string received_date; // YYYY-MM-DD
    std::string office;        // 受理机关, as stored with the application (ReceiptRules::office_name)
    DeadlineResult reply_by;   // the last day of the reply period
    DeadlineResult extended_by;  // the last day if the office extends it
    int reply_days = 0, extension_days = 0;
};

// The check character of a receipt number's other characters (weights 3^i mod 31 over the GB 32100 alphabet, so
// one mistyped character or two swapped neighbours are always caught when staff type a number in).
char receipt_check_char(std::string_view body);
bool receipt_number_valid(std::string_view number);

// The annual report's "new applications received" figures: per month (YYYY-MM) and applicant kind.
struct MonthlyCount {
    std::string month;
    std::string kind;  // 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他
    int count = 0;
};

struct ExportResult {
    bool ok = false;
    int count = 0;
    std::string file, checksum_file;
    std::string error_zh, error_en;  // when !ok: what happened, what to do
};

class ApplicationStore {
public:
    static std::unique_ptr<ApplicationStore> open(const std::string& path, std::string* error);
    ~ApplicationStore();
    ApplicationStore(const ApplicationStore&) = delete;
    ApplicationStore& operator=(const ApplicationStore&) = delete;

    // Seals and stores; the receipt is returned only when the record is on disk. nullopt with *error (bilingual)
    // when it could not be stored (a full disk): the applicant is told, and what they typed is still on the screen.
    // `now` is Unix seconds; the day and time are local.
    std::optional<Receipt> submit(const Application& app, const OfficePublicKey& office, const ReceiptRules& rules,
                                  long long now, std::string* error);

    int pending_count() const;
    int total_count() const;
    std::vector<MonthlyCount> monthly_counts() const;

    // Writes every pending application to `dir` (made if missing, one level)/applications-KIOSKID-YYYYMMDD-HHMMSS.kapps (+ .b2sum), reads the
    // file back and compares it, and only then marks them exported. `fault` (tests) is called between steps.
    ExportResult export_pending(const std::string& dir, const std::string& kiosk_id, long long now);

private:
    explicit ApplicationStore(sqlite3* db) : db_(db) {}
    sqlite3* db_;
};

// One record of an export file, as `kioskctl open-applications` reads it.
struct ExportedApplication {
    std::string receipt_number, received_at, kind;
    std::string office;  // 受理机关 (empty in files from before it was kept)
    std::vector<std::uint8_t> sealed;
};
// Reads an export file; false with *error if it is not one or is damaged (the checksum file is checked too when it
// exists beside it).
bool read_export_file(const std::string& path, std::vector<ExportedApplication>* out, std::string* error);

// The applicant kind as the annual report names it (an organisation by its kind, a citizen as 自然人).
std::string report_kind(const Application& app);

}  // namespace kiosk::core
