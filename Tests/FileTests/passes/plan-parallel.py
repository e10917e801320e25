# RUN: %pyforac %s --emit ir -o %t
# RUN: FileCheck %s --input-file %t
# RUN: %pyforac %s --dump-parallel | FileCheck %s --check-prefix=PLAN
# RUN: %pyforac %s --no-parallel --emit ir -o %t.seq
# RUN: FileCheck %s --input-file %t.seq --check-prefix=SEQ
# plan-parallel: the second recursive call may run on another worker while the first runs
# here. The parallel version spawns it (its region outlined without a frame of its own), hands
# over to the sequential version past the spawn levels, and the module body calls it; a call
# whose arguments hold the only other call is not spawned.

# CHECK-LABEL: func pyforac_module_main(
# CHECK: call pyfn.fib$int.par(
# CHECK-LABEL: func pyfn.fib$int(
# CHECK-NOT: spawn
# CHECK-LABEL: func pyfn.fib$int.par.region0(n#int: int) -> int
# CHECK: noFrame
# CHECK: call pyfn.fib$int.par(
# A list comprehension over a range is split: the parallel version calls the splitter as part
# of its frame (callInline), the splitter spawns the right half and concatenates; the chunk
# runs the loop over [lo, hi) without a frame of its own.
# CHECK-LABEL: func pyfn.squares$int.comp0(
# CHECK: noFrame
# CHECK-LABEL: func pyfn.squares$int.comp0.split(
# CHECK: spawnSite 0 pyfn.squares$int.comp0.split.region0(
# CHECK: spawnAllowed
# CHECK: callInline pyfn.squares$int.comp0(
# CHECK: spawn 0(
# CHECK: callInline pyfn.squares$int.comp0.split(
# CHECK: joinBegin 0
# CHECK: runtime pyrt_list_concat_consume(
# CHECK-LABEL: func pyfn.fib$int.par(
# CHECK: spawnSite 0 pyfn.fib$int.par.region0(int) -> int portable
# CHECK: spawnAllowed
# CHECK: delegate pyfn.fib$int(
# CHECK: spawn 0(
# CHECK-NEXT: {{.*}} = call pyfn.fib$int.par(
# CHECK: joinBegin 0
# CHECK: call pyfn.fib$int.par(
# CHECK-NEXT: joinEnd 0

# PLAN: pyforac_module_main line {{[0-9]+}}: call pyfn.chain$int: spawned: may run on another worker during call pyfn.fib$int
# PLAN: pyfn.fib$int line {{[0-9]+}}: call pyfn.fib$int: spawned: may run on another worker during call pyfn.fib$int
# PLAN: pyfn.chain$int line {{[0-9]+}}: call pyfn.fib$int: not spawned: no earlier call in the same block to run beside
# PLAN: pyfn.squares$int line {{[0-9]+}}: list comprehension: split over its range (chunks may run on other workers and ranks)
# PLAN: pyfn.fib$int: parallel version pyfn.fib$int.par with 1 spawn site
# PLAN: pyfn.chain$int: parallel version pyfn.chain$int.par (calls parallel versions)

# A site whose callees read a module global stays on this rank (other ranks never run the
# module body): not `portable`.
# CHECK-LABEL: func pyfn.both$int.par(
# CHECK: spawnSite 0 pyfn.both$int.par.region0(int) -> int{{$}}

# CHECK-LABEL: func pyfn.squares$int.par(
# CHECK: callInline pyfn.squares$int.comp0.split(

# SEQ-NOT: spawn
# SEQ-NOT: .par
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def chain(n):
    return fib(fib(n) % 5 + n)


SCALE = 3


def scaled(n):
    return fib(n) * SCALE


def both(n):
    return scaled(n) + scaled(n + 1)


def squares(n):
    return [fib(i % 12) for i in range(n)]


print(fib(20), chain(6), both(5), squares(30))
