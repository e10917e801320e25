# RUN: %pyforac %s --dump-ir after:lower -o %t | FileCheck %s
# RUN: %pyforac %s --box-unions --dump-ir after:lower -o %t | FileCheck %s --check-prefix=BOXED
# Unions of scalars are held in registers: a kind and the member's bits, no allocation.

# CHECK-LABEL: func pyfn.longest$int(limit#int: int) -> tuple[int, object]
# CHECK: local best#union: union[None, int]
# CHECK: union best#union: None | int
# `best = None`, `best = c`: the member's kind and bits, no box.
# CHECK: makeUnion
# CHECK-NOT: pyrt_box_int
# `best is None`: a test of the kind.
# CHECK: convert unionKind
# The tuple returned holds a boxed item: the only box.
# CHECK: pyrt_box_union
# CHECK-LABEL: {{^}}}
# BOXED-LABEL: func pyfn.longest$int(limit#int: int) -> tuple[int, object]
# BOXED: local best#union: object
# BOXED: pyrt_box_int
def longest(limit):
    best = None
    best_n = 0
    for n in range(1, limit):
        c = n % 7
        if best is None or c > best:
            best = c
            best_n = n
    return best_n, best


# An int that takes floats: `int | float`, and so is the result.
# CHECK-LABEL: func pyfn.mixed$int(limit#int: int) -> union[int, float]
# CHECK: local total#union: union[int, float]
# CHECK-NOT: pyrt_obj_binop
# CHECK-LABEL: {{^}}}
def mixed(limit):
    total = 0
    for i in range(limit):
        if i % 3 == 0:
            total = total + 0.5
        else:
            total = total + i
    return total


print(longest(20), mixed(10))
