# RUN: %pyforac %s --dump-ir after:lower -o %t | FileCheck %s
# The recursion checks CPython 3.11 makes in C code, emitted where CPython makes them
# (conformance/tools/limit-probe measures each against CPython at the limit).

# CHECK-LABEL: func pyfn.walk$int(
def walk(n):
    total = 0
    # range() compares its step with 0: a comparison check, unconditional.
    # CHECK: checkComparisonRecursion{{$}}
    # abs() is a builtin call: one C level down, "while calling a Python object".
    # CHECK: checkRecursion +1 "maximum recursion depth exceeded while calling a Python object"
    # A comparison of two ints is specialised by CPython unless an operand is big.
    # CHECK: checkComparisonRecursion unless small
    # str() of a non-str: "while getting the str of an object".
    # CHECK: checkRecursion +1 "maximum recursion depth exceeded while getting the str of an object"
    # A float field without a spec calls __format__ (one level), whose empty spec takes the
    # str (two levels).
    # CHECK: checkRecursion +1 "maximum recursion depth exceeded while calling a Python object"
    # CHECK-NEXT: checkRecursion +2 "maximum recursion depth exceeded while getting the str of an object"
    # CHECK-LABEL: }
    for i in range(n):
        total += abs(i - 3)
    s = str(total) if total > 10 else f"{total * 0.5}"
    return len(s) + walk(n - 1) if n > 0 else 0


print(walk(5))
