// update_result.cpp — see update_result.h.
#include "core/updates/update_result.h"

#include "core/base/strings_zh.h"
#include "core/base/text_format.h"
#include "core/snapshot/content_limits.h"

namespace kiosk::core {

namespace {

struct Words {
    const char* token;
    const str::Bilingual* message;
};

Words words_for(UpdateOutcome o) {
    switch (o) {
        case UpdateOutcome::Ok: return {"ok", &str::kUpdateOk};
        case UpdateOutcome::NotABundle: return {"not-a-bundle", &str::kUpdateNotABundle};
        case UpdateOutcome::UnknownKey: return {"unknown-key", &str::kUpdateUnknownKey};
        case UpdateOutcome::BadSignature: return {"bad-signature", &str::kUpdateBadSignature};
        case UpdateOutcome::Damaged: return {"damaged", &str::kUpdateDamaged};
        case UpdateOutcome::NotNewer: return {"not-newer", &str::kUpdateNotNewer};
        case UpdateOutcome::UnsupportedSchema: return {"unsupported-schema", &str::kUpdateUnsupportedSchema};
        case UpdateOutcome::KioskTooOld: return {"kiosk-too-old", &str::kUpdateKioskTooOld};
        case UpdateOutcome::UnsafeContent: return {"unsafe-content", &str::kUpdateUnsafeContent};
        case UpdateOutcome::ContentLimit: return {"content-limit", &str::kUpdateContentLimit};
        case UpdateOutcome::NoSpace: return {"no-space", &str::kUpdateNoSpace};
        case UpdateOutcome::SourceRemoved: return {"source-removed", &str::kUpdateSourceRemoved};
        case UpdateOutcome::NothingToRollBack: return {"nothing-to-roll-back", &str::kUpdateNothingToRollBack};
        case UpdateOutcome::Busy: return {"busy", &str::kUpdateBusy};
        case UpdateOutcome::IoError: return {"io-error", &str::kUpdateIoError};
    }
    return {"io-error", &str::kUpdateIoError};
}

// The one detail each message has room for, in the message's language.
std::string argument_for(const UpdateResult& r, bool zh) {
    switch (r.outcome) {
        case UpdateOutcome::Damaged: return r.part.empty() ? std::string("?") : r.part;
        case UpdateOutcome::NotNewer: return r.installed_version.empty() ? std::string("-") : r.installed_version;
        case UpdateOutcome::KioskTooOld: return r.manifest.min_kiosk_version;
        case UpdateOutcome::ContentLimit: return r.limit ? (zh ? r.limit->what.zh : r.limit->what.en) : "?";
        case UpdateOutcome::NoSpace:
        case UpdateOutcome::IoError: return r.detail;
        default: return "";
    }
}

}  // namespace

const char* outcome_token(UpdateOutcome o) { return words_for(o).token; }

std::string UpdateResult::message_zh() const {
    if (ok() && rolled_back) return str::kRollbackOk.zh;
    return format_text(words_for(outcome).message->zh, argument_for(*this, true).c_str());
}

std::string UpdateResult::message_en() const {
    if (ok() && rolled_back) return str::kRollbackOk.en;
    std::string s = format_text(words_for(outcome).message->en, argument_for(*this, false).c_str());
    if (!detail.empty() && outcome != UpdateOutcome::IoError && outcome != UpdateOutcome::NoSpace) s += " (" + detail + ")";
    return s;
}

}  // namespace kiosk::core
