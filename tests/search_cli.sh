#!/bin/sh
# kioskctl search prints what the kiosk shows, in its order: guides, fee items (with their amount), then documents,
# one numbered line each with its kind and identifier; --json says the same. On fixtures/search_county.
# Usage: search_cli.sh KIOSKCTL CONTENT_DIR WORK_DIR
set -eu
ctl=$1 content=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
"$ctl" pack "$content" -o "$work/county.db" >/dev/null
fail() { echo "search_cli: $*" >&2; exit 1; }

"$ctl" search "$work/county.db" 低保 > "$work/text.txt"
cat "$work/text.txt"
sed -n 2p "$work/text.txt" | grep -q '^  1  办事指南  最低生活保障申请' || fail "line 1 is not the guide"
sed -n 3p "$work/text.txt" | grep -q '^  2  收费标准  城市最低生活保障标准  820 元/人·月' || fail "line 2 is not the fee with its amount"
sed -n 4p "$work/text.txt" | grep -q '^  3  文件  ZL-MZJ-2026-0003  .*\[1\].*有效$' || fail "line 3 is not the valid 2026 notice"
sed -n 5p "$work/text.txt" | grep -q '^  4  文件  ZL-MZJ-2015-0012  .*失效$' || fail "line 4 is not the expired 2015 notice"
[ "$(wc -l < "$work/text.txt")" -eq 5 ] || fail "more lines than results"

"$ctl" search "$work/county.db" 低保 --json > "$work/out.json"
cat "$work/out.json"
grep -q '"rank": 1, "kind": "guide", "id": "最低生活保障申请"' "$work/out.json" || fail "json rank 1"
grep -q '"rank": 2, "kind": "fee", "id": "城市最低生活保障标准", .*"detail": "820 元/人·月"' "$work/out.json" || fail "json rank 2"
grep -q '"rank": 3, "kind": "document", "id": "ZL-MZJ-2026-0003"' "$work/out.json" || fail "json rank 3"
grep -q '"rank": 4, "kind": "document", "id": "ZL-MZJ-2015-0012"' "$work/out.json" || fail "json rank 4"
grep -q '"total": 2,' "$work/out.json" || fail "json total"

# A slipped spelling says what it searched for, in both forms.
"$ctl" search "$work/county.db" dibo | grep -q '您是不是要找「低保」' || fail "no did-you-mean line"
"$ctl" search "$work/county.db" dibo --json | grep -q '"did_you_mean": "低保"' || fail "no did_you_mean in json"
echo "search_cli: ok"
