#!/usr/bin/env bash
# Builds the runtime and runs its tests; the last line is "N passed, M failed" (exit 1 on any
# failure). Expected values come from CPython 3.11 (python3), never from the runtime itself.
#   1. tables: gen_tables.py writes ~40k cases (float repr, numbers, str, list/tuple) that
#      tables.c checks against libpyrt-serial.a built with ASan+UBSan (plus per-case leak checks)
#   2. objects: ownership/in-place-reuse unit tests (objects.c), with LeakSanitizer on
#   3. programs: programs/tb_main.c (a hand-compiled twin of programs/tb_case.py) run serially,
#      alone (no MPI_Init), as a forced MPI singleton and under `mpirun -n 2`: stdout, traceback
#      and exit status must equal CPython's (the "~~~^^^" marker lines CPython adds are
#      ignored); integer overflow must
#      stop with status 3; an idle worker rank must not burn a core; PYFORAC_STATS=1 adds its
#      line to stderr only.
#   3b. threads: threads.c, where six threads running as tasks share, compare, hash, index,
#      print (ordered, per-task buffers) and release the same values and one raises, against
#      a runtime built with clang's ThreadSanitizer (TSAN_CC, default clang-19, else clang),
#      and again under ASan+LeakSanitizer
#   4. the stack: 990 calls with 16 KiB frames work under `ulimit -s 2048`; exhausting the
#      reserved stack (PYFORAC_STACK_SIZE=16M) stops with status 3, never a segfault.
#   5. output errors: stdout to /dev/full, to a pipe closed early (`| head -1`) and closed:
#      exit status and stderr as CPython's (OSError/BrokenPipeError from print, or "Exception
#      ignored" and status 120 at exit); under `mpirun -n 2` the launcher reports, no hang.
#   6. valgrind (memcheck) over the MPI build, which has no sanitizers: the programs' cases and
#      objects.c, with no invalid access or use of uninitialised memory, and no leak when the
#      program exits 0 (tables.c is left to ASan: it takes 7 minutes under valgrind).
# Usage: Tests/RuntimeTests/run.sh [SEED]      BUILD=<dir> overrides .build/runtime-tests
set -u
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RT=$ROOT/Sources/MPIRuntime
BUILD=${BUILD:-$ROOT/.build/runtime-tests}
SEED=${1:-20261125}
SAN="-fsanitize=address,undefined -fno-omit-frame-pointer"
CFLAGS="-std=c11 -g -O1 -D_GNU_SOURCE -Wall -Wextra -Werror -fstack-clash-protection"
CFLAGS="$CFLAGS -I$RT/include -I$RT/core"
# CPython's stdout is unbuffered under PYTHONUNBUFFERED, which changes when write errors appear.
unset PYTHONUNBUFFERED
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
PASS=0
FAIL=0

ok() { PASS=$((PASS + 1)); }
# Stops early (a build failed): still ends with the summary line.
give_up() {
  FAIL=$((FAIL + 1))
  echo "FAIL: $*"
  echo "$PASS passed, $FAIL failed"
  exit 1
}
bad() {
  FAIL=$((FAIL + 1))
  echo "FAIL: $*"
}

# Adds the "name: N passed, M failed" summary printed by a C test program to the totals.
add_summary() {
  local line
  line=$(grep -E '^[a-z]+: [0-9]+ passed, [0-9]+ failed$' "$1" | tail -1)
  if [ -z "$line" ]; then
    bad "$2 printed no summary (crashed?)"
    return
  fi
  echo "$line"
  local p f
  p=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
  f=$(echo "$line" | sed -E 's/.*, ([0-9]+) failed/\1/')
  PASS=$((PASS + p))
  FAIL=$((FAIL + f))
  if [ "$3" -ne 0 ] && [ "$f" -eq 0 ]; then bad "$2 exited with status $3"; fi
}

mkdir -p "$BUILD"
echo "== building the runtime (serial+sanitizers, MPI)"
make -s -C "$RT" serial OUT="$BUILD/asan" EXTRA_CFLAGS="$SAN -Werror" || give_up "serial build"
make -s -C "$RT" mpi OUT="$BUILD/mpi" EXTRA_CFLAGS=-Werror || give_up "MPI build"
cc $CFLAGS $SAN "$HERE/tables.c" "$HERE/tables_sets.c" "$BUILD/asan/libpyrt-serial.a" -lm \
  -o "$BUILD/tables" &&
  cc $CFLAGS $SAN "$HERE/objects.c" "$HERE/objects_sets.c" "$BUILD/asan/libpyrt-serial.a" -lm \
    -o "$BUILD/objects" &&
  cc $CFLAGS -fexceptions $SAN "$HERE/programs/tb_main.c" "$BUILD/asan/libpyrt-serial.a" -lm \
    -o "$BUILD/tb_serial" &&
  mpicc $CFLAGS -fexceptions "$HERE/programs/tb_main.c" "$BUILD/mpi/libpyrt.a" -lm \
    -o "$BUILD/tb_mpi" ||
  give_up "test programs do not compile"

echo "== tables (seed $SEED)"
python3 "$HERE/gen_tables.py" "$BUILD/tables-data" "$SEED" || give_up "gen_tables.py"
ASAN_OPTIONS=detect_leaks=0 timeout 600 "$BUILD/tables" "$BUILD"/tables-data/*.tsv \
  > "$BUILD/tables.out" 2>&1
rc=$?
grep -v '^tables:' "$BUILD/tables.out" | head -60
add_summary "$BUILD/tables.out" tables $rc

echo "== objects"
timeout 300 "$BUILD/objects" > "$BUILD/objects.out" 2>&1
rc=$?
grep -v '^objects:' "$BUILD/objects.out" | head -40
add_summary "$BUILD/objects.out" objects $rc

echo "== threads (ThreadSanitizer; ASan+LeakSanitizer)"
TSAN_CC=${TSAN_CC:-$(command -v clang-19 || command -v clang)}
if [ -z "$TSAN_CC" ]; then
  bad "no clang for the ThreadSanitizer build (set TSAN_CC)"
elif ! make -s -C "$RT" serial OUT="$BUILD/tsan" SERIAL_CC="$TSAN_CC" \
  EXTRA_CFLAGS="-fsanitize=thread -Werror" ||
  ! "$TSAN_CC" $CFLAGS -fexceptions -fsanitize=thread "$HERE/threads.c" \
    "$BUILD/tsan/libpyrt-serial.a" -lm -lpthread -o "$BUILD/threads_tsan"; then
  bad "threads.c does not build with ThreadSanitizer"
else
  TSAN_OPTIONS="halt_on_error=1 exitcode=66" PYFORAC_STACK_SIZE=64M timeout 300 \
    "$BUILD/threads_tsan" > "$BUILD/threads_tsan.out" 2>&1
  rc=$?
  grep -v '^threads:' "$BUILD/threads_tsan.out" | head -40
  add_summary "$BUILD/threads_tsan.out" threads-tsan $rc
  # The scheduler: deques, spawn records, sharing through a record, abandoning a stolen one.
  if "$TSAN_CC" $CFLAGS -fexceptions -fsanitize=thread "$HERE/sched.c" \
    "$BUILD/tsan/libpyrt-serial.a" -lm -lpthread -o "$BUILD/sched_tsan"; then
    TSAN_OPTIONS="halt_on_error=1 exitcode=66" PYFORAC_STACK_SIZE=64M timeout 300 \
      "$BUILD/sched_tsan" > "$BUILD/sched_tsan.out" 2>&1
    rc=$?
    grep -v '^sched:' "$BUILD/sched_tsan.out" | head -40
    add_summary "$BUILD/sched_tsan.out" sched-tsan $rc
  else
    bad "sched.c does not build with ThreadSanitizer"
  fi
fi
cc $CFLAGS -fexceptions $SAN "$HERE/threads.c" "$BUILD/asan/libpyrt-serial.a" -lm -lpthread \
  -o "$BUILD/threads_asan" || give_up "threads.c does not compile with ASan"
timeout 300 "$BUILD/threads_asan" > "$BUILD/threads_asan.out" 2>&1
rc=$?
grep -v '^threads:' "$BUILD/threads_asan.out" | head -40
add_summary "$BUILD/threads_asan.out" threads-asan $rc

echo "== programs (serial, alone, MPI singleton, mpirun -n 2)"
TB_PY="$HERE/programs/tb_case.py"
EXP="$BUILD/expect"
mkdir -p "$EXP"
run_mode() { # mode case -> writes $BUILD/got.out / got.err, returns the status
  case "$1" in
  serial) timeout 120 "$BUILD/tb_serial" "$2" "$TB_PY" > "$BUILD/got.out" 2> "$BUILD/got.err" ;;
  singleton) timeout 120 "$BUILD/tb_mpi" "$2" "$TB_PY" > "$BUILD/got.out" 2> "$BUILD/got.err" ;;
  mpisingleton) PYFORAC_MPI_SINGLETON=1 timeout 120 "$BUILD/tb_mpi" "$2" "$TB_PY" \
    > "$BUILD/got.out" 2> "$BUILD/got.err" ;;
  mpi2) timeout 60 mpirun -n 2 "$BUILD/tb_mpi" "$2" "$TB_PY" > "$BUILD/got.out" \
    2> "$BUILD/got.err" ;;
  esac
}
for c in ok zero index value assert recursion deep bigout bigframes; do
  python3 "$TB_PY" "$c" > "$EXP/$c.out" 2> "$EXP/$c.raw"
  echo $? > "$EXP/$c.rc"
  grep -vE '^ *[~^]+ *$' "$EXP/$c.raw" > "$EXP/$c.err"
  for mode in serial singleton mpisingleton mpi2; do
    run_mode "$mode" "$c"
    rc=$?
    if [ "$rc" != "$(cat "$EXP/$c.rc")" ]; then
      bad "$c [$mode]: exit status $rc, CPython $(cat "$EXP/$c.rc")"
      head -20 "$BUILD/got.err"
    elif ! cmp -s "$BUILD/got.out" "$EXP/$c.out"; then
      bad "$c [$mode]: stdout differs from CPython's"
    elif ! cmp -s "$BUILD/got.err" "$EXP/$c.err"; then
      bad "$c [$mode]: stderr differs from CPython's"
      diff "$BUILD/got.err" "$EXP/$c.err" | head -10
    else
      ok
    fi
  done
done
for mode in serial singleton mpisingleton mpi2; do
  run_mode "$mode" overflow
  rc=$?
  want="pyforac: integer overflow in '**': big integers are not supported yet"
  if [ "$rc" = 3 ] && [ "$(cat "$BUILD/got.err")" = "$want" ] &&
    [ "$(cat "$BUILD/got.out")" = "before overflow" ]; then
    ok
  else
    bad "overflow [$mode]: status $rc, stderr: $(head -3 "$BUILD/got.err")"
  fi
done
echo "== the stack (ulimit -s 2048; PYFORAC_STACK_SIZE=16M)"
for mode in serial singleton mpisingleton mpi2; do
  (ulimit -s 2048 && run_mode "$mode" bigframes)
  rc=$?
  if [ "$rc" = 0 ] && cmp -s "$BUILD/got.out" "$EXP/bigframes.out" && [ ! -s "$BUILD/got.err" ]; then
    ok
  else
    bad "bigframes under ulimit -s 2048 [$mode]: status $rc, stderr: $(head -3 "$BUILD/got.err")"
  fi
  PYFORAC_STACK_SIZE=16M run_mode "$mode" stackover
  rc=$?
  if [ "$rc" = 3 ] && [ "$(cat "$BUILD/got.out")" = "before stackover" ] &&
    grep -q '^pyforac: stack overflow: ' "$BUILD/got.err"; then
    ok
  else
    bad "stackover [$mode]: status $rc (want 3), stdout $(head -c 80 "$BUILD/got.out"), stderr: $(head -3 "$BUILD/got.err")"
  fi
done

echo "== output errors (/dev/full, a pipe closed early, a closed stdout)"
# expect_like_cpython LABEL CASE STATUS: compares the status and stderr of the last run
# ($BUILD/got.err) with CPython's ($EXP/out-CASE.err, .rc) for the same redirection.
expect_like_cpython() {
  if [ "$3" != "$(cat "$EXP/out-$2.rc")" ]; then
    bad "$1: exit status $3, CPython $(cat "$EXP/out-$2.rc")"
    head -5 "$BUILD/got.err"
  elif ! cmp -s "$BUILD/got.err" "$EXP/out-$2.err"; then
    bad "$1: stderr differs from CPython's"
    diff "$BUILD/got.err" "$EXP/out-$2.err" | head -10
  else
    ok
  fi
}
cpython_err() { grep -vE '^ *[~^]+ *$' "$EXP/out-$1.raw" > "$EXP/out-$1.err"; }
for c in ok zero bigout; do
  python3 "$TB_PY" "$c" > /dev/full 2> "$EXP/out-full-$c.raw"
  echo $? > "$EXP/out-full-$c.rc"
  cpython_err "full-$c"
  for exe in tb_serial tb_mpi; do
    timeout 120 "$BUILD/$exe" "$c" "$TB_PY" > /dev/full 2> "$BUILD/got.err"
    expect_like_cpython "$c > /dev/full [$exe]" "full-$c" $?
  done
done
for c in ok bigout; do
  python3 "$TB_PY" "$c" 2> "$EXP/out-pipe-$c.raw" | head -1 > /dev/null
  echo "${PIPESTATUS[0]}" > "$EXP/out-pipe-$c.rc"
  cpython_err "pipe-$c"
  for exe in tb_serial tb_mpi; do
    timeout 120 "$BUILD/$exe" "$c" "$TB_PY" 2> "$BUILD/got.err" | head -1 > /dev/null
    expect_like_cpython "$c | head -1 [$exe]" "pipe-$c" "${PIPESTATUS[0]}"
  done
done
python3 "$TB_PY" ok >&- 2> "$EXP/out-closed-ok.raw"
echo $? > "$EXP/out-closed-ok.rc"
cpython_err closed-ok
timeout 120 "$BUILD/tb_serial" ok "$TB_PY" >&- 2> "$BUILD/got.err"
expect_like_cpython "ok >&- (closed stdout)" closed-ok $?
# Under mpirun, stdout is a pipe to the launcher, which reports its own write errors (MPICH's
# mpiexec dies of SIGPIPE, or exits 255 for /dev/full): what matters is a failed status, fast.
for redirect in full pipe; do
  if [ $redirect = full ]; then
    timeout 60 mpirun -n 2 "$BUILD/tb_mpi" bigout "$TB_PY" > /dev/full 2> "$BUILD/got.err"
    rc=$?
  else
    timeout 60 mpirun -n 2 "$BUILD/tb_mpi" bigout "$TB_PY" 2> "$BUILD/got.err" | head -1 > /dev/null
    rc=${PIPESTATUS[0]}
  fi
  if [ "$rc" != 0 ] && [ "$rc" != 124 ]; then ok; else bad "bigout [mpi2, $redirect]: status $rc"; fi
done

echo "== valgrind (memcheck)"
if ! command -v valgrind > /dev/null; then
  bad "valgrind is not installed (scripts/install-deps.sh installs it)"
else
  VG="valgrind --quiet --error-exitcode=99 --num-callers=16"
  LEAKS="--leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect"
  # memcheck_ok LABEL STATUS: the last valgrind run wrote nothing to its log and did not fail.
  memcheck_ok() {
    if [ "$2" != 99 ] && [ ! -s "$BUILD/memcheck.log" ]; then
      ok
    else
      bad "$1 under valgrind: memcheck found errors (status $2)"
      head -30 "$BUILD/memcheck.log"
    fi
  }
  mpicc $CFLAGS "$HERE/objects.c" "$HERE/objects_sets.c" "$BUILD/mpi/libpyrt.a" -lm \
    -o "$BUILD/objects_plain" ||
    give_up "objects.c does not compile without sanitizers"
  # The stack reservation stays small: memcheck pays for all of it when the thread starts.
  PYFORAC_STACK_SIZE=32M timeout 300 $VG $LEAKS --log-file="$BUILD/memcheck.log" \
    "$BUILD/objects_plain" > "$BUILD/objects_plain.out" 2>&1
  memcheck_ok objects $?
  for c in ok zero index value assert recursion deep bigout bigframes overflow stackover; do
    case $c in ok | bigframes) leaks=$LEAKS ;; *) leaks=--leak-check=no ;; esac
    size=32M
    [ $c = stackover ] && size=16M
    PYFORAC_STACK_SIZE=$size timeout 300 $VG $leaks --log-file="$BUILD/memcheck.log" \
      "$BUILD/tb_mpi" $c "$TB_PY" > /dev/null 2>&1
    memcheck_ok "$c" $?
  done
fi

PYFORAC_STATS=1 timeout 60 mpirun -n 2 "$BUILD/tb_mpi" ok x > "$BUILD/got.out" 2> "$BUILD/got.err"
if grep -qE '^pyforac stats: wall [0-9.]+ s, ranks 2, effective parallelism [0-9.]+$' \
  "$BUILD/got.err" && cmp -s "$BUILD/got.out" "$EXP/ok.out"; then
  ok
else
  bad "PYFORAC_STATS=1: no stats line on stderr, or stdout changed"
fi
TIMEFORMAT=%U+%S
cpu=$( { time timeout 60 mpirun -n 2 "$BUILD/tb_mpi" sleep x > /dev/null 2>&1; } 2>&1 | tail -1)
if python3 -c "import sys; sys.exit(0 if eval('$cpu') < 0.8 else 1)"; then
  ok
else
  bad "idle worker: 'mpirun -n 2' used $cpu s of CPU while rank 0 slept 1 s"
fi

echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
