#!/bin/sh
# staff_stats.sh KIOSKCTL KIOSK MAKE_USAGE FACTORY_DB BUNDLE COUNTY_PUB WORK_DIR SIZE SCRIPT FONTS TIME SCREENSHOT_DIR
#
# The 使用情况 page and the attract screen with a stick in, with the real programs: five months of usage
# history written by make_usage_history (through core::UsageLog), the staff PIN 246810, a stick holding the build's
# demo bundle (BUNDLE, signed with COUNTY_PUB's key) for the script to insert, then the kiosk headless on SCRIPT. The
# script adds this month's counts by using the public screens itself. WORK_DIR is made afresh.
set -eu
kioskctl=$1 kiosk=$2 make_usage=$3 factory=$4 bundle=$5 pub=$6 work=$7 size=$8 script=$9 fonts=${10} time=${11}
shots=${12}

rm -rf "$work"
mkdir -p "$work/stick" "$work/watched" "$work/data" "$shots"
cp "$bundle" "$work/stick/"
printf '246810\n' | "$kioskctl" set-pin "$work/data/staff-pin" >/dev/null
# The month before the script's fixed clock (TIME is 2026-11-24) and the four before it.
"$make_usage" "$work/data" 2026-11 >/dev/null

cd "$work"
exec "$kiosk" --headless --size "$size" --content "$factory" --script "$script" \
    --fonts "$fonts" --time "$time" --data "$work/data" --watch "$work/watched" \
    --trusted-keys "$pub" --staff-pin "$work/data/staff-pin" --screenshot-dir "$shots"
