# Root finding by bisection on a few functions.
import math


def f_cubic(x):
    return x * x * x - 2 * x - 5


def f_cos(x):
    return math.cos(x) - x


def bisect_cubic(lo, hi, tol):
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if f_cubic(lo) * f_cubic(mid) <= 0:
            hi = mid
        else:
            lo = mid
        steps += 1
    return (lo + hi) / 2, steps


def bisect_cos(lo, hi, tol):
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if f_cos(lo) * f_cos(mid) <= 0:
            hi = mid
        else:
            lo = mid
        steps += 1
    return (lo + hi) / 2, steps


root, steps = bisect_cubic(2.0, 3.0, 1e-12)
print(root, steps, f_cubic(root))
root, steps = bisect_cos(0.0, 1.0, 1e-12)
print(root, steps, f_cos(root))
for tol in [0.1, 0.01, 0.001]:
    print(tol, bisect_cubic(2.0, 3.0, tol))
