#!/usr/bin/env bash
# Runs the filetests (Tests/FileTests: programs whose dumps are checked with FileCheck) with
# lit, against the release compiler; ends with "filetests: N passed, N failed".
#   scripts/filetests.sh [PYFORAC] [lit options...]
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pyforac="${1:-.build/release/pyforac}"
shift || true
out="$(python3 -c 'import sys; from lit.main import main; sys.argv[0] = "lit"; main()' \
  Tests/FileTests --param pyforac="$pyforac" -sv "$@" 2>&1)"
status=$?
echo "$out" | grep -v '^$' | tail -n 60
count() { grep -Eo "^ *$1: *[0-9]+" <<<"$out" | grep -Eo '[0-9]+' | head -n 1; }
passed="$(count Passed)"; passed="${passed:-0}"
failed=0
for kind in Failed Unresolved 'Unexpectedly Passed' 'Timed Out'; do
  n="$(count "$kind")"; failed=$((failed + ${n:-0}))
done
((status != 0 && failed == 0)) && failed=1
echo "filetests: $passed passed, $failed failed"
exit $status
