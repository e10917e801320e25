# RUN: %pyforac %s --emit ir -o %t
# RUN: FileCheck %s --input-file %t
# split-at-recursion-limit: a self-recursive function whose body makes comparison checks runs
# its optimised body (checks dropped) far from the limit and hands over to `.deep`, the body as
# lowered, near it.

# CHECK-LABEL: func pyfn.count$float(
# CHECK: exceedsRecursionLimit +3
# CHECK: delegate pyfn.count$float.deep(
# CHECK-NOT: checkComparisonRecursion
# CHECK-LABEL: func pyfn.count$float.deep(
# CHECK: checkComparisonRecursion
def count(x):
    # A float compared with an int is not specialised by CPython: a comparison check.
    return 0 if x <= 0 else 1 + count(x - 1.0)


print(count(10.0))
