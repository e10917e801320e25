#!/usr/bin/env bash
# Second command for a newcomer (and what CI runs): installs what is missing, builds, and runs
# every test: Swift unit tests, C runtime tests (under sanitizers and valgrind), the conformance
# suite at 1 and 2 MPI ranks (against CPython goldens), the conformance programs under valgrind's
# memcheck, --dump-ast fidelity on a stdlib sample, the parser fuzzer and the differential
# fuzzers (expressions, whole programs) with fixed seeds.
# Ends with one line "total: N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
root="$PWD"
logs="$root/.build/test-logs"
mkdir -p "$logs"

scripts/install-deps.sh || { echo "test: dependencies missing"; exit 1; }
# Build the test bundle first: the release product then links from the same objects, so the
# compiler is compiled once, not twice.
swift build -c release -Xswiftc -enable-testing --build-tests || {
  echo "test: build failed"; echo "total: 0 passed, 1 failed"; exit 1
}
scripts/build.sh || { echo "test: build failed"; echo "total: 0 passed, 1 failed"; exit 1; }

total_pass=0
total_fail=0
failed_stages=()

# Each stage has a wall-clock limit (PYFORAC_STAGE_LIMIT seconds, default 20 minutes; a
# whole run takes about 10): a stage that hangs is killed with everything it started and
# counted as failed, and the stages after it still run, so CI always reports which one hung.
stage_limit="${PYFORAC_STAGE_LIMIT:-1200}"
export root logs

# run_stage NAME COMMAND...: runs a stage (a command or a function of this file), shows its
# output, adds its counts to the totals. A stage reports "N passed, N failed" (or Swift
# Testing's summary); a non-zero exit with no failure counted still counts as one failure.
run_stage() {
  local name="$1"; shift
  echo "=== $name: $*"
  local log="$logs/$name.log"
  local start=$SECONDS
  timeout -k 30 "$stage_limit" bash -c '"$@"' "$name" "$@" >"$log" 2>&1
  local status=$?
  tail -n 40 "$log"
  if ((status == 124 || status == 137)); then
    echo "=== $name: killed after $((SECONDS - start)) s (the stage limit is $stage_limit s)"
  fi
  local pass=0 fail=0 line
  line="$(grep -Eo '[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)"
  if [[ -n "$line" ]]; then
    pass="${line%% passed*}"
    fail="${line#*passed, }"; fail="${fail%% failed*}"
  elif line="$(grep -Ex '[0-9]+/[0-9]+( .*)?' "$log" | tail -n 1)" && [[ -n "$line" ]]; then
    # "matched/total" summaries (parser-fidelity, parse-fuzz)
    local matched="${line%%/*}" all="${line#*/}"; all="${all%% *}"
    pass=$matched; fail=$((all - matched))
  elif line="$(grep -Eo 'Test run with [0-9]+ tests?.*' "$log" | tail -n 1)" && [[ -n "$line" ]]; then
    local n; n="$(sed -E 's/Test run with ([0-9]+) tests?.*/\1/' <<<"$line")"
    if grep -q 'passed after' <<<"$line"; then pass=$n; else
      fail="$(grep -Eo 'with [0-9]+ issues?' <<<"$line" | grep -Eo '[0-9]+' || echo 1)"
      pass=$((n > fail ? n - fail : 0))
    fi
  fi
  if ((status != 0 && fail == 0)); then fail=1; fi
  if ((status == 0 && pass == 0 && fail == 0)); then pass=1; fi  # a stage with a plain verdict
  total_pass=$((total_pass + pass))
  total_fail=$((total_fail + fail))
  ((status != 0)) && failed_stages+=("$name")
  echo "=== $name: $pass passed, $fail failed (exit $status, $((SECONDS - start)) s)"
}

unit_tests() {
  swift test -c release -Xswiftc -enable-testing --skip-build
}

export -f unit_tests
run_stage unit unit_tests
run_stage runtime Tests/RuntimeTests/run.sh
run_stage filetests scripts/filetests.sh .build/release/pyforac
run_stage runtime-abi conformance/tools/check-runtime-abi
run_stage conformance-runner conformance/tools/run-conformance --self-test
run_stage conformance conformance/tools/run-conformance --pyforac .build/release/pyforac
# The whole suite again with three workers per rank and every spawn waiting for an idle
# worker to take it (PYFORAC_STEAL_ALL), so that small programs really run in parallel.
conformance_threads() {
  PYFORAC_THREADS=3 PYFORAC_STEAL_ALL=1 conformance/tools/run-conformance \
    --pyforac .build/release/pyforac --no-ast
}
export -f conformance_threads
run_stage conformance-threads conformance_threads
# And with one thread per rank, so that under mpirun -n 2 the spawned calls go to the other
# rank (serialised there and back).
conformance_ranks() {
  PYFORAC_THREADS=1 PYFORAC_STEAL_ALL=1 conformance/tools/run-conformance \
    --pyforac .build/release/pyforac --no-ast
}
export -f conformance_ranks
run_stage conformance-ranks conformance_ranks
run_stage steal-check conformance/tools/steal-check --pyforac .build/release/pyforac
run_stage rank-failure conformance/tools/rank-failure-check --pyforac .build/release/pyforac
run_stage memcheck conformance/tools/memcheck --pyforac .build/release/pyforac
run_stage limit-probe conformance/tools/limit-probe --pyforac .build/release/pyforac
run_stage diff-fuzz conformance/tools/diff-fuzz --pyforac .build/release/pyforac --seed 1 --programs 3
run_stage prog-fuzz-self-test conformance/tools/prog-fuzz --self-test
run_stage prog-fuzz conformance/tools/prog-fuzz --pyforac .build/release/pyforac --seed 1 --programs 200 \
  --memcheck 10 --known conformance/prog-fuzz-known.txt --findings "$logs/prog-fuzz-findings"
run_stage parser-fidelity conformance/tools/parser-fidelity --pyforac .build/release/pyforac --sample 150
run_stage parser-fuzz conformance/tools/parse-fuzz --pyforac .build/release/pyforac --seed 1 --iterations 300
run_stage parser-robustness conformance/tools/parse-robustness --pyforac .build/release/pyforac --seed 1 --count 300

# In-process parser fuzzing (pyforac --fuzz-parse): many more mutants than the per-process fuzzers.
fuzz_inprocess() {
  local list="$logs/fuzz-corpus.txt"
  find "$root/conformance" "$root/examples" "$root/benchmarks" -name '*.py' | sort >"$list"
  (cd "$logs" && "$root/.build/release/pyforac" --fuzz-parse "$list" --fuzz-seed 1 --fuzz-count 20000)
}
export -f fuzz_inprocess
run_stage parser-fuzz-inprocess fuzz_inprocess

if ((${#failed_stages[@]})); then echo "failed stages: ${failed_stages[*]}"; fi
echo "total: $total_pass passed, $total_fail failed"
((total_fail == 0 && ${#failed_stages[@]} == 0))
