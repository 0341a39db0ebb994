#!/bin/sh
# staff_update.sh KIOSKCTL KIOSK SOURCE_DIR FACTORY_DB WORK_DIR SIZE SCRIPT FONTS TIME SCREENSHOT_DIR
#
# The staff flow of a monthly update, end to end with the real programs: makes a county key pair and a stranger's, packs
# content/ (with one document title changed, so the diff and the switch can be seen) into a newer signed bundle, a
# bundle signed by the unknown key and one altered after signing, sets the staff PIN 246810, and runs the kiosk
# headless on a watched folder where the script "inserts" the stick (`usb-insert stick`, relative to WORK_DIR, the
# kiosk's working folder). WORK_DIR is made afresh; FACTORY_DB (the demo snapshot) is what shows before any import.
set -eu
kioskctl=$1 kiosk=$2 src=$3 factory=$4 work=$5 size=$6 script=$7 fonts=$8 time=$9 shots=${10}
# Bundles made here carry the kiosk's test clock as their making time, so screenshots are the same on any day.
export SOURCE_DATE_EPOCH="$time"

rm -rf "$work"
mkdir -p "$work/keys" "$work/stick" "$work/watched" "$work/data" "$shots"
"$kioskctl" keygen "$work/keys/county.key" "$work/keys/county.pub" >/dev/null
"$kioskctl" keygen "$work/keys/stranger.key" "$work/keys/stranger.pub" >/dev/null

# The month's new content: the same folder with the newest document's title corrected.
cp -r "$src/content" "$work/content"
sed -i 's/石桥镇2026年第四季度新增高龄津贴发放对象名单公示/石桥镇2026年第四季度新增高龄津贴发放对象名单公示（更正）/' \
    "$work/content/catalog.csv"
"$kioskctl" pack "$work/content" --key "$work/keys/county.key" -o "$work/stick/2099-01.kiosk" \
    --content-version 2099.1 >/dev/null
# Next month's: one more correction, so that after both imports 回退到上一版本 has a version to go back to.
cp -r "$work/content" "$work/content2"
sed -i 's/名单公示（更正）/名单公示（第二次更正）/' "$work/content2/catalog.csv"
"$kioskctl" pack "$work/content2" --key "$work/keys/county.key" -o "$work/stick/2099-02.kiosk" \
    --content-version 2099.2 >/dev/null
"$kioskctl" pack "$work/content" --key "$work/keys/stranger.key" -o "$work/stick/别的县的更新.kiosk" \
    --content-version 2099.3 >/dev/null
# Altered after signing: the manifest's version changed by one digit, the signature left as it was.
cp "$work/stick/2099-01.kiosk" "$work/stick/改过的更新.kiosk"
perl -0777 -pi -e 's/content_version 2099\.1/content_version 2099.7/' "$work/stick/改过的更新.kiosk"
printf '246810\n' | "$kioskctl" set-pin "$work/data/staff-pin" >/dev/null

# The factory snapshot is the unchanged demo content, so the import has a difference to show.
cd "$work"
exec "$kiosk" --headless --size "$size" --content "$factory" --script "$script" \
    --fonts "$fonts" --time "$time" --data "$work/data" --watch "$work/watched" \
    --trusted-keys "$work/keys/county.pub" --staff-pin "$work/data/staff-pin" --screenshot-dir "$shots" \
    --slow-import-ms 250
