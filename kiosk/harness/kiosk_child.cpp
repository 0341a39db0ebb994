// kiosk_child.cpp — see kiosk_child.h.
#include "harness/kiosk_child.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace kiosk::tools {

std::string kioskctl_dir() {
    char buf[4096];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    const std::string exe = n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
    return exe.substr(0, exe.rfind('/') + 1);
}

Child start_child(const std::vector<std::string>& argv, const std::vector<std::string>& extra_env,
                  const std::string& log_path, std::string* error) {
    Child child;
    std::vector<std::string> env_strings;
    for (char** e = environ; *e; ++e) env_strings.emplace_back(*e);
    for (const std::string& kv : extra_env) env_strings.push_back(kv);
    std::vector<char*> args, env;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    for (const std::string& kv : env_strings) env.push_back(const_cast<char*>(kv.c_str()));
    env.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (!log_path.empty()) {
        posix_spawn_file_actions_addopen(&actions, 1, log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
    }
    const int rc = posix_spawn(&child.pid, argv[0].c_str(), &actions, nullptr, args.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        *error = "cannot start " + argv[0] + ": " + std::strerror(rc);
        child.pid = -1;
    }
    return child;
}

int wait_child(Child& child) {
    if (!child.started()) return -1;
    int status = 0;
    while (waitpid(child.pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    child.pid = -1;
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

bool child_running(const Child& child) {
    if (!child.started()) return false;
    siginfo_t info{};
    // Not reaped here: wait_child() still gets the exit status.
    if (waitid(P_PID, static_cast<id_t>(child.pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0) return false;
    return info.si_pid == 0;
}

namespace {

// /proc/PID/stat's fields from the third (the state) on; empty if the process is gone. The command name (field 2) is
// in parentheses and may hold spaces, so the fields are counted after the last ')'.
std::vector<std::string> stat_fields(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(in, line)) return {};
    const std::size_t close = line.rfind(')');
    if (close == std::string::npos || close + 2 > line.size()) return {};
    std::istringstream stream(line.substr(close + 2));
    std::vector<std::string> fields;
    for (std::string f; stream >> f;) fields.push_back(f);
    return fields;
}

}  // namespace

double cpu_seconds(pid_t pid) {
    const std::vector<std::string> f = stat_fields(pid);
    if (f.size() < 13) return -1;
    const unsigned long long utime = std::stoull(f[14 - 3]), stime = std::stoull(f[15 - 3]);  // fields 14 and 15
    return static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

namespace {

pid_t parent_of(pid_t pid) {
    const std::vector<std::string> f = stat_fields(pid);
    return f.size() < 2 ? -1 : static_cast<pid_t>(std::stoll(f[4 - 3]));  // field 4
}

std::string comm_of(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/comm");
    std::string name;
    std::getline(in, name);
    return name;
}

}  // namespace

pid_t find_descendant(pid_t root, const std::string& name) {
    DIR* proc = opendir("/proc");
    if (!proc) return -1;
    std::vector<pid_t> pids;
    while (dirent* d = readdir(proc)) {
        char* end = nullptr;
        const long v = std::strtol(d->d_name, &end, 10);
        if (*end == '\0' && v > 0) pids.push_back(static_cast<pid_t>(v));
    }
    closedir(proc);
    for (pid_t pid : pids) {
        if (comm_of(pid) != name) continue;
        for (pid_t p = parent_of(pid), hops = 0; p > 1 && hops < 16; p = parent_of(p), ++hops)
            if (p == root) return pid;
    }
    return -1;
}

}  // namespace kiosk::tools
