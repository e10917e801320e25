# RUN: %pyforac %s --dump-analysis types | FileCheck %s
# What type inference decided: one line per specialisation, then its variables.

# CHECK: module: limit: int; names: list[str]{{$}}

# CHECK-LABEL: func pyfn.fib$int fib(n: int) -> int{{$}}
# CHECK-NEXT: n: int{{$}}
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


# A variable whose types meet at a join is one slot, listed with the types inference saw
# assigned to it: with a str among them a boxed `object`, which the function returns.
# CHECK-LABEL: func pyfn.describe$int describe(x: int) -> object{{$}}
# CHECK-NEXT: label: {{.*}}object[str | int]{{.*$}}
def describe(x):
    label = "small"
    if x > 10:
        label = 3
    return label


# The commonest union: an int or None, held in registers (`union[None, int]`).
# CHECK-LABEL: func pyfn.first_even$list[int] first_even(xs: list[int]) -> union[None, int]{{$}}
# CHECK: found: {{.*}}union[None, int][None | int]{{$}}
def first_even(xs):
    found = None
    for x in xs:
        if found is None and x % 2 == 0:
            found = x
    return found


# One specialisation per argument types.
# CHECK-LABEL: func pyfn.scale$list[int]$int scale(xs: list[int], k: int) -> list[int]{{$}}
# CHECK: out: list[int]{{$}}
# CHECK-NEXT: x: int{{$}}
# CHECK-LABEL: func pyfn.scale$list[float]$int scale(xs: list[float], k: int) -> list[float]{{$}}
# CHECK: out: list[float]{{$}}
# CHECK-NEXT: x: float{{$}}
def scale(xs, k):
    out = []
    for x in xs:
        out = out + [x * k]
    return out


limit = 5
names = ["a", "b"]
print(fib(limit), describe(20), first_even([3, 4, 6]), scale([1, 2], 2), scale([1.5], 2), names)
