#!/bin/sh
# expect_exit.sh CODE PATTERN COMMAND [ARGS…] — passes when COMMAND exits with CODE and its output contains PATTERN.
# For tests of refusals: the program must fail in the planned way (its own exit code, a message a person can act on),
# not by crashing.
code=$1; pattern=$2; shift 2
out=$("$@" 2>&1); rc=$?
printf '%s\n' "$out"
[ "$rc" -eq "$code" ] || { echo "expected exit $code, got $rc"; exit 1; }
printf '%s' "$out" | grep -q -- "$pattern" || { echo "expected output containing: $pattern"; exit 1; }
