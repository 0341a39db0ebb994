// application_commands.cpp — see application_commands.h.
#include "tools/application_commands.h"

#include <sodium.h>

#include <cstdio>
#include <ctime>
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/requests/application_store.h"
#include "core/base/csv_writer.h"
#include "core/base/data_dir.h"
#include "core/updates/signing.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "tools/application_pdf.h"
#include "tools/kioskctl_commands.h"

namespace kiosk::tools {

namespace fs = std::filesystem;

namespace {

int usage_error(const std::string& what) {
    std::fprintf(stderr, "kioskctl: %s\n\n%s", what.c_str(), str::kKioskctlUsage);
    return kExitUsage;
}

// "--name value" options and positional arguments.
struct Args {
    std::vector<std::string> positional;
    std::vector<std::pair<std::string, std::string>> options;
    bool flag(const std::string& name) const {
        for (const auto& [k, v] : options) {
            if (k == name) return true;
        }
        return false;
    }
    std::string get(const std::string& name) const {
        for (const auto& [k, v] : options) {
            if (k == name) return v;
        }
        return "";
    }
};

Args parse(const std::vector<std::string>& args, const std::vector<std::string>& flags) {
    Args out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.size() > 1 && a[0] == '-') {
            const bool is_flag = std::find(flags.begin(), flags.end(), a) != flags.end();
            out.options.emplace_back(a, !is_flag && i + 1 < args.size() ? args[++i] : "");
        } else {
            out.positional.push_back(a);
        }
    }
    return out;
}

}  // namespace

int cmd_keygen_office(const std::vector<std::string>& args) {
    if (args.size() != 2) return usage_error("keygen --office needs the secret key file and the public key file");
    std::string error;
    if (!core::generate_office_key_files(args[0], args[1], &error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return kExitDataError;
    }
    std::printf("%s\n%s\n", args[0].c_str(), args[1].c_str());
    return kExitOk;
}

int cmd_export_applications(const std::vector<std::string>& raw) {
    const Args a = parse(raw, {});
    const std::string data = a.get("--data"), to = a.get("--to");
    if (data.empty() || to.empty() || !a.positional.empty()) return usage_error("export-applications needs --data and --to");
    std::string error;
    auto store = core::ApplicationStore::open(core::applications_db_in(data), &error);
    if (!store) {
        std::fprintf(stderr, "kioskctl: %s\n", error.c_str());
        return kExitDataError;
    }
    const std::string kiosk_id = a.get("--kiosk-id").empty() ? "CY01" : a.get("--kiosk-id");
    const core::ExportResult r = store->export_pending(to, kiosk_id, static_cast<long long>(std::time(nullptr)));
    if (!r.ok) {
        std::fprintf(stderr, "%s\n%s\n", r.error_zh.c_str(), r.error_en.c_str());
        return kExitDataError;
    }
    if (r.count == 0) {
        std::printf("%s / %s\n", str::kExportNothing.zh, str::kExportNothing.en);
        return kExitOk;
    }
    std::printf("%d applications exported and verified:\n%s\n%s\n", r.count, r.file.c_str(), r.checksum_file.c_str());
    return kExitOk;
}

int cmd_open_applications(const std::vector<std::string>& raw) {
    const Args a = parse(raw, {});
    const std::string key_file = a.get("--key"), out = a.get("-o");
    if (key_file.empty() || out.empty() || a.positional.size() != 1) {
        return usage_error("open-applications needs --key office.key, one FILE.kapps and -o OUT_DIR");
    }
    std::string error;
    const auto secret = core::read_office_secret_key(key_file, &error);
    if (!secret) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return kExitDataError;
    }
    core::OfficePublicKey pub{};
    if (sodium_init() < 0) return kExitDataError;
    crypto_scalarmult_base(pub.data(), secret->data());
    std::vector<core::ExportedApplication> records;
    if (!core::read_export_file(a.positional[0], &records, &error)) {
        std::fprintf(stderr, "%s\n%s\n", core::format_text(str::kErrExportFile.zh, error.c_str()).c_str(),
                     core::format_text(str::kErrExportFile.en, error.c_str()).c_str());
        return kExitDataError;
    }
    std::error_code ec;
    fs::create_directories(out, ec);
    std::ofstream csv(fs::path(out) / "applications.csv", std::ios::binary);
    csv << "\xEF\xBB\xBF";  // a BOM, so Excel and WPS open the UTF-8 as Chinese
    csv << str::kApplicationsCsvHeader << "\r\n";
    int opened = 0, failed = 0;
    for (const auto& r : records) {
        const auto plain = core::open_sealed(r.sealed, pub, *secret);
        core::Application app;
        if (!plain || !core::parse_application(*plain, &app)) {
            std::fprintf(stderr, "%s: cannot open with this key / 用这把钥匙打不开\n", r.receipt_number.c_str());
            ++failed;
            continue;
        }
        const bool citizen = app.kind == core::ApplicantKind::Citizen;
        const std::vector<std::string> row = {
            r.receipt_number, r.received_at, r.office, r.kind, citizen ? app.name : app.org_name, citizen ? app.id_type : "",
            citizen ? app.id_number : app.credit_code, app.legal_rep, app.contact_name, app.phone, app.address,
            app.postcode, app.email, app.info_name, app.info_doc_no, app.info_description,
            core::provide_form_zh(app.form), core::delivery_zh(app.delivery), app.fee_waiver ? "是" : "否",
            app.fee_waiver_reason, app.filled_date};
        csv << core::csv_row(row);  // what the applicant typed: quoted, and never a formula
        PdfHeader header{r.office, r.receipt_number, r.received_at};
        if (!write_application_pdf(app, header, (fs::path(out) / (r.receipt_number + ".pdf")).string(), &error)) {
            std::fprintf(stderr, "%s: %s\n", r.receipt_number.c_str(), error.c_str());
            ++failed;
            continue;
        }
        ++opened;
    }
    csv.close();
    std::printf("%d opened, %d failed: %s\n", opened, failed, out.c_str());
    return failed ? kExitDataError : kExitOk;
}

int cmd_application_stats(const std::vector<std::string>& raw) {
    const Args a = parse(raw, {"--csv"});
    const std::string data = a.get("--data");
    if (data.empty()) return usage_error("application-stats needs --data");
    std::string error;
    auto store = core::ApplicationStore::open(core::applications_db_in(data), &error);
    if (!store) {
        std::fprintf(stderr, "kioskctl: %s\n", error.c_str());
        return kExitDataError;
    }
    const bool csv = a.flag("--csv");
    if (csv) std::printf("%s\n", str::kApplicationStatsCsvHeader);
    for (const auto& c : store->monthly_counts()) {
        if (csv) std::fputs(core::csv_row({c.month, c.kind, std::to_string(c.count)}, "\n").c_str(), stdout);
        else std::printf("%s  %-8s %d\n", c.month.c_str(), c.kind.c_str(), c.count);
    }
    if (!csv) std::printf("pending export: %d of %d\n", store->pending_count(), store->total_count());
    return kExitOk;
}

}  // namespace kiosk::tools
