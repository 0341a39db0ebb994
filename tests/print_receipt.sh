#!/bin/bash
# print_receipt.sh KIOSK DEMO_DB WORK_DIR SIZE FONTS TIME SCREENSHOT_DIR IME_DATA OFFICE_PUB SCRIPT MODE
#
# The receipt on paper. A private cupsd (Debian's cups-daemon, its own config, spool and port; nothing of
# the machine's CUPS is touched) has one raw queue "Receipt" and keeps the documents it gets in its spool. The kiosk
# submits a form with MODE "queue" (--printer Receipt through CUPS_SERVER) or "uri" (--printer
# ipp://127.0.0.1:PORT/printers/Receipt, spoken to directly as to an IPP Everywhere printer): the receipt must say
# it was printed and the spool must hold exactly one PDF. In the "uri" run cupsd is then stopped and the same is done
# again: the receipt must say the printer did not answer and ask to photograph the screen. Exit 77 (skipped) without
# cupsd.
set -eu
kiosk=$1 demo=$2 work=$3 size=$4 fonts=$5 time=$6 shots=$7 ime=$8 office=$9 script=${10} mode=${11}
[ -x /usr/sbin/cupsd ] || { echo "print_receipt: no /usr/sbin/cupsd (cups-daemon): skipped"; exit 77; }
[ "$(id -u)" -eq 0 ] || { echo "print_receipt: cupsd's private instance needs root here: skipped"; exit 77; }
rm -rf "$work"
mkdir -p "$work/cups/spool/tmp" "$work/cups/cache" "$work/cups/state" "$work/cups/log" "$shots"
chgrp -R lp "$work/cups" && chmod -R g+rwX "$work/cups"

cupsd_pid=
cleanup() { [ -n "$cupsd_pid" ] && kill "$cupsd_pid" 2>/dev/null; wait 2>/dev/null || :; }
trap cleanup EXIT
start_cupsd() {
    cat >"$work/cups/cupsd.conf" <<CONF
Listen 127.0.0.1:$port
Browsing Off
DefaultAuthType None
WebInterface No
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order allow,deny
    Allow all
  </Limit>
</Policy>
CONF
    cat >"$work/cups/cups-files.conf" <<CONF
ServerRoot $work/cups
RequestRoot $work/cups/spool
TempDir $work/cups/spool/tmp
CacheDir $work/cups/cache
StateDir $work/cups/state
ErrorLog $work/cups/log/error_log
AccessLog $work/cups/log/access_log
PageLog $work/cups/log/page_log
Sandboxing Relaxed
User lp
Group lp
SystemGroup root
CONF
    /usr/sbin/cupsd -f -c "$work/cups/cupsd.conf" -s "$work/cups/cups-files.conf" &
    cupsd_pid=$!
    for _ in $(seq 50); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
        kill -0 "$cupsd_pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}
# A port of our own: another test may run at the same time.
for try in 1 2 3 4 5; do
    port=$((20000 + (RANDOM % 20000)))
    start_cupsd && break
    cleanup; cupsd_pid=
done
[ -n "$cupsd_pid" ] || { cat "$work/cups/log/error_log" 2>/dev/null; echo "print_receipt: cupsd did not start"; exit 1; }
lpadmin -h "127.0.0.1:$port" -p Receipt -E -v "file:///dev/null" -m raw 2>/dev/null
export CUPS_SERVER="127.0.0.1:$port"
if [ "$mode" = uri ]; then printer="ipp://127.0.0.1:$port/printers/Receipt"; else printer=Receipt; fi

run() {  # run DATA_DIR EXPECTED_TEXT SCREENSHOT
    sed -e "s/PAPER_EXPECT/$2/" -e "s/SHOT/$3/" "$script" >"$work/$3.kscript"
    "$kiosk" --headless --size "$size" --content "$demo" --fonts "$fonts" --time "$time" --data "$1" \
        --office-key "$office" --ime-data "$ime" --printer "$printer" \
        --script "$work/$3.kscript" --screenshot-dir "$shots"
}

run "$work/data1" 回执已打印 82-receipt-printed
# cupsd keeps each job's document in its spool as dNNNNN-001 for a day after the job (PreserveJobFiles).
docs=$(find "$work/cups/spool" -maxdepth 1 -type f -name 'd*' | wc -l)
[ "$docs" -eq 1 ] || { ls -l "$work/cups/spool"; echo "print_receipt: the printer got $docs documents, not 1"; exit 1; }
head -c 5 "$(find "$work/cups/spool" -maxdepth 1 -type f -name 'd*')" | grep -q '%PDF-' ||
    { echo "print_receipt: the document is not a PDF"; exit 1; }

# A stopped printer, once (in the "uri" run, the portrait one): the kiosk waits at most 5 s to connect, then says so.
if [ "$mode" = uri ]; then
    kill "$cupsd_pid"; wait "$cupsd_pid" 2>/dev/null || :; cupsd_pid=
    run "$work/data2" 打印机没有反应 83-receipt-not-printed
fi
echo "print_receipt: ok ($mode: printed once as PDF; a stopped printer is reported in the uri run)"
