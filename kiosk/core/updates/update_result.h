// update_result.h — what became of an attempt to verify, import or roll back content, in words staff can act on.
//
// Every refusal names its reason: the staff screen shows message_zh(), kioskctl prints both languages,
// the audit log stores the token. The reasons are few and fixed so a test can assert the exact one.
#pragma once

#include <string>

#include "core/updates/bundle_format.h"

namespace kiosk::core {

struct ContentLimit;

enum class UpdateOutcome {
    Ok,
    NotABundle,         // not a .kiosk bundle, or its header cannot be read
    UnknownKey,         // signed by a key this kiosk does not trust
    BadSignature,       // the signature does not match the manifest (changed after signing)
    Damaged,            // a part's size or hash differs from the manifest (`part` names it), or the file is short
    NotNewer,           // content version is not newer than the installed one (and staff did not choose to go back)
    UnsupportedSchema,  // schema version this kiosk cannot read, or the snapshot's tables are not the expected ones
    KioskTooOld,        // the bundle needs a newer kiosk program (min_kiosk_version)
    UnsafeContent,      // the snapshot holds triggers, views or other objects that could run code, or unsafe values
    ContentLimit,       // a properly signed snapshot holds a value over a content limit (`limit`): a packing mistake
    NoSpace,            // not enough free disk space to stage the update
    SourceRemoved,      // the stick was pulled (or the file vanished) while it was being read
    NothingToRollBack,  // rollback asked for, but no previous content is kept
    Busy,               // another import is running
    IoError,            // reading or writing failed for another reason (`detail` has the system's words)
};

// A short stable token for logs and tests: "ok", "bad-signature", …
const char* outcome_token(UpdateOutcome o);

// What a new snapshot changes against the installed one (by 索引号, 事项编码, and fee item).
struct ContentDiff {
    int documents_added = 0, documents_removed = 0, documents_changed = 0;
    int guides_added = 0, guides_removed = 0, guides_changed = 0;
    int fees_added = 0, fees_removed = 0, fees_changed = 0;
};

struct UpdateResult {
    UpdateOutcome outcome = UpdateOutcome::IoError;
    std::string part;         // Damaged: which part ("snapshot.db", "manifest", "signature")
    std::string detail;       // English detail for logs (never personal data; there is none in content)
    const ContentLimit* limit = nullptr;  // ContentLimit: the entry of content_limits.h that was broken
    bool have_manifest = false;
    Manifest manifest;        // when the header could be read
    std::string installed_version;  // the version installed when the attempt was made ("" if none)
    ContentDiff diff;         // staged/imported: what changes
    bool rolled_back = false; // a rollback: its success reads differently

    bool ok() const { return outcome == UpdateOutcome::Ok; }
    // One or two plain sentences: what happened and what to do.
    std::string message_zh() const;
    std::string message_en() const;
};

}  // namespace kiosk::core
