#!/bin/sh
# staff_export.sh KIOSKCTL KIOSK SOURCE_DIR DEMO_DB WORK_DIR SIZE FONTS TIME SCREENSHOT_DIR IME_DATA FORM_DATA KEYS
#
# Collecting the request forms and quitting behind the PIN, end to end with the real programs:
# an applicant has filled and submitted the form by taps (ui.apply_form.SIZE, tests/scripts/apply_form.kscript,
# sealed to the demo office key in KEYS; its data folder FORM_DATA is copied here), then staff insert a stick, export from the staff screen, pull the stick, and quit the kiosk (exit code 3). The
# exported file must open at the office with the office's secret key and hold what the applicant typed, its
# checksum must check with b2sum, and a second export must find nothing pending (marked exported, not deleted).
set -eu
kioskctl=$1 kiosk=$2 src=$3 demo=$4 work=$5 size=$6 fonts=$7 time=$8 shots=$9 ime=${10} form=${11} keys=${12}
# Bundles made here carry the kiosk's test clock as their making time, so screenshots are the same on any day.
export SOURCE_DATE_EPOCH="$time"

rm -rf "$work"
mkdir -p "$work/keys" "$work/watched" "$work/data" "$work/stick" "$shots"
[ -f "$form/applications.db" ] || { echo "staff_export: no submitted form in $form (ui.apply_form.$size)"; exit 1; }
cp -r "$form/." "$work/data/"
cp "$keys/office.key" "$keys/office.pub" "$work/keys/"
printf '246810\n' | "$kioskctl" set-pin "$work/data/staff-pin" >/dev/null
# The sticks staff bring hold this month's bundle, so the kiosk knows them for sticks (a real one is a mount point).
"$kioskctl" keygen "$work/keys/county.key" "$work/keys/county.pub" >/dev/null
"$kioskctl" pack "$src/content" --key "$work/keys/county.key" -o "$work/stick/2099-01.kiosk" --content-version 2099.1 >/dev/null
cp -r "$work/stick" "$work/备用U盘"
run_kiosk() {
    "$kiosk" --headless --size "$size" --content "$demo" --fonts "$fonts" --time "$time" --data "$work/data" \
        --office-key "$work/keys/office.pub" --ime-data "$ime" --staff-pin "$work/data/staff-pin" \
        --watch "$work/watched" --trusted-keys "$work/keys/county.pub" --kiosk-id CY01 "$@"
}
cd "$work"
set +e
run_kiosk --script "$src/tests/scripts/staff/staff_export.kscript" --screenshot-dir "$shots" 2>&1
code=$?
set -e
[ "$code" -eq 3 ] || { echo "staff_export: the kiosk exited $code after 确定退出, not 3 (the service would restart it)"; exit 1; }

exported=$(ls "$work/watched/stick/政府信息公开申请/"*.kapps 2>/dev/null | wc -l)
[ "$exported" -eq 1 ] || { echo "staff_export: expected one export file on the stick, found $exported"; exit 1; }
kapps=$(ls "$work/watched/stick/政府信息公开申请/"*.kapps)
(cd "$(dirname "$kapps")" && b2sum -l 256 -c "$(basename "$kapps").b2sum") || { echo "staff_export: checksum"; exit 1; }
"$kioskctl" open-applications --key "$work/keys/office.key" "$kapps" -o "$work/opened" >/dev/null
grep -q "刘䶮" "$work/opened/"*.csv || { echo "staff_export: the applicant's name is not in the opened CSV"; exit 1; }
grep -q "11010519491231002X" "$work/opened/"*.csv || { echo "staff_export: the ID number is not in the CSV"; exit 1; }
# The receiving office (the demo county's 机关名称) is kept with each application, on the CSV row and the PDF.
office=$(sed -n 's/^机关名称,//p' "$src/content/office.csv" | tr -d '\r')
[ -n "$office" ] || { echo "staff_export: no 机关名称 in content/office.csv"; exit 1; }
grep -q ",$office" "$work/opened/"*.csv || { echo "staff_export: the receiving office ($office) is not in the CSV"; exit 1; }
# Marked exported: a second export from the shell finds nothing; the record is still in the database.
"$kioskctl" export-applications --data "$work/data" --to "$work/again" | grep -q "没有待导出的申请" ||
    { echo "staff_export: the exported application is still pending"; exit 1; }
echo "staff_export: ok"
