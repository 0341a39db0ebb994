#!/bin/sh
# staff_chip.sh KIOSK FACTORY_DB BUNDLE COUNTY_PUB WORK_DIR SIZE SCRIPT FONTS TIME IME_DATA OFFICE_KEY SCREENSHOT_DIR
#
# The public screens with a stick in: a stick holding the build's demo bundle (BUNDLE, signed with COUNTY_PUB's key)
# for the script to insert into the watched folder, then the kiosk headless on SCRIPT, with the office key (so the
# request form takes applications and its 下一步 leads on) and the 拼音 data the other UI tests share. WORK_DIR is
# made afresh.
set -eu
kiosk=$1 factory=$2 bundle=$3 pub=$4 work=$5 size=$6 script=$7 fonts=$8 time=$9 ime=${10} office=${11} shots=${12}

rm -rf "$work"
mkdir -p "$work/stick" "$work/watched" "$work/data" "$shots"
cp "$bundle" "$work/stick/"

cd "$work"
exec "$kiosk" --headless --size "$size" --content "$factory" --script "$script" \
    --fonts "$fonts" --time "$time" --data "$work/data" --watch "$work/watched" \
    --trusted-keys "$pub" --office-key "$office" --ime-data "$ime" --screenshot-dir "$shots"
