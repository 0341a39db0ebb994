#!/bin/sh
# log_privacy.sh SCRIPT COMMAND [ARGS…] — the kiosk's own log never holds what a visitor typed.
#
# Runs COMMAND ARGS… --script SCRIPT (the headless kiosk on a request-form script) with stdout and stderr captured
# — under systemd both go to the journal — and fails if any value the script types in (the arguments of its ime-text
# and type-keys steps: names, ID numbers, phones, the address, the postcode) appears in that output. A value of at
# least 8 ASCII characters is also looked for without its last one (an ID number whose check digit was corrected).
# The script run itself must pass; a script that types fewer than 4 such values would prove nothing and fails too.
set -u
script=$1
shift
log=$(mktemp)
values=$(mktemp)
trap 'rm -f "$log" "$values"' EXIT

"$@" --script "$script" >"$log" 2>&1
rc=$?
cat "$log"
if [ "$rc" -ne 0 ]; then
    echo "log_privacy: the script run failed (exit $rc): no verdict on its log"
    exit 1
fi

# The typed values: what follows "ime-text " or "type-keys " on a line, trimmed; 4 bytes or more (not "X", "0").
sed -n 's/^[[:space:]]*\(ime-text\|type-keys\)[[:space:]][[:space:]]*//p' "$script" | sed 's/[[:space:]]*$//' |
    awk 'length($0) >= 4' | sort -u >"$values"
count=$(wc -l <"$values")
if [ "$count" -lt 4 ]; then
    echo "log_privacy: $script types only $count values of 4 or more bytes; nothing worth checking"
    exit 1
fi

leaks=0
while IFS= read -r value; do
    for needle in "$value" "$(printf '%s' "$value" | awk '/^[!-~]+$/ && length($0) >= 8 { print substr($0, 1, length($0) - 1) }')"; do
        [ -n "$needle" ] || continue
        if grep -F -q -- "$needle" "$log"; then
            echo "log_privacy: typed value in the log: $needle"
            leaks=$((leaks + 1))
        fi
    done
done <"$values"
if [ "$leaks" -ne 0 ]; then
    echo "log_privacy: FAILED: $leaks typed value(s) found in the kiosk's output"
    exit 1
fi
echo "log_privacy: none of the $count values typed by $(basename "$script") is in the kiosk's output"
