# Tuple unpacking in assignments, swaps and loops.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = (10, 20, 30)
print(x + y + z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, second = ["left", "right"]
print(first, second)
fa, fb = 0, 1
for _ in range(10):
    fa, fb = fb, fa + fb
print(fa, fb)
for name, age in [("ann", 31), ("bo", 27)]:
    print(name, age)
for i, (k, v) in enumerate([("a", 1.5), ("b", 2.5)]):
    print(i, k, v)
lo, hi = 0.0, 1.0
for _ in range(5):
    mid = (lo + hi) / 2
    lo, hi = (mid, hi) if mid * mid < 0.5 else (lo, mid)
print(lo, hi)
