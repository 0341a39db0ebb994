#!/bin/sh
# kioskctl say TEXT --pinyin prints the tone pinyin 朗读 speaks and nothing else: the domain's polyphones, numbers,
# 文号 and receipt numbers, a character without a reading as ?字, and a snapshot's 读音 rows winning over the
# dictionary (fixtures/search_county's readings.csv reads 朝阳村 zhao1 yang2 cun1; without it, chao2 yang2 cun1).
# Usage: say_pinyin.sh KIOSKCTL CONTENT_DIR WORK_DIR
set -eu
ctl=$1 content=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
"$ctl" pack "$content" -o "$work/county.db" >/dev/null
fail() { echo "say_pinyin: $*" >&2; exit 1; }

expect() {  # expect EXPECTED TEXT [OPTIONS…]
    want=$1 text=$2
    shift 2
    got=$("$ctl" say "$text" --pinyin "$@") || fail "exit code $? for $text"
    [ "$got" = "$want" ] || fail "$text: got '$got', want '$want'"
    echo "$text → $got"
}

expect "xiang1 ying4 de5" 相应的
expect "yin2 hang2 zhang4 hu4" 銀行賬戶
expect "bu4 yu3 gong1 kai1" 不予公开
expect "huan2 kuan3" 还款
expect "qi1 bai3 liu4 shi2 yuan2" 760元
expect "an1 min2 fa1 er4 ling2 er4 wu3 ba1 hao4" "安民发〔2025〕8号"
expect "er4 ling2 er4 wu3 nian2 san1 yue4 ba1 ri4" 2025-03-08
expect "C Y 0 1 2 0 2 6 1 2 0 7 0 0 0 3" CY01-20261207-0003
expect "bai3 fen1 zhi1 wu3" 5%
expect "liu2 ?𰀀" 刘𰀀
expect "chao2 yang2 cun1" 朝阳村
expect "zhao1 yang2 cun1" 朝阳村 --content "$work/county.db"
expect "zhao1 yang2 cun1" 朝陽村 --content "$work/county.db"

# Only the line: nothing on stderr either.
"$ctl" say 相应的 --pinyin --content "$work/county.db" 2>"$work/stderr.txt" >/dev/null
[ ! -s "$work/stderr.txt" ] || fail "say wrote to stderr: $(cat "$work/stderr.txt")"

# Exit codes: 2 for a wrong command line, 1 for data that cannot be read.
set +e
"$ctl" say --pinyin >/dev/null 2>&1; [ $? -eq 2 ] || fail "no text is not a usage error"
"$ctl" say 相应 --pinyin --bogus >/dev/null 2>&1; [ $? -eq 2 ] || fail "an unknown option is not a usage error"
"$ctl" say 相应 --pinyin --dict "$work/none.yaml" >/dev/null 2>&1; [ $? -eq 1 ] || fail "a missing dictionary is not a data error"
"$ctl" say 相应 --pinyin --content "$work/none.db" >/dev/null 2>&1; [ $? -eq 1 ] || fail "a missing snapshot is not a data error"
set -e
echo "say_pinyin: ok"
