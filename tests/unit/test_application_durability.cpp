// test_application_durability.cpp — a receipt shown means its record is there after a crash.
//
// A child process opens the store, says so down a pipe, then submits applications one after another and, after each
// submit() has returned — the moment the kiosk would draw the receipt — writes the receipt number down the pipe. The
// parent kills it with SIGKILL 200 times. Where the kill lands is tied to the child's own progress, not to the wall
// clock (a loaded machine must not turn "in the middle of submitting" into "before the store opened"): the parent
// waits until the child has reported 0 to 3 receipts, then waits a random 0–3 ms more, so the kill falls anywhere
// from just after opening to the middle of a later submit. Then it reopens the
// store as the restarted kiosk would: every receipt the child reported must be there, every stored record must open
// with the office's key and parse completely (none half-written), and numbering carries on without a gap or repeat.
// SIGKILL tests the process dying at any instruction; that the data also survives a power cut rests on WAL with
// synchronous=FULL, which this cannot test.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <set>
#include <thread>

#include "core/requests/application.h"
#include "core/requests/application_store.h"
#include "core/updates/signing.h"
#include "test_support.h"

using namespace kiosk::core;
using test_support::TempDir;

namespace {

Application sample(int i) {
    Application a;
    a.name = "刘䶮";
    a.id_number = "11010519491231002X";
    a.phone = "13912345678";
    a.address = "安澜县石桥镇杨柳村三组" + std::to_string(i) + "号";
    a.info_name = "2026年城乡低保标准";
    a.signature = {{1, 2, false}, {3, 4, true}};
    a.filled_date = "2026-12-01";
    return a;
}

// The child: submit until killed, reporting each receipt only after submit() returned.
[[noreturn]] void submit_forever(const std::string& db, const OfficePublicKey& pub, int out_fd) {
    std::string error;
    auto store = ApplicationStore::open(db, &error);
    if (!store) _exit(3);
    if (::write(out_fd, "open\n", 5) != 5) _exit(5);
    ReceiptRules rules;
    rules.kiosk_id = "DT01";
    for (int i = 0;; ++i) {
        const auto r = store->submit(sample(i), pub, rules, 1795483800 + i, &error);
        if (!r) _exit(4);
        const std::string line = r->number + "\n";
        if (::write(out_fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) _exit(5);
    }
}

}  // namespace

TEST_CASE("every receipt shown survives the kiosk being killed around submit, 200 times", "[form][durability]") {
    TempDir dir;
    std::string error;
    REQUIRE(generate_office_key_files((dir / "office.key").string(), (dir / "office.pub").string(), &error));
    const OfficePublicKey pub = *read_office_public_key((dir / "office.pub").string(), &error);
    const OfficeSecretKey sec = *read_office_secret_key((dir / "office.key").string(), &error);
    const std::string db = (dir / "applications.db").string();

    std::mt19937 rng(20261201);
    std::uniform_int_distribution<int> receipts_first(0, 3);
    std::uniform_int_distribution<int> delay_us(0, 3000);
    std::set<std::string> shown;
    int waited_for = 0;  // receipts the parent saw reported before it killed: a floor for what must be stored
    for (int round = 0; round < 200; ++round) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            submit_forever(db, pub, fds[1]);
        }
        ::close(fds[1]);
        // Read line by line until the child has opened the store and reported `want` receipts.
        const int want = receipts_first(rng);
        std::string reported;
        int lines = 0;
        char buf[4096];
        while (lines < want + 1) {
            const ssize_t n = ::read(fds[0], buf, sizeof buf);
            if (n <= 0) break;  // the child died on its own: caught by WIFSIGNALED below
            for (ssize_t i = 0; i < n; ++i) lines += buf[i] == '\n';
            reported.append(buf, static_cast<std::size_t>(n));
        }
        std::this_thread::sleep_for(std::chrono::microseconds(delay_us(rng)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        REQUIRE(WIFSIGNALED(status));  // killed, not exited on its own (an exit code would mean a failure in it)
        waited_for += want;
        for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) reported.append(buf, static_cast<std::size_t>(n));
        ::close(fds[0]);
        for (std::size_t pos = 0, nl; (nl = reported.find('\n', pos)) != std::string::npos; pos = nl + 1) {
            const std::string line = reported.substr(pos, nl - pos);
            if (line != "open") shown.insert(line);
        }
    }
    INFO("receipts the parent waited for: " << waited_for);
    REQUIRE(waited_for > 200);
    REQUIRE(static_cast<int>(shown.size()) >= waited_for);

    // The restarted kiosk's view.
    auto store = ApplicationStore::open(db, &error);
    REQUIRE(store);
    std::set<std::string> stored;
    std::vector<ExportedApplication> records;
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open_v2(db.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(raw, "SELECT receipt_no, seq, sealed FROM applications ORDER BY seq", -1, &st,
                                   nullptr) == SQLITE_OK);
        int expected_seq = 1;
        while (sqlite3_step(st) == SQLITE_ROW) {
            const std::string number = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
            CHECK(sqlite3_column_int(st, 1) == expected_seq++);  // no gap, no repeat
            const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(st, 2));
            const std::vector<std::uint8_t> sealed(p, p + sqlite3_column_bytes(st, 2));
            const auto plain = open_sealed(sealed, pub, sec);
            REQUIRE(plain);  // a complete box: nothing half-written
            Application a;
            REQUIRE(parse_application(*plain, &a));
            CHECK(a.name == "刘䶮");
            CHECK(receipt_number_valid(number));
            stored.insert(number);
        }
        sqlite3_finalize(st);
        sqlite3_close(raw);
    }
    for (const auto& n : shown) {
        INFO(n);
        CHECK(stored.count(n) == 1);
    }
    // At most the one being written when the last kill came can be stored without having been shown.
    CHECK(stored.size() - shown.size() <= 200);
    CHECK(store->total_count() == static_cast<int>(stored.size()));
}
