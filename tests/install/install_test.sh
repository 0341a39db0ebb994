#!/bin/bash
# install_test.sh BUILD_DIR [--fresh-chroot] — the Debian package on a clean Debian 12, end to end:
#
#  1. cpack makes the .deb from BUILD_DIR (kiosk, kioskctl, demo.db and the demo bundle already built there);
#     its control fields, conffiles, maintainer scripts and file list are checked.
#  2. A clean Debian 12: a `debootstrap --variant=minbase bookworm` chroot, made once (≈80 s) and kept as a tarball
#     in BUILD_DIR/install-test/ (--fresh-chroot makes it again); every run unpacks a fresh copy.
#  3. `apt-get install --no-install-recommends ./disclosure-kiosk_*.deb` inside it, with only Debian's bookworm
#     sources: every dependency must come from Debian 12, and Depends must be enough without Recommends. The
#     downloaded .debs and apt's lists are kept between runs (BUILD_DIR/install-test/apt-*), so only the first run
#     downloads them.
#  4. What the postinst must have done (user kiosk and its groups, the data folder, kiosk.conf's mode, the service
#     enabled, the 拼音 data), `systemd-analyze verify` of the installed units, the journald drop-in in effect, and
#     the README's set-up steps with the installed kioskctl (keys, PIN, `config check`, `verify`).
#  5. The copy then boots (systemd-nspawn --boot) and systemd starts the service at boot as on a kiosk PC, with one
#     drop-in for what a container lacks (virtual consoles; cage's headless backend): the kiosk must log "kiosk:
#     ready in" in a logind session of user kiosk, a screenshot taken with grim must show the home screen (its red
#     header and paper background), `systemctl stop` must stop it cleanly without a retry, exit code 3 (staff quit)
#     must not restart it, and a crash loop must hit the start limit and be started again by disclosure-kiosk-retry.
#  6. Installing it again keeps an edited kiosk.conf and restarts the running kiosk; `apt-get purge` stops it, the
#     service and config go, the data folder /var/lib/disclosure-kiosk stays, and says so.
#
# Exit 77 (ctest: skipped) when this machine cannot do it: not root, no debootstrap/grim/systemd-nspawn, or Debian's mirror
# unreachable. Mounts inside the chroot (proc, a tmpfs /dev, /run, the apt caches) and a container still running are
# undone on every exit.
set -euo pipefail

build=$(cd "${1:?usage: install_test.sh BUILD_DIR [--fresh-chroot]}" && pwd)
fresh=${2:-}
work=$build/install-test
root=$work/root
tarball=$work/bookworm-minbase.tar
mirror=http://deb.debian.org/debian
t0=$SECONDS

say() { printf 'install-test [%3ds] %s\n' $((SECONDS - t0)) "$*"; }
fail() { printf 'install-test FAILED: %s\n' "$*" >&2; exit 1; }
skip() { printf 'install-test SKIPPED: %s\n' "$*"; exit 77; }

[[ $(id -u) -eq 0 ]] || skip "needs root (debootstrap, chroot, mounts)"
# On this machine only these; cage, systemd and the rest come from Debian into the chroot with the package.
for tool in debootstrap grim systemd-nspawn nsenter cpack dpkg-deb flock; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (apt-get install debootstrap grim systemd-container)"
done
mkdir -p "$work"
# One run at a time per build folder (ctest and `./dev install-test` share the chroot and the caches).
exec 9>"$work/lock"
flock -n 9 || fail "another install test is running in $work"

# ---- mounts and processes in the chroot: always undone -------------------------------------------------------------
mounts_under_root() { findmnt -rn -o TARGET | grep -E "^$root(/|$)" | sort -r || true; }
kill_chroot_processes() {
    local p
    for p in /proc/[0-9]*; do
        [[ "$(readlink "$p/root" 2>/dev/null)" == "$root" ]] && kill -KILL "${p#/proc/}" 2>/dev/null || true
    done
}
container_init=
cleanup() {
    # A container still running (a failed step): its init is killed, and with it everything in it.
    if [[ -n "$container_init" ]]; then kill -KILL "$container_init" 2>/dev/null || true; sleep 1; fi
    kill_chroot_processes
    local m
    for m in $(mounts_under_root); do umount "$m" 2>/dev/null || umount -l "$m" || true; done
}
trap cleanup EXIT
# The copy is only ever deleted when nothing is mounted inside it (a bind mount would take the host's files along).
remove_root() {
    cleanup
    [[ -z "$(mounts_under_root)" ]] || fail "still mounted under $root: $(mounts_under_root | tr '\n' ' ')"
    rm -rf "$root"
}
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root "$@"; }

# ---- 1. the package ---------------------------------------------------------------------------------------------------
say "cpack -G DEB"
rm -rf "$work/package"
(cd "$build" && cpack -G DEB -B "$work/package" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/package/disclosure-kiosk_*_amd64.deb)
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[[ "$(basename "$deb")" == "disclosure-kiosk_${version}_amd64.deb" ]] || fail "package file name $(basename "$deb")"
say "$(basename "$deb"): $(du -k "$deb" | cut -f1) kB"

field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Package)" == disclosure-kiosk ]] || fail "Package: $(field Package)"
[[ "$(field Version)" == "$version" ]] || fail "Version: $(field Version), project says $version"
[[ "$(field Architecture)" == amd64 ]] || fail "Architecture: $(field Architecture)"
[[ -n "$(field Maintainer)" ]] || fail "no Maintainer"
depends=$(field Depends)
# Run-time data and programs the kiosk needs without linking to them, and libraries dpkg-shlibdeps must have found.
for pkg in cage xwayland libegl-mesa0 libgl1-mesa-dri libpam-systemd fonts-noto-cjk fonts-hanazono \
    rime-data-luna-pinyin rime-essay tegaki-zinnia-simplified-chinese adduser init-system-helpers \
    libsdl2-2.0-0 librime1 libzinnia0 libsodium23 libsqlite3-0 libopencc1.1; do
    grep -qE "(^|, )$pkg( |,|$)" <<<"$depends" || fail "Depends lacks $pkg: $depends"
done
[[ "$(dpkg-deb -I "$deb" conffiles)" == $'/etc/disclosure-kiosk/kiosk.conf\n/etc/pam.d/disclosure-kiosk' ]] ||
    fail "conffiles: $(dpkg-deb -I "$deb" conffiles)"
rm -rf "$work/control" && mkdir -p "$work/control"
dpkg-deb -e "$deb" "$work/control"
for script in postinst prerm postrm; do
    [[ -x "$work/control/$script" ]] || fail "$script missing or not executable"
    sh -n "$work/control/$script" || fail "$script: syntax error"
done
files=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
for f in /usr/bin/kiosk /usr/bin/kioskctl /usr/share/disclosure-kiosk/demo.db \
    /usr/share/disclosure-kiosk/fonts/fallback.txt /usr/libexec/disclosure-kiosk/kiosk-session \
    /lib/systemd/system/disclosure-kiosk.service /lib/systemd/system/disclosure-kiosk-retry.service \
    /usr/lib/systemd/journald.conf.d/disclosure-kiosk.conf /etc/pam.d/disclosure-kiosk \
    /etc/disclosure-kiosk/kiosk.conf /etc/disclosure-kiosk/trusted-keys/ /usr/share/doc/disclosure-kiosk/README.md; do
    grep -qxF "$f" <<<"$files" || fail "the package does not hold $f"
done
# Nothing from the build machine may leak in (paths of the build folder, a /usr/local prefix).
if grep -qE "^/usr/local|^/work|^/root|^/home" <<<"$files"; then fail "unexpected paths: $files"; fi
say "control fields, conffiles, maintainer scripts and $(wc -l <<<"$files") paths are as expected"

# ---- 2. a clean Debian 12 -------------------------------------------------------------------------------------------
if [[ "$fresh" == --fresh-chroot || ! -s "$tarball" ]]; then
    say "debootstrap --variant=minbase bookworm (once; kept as $(basename "$tarball"))"
    remove_root
    started=$SECONDS
    if ! debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1; then
        tail -5 "$work/debootstrap.log"
        remove_root
        skip "debootstrap failed (is $mirror reachable?); log: $work/debootstrap.log"
    fi
    tar -C "$root" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
    say "clean chroot made in $((SECONDS - started)) s, $(du -sm "$root" | cut -f1) MB"
fi
remove_root
mkdir -p "$root"
# In memory when there is room (≈1.5 GB once installed): unpacking and throwing away a copy on a busy shared disk
# took 30–40 s each; a tmpfs goes with its umount.
if (($(awk '/^MemAvailable:/ {print int($2 / 1048576)}' /proc/meminfo) >= 6)); then
    mount -t tmpfs -o size=4g,mode=0755 kiosk-install-test "$root"
fi
tar -C "$root" -xf "$tarball"
say "fresh copy of the clean chroot unpacked$(findmnt -n "$root" >/dev/null && echo ' (in memory)')"

# Debian 12 as a new installation has it: the release, its updates and security updates; nothing else.
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
# /dev: a small tmpfs with the few nodes the programs need, not the host's /dev.
mount -t tmpfs -o mode=0755,nosuid dev "$root/dev"
for node in "null c 1 3" "zero c 1 5" "full c 1 7" "random c 1 8" "urandom c 1 9" "tty c 5 0"; do
    set -- $node
    mknod -m 666 "$root/dev/$1" "$2" "$3" "$4"
done
mkdir -p "$root/dev/shm" "$root/dev/pts"
mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
mount -t tmpfs -o mode=0755 run "$root/run"
mkdir -p "$work/apt-archives/partial" "$work/apt-lists/partial"
mount --bind "$work/apt-archives" "$root/var/cache/apt/archives"
mount --bind "$work/apt-lists" "$root/var/lib/apt/lists"

# ---- 3. apt-get install ./disclosure-kiosk_*.deb -----------------------------------------------------------------
say "apt-get update"
in_root apt-get update -q >"$work/apt-update.log" 2>&1 || { tail -5 "$work/apt-update.log"; skip "apt-get update failed (mirror unreachable?)"; }
cp "$deb" "$root/tmp/"
say "apt-get install --no-install-recommends /tmp/$(basename "$deb")"
started=$SECONDS
if ! in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$deb")" >"$work/apt-install.log" 2>&1; then
    tail -30 "$work/apt-install.log"
    fail "apt-get install of the package (a dependency missing from Debian 12?)"
fi
say "installed with $(grep -c '^Setting up ' "$work/apt-install.log") packages in $((SECONDS - started)) s"
grep -q "下一步" "$work/apt-install.log" || fail "the postinst did not say what to do next"
grep -q "查阅机现在在第 7 个控制台上启动" "$work/apt-install.log" && fail "the postinst started the service inside a chroot"

# ---- 4. what the postinst did; the units; the README's set-up with the installed kioskctl ------------------------
[[ "$(in_root dpkg-query -W -f='${Status}' disclosure-kiosk)" == "install ok installed" ]] || fail "dpkg status"
groups=$(in_root id -nG kiosk)
for g in kiosk video input render; do grep -qw "$g" <<<"$groups" || fail "user kiosk is not in group $g ($groups)"; done
[[ "$(in_root getent passwd kiosk | cut -d: -f7)" == /usr/sbin/nologin ]] || fail "kiosk has a login shell"
[[ "$(in_root stat -c '%U:%G %a' /var/lib/disclosure-kiosk)" == "kiosk:kiosk 750" ]] ||
    fail "data folder: $(in_root stat -c '%U:%G %a' /var/lib/disclosure-kiosk)"
[[ "$(in_root stat -c '%U:%G %a' /etc/disclosure-kiosk/kiosk.conf)" == "root:kiosk 640" ]] ||
    fail "kiosk.conf: $(in_root stat -c '%U:%G %a' /etc/disclosure-kiosk/kiosk.conf)"
[[ -L "$root/etc/systemd/system/graphical.target.wants/disclosure-kiosk.service" ]] || fail "service not enabled"
[[ -d "$root/var/lib/disclosure-kiosk/ime-pinyin" ]] || fail "the postinst did not deploy the 拼音 data"
in_root systemd-analyze verify disclosure-kiosk.service disclosure-kiosk-retry.service >"$work/verify.log" 2>&1 ||
    { cat "$work/verify.log"; fail "systemd-analyze verify"; }
in_root systemd-analyze cat-config systemd/journald.conf | grep -q '^SystemMaxUse=200M' ||
    fail "the journald drop-in is not in effect"
say "user, groups, folders, modes, service enabled, 拼音 data, units verified, journal bounded"

# The README's steps: the county's key, the office key, the PIN; then `config check` must find nothing wrong.
cp "$build/demo-keys/county.pub" "$root/etc/disclosure-kiosk/trusted-keys/county.pub"
cp "$build/demo-keys/office.pub" "$root/etc/disclosure-kiosk/office.pub"
printf '246810\n' | chroot "$root" runuser -u kiosk -- /usr/bin/kioskctl set-pin /var/lib/disclosure-kiosk/staff-pin \
    >"$work/set-pin.log" 2>&1 || { cat "$work/set-pin.log"; fail "kioskctl set-pin as kiosk"; }
in_root kioskctl config check >"$work/config-check.log" 2>&1 || { cat "$work/config-check.log"; fail "kioskctl config check"; }
grep -q "错误" "$work/config-check.log" && { cat "$work/config-check.log"; fail "config check reports an error"; }
in_root kioskctl info /usr/share/disclosure-kiosk/demo.db >"$work/info.log" 2>&1 || { cat "$work/info.log"; fail "kioskctl info"; }
cp "$build/demo-usb/U盘/demo-update.kiosk" "$root/tmp/demo-update.kiosk"
in_root kioskctl verify /tmp/demo-update.kiosk --pubkey /etc/disclosure-kiosk/trusted-keys/county.pub \
    >"$work/verify-bundle.log" 2>&1 || { cat "$work/verify-bundle.log"; fail "kioskctl verify"; }
say "keys and PIN in place; kioskctl config check, info and verify pass from the installed files"

# ---- 5. booted: systemd itself runs the service ----------------------------------------------------------------
# The copy boots in a container (systemd-nspawn --boot): the real systemd, logind, PAM session, User=, the
# *Directory= lines, KillMode, Restart and OnFailure, all as on a kiosk PC. A container has no virtual consoles, so a
# drop-in takes the tty lines off (the only change to the unit) and puts cage on its headless backend; -r -r makes
# cage composite every frame, which the screenshot needs (packaging/kiosk-session).
unit=$root/lib/systemd/system/disclosure-kiosk.service
grep -q "^RestartPreventExitStatus=3" "$unit" && grep -q "^SuccessExitStatus=3" "$unit" ||
    fail "the unit does not treat exit code 3 as staff's stop"
uid=$(in_root id -u kiosk)
mkdir -p "$root/etc/systemd/system/disclosure-kiosk.service.d" "$root/etc/systemd/system/disclosure-kiosk-retry.service.d"
cat >"$root/etc/systemd/system/disclosure-kiosk.service.d/container.conf" <<'EOF2'
# The install test's container has no virtual consoles (tests/install/install_test.sh).
[Unit]
ConditionPathExists=
[Service]
TTYPath=
TTYReset=no
TTYVHangup=no
TTYVTDisallocate=no
StandardInput=null
Environment=WLR_BACKENDS=headless WLR_RENDERER=pixman "KIOSK_CAGE_OPTIONS=-r -r"
EOF2
printf '[Service]\nEnvironment=RETRY_SECONDS=3\n' >"$root/etc/systemd/system/disclosure-kiosk-retry.service.d/container.conf"
cp "$deb" "$root/var/tmp/"  # the container has its own /tmp
for m in $(mounts_under_root); do [[ "$m" == "$root" ]] || umount "$m"; done  # nspawn makes its own

say "booting the installed system (systemd-nspawn --boot)"
systemd-nspawn -q --register=no --keep-unit -D "$root" --boot >"$work/boot.log" 2>&1 &
nspawn_pid=$!
# nspawn's first child only sets up the namespaces and hands over to the container's init, which nspawn (a child
# subreaper) then adopts: wait for the child that is systemd, not merely the first child.
container_init=
for _ in $(seq 1 100); do
    for child in $(pgrep -P "$nspawn_pid"); do
        [[ "$(cat "/proc/$child/comm" 2>/dev/null)" == systemd ]] && container_init=$child && break
    done
    [[ -n "$container_init" ]] && break
    sleep 0.2
done
[[ -n "$container_init" ]] || { cat "$work/boot.log"; fail "the container did not start"; }
in_container() { nsenter -t "$container_init" -a /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
state=
for _ in $(seq 1 120); do
    state=$(in_container systemctl is-system-running 2>/dev/null || true)
    [[ "$state" == running || "$state" == degraded ]] && break
    sleep 0.5
done
[[ "$state" == running ]] || { in_container systemctl --failed --no-pager || true; fail "the system is '$state' after boot"; }
[[ -d "$root/var/log/journal" ]] || fail "the journal is not persistent"
kiosk_log() { in_container journalctl -b --no-pager -o cat -t disclosure-kiosk; }
unit_log() { in_container journalctl -b --no-pager -o cat -u disclosure-kiosk.service -u disclosure-kiosk-retry.service "$@"; }
prop() { in_container systemctl show -P "$2" "$1"; }
wait_for() {  # wait_for SECONDS COMMAND…: until COMMAND succeeds
    local tries=$(($1 * 2)); shift
    for _ in $(seq 1 "$tries"); do "$@" && return 0; sleep 0.5; done
    return 1
}
ready() { kiosk_log | grep -q "kiosk: ready in"; }
wait_for 60 ready || { kiosk_log; unit_log; fail "no 'kiosk: ready in' within 60 s of boot"; }
say "started at boot: $(kiosk_log | grep -o 'kiosk: ready in.*' | head -1)"
in_container loginctl list-sessions --no-legend | grep -qw kiosk || fail "no logind session for user kiosk"
if kiosk_log | grep -qE "no trusted keys|no office key"; then kiosk_log; fail "the kiosk did not find the installed keys"; fi
# The postinst made the 拼音 data; the kiosk must take it as it is rather than make it again (≈5 s, ≈290 MB).
if kiosk_log | grep -q "deploying pinyin data"; then kiosk_log; fail "the kiosk did not accept the postinst's 拼音 data"; fi

# The screenshot: cage's output as a PPM; the kiosk's home screen has its red header (#A31D1D) and the paper
# background (#F4F1EA) over large areas, and many colours (anti-aliased text).
sleep 3
shot=$work/screenshot
wayland_dir=/proc/$container_init/root/run/user/$uid
XDG_RUNTIME_DIR=$wayland_dir WAYLAND_DISPLAY=wayland-0 grim -t ppm "$shot.ppm" || fail "grim could not take a screenshot"
XDG_RUNTIME_DIR=$wayland_dir WAYLAND_DISPLAY=wayland-0 grim "$shot.png" || true
read -r magic width height _ < <(head -c 32 "$shot.ppm" | tr '\n' ' '; echo)  # grim writes "P6\nW H\n255\n"
[[ "$magic" == P6 ]] || fail "grim did not write a PPM"
pixels=$((width * height))
tail -c $((pixels * 3)) "$shot.ppm" | od -An -v -tx1 -w3 | tr -d ' ' | sort | uniq -c | sort -rn >"$shot.colours"
count_of() { awk -v c="$1" '$2 == c {print $1; found=1} END {if (!found) print 0}' "$shot.colours"; }
red=$(count_of a31d1d)
paper=$(count_of f4f1ea)
colours=$(wc -l <"$shot.colours")
say "screenshot ${width}x${height}: $colours colours, header red $((100 * red / pixels)) %, paper $((100 * paper / pixels)) %"
((colours > 100 && red * 20 > pixels && paper * 10 > pixels)) ||
    fail "the screenshot does not show the kiosk's home screen ($shot.png)"

# systemctl stop: the kiosk stops cleanly (KillMode=mixed: SIGTERM to kiosk-session, which stops the kiosk, then cage
# ends), the unit is inactive rather than failed, and nothing starts it again.
started=$SECONDS
in_container systemctl stop disclosure-kiosk.service
took=$((SECONDS - started))
[[ "$(prop disclosure-kiosk.service ActiveState) $(prop disclosure-kiosk.service Result)" == "inactive success" ]] ||
    { unit_log; fail "after systemctl stop: $(prop disclosure-kiosk.service ActiveState) $(prop disclosure-kiosk.service Result)"; }
((took < 10)) || fail "systemctl stop took $took s"
kiosk_log | grep -q "kiosk: stopping on signal 15" || { kiosk_log; fail "the kiosk did not stop cleanly"; }
if kiosk_log | grep -q "Assertion"; then kiosk_log; fail "cage aborted on stop"; fi
sleep 1
[[ "$(prop disclosure-kiosk-retry.service ActiveState)" == inactive ]] || fail "stopping the kiosk started the retry"
say "systemctl stop: clean in $took s, inactive, no retry"

# Staff's 退出程序 (exit code 3) through kiosk-session (cage 0.1.4 itself exits 0): a success, never restarted.
fake=$root/etc/systemd/system/disclosure-kiosk.service.d/fake-kiosk.conf
fake_kiosk() {  # fake_kiosk "SHELL COMMAND": the service runs it through kiosk-session instead of the kiosk
    printf '[Service]\nExecStart=\nExecStart=/usr/libexec/disclosure-kiosk/kiosk-session /bin/sh -c "%s"\n' "$1" >"$fake"
    in_container systemctl daemon-reload
    in_container systemctl reset-failed disclosure-kiosk.service disclosure-kiosk-retry.service 2>/dev/null || true
}
fake_kiosk "sleep 1; exit 3"
in_container systemctl start disclosure-kiosk.service
stopped() { [[ "$(prop disclosure-kiosk.service ActiveState)" == inactive ]]; }
wait_for 15 stopped || fail "the kiosk's exit 3 did not end the service"
sleep 3  # longer than RestartSec: a restart would have happened
[[ "$(prop disclosure-kiosk.service ActiveState) $(prop disclosure-kiosk.service Result) $(prop disclosure-kiosk.service NRestarts) $(prop disclosure-kiosk.service ExecMainStatus)" == "inactive success 0 3" ]] ||
    { unit_log; fail "exit 3: $(in_container systemctl show -p ActiveState,Result,NRestarts,ExecMainStatus disclosure-kiosk.service | tr '\n' ' ')"; }
say "exit code 3 (staff quit): inactive, success, not restarted"

# A crash loop: restarted every RestartSec; past StartLimitBurst the unit fails, and disclosure-kiosk-retry starts it
# again after its wait (3 s here instead of 60) with a fresh limit.
fake_kiosk "sleep 0.5; exit 1"
since=$(in_container date +%s)
in_container systemctl start disclosure-kiosk.service
starts() { unit_log --since "@$since" | grep -c "^Started disclosure-kiosk.service" || true; }
restarted_after_limit() {
    unit_log --since "@$since" | grep -q "Start request repeated too quickly" && (($(starts) >= 6))
}
wait_for 60 restarted_after_limit || { unit_log --since "@$since"; fail "a crash loop was not started again after the start limit"; }
unit_log --since "@$since" | grep -q "disclosure-kiosk-retry.service: Deactivated successfully" ||
    { unit_log --since "@$since"; fail "the restart after the limit did not come from disclosure-kiosk-retry"; }
say "crash loop: $(starts) starts, the start limit hit, started again by disclosure-kiosk-retry"
in_container systemctl stop disclosure-kiosk-retry.service disclosure-kiosk.service
rm -f "$fake"
in_container systemctl daemon-reload
in_container systemctl reset-failed disclosure-kiosk.service 2>/dev/null || true

# ---- 6. an upgrade keeps staff's edits and restarts a running kiosk; purge keeps the data folder ------------------
in_container systemctl start disclosure-kiosk.service
wait_for 30 in_container systemctl -q is-active disclosure-kiosk.service || fail "the kiosk did not start again"
pid_before=$(prop disclosure-kiosk.service MainPID)
sed -i 's/^office =$/office = 城关镇人民政府/' "$root/etc/disclosure-kiosk/kiosk.conf"
in_container env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall -o Dpkg::Options::=--force-confold \
    "/var/tmp/$(basename "$deb")" >"$work/apt-reinstall.log" 2>&1 || { tail -20 "$work/apt-reinstall.log"; fail "reinstall"; }
grep -q "^office = 城关镇人民政府" "$root/etc/disclosure-kiosk/kiosk.conf" || fail "reinstalling lost the edited kiosk.conf"
[[ "$(in_container stat -c '%U:%G %a' /etc/disclosure-kiosk/kiosk.conf)" == "root:kiosk 640" ]] ||
    fail "reinstalling changed kiosk.conf's mode"
grep -q "下一步" "$work/apt-reinstall.log" && fail "an upgrade repeated the first installation's instructions"
in_container systemctl -q is-active disclosure-kiosk.service || fail "the upgrade left the kiosk stopped"
[[ "$(prop disclosure-kiosk.service MainPID)" != "$pid_before" ]] || fail "the upgrade did not restart the kiosk"
say "reinstalled over it: edited kiosk.conf and its mode kept, the running kiosk restarted"

in_container env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q disclosure-kiosk >"$work/apt-purge.log" 2>&1 ||
    { tail -20 "$work/apt-purge.log"; fail "apt-get purge"; }
[[ "$(prop disclosure-kiosk.service LoadState)" == not-found ]] || fail "purge left the unit loaded"
in_container sh -c 'for p in /proc/[0-9]*; do [ "$(cat "$p/comm" 2>/dev/null)" = kiosk ] && exit 0; done; exit 1' &&
    fail "purge left the kiosk running"
[[ -f "$root/var/lib/disclosure-kiosk/staff-pin" ]] || fail "purge deleted the data folder"
grep -q "/var/lib/disclosure-kiosk was NOT deleted" "$work/apt-purge.log" || fail "purge did not say it kept the data"
[[ ! -e "$root/etc/disclosure-kiosk/kiosk.conf" ]] || fail "purge left kiosk.conf"
[[ ! -e "$root/etc/systemd/system/graphical.target.wants/disclosure-kiosk.service" ]] || fail "purge left the unit enabled"
in_container dpkg-statoverride --list /etc/disclosure-kiosk/kiosk.conf >/dev/null && fail "purge left the statoverride"
say "purged: kiosk stopped, service and config gone, /var/lib/disclosure-kiosk kept (and said so)"

in_container systemctl --no-block poweroff
wait_for 30 eval '! kill -0 "$nspawn_pid" 2>/dev/null' || fail "the container did not power off"
container_init=
remove_root
say "passed in $((SECONDS - t0)) s"
