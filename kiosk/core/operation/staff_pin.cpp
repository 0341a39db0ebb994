// staff_pin.cpp — see staff_pin.h.
#include "core/operation/staff_pin.h"

#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "core/base/durable_file.h"
#include "core/base/strings_zh.h"
#include "core/base/text_format.h"

namespace kiosk::core {

namespace {

struct Lockout {
    int failures = 0;
    long long until = 0;  // Unix seconds
};

std::string lockout_path(const std::string& pin_file) { return pin_file + ".lockout"; }

Lockout read_lockout(const std::string& pin_file) {
    Lockout l;
    std::ifstream in(lockout_path(pin_file));
    if (in) in >> l.failures >> l.until;
    if (l.failures < 0) l.failures = 0;
    return l;
}

// Replaces `path` with `text` by a temp file and rename, so a power cut leaves the old or the new, mode `mode`.
bool replace_file(const std::string& path, const std::string& text, mode_t mode) {
    std::string tmp;
    const int fd = make_temp_beside(path, &tmp);
    if (fd < 0) return false;
    ::fchmod(fd, mode);
    const bool ok = write_all(fd, text.data(), text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || ::rename(tmp.c_str(), path.c_str()) != 0) {
        ::unlink(tmp.c_str());
        return false;
    }
    fsync_parent_dir(path);
    return true;
}

void write_lockout(const std::string& pin_file, const Lockout& l) {
    replace_file(lockout_path(pin_file), std::to_string(l.failures) + " " + std::to_string(l.until) + "\n", 0600);
}

std::string read_hash(const std::string& pin_file) {
    std::ifstream in(pin_file);
    std::string line;
    std::getline(in, line);
    return line;
}

}  // namespace

bool is_valid_pin(const std::string& pin) {
    if (pin.size() < 4 || pin.size() > 12) return false;
    for (const char c : pin) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

bool set_staff_pin(const std::string& pin_file, const std::string& pin, std::string* error) {
    const std::string hash = hash_staff_pin(pin, error);
    if (hash.empty()) return false;
    if (!replace_file(pin_file, hash + "\n", 0600)) {
        const std::string why = pin_file + ": " + std::strerror(errno);
        *error = format_text(str::kErrPinWrite.zh, why.c_str()) + "\n" + format_text(str::kErrPinWrite.en, why.c_str());
        return false;
    }
    ::unlink(lockout_path(pin_file).c_str());  // a new PIN starts with a clean count
    return true;
}

std::string hash_staff_pin(const std::string& pin, std::string* error) {
    if (!is_valid_pin(pin)) {
        *error = std::string(str::kErrPinFormat.zh) + "\n" + str::kErrPinFormat.en;
        return "";
    }
    if (sodium_init() < 0) { *error = "libsodium init failed"; return ""; }
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, pin.c_str(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        *error = "argon2id: out of memory";
        return "";
    }
    return hash;
}

std::string StaffPin::hash() const {
    std::string h = read_hash(file_);
    if (h.rfind("$argon2id$", 0) == 0) return h;
    return config_hash_;
}

bool StaffPin::is_set() const { return hash().rfind("$argon2id$", 0) == 0; }

PinCheck StaffPin::check(const std::string& pin, long long now) {
    PinCheck result;
    const std::string hash = this->hash();
    if (hash.rfind("$argon2id$", 0) != 0 || sodium_init() < 0) return result;  // NotSet
    Lockout l = read_lockout(file_);
    if (l.until > now) {
        result.status = PinCheck::Status::LockedOut;
        result.locked_seconds = l.until - now;
        return result;
    }
    if (crypto_pwhash_str_verify(hash.c_str(), pin.c_str(), pin.size()) == 0) {
        if (l.failures != 0 || l.until != 0) ::unlink(lockout_path(file_).c_str());
        result.status = PinCheck::Status::Ok;
        return result;
    }
    // A lockout that has run out starts a fresh count.
    if (l.until != 0 && l.until <= now) l = Lockout{};
    ++l.failures;
    if (l.failures >= kMaxPinFailures) {
        l.until = now + kPinLockoutSeconds;
        l.failures = 0;
        result.status = PinCheck::Status::LockedOut;
        result.locked_seconds = kPinLockoutSeconds;
    } else {
        result.status = PinCheck::Status::Wrong;
        result.tries_left = kMaxPinFailures - l.failures;
    }
    write_lockout(file_, l);
    return result;
}

}  // namespace kiosk::core
