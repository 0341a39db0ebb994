// staff_pin.h — the staff PIN: stored only as an Argon2id hash (libsodium crypto_pwhash_str), with a lockout.
//
// The PIN file holds one line, libsodium's "$argon2id$…" string, mode 0600. After kMaxPinFailures wrong PINs in a
// row the staff screen stays shut for kPinLockoutSeconds; the count and the lockout are kept in a file beside the
// hash (PIN_FILE.lockout) so pulling the plug does not reset them.
#pragma once

#include <string>

namespace kiosk::core {

inline constexpr int kMaxPinFailures = 5;
inline constexpr long long kPinLockoutSeconds = 300;

// PINs are 4–12 digits (the PIN pad has only digits).
bool is_valid_pin(const std::string& pin);

// Writes (replaces) the hash of `pin`. False with *error (bilingual).
bool set_staff_pin(const std::string& pin_file, const std::string& pin, std::string* error);
// The "$argon2id$…" string of `pin` (what the file holds, and what kiosk.conf's staff_pin_hash takes); "" with *error.
std::string hash_staff_pin(const std::string& pin, std::string* error);

struct PinCheck {
    enum class Status { Ok, Wrong, LockedOut, NotSet } status = Status::NotSet;
    int tries_left = 0;              // Wrong: before the lockout
    long long locked_seconds = 0;    // LockedOut: how long still
};

class StaffPin {
public:
    // `config_hash`: kiosk.conf's staff_pin_hash, used while the PIN file holds no hash. It is read from the config
    // at each start rather than copied into the file, so replacing the line in kiosk.conf changes the PIN; a file
    // written by kioskctl set-pin wins. The lockout count is kept beside `pin_file` either way.
    explicit StaffPin(std::string pin_file, std::string config_hash = {})
        : file_(std::move(pin_file)), config_hash_(std::move(config_hash)) {}
    bool is_set() const;
    // `now` is Unix seconds (the kiosk's clock; tests pass their own). Takes ~0.1 s (Argon2id, interactive limits).
    PinCheck check(const std::string& pin, long long now);

private:
    std::string hash() const;  // the file's, else the config's
    std::string file_;
    std::string config_hash_;
};

}  // namespace kiosk::core
