// kiosk_child.h — starting the kiosk program from kioskctl's benchmarks (bench soak, bench idle) and watching it from
// outside: its CPU time from /proc, a descendant found by name (the kiosk under cage), its exit status.
//
// The benchmarks measure the real program as it runs on a kiosk PC rather than a copy of its loop linked into
// kioskctl, so they start the `kiosk` binary that sits next to kioskctl (both are built and installed together).
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace kiosk::tools {

// The folder kioskctl runs from, with a trailing '/'.
std::string kioskctl_dir();

struct Child {
    pid_t pid = -1;
    bool started() const { return pid > 0; }
};

// Starts argv[0] (a path) with `argv`, `extra_env` ("NAME=value") added to this environment, and its stdout and
// stderr appended to `log_path` (empty: inherited). On failure *error says why.
Child start_child(const std::vector<std::string>& argv, const std::vector<std::string>& extra_env,
                  const std::string& log_path, std::string* error);
// Waits for the child; its exit code, or 128 + the signal that ended it.
int wait_child(Child& child);
// Whether it is still running (not yet reaped).
bool child_running(const Child& child);

// utime + stime of a process (all its threads) in seconds, from /proc/PID/stat; < 0 if it cannot be read.
double cpu_seconds(pid_t pid);
// The first descendant of `root` (children, their children, …) whose /proc/PID/comm is `name`; -1 if none.
pid_t find_descendant(pid_t root, const std::string& name);

}  // namespace kiosk::tools
