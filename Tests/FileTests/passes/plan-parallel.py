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
# PLAN: pyfn.fib$int: parallel version pyfn.fib$int.par with 1 spawn site
# PLAN: pyfn.chain$int: parallel version pyfn.chain$int.par (calls parallel versions)

# A site whose callees read a module global stays on this rank (other ranks never run the
# module body): not `portable`.
# CHECK-LABEL: func pyfn.both$int.par(
# CHECK: spawnSite 0 pyfn.both$int.par.region0(int) -> int{{$}}

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


print(fib(20), chain(6), both(5))
